// "key agreements in counter-terrorism and data privacy", "a memorandum in the field of arbitration": "in" followed
// by a common noun, or by "the field(s) of", names the field an agreement covers, where "in Riyadh", "in 2020" or
// "in the region" say where or when it was made.

import type { WordFactsOf } from '../events/event-modality.ts';
import { FIELD_NOUNS, NOT_A_FIELD_AFTER_IN } from '../lexicon/agreement-topic-words.ts';
import { cannotBeTagged } from '../text/tags-without-tagging.ts';
import type { Sentence, Word } from '../types.ts';

/** The tags that make the word after "in" a field. */
const FIELD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ']);

/**
 * Whether the "in" at `at` opens the field of the agreement before it: the next word, lowercase and tagged a common
 * noun, a gerund or a hyphened compound wink leaves as an adjective, is no adverbial ("in principle");
 * or "in the field of", "in the areas of".
 */
export function opensField(
  words: readonly Word[],
  at: number,
  text: string,
  sentence: Sentence,
  facts: WordFactsOf,
): boolean {
  const inWord = words[at];
  const next = words[at + 1];
  if (!inWord || inWord.lower !== 'in' || !next || next.gap !== ' ' || next.sentence !== inWord.sentence)
    return false;
  if (next.lower === 'the')
    return FIELD_NOUNS.has(words[at + 2]?.lower ?? '') && words[at + 3]?.lower === 'of';
  if (next.cap || NOT_A_FIELD_AFTER_IN.has(next.lower) || !/^[a-z][a-z-]*$/.test(next.text)) return false;
  // "in an effort to": a word the model never tags so needs no tagging of the sentence to say it opens no field.
  if (cannotBeTagged(text, sentence, next, FIELD_TAGS)) return false;
  const pos = facts(text.slice(sentence.start, sentence.end), next.start - sentence.start)?.pos;
  if (pos === 'NOUN') return true;
  // A gerund after a preposition is nominal ("in anti-smuggling", "in fighting piracy"), as is a hyphened compound.
  return (pos === 'VERB' && next.lower.endsWith('ing')) || (pos === 'ADJ' && next.lower.includes('-'));
}
