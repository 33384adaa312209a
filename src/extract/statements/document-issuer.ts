// The issuer a document's own words name right after its noun: "a statement issued here by UN spokesman X", "a
// communique of the Foreign Ministry". Where those words begin, and who they name as the one speaking.

import { speakerIn } from './find-speaker.ts';
import { DOCUMENT_ISSUING_VERBS } from '../lexicon/word-lists.ts';
import { startingIn } from '../mention-index.ts';
import { NOUN_PHRASE_BREAK_WORDS } from '../lexicon/speaker-words.ts';
import type { StatementContext } from './statement-context.ts';
import type { Word } from '../types.ts';

const ISSUING_VERBS: ReadonlySet<string> = new Set(DOCUMENT_ISSUING_VERBS);
/** How many words an issuing participle's clause may take before its "by" ("issued jointly on Monday by"). */
const MAX_ISSUED_WORDS = 8;

/**
 * The first word of the issuer named after the document noun at word `noun`: after a source word ("the statement of
 * the ministry", "a communique from X"), or after the "by" of an issuing participle's clause, before any comma
 * ("issued jointly by", "issued here by"). Null when those words tell only when or where ("issued after the talks").
 */
export function issuerWordsStart(ctx: StatementContext, noun: number): number | null {
  const { words } = ctx.state;
  const next = words[noun + 1]?.lower ?? '';
  if (!ctx.resources.lexicon.documentSources.has(next)) return null;
  if (!ISSUING_VERBS.has(next)) return noun + 2;
  for (let k = noun + 2; k < words.length && k - noun <= MAX_ISSUED_WORDS; k++) {
    const word = words[k] as Word;
    if (word.lower === 'by') return k + 1;
    if (/[,;:“”"]/.test(word.gap)) return null;
  }
  return null;
}

/**
 * ", said a statement issued by the Ministry of Foreign Affairs on Monday.", ", noted a statement issued here by UN
 * spokesman X.": the speaker the document's issuer words name (before `limit`), read as the subject after a verb is
 * (the spokesman X, not the UN that titles him). Null when they name no one, only a news agency, or an office.
 */
export function ownIssuer(ctx: StatementContext, noun: number, limit: number): string | null {
  const { state } = ctx;
  const { words } = state;
  const start = issuerWordsStart(ctx, noun);
  const first = start === null ? undefined : words[start];
  if (start === null || !first) return null;
  const to = Math.min(limit, issuerPhraseEnd(ctx, start));
  const issuer = first.start < to ? speakerIn(state, first.start, to, true) : null;
  if (!issuer || state.organizations.get(issuer.id)?.kind === 'news agency') return null;
  // "a statement from the office of President X": an office speaks for the government, which the rules that read
  // seats of government name; X does not.
  for (let k = start; k < words.length && (words[k] as Word).end <= issuer.start; k++)
    if (ctx.resources.lexicon.ownedSeats.has((words[k] as Word).lower)) return null;
  // "a statement from Prime Minister X's office": the seat of government that holds the person speaks, not X.
  const seat = startingIn(state.mentions, first.start, issuer.start + 1).find(
    (m) => m.via === 'seat' && m.start <= issuer.start && m.end > issuer.end && m.end <= to,
  );
  return (seat ?? issuer).id;
}

const PHRASE_BREAKS: ReadonlySet<string> = new Set(NOUN_PHRASE_BREAK_WORDS);
/** How long an issuer's noun phrase may run: "the spokesperson for UN Secretary-General Antonio Guterres". */
const MAX_ISSUER_CHARS = 80;

/**
 * Where the issuer's noun phrase from word `start` ends: before a word that ends a noun phrase ("on", "after",
 * "that"), a verb of saying, or a mark other than a comma, so "the ministry said President X would ..." and "the
 * ministry after X met Y" leave X out of it.
 */
function issuerPhraseEnd(ctx: StatementContext, start: number): number {
  const { words } = ctx.state;
  const { speechVerbs, quoteVerbs } = ctx.resources.lexicon;
  const first = words[start] as Word;
  let end = first.start;
  for (let k = start; k < words.length && (words[k] as Word).end - first.start <= MAX_ISSUER_CHARS; k++) {
    const word = words[k] as Word;
    if (k > start && /[.!?;:“”"()\n]/.test(word.gap)) break;
    if (PHRASE_BREAKS.has(word.lower) || speechVerbs.has(word.lower) || quoteVerbs.has(word.lower)) break;
    end = word.end;
  }
  return end;
}
