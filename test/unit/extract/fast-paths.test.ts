// The speed shortcuts of the text layer give what the plain code they skip gives, on any text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/extract/entities/person-name-forms.ts';
import { normalizeText } from '../../../src/extract/text/normalize-text.ts';
import { splitWords, WORD } from '../../../src/extract/text/tokenize-words.ts';

/** normalizeText as it was before it skipped folding spaces in text that has nothing to fold. */
function normalizeTextFoldingEveryLine(raw: string): string {
  const lines = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    .replaceAll("''", '"')
    .replaceAll('``', '"')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

const textOf = (pieces: readonly string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

/** The words WORD's matches give (splitWords before it scanned by hand): [start, end] of each. */
function wordsByRegex(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if ((match[0] === 's' || match[0] === 'S') && (text[start - 1] === '’' || text[start - 1] === "'"))
      continue;
    spans.push([start, start + match[0].length]);
  }
  return spans;
}

describe('text-layer fast paths', () => {
  it('foldName answers as NFD without combining marks does, ASCII or not', () => {
    const word = fc.oneof(
      fc.string({ maxLength: 8 }),
      textOf([
        'Lajcak',
        'Lajčák',
        'e\u0301',
        'É',
        'ß',
        '¨',
        '¿',
        'À',
        '\u00bf',
        '\u00c0',
        'Ω',
        '𝐀',
        '\ud835',
        'O\u2019B',
      ]),
    );
    fc.assert(
      fc.property(word, (w) => {
        expect(foldName(w)).toBe(w.normalize('NFD').replace(/\p{M}/gu, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('normalizeText gives what folding the spaces of every line gives', () => {
    const raw = fc.oneof(
      fc.string({ maxLength: 24 }),
      textOf([
        ' ',
        '  ',
        '\t',
        '\u00a0',
        '\u2009',
        '\u3000',
        '\n',
        '\r\n',
        '\u200b',
        '\u0007',
        'word',
        'A.',
        'e\u0301',
        "'",
        '`',
      ]),
    );
    fc.assert(
      fc.property(raw, (text) => {
        expect(normalizeText(text)).toBe(normalizeTextFoldingEveryLine(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('splitWords finds the words the WORD regex matches, ASCII or not', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.string({ maxLength: 24, unit: 'binary' }),
      textOf([
        'Putin',
        'jong',
        'U',
        'S',
        's',
        '1',
        '-',
        '.',
        '&',
        "'",
        '’',
        ' ',
        'é',
        'Č',
        '\u0301',
        'Ω',
        '𝐀',
        '\ud835',
        '\udc00',
        '—',
        '“',
      ]),
    );
    fc.assert(
      fc.property(text, (t) => {
        const words = splitWords(t);
        expect(words.map((w) => [w.start, w.end])).toEqual(wordsByRegex(t));
        let previousEnd = 0;
        for (const w of words) {
          expect(w.text).toBe(t.slice(w.start, w.end));
          expect(w.gap).toBe(t.slice(previousEnd, w.start));
          previousEnd = w.end;
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the all-capitals shortcut of isNameWord', () => {
  it('a lower-case a-z second letter means the word differs from its upper case, whatever its first', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
        fc.integer({ min: 97, max: 122 }),
        fc.string({ maxLength: 8, unit: 'binary' }),
        (first, c, rest) => {
          const text = first + String.fromCharCode(c) + rest;
          // isNameWord skips the upper-casing when text.charCodeAt(1) is a-z: that needs it to be unequal.
          return text.charCodeAt(1) < 97 || text.charCodeAt(1) > 122 || text !== text.toUpperCase();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
