// The one spelling of clause punctuation between two words (";" or ":"), which meeting rules walking back through a
// clause stop at. Words from splitWords over invented sentences.
import { describe, expect, it } from 'vitest';
import { clausePunctuationBefore } from '../../../src/extract/text/clause-punctuation.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';

function before(text: string, word: string): boolean {
  return clausePunctuationBefore(splitWords(text).find((w) => w.text === word));
}

describe('clausePunctuationBefore', () => {
  it.each([
    ['The minister arrived; talks followed.', 'talks', true],
    ['The minister said: talks will follow.', 'talks', true],
    ['The minister arrived, and talks followed.', 'and', false],
    ['The minister arrived for talks.', 'talks', false],
    ['The envoy’s talks; then a dinner.', 'then', true],
  ])('%s (before "%s"): %s', (text, word, expected) => {
    expect(before(text, word)).toBe(expected);
  });

  it('is false at no word', () => {
    expect(clausePunctuationBefore(undefined)).toBe(false);
  });
});
