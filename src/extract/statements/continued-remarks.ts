// Words the same speaker goes on with right after their words on an agreement, saying what one of its sides will or
// must do ("He said it “signals the start of the ceasefire”. Mr Khair said Khartoum expected the rebels to
// reciprocate"): a term of that agreement, told with no word naming it.

import { SIDE_TERM_MAX_BEFORE, SIDE_TERM_MODALS } from '../lexicon/agreement-reference-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { ownPoint } from './clause-siblings.ts';
import { backReferencesIn } from './statement-agreements.ts';
import { ownWordsOnOneDeal, type PreviousStatement } from './statement-context.ts';
import type { ExtractState, StatementLike } from '../types.ts';

/**
 * How many sentences on may the next words come: the one after, or the one after a sentence of background. Not the
 * same sentence: a second clause there ("called the accord “a victory” and said Norway would raise fuel taxes") as
 * often turns to a topic of its own.
 */
const CONTINUED_MAX_GAP = 2;

/** The ids that stand for a side of the agreement: its parties, its signatories, and the countries they speak for. */
function dealSides(state: ExtractState, id: string): ReadonlySet<string> {
  const agreement = state.agreements.find((a) => a.id === id);
  const sides = new Set<string>();
  if (!agreement) return sides;
  for (const s of [...agreement.parties, ...agreement.signatories]) {
    sides.add(s);
    const country = state.persons.get(s)?.country;
    if (country) sides.add(country);
  }
  return sides;
}

/**
 * Whether the words, or the rest of their sentence ("has “a lot of tasks ahead,” after which the Lebanese army will
 * ..."), name a side of the agreement just before a future or an obligation ("Israel will maintain").
 */
function bindsSide(state: ExtractState, draft: StatementLike, sides: ReadonlySet<string>): boolean {
  const { words } = state;
  const { start } = draft.content;
  const end = state.sentences[draft.lastSentence]?.end ?? draft.content.end;
  for (let i = wordIndexAt(words, start); i < words.length; i++) {
    const word = words[i];
    if (!word || word.start >= end) break;
    if (!SIDE_TERM_MODALS.has(word.lower)) continue;
    const from = words[Math.max(0, i - SIDE_TERM_MAX_BEFORE)];
    if (!from) continue;
    const subjects = startingIn(state.mentions, Math.max(from.start, start), word.start);
    if (subjects.some((m) => m.sentence === word.sentence && sides.has(m.id))) return true;
  }
  return false;
}

/**
 * The agreement a statement states a term of: the same speaker's words just before it, in the sentence before or with
 * one sentence of background between them, named that one agreement, and these say what one of its sides will or must do, with no
 * point of their own (a demand, a meeting, more talks, an agreement still sought).
 */
export function continuedRemark(
  state: ExtractState,
  draft: StatementLike,
  before: PreviousStatement,
): string[] {
  const own = ownWordsOnOneDeal(draft, before);
  if (own === null) return [];
  const gap = draft.sentence - own.lastSentence;
  if (gap < 1 || gap > CONTINUED_MAX_GAP) return [];
  const id = before.agreements[0] as string;
  const { start, end } = own.content;
  const named =
    startingIn(state.agreementMentions, start, end).some((m) => m.id === id) ||
    backReferencesIn(state, start, end).some((r) => r.definite && !r.sought);
  if (!named || !bindsSide(state, draft, dealSides(state, id)) || ownPoint(state, draft)) return [];
  return [id];
}
