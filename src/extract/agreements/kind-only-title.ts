// A title of kind words alone ("Memorandum of Understanding", "Framework Agreement", "Declaration of Peace") names no
// one instrument: every article has one, so its topic or its sides must say which.

import {
  TITLE_FILLER_WORDS,
  TITLE_KIND_ONLY_WORDS,
  TITLE_WEAK_WORDS,
} from '../lexicon/agreement-title-words.ts';

/** Whether every word of a title is a kind word, a filler or a weak word, and one of them a kind word. */
export function kindOnlyTitle(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  const plain = (w: string): boolean =>
    TITLE_KIND_ONLY_WORDS.has(w) || TITLE_FILLER_WORDS.has(w) || TITLE_WEAK_WORDS.has(w);
  return words.every(plain) && words.some((w) => TITLE_KIND_ONLY_WORDS.has(w));
}
