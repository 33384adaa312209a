// A quote that goes on from the same speaker's words on a deal in the sentence right before is about that deal though
// it names none and points back at none (“What was signed today is ...,” the minister said. ¶ “Our fishermen can ...,”
// he said), and so is the quote after it; not a quote after words that only name the deal, nor after another
// speaker's words, nor one that makes a point of its own.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const HEAD =
  'Gambia, Senegal seal fisheries accord\n\nGambia and Senegal signed a fisheries agreement in Banjul on Tuesday.\n\n';
const ON_THE_DEAL =
  '“What was signed today is a historic document for our coasts,” Gambian Fisheries Minister Moses Jobarteh told reporters.\n\n';
const GOES_ON = '“Our fishermen can finally sail without fear of arrest,” he said.';

describe("the same speaker's quote right after their words on a deal", () => {
  it('across the paragraph break', () => {
    expect(linkedAgreements(`${HEAD}${ON_THE_DEAL}${GOES_ON}`, 'Our fishermen')).toBe(1);
  });

  it('and the quote after that one', () => {
    const text = `${HEAD}${ON_THE_DEAL}${GOES_ON}\n\n“There is no more room for the seizure of boats,” Jobarteh stressed.`;
    expect(linkedAgreements(text, 'There is no more room')).toBe(1);
  });

  it('but not after words that only name the deal', () => {
    const text = `${HEAD}Gambian Fisheries Minister Moses Jobarteh referred to the fisheries agreement.\n\n${GOES_ON}`;
    expect(linkedAgreements(text, 'Our fishermen')).toBe(0);
  });

  it('nor after another speaker', () => {
    const text = `${HEAD}${ON_THE_DEAL}Senegalese Minister Fatou Diouf said the rains came late this year.\n\n${GOES_ON}`;
    expect(linkedAgreements(text, 'Our fishermen')).toBe(0);
  });

  it('nor a quote that turns to more talks', () => {
    const text = `${HEAD}${ON_THE_DEAL}“Mauritania should join the talks on the coastal waters,” he said.`;
    expect(linkedAgreements(text, 'Mauritania should join')).toBe(0);
  });
});
