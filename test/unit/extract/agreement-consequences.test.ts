// A reaction to what the agreement in view brings about ("welcomed the release of the captives", "the reopening of
// the border post") is about that agreement, though it names none; a call for it is not.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const DEAL =
  'Colombia, rebels sign prisoner exchange deal\n\nColombia and the ELN signed a prisoner exchange agreement in Havana on Tuesday.\n\nThe talks had lasted two months.\n\n';

describe('a reaction to what the agreement brings about', () => {
  it.each([
    ['"the release of the captives"', 'We warmly welcome the release of the captives held in the mountains'],
    ['"the reopening of the border post"', 'We celebrate the reopening of the border post at Cucuta'],
    ['"the implementation of the releases"', 'We look forward to the orderly implementation of the releases'],
  ])('%s is about the agreement in view', (_shape, quote) => {
    expect(linkedAgreements(`${DEAL}“${quote},” President Lula said.`, quote.slice(0, 12))).toBe(1);
  });

  it.each([
    ['"called for the release"', 'We have always called for the release of our captives'],
    ['"to secure the release"', 'We will keep working to secure the release of our captives'],
    ['"the return of all the captives"', 'Our goal remains the return of all the captives'],
  ])('but not %s, still asked for', (_shape, quote) => {
    expect(linkedAgreements(`${DEAL}“${quote},” President Lula said.`, quote.slice(0, 12))).toBe(0);
  });

  it('but not the verb ("the rebels are to release")', () => {
    const sentence = 'Lula said that the rebels are to release 40 captives on Friday.';
    expect(linkedAgreements(`${DEAL}${sentence}`, 'the rebels')).toBe(0);
  });
});
