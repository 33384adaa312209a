// A quote that goes on from the same speaker's words on an agreement in the sentence right before (“What was signed
// today is a historic document,” the minister told reporters. ¶ “Our fishermen can sail without fear,” he said): the
// same remark, about the agreement those words were taken to be about, though it names none and points back at none.

import { startingIn } from '../mention-index.ts';
import { ownPoint } from './clause-siblings.ts';
import { namesTopicOnly, opensSentence } from './statement-agreements.ts';
import { ownWordsOnOneDeal, quotesOwnWords, type PreviousStatement } from './statement-context.ts';
import type { ExtractState, StatementLike } from '../types.ts';

/**
 * The agreement a quote goes on about: the same speaker's words end in the sentence right before, about that one
 * agreement, and this quote opens its sentence, shares it with no other words of theirs, and makes no point of its own
 * (a demand, a meeting, more talks, an agreement still sought).
 */
export function continuedQuoteDeal(
  state: ExtractState,
  draft: StatementLike,
  before: PreviousStatement,
): string[] {
  const own = ownWordsOnOneDeal(draft, before);
  if (own === null) return [];
  // "Fiame referred to AUKUS": words that only name an agreement are not words on it for a quote to go on from.
  if (namesTopicOnly(state, own)) return [];
  if (own.lastSentence !== draft.sentence - 1 || !quotesOwnWords(draft) || !opensSentence(state, draft))
    return [];
  if (state.drafts.some((d) => d !== draft && d.speaker === draft.speaker && d.sentence === draft.sentence))
    return [];
  // Words naming an agreement of their own, even one that is only a relationship ("our strategic partnership"), have
  // a topic of their own.
  if (startingIn(state.agreementMentions, draft.content.start, draft.content.end).length > 0) return [];
  return ownPoint(state, draft) ? [] : [...before.agreements];
}
