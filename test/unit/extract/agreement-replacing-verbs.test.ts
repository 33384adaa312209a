// The replacing verbs of an article, read once, are the ones any stretch between two words holds: the same answer as
// splitting that stretch into words again for each pair of mentions.
import { describe, expect, it } from 'vitest';
import { replacingVerbs } from '../../../src/extract/agreements/join-new-deal-names.ts';
import { REPLACING_VERBS } from '../../../src/extract/lexicon/agreement-reference-words.ts';

/** What each pair of mentions once read: the stretch between them split into lowercase words. */
const splitBetween = (text: string, start: number, end: number): boolean =>
  text
    .slice(start, end)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => REPLACING_VERBS.has(w));

const texts = [
  'The new Zembla pact replaces the Kessel Accord and supersedes the 1990 Harbor Treaty.',
  'A REPLACING deal, "Superseded" by the Vardia-replaced charter (replace it?) came first.',
  'No verb here: the replacement of the accord is a noun, and replacer is no verb either.',
  'Ministers said the treaty—which Replaces nothing—was signed; superseding talks follow.',
];

describe('replacingVerbs', () => {
  it('finds a replacing verb between two word bounds exactly when splitting the stretch does', () => {
    for (const text of texts) {
      const verbs = replacingVerbs(text);
      const bounds = [0, text.length];
      for (const w of text.matchAll(/\p{L}+/gu)) bounds.push(w.index, w.index + w[0].length);
      for (const start of bounds)
        for (const end of bounds) {
          if (start > end) continue;
          const read = verbs.some((v) => v.start >= start && v.end <= end);
          expect(read, `${start}-${end} of ${text}`).toBe(splitBetween(text, start, end));
        }
    }
  });
});
