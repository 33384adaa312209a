// The plain scan that blanks out long tokens before segmenting agrees with the regex replace it stands in for.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPACES, ZERO_WIDTH, textOf } from '../../setup/text-arbitraries.ts';
import { maskLongTokens } from '../../../src/extract/text/segment-text.ts';

const LONG_TOKEN = /\S{40,}/g;
const byRegex = (text: string): string => text.replace(LONG_TOKEN, (token) => ' '.repeat(token.length));

describe('maskLongTokens', () => {
  it('blanks out what /\\S{40,}/g matches, for every kind of white space', () => {
    const text = textOf(['x'.repeat(39), 'y'.repeat(40), '\u{1F600}'.repeat(20), ...SPACES, ...ZERO_WIDTH], {
      maxPieceLength: 30,
      maxPieces: 12,
    });
    fc.assert(
      fc.property(text, (text) => {
        expect(maskLongTokens(text)).toBe(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['39 letters', 'a'.repeat(39), 'a'.repeat(39)],
    ['40 letters', 'a'.repeat(40), ' '.repeat(40)],
    ['a URL in prose', `see https://example.org/${'p'.repeat(40)} now`, `see ${' '.repeat(60)} now`],
    ['a zero-width space does not break a token', `${'a'.repeat(20)}\u200b${'a'.repeat(19)}`, ' '.repeat(40)],
    [
      'two long tokens around a short one',
      `${'a'.repeat(40)} b ${'c'.repeat(41)}.`,
      `${' '.repeat(40)} b ${' '.repeat(42)}`,
    ],
  ])('%s', (_name, text, expected) => {
    expect(maskLongTokens(text)).toBe(expected);
    expect(maskLongTokens(text)).toBe(byRegex(text));
  });
});
