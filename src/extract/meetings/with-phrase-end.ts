// Where the "with/between ..." phrase after a meeting word can end: at a new clause's verb, the first verb after a
// noun ("talks between Finnish President A and Estonian Prime Minister B ended ..."), never at a character count,
// so long titles on both sides keep both names.

import type { WordFactsOf } from '../events/event-modality.ts';
import type { ExtractState, Sentence } from '../types.ts';

const FINITE = new Set(['VERB', 'AUX']);
/** A clause's verb follows its subject; a participle after "with" ("with visiting President X") is a modifier. */
const SUBJECT_ENDS = new Set(['NOUN', 'PROPN', 'PRON']);

/** The offset where the clause after word `k` meets a verb after a noun (wink POS), else the sentence's end. */
export function withPhraseEnd(
  state: ExtractState,
  k: number,
  sentence: Sentence,
  factsOf: WordFactsOf,
): number {
  const { words, text } = state;
  const sentenceText = text.slice(sentence.start, sentence.end);
  let previous = '';
  for (let j = k + 1; j < words.length; j++) {
    const word = words[j];
    if (!word || word.start >= sentence.end) break;
    const pos = factsOf(sentenceText, word.start - sentence.start)?.pos ?? '';
    if (FINITE.has(pos) && SUBJECT_ENDS.has(previous)) return word.start;
    previous = pos;
  }
  return sentence.end;
}
