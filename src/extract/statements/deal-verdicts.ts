// A verdict on the deal just told, in words that name no deal ("“We have taken the first step toward a new beginning,”
// Erdogan said" after "the three leaders announced the pact"): which agreement it judges, if one is plainly in view.

import {
  DEAL_VERDICT_MAX_GAP,
  DEAL_VERDICT_MODIFIERS,
  DEAL_VERDICT_NOUNS,
} from '../lexicon/agreement-reference-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { backReferencesIn, relationshipOnly, resolveBackReference } from './statement-agreements.ts';
import { ownWordsOnOneDeal, type PreviousStatement } from './statement-context.ts';
import type { ExtractState, StatementLike } from '../types.ts';

/** Whether the statement's words judge something as a step, a day, a chapter ("a historic step", "a new page"). */
function judges(state: ExtractState, draft: StatementLike): boolean {
  const { words } = state;
  for (let i = wordIndexAt(words, draft.content.start); i < words.length; i++) {
    const word = words[i];
    if (!word || word.start >= draft.content.end) break;
    if (!DEAL_VERDICT_NOUNS.has(word.lower)) continue;
    for (let k = 1; k <= DEAL_VERDICT_MAX_GAP + 1; k++) {
      const before = words[i - k];
      if (!before || before.sentence !== word.sentence || before.start < draft.content.start) break;
      if (DEAL_VERDICT_MODIFIERS.has(before.lower)) return true;
    }
  }
  return false;
}

/**
 * The agreements the sentence before the statement tells (named, or pointed back at with "the pact"), when that
 * sentence names the speaker too, as the one who made, announced or witnessed it ("Erdogan hosted ... before the three
 * leaders announced the pact."), or the speaker is one of its parties; only one agreement, else none is plainly meant.
 */
function toldBefore(state: ExtractState, draft: StatementLike, lead: string | null): string | null {
  const previous = state.sentences[draft.sentence - 1];
  if (!previous) return null;
  const ids = new Set<string>();
  for (const m of startingIn(state.agreementMentions, previous.start, previous.end))
    if (!relationshipOnly(state, m)) ids.add(m.id);
  if (ids.size === 0)
    for (const reference of backReferencesIn(state, previous.start, previous.end)) {
      const id = reference.definite ? resolveBackReference(state, reference, lead) : null;
      if (id !== null) ids.add(id);
    }
  if (ids.size !== 1) return null;
  const id = [...ids][0] as string;
  const agreement = state.agreements.find((a) => a.id === id);
  const country = state.persons.get(draft.speaker)?.country ?? null;
  const party =
    agreement !== undefined &&
    [draft.speaker, country].some(
      (s) => s !== null && (agreement.parties.includes(s) || agreement.signatories.includes(s)),
    );
  const named = startingIn(state.mentions, previous.start, previous.end).some((m) => m.id === draft.speaker);
  return party || named ? id : null;
}

/**
 * The agreement a statement judges with no word naming it: its words call something a step, a day, a chapter ("the
 * first step toward a new beginning", "a historical day for Africa"), name no meeting, and go on either from the same
 * speaker's words on an agreement just before ("welcomed the agreement ... “We hope to open a new chapter with Iran,”
 * he said") or from a sentence that tells the agreement with the speaker in it or among its parties.
 */
export function dealVerdict(
  state: ExtractState,
  draft: StatementLike,
  before: PreviousStatement,
  lead: string | null,
): string[] {
  if (!judges(state, draft)) return [];
  if (startingIn(state.meetingMentions, draft.content.start, draft.content.end).length > 0) return [];
  const own = ownWordsOnOneDeal(draft, before);
  if (own !== null && draft.sentence - own.lastSentence <= 1) return [...before.agreements];
  const told = toldBefore(state, draft, lead);
  return told === null ? [] : [told];
}
