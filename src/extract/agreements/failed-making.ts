// Whether an agreement noun names what the sides failed to make ("after failing earlier this month to reach an
// agreement on the flow of water", "regret inability to agree on Sudan ceasefire"): such a noun is no instrument.

import {
  FAILED_MAKING_LINKS,
  FAILED_MAKING_VERBS,
  FAILING_WORD_REACH,
  FAILING_WORDS,
  REFUSED_AGREEMENT_LINKS,
} from '../lexicon/agreement-mention-words.ts';
import type { Word } from '../types.ts';

/** How many words may stand between the making verb and the kind word ("agree on Sudan ceasefire", "reach an agreement"). */
const NOUN_REACH = 3;

/**
 * The kind word at `k` is the object of a making verb ("reach an agreement", "agree on Sudan ceasefire": through
 * "to"/"on", an indefinite article and the sides' capitalized names) joined by "to"/"in" to a failing word a few
 * words before it in the same clause.
 */
export function failedMaking(words: readonly Word[], k: number): boolean {
  const sentence = words[k]?.sentence;
  const inClause = (i: number): boolean =>
    words[i]?.sentence === sentence && !/[,;:]/.test(words[i + 1]?.gap ?? '');
  let j = k - 1;
  while (
    j >= 0 &&
    k - j <= NOUN_REACH &&
    inClause(j) &&
    (REFUSED_AGREEMENT_LINKS.has(words[j]?.lower ?? '') || words[j]?.cap === true)
  )
    j--;
  if (j === k - 1 || !inClause(j) || !FAILED_MAKING_VERBS.has(words[j]?.lower ?? '')) return false;
  if (!FAILED_MAKING_LINKS.has(words[j - 1]?.lower ?? '') || !inClause(j - 1)) return false;
  for (let i = j - 2; i >= Math.max(0, j - 1 - FAILING_WORD_REACH) && inClause(i); i--)
    if (FAILING_WORDS.has(words[i]?.lower ?? '')) return true;
  return false;
}
