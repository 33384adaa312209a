// `," his spokesman Name said`: a role tied by "his"/"her" to someone named before, then the name that holds it,
// after a quote; the named holder speaks, and a following "he added" goes on with them. Sentences written for the
// test.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function speakerOf(text: string, words: string): string | undefined {
  return extract(text).statements.find((s) => (s.quote ?? s.text).includes(words))?.speaker;
}

const LEAD =
  'Truce welcomed\n\nThe African Union chief, Mahmoud Ali Youssouf, on Monday welcomed the truce in Sudan.\n';

describe('a role owned by someone named before, then its holder', () => {
  it.each(['his spokesman Ebba Kalondo', 'her spokeswoman Ebba Kalondo'])(
    'gives the quote to the holder after "%s"',
    (role) => {
      const text = `${LEAD}"The chairperson urges both sides to respect the truce," ${role} said in a statement.\n"He hopes talks will follow soon," she added.`;
      expect(speakerOf(text, 'respect the truce')).toBe('person:ebba-kalondo');
      expect(speakerOf(text, 'talks will follow')).toBe('person:ebba-kalondo');
    },
  );

  it('keeps a plain title before the name', () => {
    const text = `${LEAD}"The chairperson urges both sides to respect the truce," spokeswoman Ebba Kalondo said.`;
    expect(speakerOf(text, 'respect the truce')).toBe('person:ebba-kalondo');
  });
});
