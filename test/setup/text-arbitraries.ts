// Pieces of text for property tests of the plain scans that stand in for regexes: one alphabet of the white space
// and quote marks real articles carry, so every scan is checked against the same awkward characters.

import fc from 'fast-check';

/** The white space news text carries; JavaScript's \s matches every one of them. */
export const SPACES = [' ', '\n', '\t', '\u00a0', '\u2009', '\u3000'] as const;
/** Zero-width characters: \s matches the byte-order mark but not the zero-width space. */
export const ZERO_WIDTH = ['\ufeff', '\u200b'] as const;
/** Sentence ends and the quote marks that may close them. */
export const SENTENCE_MARKS = ['.', '!', '?', '"', '”', '’', '“'] as const;

/** Random text joined from short random strings and the given special pieces. */
export function textOf(specials: readonly string[], options: { maxPieceLength: number; maxPieces: number }) {
  const piece = fc.oneof(fc.string({ maxLength: options.maxPieceLength }), fc.constantFrom(...specials));
  return fc.array(piece, { maxLength: options.maxPieces }).map((pieces) => pieces.join(''));
}
