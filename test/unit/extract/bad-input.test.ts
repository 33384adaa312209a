// Bad input throws one documented AppError(BAD_USER_INPUT); anything else extracts without throwing or hanging.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../../src/domain/errors.ts';
import { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { MAX_TEXT_LENGTH } from '../../../src/extract/index.ts';
import { extractor } from './helpers.ts';

function badInput(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('bad input', () => {
  it.each([
    ['empty text', ''],
    ['whitespace only', ' \n\t \r\n '],
    ['NUL bytes', 'Putin said\u0000 hello'],
    ['mostly binary', '\u0001\u0002\u0003\u0004\u0005\u0006abc'],
    ['too long', 'a'.repeat(MAX_TEXT_LENGTH + 1)],
    ['invisible only', '\u200b\u200b'],
  ])('%s -> BAD_USER_INPUT with a one-line message', (_name, text) => {
    const error = badInput(() => extractor.extract({ text }));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).not.toContain('\n');
  });

  it('rejects a malformed publication date', () => {
    expect(badInput(() => extractor.extract({ text: 'Putin spoke.', publishedAt: 'June 5' })).code).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
  });
});

const onlyDocumentedErrors = (text: string): boolean => {
  try {
    ExtractionResult.parse(extractor.extract({ text, publishedAt: '2024-06-26' }));
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.BAD_USER_INPUT) return true;
    throw error;
  }
  return true;
};

describe('robustness', () => {
  it('never throws anything but BAD_USER_INPUT on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), onlyDocumentedErrors), { numRuns: 300 });
  });

  it('never throws anything but BAD_USER_INPUT on random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), onlyDocumentedErrors), {
      numRuns: 300,
    });
  });

  it('never throws on news-like word soup', () => {
    const word = fc.constantFrom(
      'Putin',
      'said',
      '“',
      '”',
      '"',
      'the',
      'treaty',
      'Kim',
      ',',
      '.',
      'Minister',
      'Foreign',
      'Seoul',
      'according to',
      'summit',
      'in',
      'Moscow',
      '\n',
      'By',
      'Deputy',
      'that',
      'visit',
      'signed',
      'on June 19',
      'last September',
      "'s",
      'he',
      'Ministry',
      '(Yonhap)',
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 120 }).map((w) => w.join(' ')),
        onlyDocumentedErrors,
      ),
      { numRuns: 300 },
    );
  });

  // A date at a sentence's end once led the meeting adverbial reader past its last word.
  it('reads a meeting word before a date that ends its sentence', () => {
    expect(() =>
      extractor.extract({ text: 'summit last September .', publishedAt: '2024-06-26' }),
    ).not.toThrow();
  });

  // Word lists were once plain objects: "constructor" found Object.prototype's and the events stage threw.
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    'reads %s as an ordinary word in a statement, an agreement and a meeting sentence',
    (name) => {
      const text = `Russian President Vladimir Putin said the ${name} would sign the treaty. "The ${name} agreement is good," Putin said after the ${name} meeting in Moscow.`;
      expect(() =>
        ExtractionResult.parse(extractor.extract({ text, publishedAt: '2024-06-26' })),
      ).not.toThrow();
    },
  );

  it.each([
    ['many open quotes', '“'.repeat(50_000)],
    ['one long word', 'A'.repeat(200_000)],
    ['long capitalized run', 'Foreign '.repeat(30_000)],
    ['commas and said', ', the ministry said'.repeat(5_000)],
    ['deep quote nesting', '"a "b "c '.repeat(10_000)],
  ])('finishes quickly on %s', (_name, text) => {
    const started = performance.now();
    expect(() => extractor.extract({ text })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
