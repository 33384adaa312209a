// A describing verb whose object is an agreement and a complement follows ("called the deal a historic milestone",
// "described the accord as a major milestone"): a stance on the agreement, a statement even without a quote.

import { AGREEMENT_BACK_REFERENCE_NOUNS, DESCRIBING_VERBS } from '../lexicon/agreement-reference-words.ts';
import {
  DESCRIBED_AGREEMENT_COMPLEMENT_OPENERS,
  DESCRIBED_AGREEMENT_MAX_WORDS,
} from '../lexicon/speaker-words.ts';
import type { Word } from '../types.ts';

/** Whether the word at `k` describes an agreement kind noun within a few words after it, then its complement. */
export function describedAgreement(words: readonly Word[], k: number, end: number): boolean {
  if (!DESCRIBING_VERBS.has(words[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + DESCRIBED_AGREEMENT_MAX_WORDS; j++) {
    const word = words[j];
    if (!word || word.start >= end || word.gap !== ' ') return false;
    if (!Object.hasOwn(AGREEMENT_BACK_REFERENCE_NOUNS, word.lower)) continue;
    // "called the ceasefire deal a prerequisite": the last kind noun of the object is the one the complement follows.
    const next = words[j + 1];
    if (next?.gap === ' ' && DESCRIBED_AGREEMENT_COMPLEMENT_OPENERS.has(next.lower)) return true;
  }
  return false;
}
