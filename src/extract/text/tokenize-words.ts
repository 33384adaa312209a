// Splits normalized text into words with offsets: the unit every gazetteer lookup and pattern rule walks over.
// Pure and linear; sentences are assigned by a single merge with the sentence list.

import type { ExtractState, Sentence, Word } from '../types.ts';
import { flagsAt, innerRunEnd, widthAt, WORD_AFTER_HYPHEN, WORD_START } from './word-chars.ts';

/** A short phrase's lower-cased runs of letters ("the AU roadmap" -> ["the", "au", "roadmap"]): for word-list checks. */
export const letterWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');

/**
 * A word: letters/digits joined by inner dots, ampersands, apostrophes, or hyphens before a lower-case letter or
 * digit ("Jong-un", "U.S", "O'Brien", "long-term"); "Russia-North Korea" and "Amir-Abdollahian" split at the
 * hyphen so country and name parts match. A possessive "'s" is left out ("Putin's" -> "Putin"). Linear.
 * The specification: splitWords scans for its matches by hand, and a property test holds the two equal.
 */
export const WORD =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:-(?=[\p{Ll}\p{N}])|[.&]|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const UPPER = /^\p{Lu}/u;

/** UPPER.test, with ASCII answered without the regex (most words are ASCII; this runs for every word). */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  return UPPER.test(word);
}

/**
 * word.toLowerCase(), a word with no capital and nothing past ASCII (most words) answered as itself without the
 * call: lower-casing every word of the article was ~0.7% of extraction.
 */
function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return word.toLowerCase();
  }
  return word;
}

/** Where the word starting at `start` (a WORD_START code point) ends: WORD's match, scanned by hand. */
export function wordEnd(text: string, start: number): number {
  let i = start + widthAt(text, start);
  for (;;) {
    i = innerRunEnd(text, i);
    // A joiner continues the word only before a code point that may start one (a hyphen: lower case or digit).
    const code = text.charCodeAt(i);
    let next: number;
    if (code === 45) {
      if (!(flagsAt(text, i + 1) & WORD_AFTER_HYPHEN)) return i;
      next = i + 1;
    } else if (code === 46 || code === 38) {
      next = i + 1;
    } else if (code === 39 || code === 0x2019) {
      // Not before a possessive "s" that ends the word.
      const s = text.charCodeAt(i + 1);
      if ((s === 115 || s === 83) && !(flagsAt(text, i + 2) & WORD_START)) return i;
      next = i + 1;
    } else return i;
    if (!(flagsAt(text, next) & WORD_START)) return i;
    i = next + widthAt(text, next);
  }
}

/** Words of `text` with offsets; `sentence` is -1 until assigned. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  let i = 0;
  while (i < text.length) {
    if (!(flagsAt(text, i) & WORD_START)) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    const end = wordEnd(text, start);
    i = end;
    const word = text.slice(start, end);
    // The "s" of a possessive stays in the gap ("Putin's" -> "Putin" + "'s "), so rules see one word per name.
    if ((word === 's' || word === 'S') && (text[start - 1] === '’' || text[start - 1] === "'")) continue;
    words.push({
      text: word,
      lower: lowerCased(word),
      cap: startsUpper(word),
      gap: text.slice(previousEnd, start),
      start,
      end,
      sentence: -1,
    });
    previousEnd = end;
  }
  return words;
}

/** Assigns each word the index of the sentence that contains it (both lists are sorted by offset). */
export function assignSentences(words: Word[], sentences: readonly Sentence[]): void {
  let s = 0;
  for (const word of words) {
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= word.start) s++;
    word.sentence = sentences[s]?.index ?? 0;
  }
}

/** Pipeline stage: the word list of the whole article. */
export function tokenizeWords(state: ExtractState): ExtractState {
  const words = splitWords(state.text);
  assignSentences(words, state.sentences);
  return { ...state, words };
}
