// A describing verb whose object is an agreement and a complement follows ("called the deal a historic milestone",
// "described the accord as a major milestone"): a stance on the agreement, a statement even without a quote.

import { AGREEMENT_BACK_REFERENCE_NOUNS, DESCRIBING_VERBS } from '../lexicon/agreement-reference-words.ts';
import {
  AS_IDIOM_WORDS,
  DESCRIBED_AGREEMENT_COMPLEMENT_OPENERS,
  DESCRIBED_AGREEMENT_MAX_MODIFIER_WORDS,
  DESCRIBED_AGREEMENT_MAX_WORDS,
  DESCRIBED_AGREEMENT_MODIFIER_STOPS,
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
    if (asAfterModifier(words, j, end)) return true;
  }
  return false;
}

/**
 * Whether "as" opens the complement a few words after the kind noun at `j`, past what modifies the object
 * ("described the agreement reached by the two sides as a progressive one"): only "as", which a bare noun phrase
 * cannot be mistaken for, and not in an idiom ("as well").
 */
function asAfterModifier(words: readonly Word[], j: number, end: number): boolean {
  for (let m = j + 1; m <= j + DESCRIBED_AGREEMENT_MAX_MODIFIER_WORDS; m++) {
    const word = words[m];
    if (!word || word.start >= end || /[.;:!?“”"(]/.test(word.gap)) return false;
    if (DESCRIBED_AGREEMENT_MODIFIER_STOPS.has(word.lower)) return false;
    if (word.lower !== 'as') continue;
    const after = words[m + 1];
    return m > j + 1 && !!after && !AS_IDIOM_WORDS.has(after.lower);
  }
  return false;
}
