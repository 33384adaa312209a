// Whether an agreement named in a narrator's clause is set after an earlier occasion whose words follow ("The
// agreement follows PM Shehbaz's visit to Turkey in May-June, when he stressed ..."): those words predate it.

import {
  EARLIER_OCCASION_AFTER,
  EARLIER_OCCASION_NEEDS_AFTER,
  EARLIER_OCCASION_OPENERS,
  EARLIER_OCCASION_VERBS,
} from '../lexicon/agreement-reference-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState } from '../types.ts';

/**
 * Whether the words in [from, to) hold a verb that sets what precedes it after an occasion ("follows", "came after")
 * and, later, a "when" or "where" opening the clause of that occasion: words from `to` on were said then.
 */
export function earlierOccasionBetween(state: ExtractState, from: number, to: number): boolean {
  const { words } = state;
  let verbSeen = false;
  for (let i = wordIndexAt(words, from); i < words.length; i++) {
    const word = words[i];
    if (!word || word.start >= to) break;
    if (
      EARLIER_OCCASION_VERBS.has(word.lower) &&
      (!EARLIER_OCCASION_NEEDS_AFTER.has(word.lower) || EARLIER_OCCASION_AFTER.has(words[i + 1]?.lower ?? ''))
    )
      verbSeen = true;
    else if (verbSeen && EARLIER_OCCASION_OPENERS.has(word.lower)) return true;
  }
  return false;
}
