// "Kishida telephoned Yoon on Tuesday", "Li Keqiang called up his Indian counterpart Narendra Modi": a verb of
// phoning (with its particle) whose direct object is a person is a call between the subject and that person.

import { PHONING_PARTICLE_VERBS, PHONING_PARTICLES, PHONING_VERBS } from '../lexicon/meeting-words.ts';
import { personObject } from './meeting-agents.ts';
import type { ExtractState } from '../types.ts';

/** The index of the word the phoned person follows (the verb, or its particle), or -1 when word k phones nobody. */
export function phoningEnd(state: ExtractState, k: number): number {
  const word = state.words[k]?.lower ?? '';
  const next = state.words[k + 1]?.lower ?? '';
  if (PHONING_VERBS.has(word)) return k;
  if (PHONING_PARTICLE_VERBS.has(word) && PHONING_PARTICLES.has(next)) return k + 1;
  return -1;
}

/** The persons phoned by word k ("telephoned X", "called up X"); empty when it is no phoning verb with a person. */
export function phonedPersons(state: ExtractState, k: number): string[] {
  const end = phoningEnd(state, k);
  return end < 0 ? [] : personObject(state, end);
}
