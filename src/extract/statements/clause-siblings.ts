// Quoted words the same speaker puts in one sentence beside their words on an agreement ("noted that under the terms
// of the deal ..., warning that Israel would “respond severely”", "hailed the “very encouraging news”, saying the
// deal would ..."): clauses of one remark, about the same agreement.

import { FURTHER_TALKS_NOUNS, URGING_VERBS } from '../lexicon/agreement-reference-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { backReferencesIn } from './statement-agreements.ts';
import type { ExtractState, StatementLike } from '../types.ts';

const FURTHER_TALKS_WORDS: ReadonlySet<string> = new Set(FURTHER_TALKS_NOUNS);

/** How many words before its quoted words an urging verb makes them a demand of their own ("urged Iran to “..."). */
const URGED_MAX_BEFORE = 4;

/** Whether two drafts share a sentence. */
function shareSentence(a: StatementLike, b: StatementLike): boolean {
  return a.sentence <= b.lastSentence && a.lastSentence >= b.sentence;
}

/**
 * Whether a draft's words make a point of their own rather than go on about the agreement: a demand ("but urged Iran
 * to “renounce its destabilising actions”"), a meeting or more talks ("adding that trade talks would follow"), or an
 * agreement still to be made.
 */
export function ownPoint(state: ExtractState, draft: StatementLike): boolean {
  const { words } = state;
  const { start, end } = draft.content;
  const at = wordIndexAt(words, start);
  const sentence = words[at]?.sentence;
  for (let k = 1; k <= URGED_MAX_BEFORE; k++) {
    const before = words[at - k];
    if (!before || before.sentence !== sentence) break;
    if (URGING_VERBS.has(before.lower)) return true;
  }
  if (startingIn(state.meetingMentions, start, end).length > 0) return true;
  for (let k = at; k < words.length; k++) {
    const word = words[k];
    if (!word || word.start >= end) break;
    if (FURTHER_TALKS_WORDS.has(word.lower)) return true;
  }
  return backReferencesIn(state, start, end).some((r) => r.sought);
}

/**
 * Whether the other clause's own words name the agreement, or point back at one ("the deal", "the pact"): not one it
 * was only taken to go on about from the sentences before.
 */
function namesIt(state: ExtractState, other: StatementLike, id: string): boolean {
  const { start, end } = other.content;
  return (
    startingIn(state.agreementMentions, start, end).some((m) => m.id === id) ||
    backReferencesIn(state, start, end).some((r) => r.definite && !r.sought)
  );
}

/**
 * For each quoting draft about no agreement, the one agreement of the same speaker's draft next to it in the same
 * sentence, added to `abouts` (one list per draft, in the order of `state.drafts`). Read from the agreements the
 * drafts had before this step, so that one clause does not pass on what it only took from another. Only quoted
 * words: a reported clause brought in by "adding that" as often makes a point of its own.
 */
export function addSiblingAgreements(
  state: ExtractState,
  abouts: readonly string[][],
  agreementIds: ReadonlySet<string>,
): void {
  if (agreementIds.size === 0) return;
  const own = abouts.map((about) => about.filter((id) => agreementIds.has(id)));
  state.drafts.forEach((draft, i) => {
    if (draft.quoteSpans.length === 0 || (own[i] as string[]).length > 0) return;
    for (const j of [i - 1, i + 1]) {
      const other = state.drafts[j];
      const theirs = own[j];
      if (
        other === undefined ||
        theirs?.length !== 1 ||
        other.speaker !== draft.speaker ||
        !shareSentence(draft, other) ||
        !namesIt(state, other, theirs[0] as string) ||
        ownPoint(state, draft)
      )
        continue;
      (abouts[i] as string[]).push(theirs[0] as string);
      return;
    }
  });
}
