// Where the sides of an agreement start when a participle stands between it and them: "the peace agreement signed
// between the Ethiopian government and TPLF", "a prisoner exchange deal was reached between the Yemeni government and
// the Houthis", "the ceasefire agreement signed by the government and the SPLM/A".

import { PARTY_VERB_WORDS } from '../lexicon/agreement-act-words.ts';
import { BROKER_PARTICIPLES } from '../lexicon/agreement-reference-words.ts';
import { BE_FORMS } from '../lexicon/word-lists.ts';
import type { Word } from '../types.ts';

const SIDE_VERBS: ReadonlySet<string> = new Set(PARTY_VERB_WORDS);
const BE: ReadonlySet<string> = new Set(BE_FORMS);

/**
 * The index of the word after the preposition that opens the sides, or -1. `after` is the last word of the
 * agreement's phrase (its kind word, or its topic's last word). A signing or reaching participle, passive or not,
 * then "between" or "by": whoever signs or reaches it is its side. A go-between's participle only with "between"
 * ("the truce brokered between A and B"): "brokered by Qatar" names the broker, no side.
 */
export function participleSidesAt(words: readonly Word[], after: number): number {
  const sentence = words[after]?.sentence;
  let at = after + 1;
  // "was reached between", "had been signed by".
  while (BE.has(words[at]?.lower ?? '') && words[at]?.sentence === sentence) at++;
  const participle = words[at];
  const preposition = words[at + 1];
  if (!participle || !preposition || preposition.sentence !== sentence || participle.sentence !== sentence)
    return -1;
  // "the agreement signed, between ..." is no reduced clause: only plain spaces join it.
  if (participle.gap !== ' ' || preposition.gap !== ' ') return -1;
  const signing = SIDE_VERBS.has(participle.lower);
  if (preposition.lower === 'between' && (signing || BROKER_PARTICIPLES.has(participle.lower))) return at + 2;
  if (preposition.lower === 'by' && signing) return at + 2;
  return -1;
}
