// Whether ";" or ":" stands between two words: clause punctuation, which ends the clause a rule walks back through.
// One spelling for every rule that asks (meetings' purpose phrases and arrivals). Pure.

import type { Word } from '../types.ts';

const CLAUSE_PUNCTUATION = /[;:]/;

/** Whether a ";" or ":" stands in the gap before `word` (the text between it and the word before); none at no word. */
export function clausePunctuationBefore(word: Word | undefined): boolean {
  return word !== undefined && CLAUSE_PUNCTUATION.test(word.gap);
}
