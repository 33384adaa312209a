// Plural subjects some sentences after a meeting was told, on sentences written for the test: "Furthermore both
// leaders stressed ...", and "They reiterated ..." right after the meeting, with no people named near them, speak
// for the meeting's participants; "the leaders", a far "they", or a "they" after someone else was named do not.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const HEADLINE = 'Chile, Peru agree to deepen ties\n\n';
const VISIT =
  'Chile and Peru have agreed to deepen their relations in trade and energy.\n\n' +
  'This came during the state visit of Chilean President Marta Rojas to Peru, when she held talks with Peruvian President Luis Quispe.\n\n';
const LATER =
  'The visit ended with a joint communique issued on Friday in Lima.\n\n' +
  'The statement welcomed the growth of trade between the two countries over the past year.\n\n';
const BOTH = ['person:luis-quispe', 'person:marta-rojas'];

describe('the participants of a meeting as the speakers of a plural subject', () => {
  it('gives a counted group paragraphs after the meeting to each participant', () => {
    const sentence = 'Furthermore, both leaders stressed the need to open a second border crossing.';
    expect(speakersOf(`${HEADLINE}${VISIT}${LATER}${sentence}`, 'second border crossing')).toEqual(BOTH);
  });

  it('gives "they" in the paragraph after the meeting to each participant', () => {
    const visit =
      'This came during the state visit of Chilean President Marta Rojas to Peru, when she held talks with Peruvian President Luis Quispe. ' +
      'Trade between the two countries grew by a fifth last year. Copper and fruit lead the exports.\n\n';
    const sentence = 'They reiterated their resolve to fight drug smuggling along the shared border.';
    expect(speakersOf(`${HEADLINE}${visit}${sentence}`, 'drug smuggling')).toEqual(BOTH);
  });

  it.each([
    [
      'a counted group that counts more people than the meeting had',
      `${VISIT}${LATER}`,
      'The three leaders stressed',
    ],
    ['an uncounted "the leaders", which may mean any group', `${VISIT}${LATER}`, 'The leaders stressed'],
    ['"they" paragraphs after the meeting', `${VISIT}${LATER}`, 'They stressed'],
    [
      '"they" after someone else was named',
      `${VISIT}Farmers led by union head Pablo Mamani blocked the road to the venue.\n\n`,
      'They stressed',
    ],
  ])('leaves %s', (_, story, subject) => {
    const text = `${HEADLINE}${story}${subject} the need to open a second border crossing.`;
    expect(speakersOf(text, 'second border crossing')).toEqual([]);
  });
});

describe('"they" going on with the plural subject of the sentence before', () => {
  const AGREED = 'The two leaders agreed that the border crossing at Tacna would open in May.\n\n';
  const sentence = 'They reiterated their resolve to fight drug smuggling along the shared border.';

  it('gives "they" paragraphs after the meeting the people the subject before it means', () => {
    expect(speakersOf(`${HEADLINE}${VISIT}${LATER}${AGREED}${sentence}`, 'drug smuggling')).toEqual(BOTH);
  });

  it('follows a chain of "they" back to that subject', () => {
    const between = 'They also welcomed the opening of a rail link between Arica and Tacna.\n\n';
    const text = `${HEADLINE}${VISIT}${LATER}${AGREED}${between}${sentence}`;
    expect(speakersOf(text, 'drug smuggling')).toEqual(BOTH);
  });

  it('leaves "they" after a subject that means the countries', () => {
    const countries = 'The two countries agreed that the border crossing at Tacna would open in May.\n\n';
    expect(speakersOf(`${HEADLINE}${VISIT}${LATER}${countries}${sentence}`, 'drug smuggling')).toEqual([]);
  });
});
