// The plain scans that find an entity's evidence sentence agree with the regexes they stand in for.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENTENCE_MARKS, SPACES, textOf } from '../../setup/text-arbitraries.ts';
import { lastSentenceEnd, nextSentenceStop } from '../../../src/extract/span-evidence.ts';

function lastSentenceEndByRegex(text: string, start: number): number {
  const match = /.*[.!?]["”’]?\s/s.exec(text.slice(0, start));
  return match ? match[0].length : 0;
}

function nextSentenceStopByRegex(text: string, from: number): number {
  return from + text.slice(from).search(/[.!?]["”’]?\s|\n|$/);
}

const textAndOffset = textOf([...SENTENCE_MARKS, ...SPACES, 'Word', '. ', '.” '], {
  maxPieceLength: 8,
  maxPieces: 16,
}).chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length })));

describe('evidence sentence scans', () => {
  it('lastSentenceEnd answers as /.*[.!?]["”’]?\\s/s over the prefix does', () => {
    fc.assert(
      fc.property(textAndOffset, ([text, start]) => {
        expect(lastSentenceEnd(text, start)).toBe(lastSentenceEndByRegex(text, start));
      }),
      { numRuns: 3000 },
    );
  });

  it('nextSentenceStop answers as /[.!?]["”’]?\\s|\\n|$/ over the rest does', () => {
    fc.assert(
      fc.property(textAndOffset, ([text, from]) => {
        expect(nextSentenceStop(text, from)).toBe(nextSentenceStopByRegex(text, from));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['after a closing quote', 'He said “no.” Then Kim left.', 19, 14],
    ['a stop with no space after is no end', 'U.S.-led talks. Kim', 16, 16],
    ['nothing before', 'Kim said', 4, 0],
  ])('lastSentenceEnd: %s', (_name, text, start, expected) => {
    expect(lastSentenceEnd(text, start)).toBe(expected);
  });
});
