// The plain scan that decides whether segmenting must mask long tokens agrees with the regex it stands in for.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPACES, ZERO_WIDTH, textOf } from '../../setup/text-arbitraries.ts';
import { hasLongToken } from '../../../src/extract/text/segment-text.ts';

const LONG_TOKEN = /\S{40,}/;

describe('hasLongToken', () => {
  it('answers as /\\S{40,}/ does, for every kind of white space', () => {
    const text = textOf(['x'.repeat(39), 'y'.repeat(40), ...SPACES, ...ZERO_WIDTH], {
      maxPieceLength: 30,
      maxPieces: 12,
    });
    fc.assert(
      fc.property(text, (text) => {
        expect(hasLongToken(text)).toBe(LONG_TOKEN.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['39 letters', 'a'.repeat(39), false],
    ['40 letters', 'a'.repeat(40), true],
    ['a URL in prose', `see https://example.org/${'p'.repeat(40)} now`, true],
    ['a zero-width space does not break a token', `${'a'.repeat(20)}\u200b${'a'.repeat(19)}`, true],
  ])('%s', (_name, text, expected) => {
    expect(hasLongToken(text)).toBe(expected);
  });
});
