// "Kishida telephoned Yoon on Tuesday", "Li Keqiang called up his Indian counterpart Narendra Modi": a verb of
// phoning (with its particle) whose direct object is a person is a call between the subject and that person.

import {
  CALLED_PERSON_NEXT,
  CALLER_LEADS,
  CALLING_VERBS,
  PHONING_PARTICLE_VERBS,
  PHONING_PARTICLES,
  PHONING_VERBS,
} from '../lexicon/meeting-words.ts';
import { startingIn } from '../mention-index.ts';
import { objectAfter, personObject } from './meeting-agents.ts';
import type { ExtractState } from '../types.ts';

/**
 * "Trump on Monday called Egyptian President X to congratulate him": "called" after its subject (a name or a listed
 * lead), with a person as its object and after that person a day, a purpose, a verb or the clause's end.
 */
function callsPerson(state: ExtractState, k: number): boolean {
  const before = state.words[k - 1];
  if (!before || !(before.cap || CALLER_LEADS.has(before.lower))) return false;
  const object = objectAfter(state, k);
  if (!object) return false;
  const persons = startingIn(state.mentions, object.start, object.end).filter((m) => m.kind === 'person');
  const last = persons[persons.length - 1];
  return last !== undefined && CALLED_PERSON_NEXT.test(state.text.slice(last.end, last.end + 12));
}

/** The index of the word the phoned person follows (the verb, or its particle), or -1 when word k phones nobody. */
export function phoningEnd(state: ExtractState, k: number): number {
  const word = state.words[k]?.lower ?? '';
  const next = state.words[k + 1]?.lower ?? '';
  if (PHONING_VERBS.has(word)) return k;
  if (PHONING_PARTICLE_VERBS.has(word) && PHONING_PARTICLES.has(next)) return k + 1;
  if (CALLING_VERBS.has(word) && callsPerson(state, k)) return k;
  return -1;
}

/** The persons phoned by word k ("telephoned X", "called up X"); empty when it is no phoning verb with a person. */
export function phonedPersons(state: ExtractState, k: number): string[] {
  const end = phoningEnd(state, k);
  return end < 0 ? [] : personObject(state, end);
}
