// A verdict on the deal just told ("“We have opened a new chapter,” the president said" after "the two leaders
// announced the pact") is about that deal though it names none; not when no deal is told before it, nor a verdict on a
// meeting it names.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const HEAD =
  'Chad, Niger seal border accord\n\nChad and Niger signed a border demarcation agreement in Abuja on Monday.\n\n';
const HOSTED =
  'Nigerian President Bola Tinubu hosted Chadian President Mahamat Deby and Nigerien leader Abdourahamane Tiani in Abuja before the three leaders announced the pact.\n\n';

describe('a verdict on the deal just told', () => {
  it.each([
    [
      '"the first step toward a new beginning"',
      'We have taken the first step toward a new beginning for the Sahel',
    ],
    ['"a historic day"', 'Today is a historic day for our two peoples'],
    ['"a new chapter"', 'We have opened a new and brighter chapter between our nations'],
    ['"a critical step forward"', 'We have seen a critical step forward for the whole region'],
  ])('%s, by the host the sentence before names', (_shape, quote) => {
    expect(
      linkedAgreements(
        `${HEAD}${HOSTED}“${quote},” Tinubu said at a joint news conference.`,
        quote.slice(0, 12),
      ),
    ).toBe(1);
  });

  it("goes on from the same speaker's words on the deal", () => {
    const text = `${HEAD}Ghana welcomed the border demarcation agreement on Tuesday.\n\nGhana said the region was entering a new era of calm along the river.`;
    expect(linkedAgreements(text, 'the region')).toBe(1);
  });

  it('but not when the sentence before tells no deal', () => {
    const text = `${HEAD}The talks had lasted two months.\n\nTinubu praised the patience of the delegations at a dinner.\n\n“We have taken the first step toward a new beginning for the Sahel,” Tinubu said.`;
    expect(linkedAgreements(text, 'We have taken')).toBe(0);
  });

  it('nor a verdict on a meeting its words name', () => {
    const text = `${HEAD}${HOSTED}“Our summit in Abuja has been a great day for West Africa,” Tinubu said.`;
    expect(linkedAgreements(text, 'Our summit')).toBe(0);
  });
});
