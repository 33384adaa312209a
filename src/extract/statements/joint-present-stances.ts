// Joint releases in the present tense: "The two countries affirm ...", "Both sides call on ...", "Egypt and Qatar
// welcome ...". Finds the verb and the words it states; who "the two countries" are is the plural-subject rules' job.

import {
  JOINT_PRESENT_SAYING,
  JOINT_PRESENT_STANCES,
  JOINT_URGING_PARTICLES,
  JOINT_URGING_VERBS,
} from '../lexicon/speaker-words.ts';
import { headlineLine } from './present-stances.ts';
import type { StatementContext } from './statement-context.ts';
import type { Range, Sentence, Word } from '../types.ts';

const STANCES: ReadonlySet<string> = new Set(JOINT_PRESENT_STANCES);
const SAYING: ReadonlySet<string> = new Set(JOINT_PRESENT_SAYING);
const URGING_PARTICLES: ReadonlySet<string> = new Set(JOINT_URGING_PARTICLES);
const URGING: ReadonlySet<string> = new Set(JOINT_URGING_VERBS);

/** Whether the word at `k` is the bare form of a joint release's verb: the cheap test before any other. */
export function jointPresentVerb(word: Word): boolean {
  return STANCES.has(word.lower) || SAYING.has(word.lower);
}

/**
 * The words the joint present verb at `k` states, up to `end`: after its "that" ("indicate that ..."), else the
 * stance from the verb on ("affirm their commitment to ..."). Null for a headline, an urging verb without its
 * particle, or a saying verb with no "that".
 */
export function jointPresentClause(
  ctx: StatementContext,
  k: number,
  sentence: Sentence,
  end: number,
): Range | null {
  const { words } = ctx.state;
  const verb = words[k] as Word;
  const next = words[k + 1];
  if (!next || next.sentence !== verb.sentence || verb.end >= end) return null;
  if (headlineLine(ctx.state, sentence)) return null;
  if (next.lower === 'that') return { start: next.end + 1, end };
  if (SAYING.has(verb.lower)) return null;
  if (URGING.has(verb.lower) && !URGING_PARTICLES.has(next.lower)) return null;
  return { start: verb.start, end };
}
