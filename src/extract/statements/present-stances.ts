// Present-tense stances ("The Secretary-General calls on all sides to ...", "The Chairperson urges ...", "He
// reaffirms ..."): when their subject speaks for itself. The reported-speech rules ask; this file only answers.

import { subjectBefore } from './find-speaker.ts';
import type { StatementContext } from './statement-context.ts';
import type { ExtractState, Sentence, Word } from '../types.ts';

/** Pronouns that, right before a present stance, are its speaker. */
const PRONOUN_SUBJECT = /^(?:he|she)$/;
/** How far before the verb its subject's mention may open. */
const SUBJECT_REACH_CHARS = 60;

/**
 * Whether a speaker's own mention, or "he"/"she", ends right before the verb at word k (past "also", "then"); a
 * news agency is none ("a draft seen by the AP welcomes ...").
 */
export function namedRightBefore(ctx: StatementContext, k: number): boolean {
  const { words } = ctx.state;
  let a = k - 1;
  while (a > k - 3 && ctx.resources.lexicon.roleVerbFillers.has(words[a]?.lower ?? '')) a--;
  const before = words[a];
  if (!before) return false;
  if (PRONOUN_SUBJECT.test(before.lower)) return true;
  const subject = subjectBefore(ctx.state, before.end - SUBJECT_REACH_CHARS, (words[k] as Word).start);
  return subject?.end === before.end && ctx.state.organizations.get(subject.id)?.kind !== 'news agency';
}

/** A short first paragraph of one sentence: a headline ("Iran rejects speculations on interim deal with U.S."). */
const MAX_HEADLINE_CHARS = 120;
export function headlineLine(state: ExtractState, sentence: Sentence): boolean {
  return (
    sentence.index === 0 &&
    sentence.end - sentence.start <= MAX_HEADLINE_CHARS &&
    state.sentences[1]?.paragraph !== sentence.paragraph
  );
}
