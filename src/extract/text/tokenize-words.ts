// Splits normalized text into words with offsets: the unit every gazetteer lookup and pattern rule walks over.
// Pure and linear; sentences are assigned by a single merge with the sentence list.

import type { ExtractState, Sentence, Word } from '../types.ts';

/**
 * A word: letters/digits joined by inner dots, ampersands, apostrophes, or hyphens before a lower-case letter or
 * digit ("Jong-un", "U.S", "O'Brien", "long-term"); "Russia-North Korea" and "Amir-Abdollahian" split at the
 * hyphen so country and name parts match. A possessive "'s" is left out ("Putin's" -> "Putin"). Linear.
 */
const WORD =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:-(?=[\p{Ll}\p{N}])|[.&]|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const UPPER = /^\p{Lu}/u;

/** UPPER.test, with ASCII answered without the regex (most words are ASCII; this runs for every word). */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  return UPPER.test(word);
}

/** Words of `text` with offsets; `sentence` is -1 until assigned. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    // The "s" of a possessive stays in the gap ("Putin's" -> "Putin" + "'s "), so rules see one word per name.
    if ((match[0] === 's' || match[0] === 'S') && (text[start - 1] === '’' || text[start - 1] === "'"))
      continue;
    words.push({
      text: match[0],
      lower: match[0].toLowerCase(),
      cap: startsUpper(match[0]),
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
