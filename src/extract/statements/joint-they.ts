// "They added: "..."", '"...," they said.' right after words given to two speakers or more at once ("Kenya and
// Uganda said in a joint statement that ..."): "they" are those speakers, and each of them says the quote.

import { PLURAL_SUBJECT_PRONOUNS } from '../lexicon/speaker-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { lastSpeakerBefore } from './running-speaker.ts';
import type { StatementContext } from './statement-context.ts';
import type { StatementLike, Word } from '../types.ts';

const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(PLURAL_SUBJECT_PRONOUNS);
/** How many sentences back the joint words "they" goes on from may be. */
const REACH_SENTENCES = 3;

/**
 * The last statement drafted before `from` and every speaker of the same words (a joint statement is drafted once
 * per issuer), or null when it lies more than `reach` sentences before sentence `sentence`.
 */
export function lastSharedWords(
  ctx: StatementContext,
  from: number,
  sentence: number,
  reach: number,
): { last: StatementLike; speakers: string[] } | null {
  const last = lastSpeakerBefore(ctx, from)?.draft;
  if (!last || sentence - last.lastSentence > reach) return null;
  const { start, end } = last.content;
  const speakers = ctx.drafts
    .filter((d) => d.content.start === start && d.content.end === end)
    .map((d) => d.speaker);
  return { last, speakers: [...new Set(speakers)] };
}

/**
 * The speakers "they" in sentence `sentence` means: those the last words before `from` were given to together, when
 * the sentences telling those words name every one of them ("Kenya and Uganda said ...") or are themselves told by a
 * "they" ("They added: ..."). Words given to "the two sides" by a guess at which countries they are carry no further.
 */
export function jointTheySpeakers(ctx: StatementContext, from: number, sentence: number): string[] | null {
  const shared = lastSharedWords(ctx, from, sentence, REACH_SENTENCES);
  if (!shared || shared.speakers.length < 2) return null;
  const { last, speakers } = shared;
  const { sentences, mentions, words } = ctx.state;
  const start = sentences[last.sentence]?.start ?? last.content.start;
  const end = sentences[last.lastSentence]?.end ?? last.content.end;
  const named = startingIn(mentions, start, end);
  if (speakers.every((id) => named.some((m) => m.id === id))) return speakers;
  for (let k = wordIndexAt(words, start); k < words.length; k++) {
    const word = words[k] as Word;
    if (word.start >= last.content.start) break;
    if (theyOpensClause(ctx, word)) return speakers;
  }
  return null;
}

/**
 * Whether `word` is "they" opening its sentence or a clause after a comma ("They added", "In the statement, they
 * said"): the subject of the sentence, not of a clause reported inside another speaker's words ("X said they ...").
 */
export function theyOpensClause(ctx: StatementContext, word: Word): boolean {
  if (!PLURAL_PRONOUNS.has(word.lower)) return false;
  return word.start === ctx.state.sentences[word.sentence]?.start || /^, $/.test(word.gap);
}

/** Whether the verb at word `k` has such a "they" right before it, or with a filler between ("they also said"). */
export function theyBeforeVerb(ctx: StatementContext, k: number): boolean {
  const { words } = ctx.state;
  const before = words[k - 1];
  if (!before) return false;
  const subject = ctx.resources.lexicon.groupSubjectFillers.has(before.lower) ? words[k - 2] : before;
  return subject !== undefined && subject.sentence === words[k]?.sentence && theyOpensClause(ctx, subject);
}

/** `," they said.`, `," they also stressed.`: only "they" (and a filler) between a quote and its verb. */
const THEY_CLOSING = new RegExp(
  String.raw`^,?\s*(?:${PLURAL_SUBJECT_PRONOUNS.join('|')})(?: [a-z]+)?\s+$`,
  'i',
);

export function theyClosesQuote(text: string, quoteEnd: number, verbStart: number): boolean {
  return THEY_CLOSING.test(text.slice(quoteEnd, verbStart));
}

/**
 * Whether the verb at word `k` has a plural subject right before it that names no one ("they", "the three leaders",
 * "both ministers", maybe with a filler: "they also"): a cheap test before looking for whom it means.
 */
export function pluralSubjectBefore(ctx: StatementContext, k: number): boolean {
  const { words } = ctx.state;
  const { groupSubjectFillers, groupSubjectHeads } = ctx.resources.lexicon;
  const before = words[k - 1];
  const head = before && groupSubjectFillers.has(before.lower) ? words[k - 2] : before;
  return head !== undefined && (PLURAL_PRONOUNS.has(head.lower) || groupSubjectHeads.has(head.lower));
}
