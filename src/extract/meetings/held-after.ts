// "the very good conversation he had with President X": a conversation noun whose relative clause right after it
// has a subject pronoun hold it "with" someone. Pure.

import { CONVERSATION_NOUNS, PLURAL_HOLDING_VERBS, SUBJECT_PRONOUNS } from '../lexicon/meeting-words.ts';
import { personObject } from './meeting-agents.ts';
import type { ExtractState } from '../types.ts';

/** The index of the "with" of "<noun> he had with" when word k is a conversation noun with such a clause, else -1. */
export function heldAfter(state: ExtractState, k: number): number {
  const { words } = state;
  const word = words[k];
  const pronoun = words[k + 1];
  if (!word || !pronoun || !CONVERSATION_NOUNS.has(word.lower) || pronoun.sentence !== word.sentence)
    return -1;
  if (!SUBJECT_PRONOUNS.has(pronoun.lower) || !PLURAL_HOLDING_VERBS.has(words[k + 2]?.lower ?? '')) return -1;
  if (words[k + 3]?.lower !== 'with' || words[k + 3]?.sentence !== word.sentence) return -1;
  // Only a closing quote may stand between the noun and the pronoun.
  if (!/^[”"’]? $/.test(state.text.slice(word.end, pronoun.start))) return -1;
  return personObject(state, k + 3).length > 0 ? k + 3 : -1;
}
