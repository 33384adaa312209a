// Shared state and helpers for the statement rules: the drafts built so far, used verbs and quotes, sentence
// lookup, speaker resolution through mentions or pronouns, and the scare-quote test.

import { quotePieces, type Quote } from './find-quotes.ts';
import { pronounSpeaker, speakerIn } from './find-speaker.ts';
import { NAME_DETERMINER_BEFORE, NAME_LINKS, TERM_MARKER_BEFORE } from '../lexicon/quote-words.ts';
import type { ExtractState, Range, Resources, Sentence, StatementLike } from '../types.ts';

export interface StatementContext {
  state: ExtractState;
  resources: Resources;
  drafts: StatementLike[];
  /** Word indices of verbs already used by an attribution. */
  usedVerbs: Set<number>;
  usedQuotes: Set<Quote>;
  /** Quotes closed by "it said" given to one body before the reported words "it" may go on from were drafted. */
  itQuotes: StatementLike[];
  /** Quotes closed by "it said" that found no body before the reported words were drafted. */
  pendingIt: Set<Quote>;
  /** Quotes opened by "They added:" given to one speaker before the joint words "they" may go on from were drafted. */
  theyQuotes: Map<Quote, StatementLike>;
  /** Quotes whose "they" found no speakers before the reported words were drafted: where the attribution ends. */
  pendingThey: Map<Quote, { end: number; verb: number }>;
}

export function sentenceOf(state: ExtractState, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = state.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((state.sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return state.sentences[lo];
}

/** The speaker named in [from, to), or the person a "he/she" there points back to. */
export function speakerId(
  ctx: StatementContext,
  from: number,
  to: number,
  nearestFirst: boolean,
  sentence: number,
): string | null {
  const mention = speakerIn(ctx.state, from, to, nearestFirst);
  if (mention) return mention.id;
  return pronounSpeaker(ctx.state, from, to, sentence, ctx.drafts);
}

export function makeDraft(
  state: ExtractState,
  fields: Omit<StatementLike, 'sentence' | 'lastSentence'>,
  span: Range,
): StatementLike {
  const first = sentenceOf(state, span.start);
  const last = sentenceOf(state, Math.max(span.start, span.end - 1));
  // Field by field in the order the spread `{ ...fields, sentence, lastSentence }` gave, not the spread itself: the
  // drafts' literals reach here from several sites, and copying them by spread cost more than their whole reading.
  return {
    speaker: fields.speaker,
    quote: fields.quote,
    quoteSpans: fields.quoteSpans,
    text: fields.text,
    direct: fields.direct,
    fragmentQuoted: fields.fragmentQuoted === true,
    channel: fields.channel,
    content: fields.content,
    sentence: first?.index ?? 0,
    lastSentence: last?.index ?? 0,
  };
}

/**
 * Whether a draft gives the speaker's own quoted words: it holds quotes that are more than a fragment or two inside
 * the narrator's paraphrase (those keep `direct`, for the closing-attribution readers, but are told as reported).
 */
export function quotesOwnWords(draft: StatementLike): boolean {
  return draft.direct && draft.fragmentQuoted !== true;
}

/** The statement before one in the article, with the agreements it was found to be about. */
export interface PreviousStatement {
  draft: StatementLike | null;
  agreements: readonly string[];
}

/**
 * The same speaker's previous words when they were about exactly one agreement: the words a later remark of theirs
 * may go on from.
 */
export function ownWordsOnOneDeal(draft: StatementLike, before: PreviousStatement): StatementLike | null {
  const own = before.draft;
  return own !== null && own.speaker === draft.speaker && before.agreements.length === 1 ? own : null;
}

/** The whole quote as the direct words of `speaker` (its trailing comma dropped), told in `span`. */
export function quoteDraft(state: ExtractState, speaker: string, quote: Quote, span: Range): StatementLike {
  const content = quote.content.replace(/,$/, '');
  return makeDraft(
    state,
    {
      speaker,
      quote: content,
      quoteSpans: quotePieces(state.text, quote),
      text: content,
      direct: true,
      channel: null,
      content: { start: quote.start, end: quote.end },
    },
    span,
  );
}

/** Joins `quote`, a whole sentence that goes on with `draft`'s words, to that statement (sentences joined by a space). */
export function continueQuote(state: ExtractState, draft: StatementLike, quote: Quote): void {
  draft.quote = `${draft.quote ?? ''} ${quote.content.replace(/,$/, '')}`.trim();
  draft.quoteSpans.push(...quotePieces(state.text, quote));
  draft.text = draft.quote;
  draft.lastSentence = sentenceOf(state, quote.end - 1)?.index ?? draft.lastSentence;
  // Its words are the statement's words too: what they name is what the statement is about.
  draft.content = { start: draft.content.start, end: quote.end };
}

/** How far before a quote a term marker ("the so-called", "known as") may start. */
const TERM_MARKER_REACH = 24;
/** At most this many words in a quote that names something after "the" (the "Istanbul agreements"). */
const MAX_NAME_WORDS = 4;

/** A word starting with a capital letter. */
function capital(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/**
 * A quoted name or term rather than words someone said: mostly an agreement's name, a title in title case
 * ("Face the Nation": capitalized words, the lower-case links of a name between them), or a quote right after a
 * term marker (the so-called "red lines", an operation dubbed "Iron Shield").
 */
export function isScareQuote(state: ExtractState, quote: Quote): boolean {
  const length = quote.end - quote.start - 2;
  const before = state.text.slice(Math.max(0, quote.start - TERM_MARKER_REACH), quote.start);
  // An agreement named: capitalized (the "Istanbul agreements", "Strategic Mutual Defense Agreement") or after "the"
  // (the "comprehensive strategic partnership" they set up). A lower-case description after "a" or in a clause (a
  // "big trade deal", they "will conclude a new partnership agreement") is the speaker's own word for it.
  if (
    (/^\p{Lu}/u.test(quote.content) || NAME_DETERMINER_BEFORE.test(before)) &&
    state.agreementMentions.some(
      (m) => m.start >= quote.start && m.end <= quote.end && (m.end - m.start) * 10 >= length * 6,
    )
  )
    return true;
  if (TERM_MARKER_BEFORE.test(before)) return true;
  const words = quote.content.split(/\s+/);
  if (words.length <= MAX_NAME_WORDS && capital(words[0] ?? '') && NAME_DETERMINER_BEFORE.test(before))
    return !/[.!?]$/.test(quote.content);
  return (
    words.length <= 5 &&
    capital(words[0] ?? '') &&
    capital(words[words.length - 1] ?? '') &&
    words.every((w) => capital(w) || NAME_LINKS.has(w))
  );
}

/** Fewer words than this is a term in quotation marks, not something said. */
const MIN_QUOTE_WORDS = 3;

export interface OpenQuote {
  quote: Quote;
  /** The sentence the quote opens in. */
  sentence: Sentence;
}

/**
 * The quotes a later sieve pass may still attribute: not taken by an earlier pass, not a quoted name or term, of
 * at least a few words, and opening in a sentence that counts. Checked lazily, so a quote the pass itself takes
 * is skipped from then on.
 */
export function* quotesStillOpen(ctx: StatementContext, quotes: readonly Quote[]): Generator<OpenQuote> {
  for (const quote of quotes) {
    if (ctx.usedQuotes.has(quote) || isScareQuote(ctx.state, quote)) continue;
    if (quote.content.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const sentence = sentenceOf(ctx.state, quote.start);
    if (!sentence || sentence.ignored) continue;
    yield { quote, sentence };
  }
}

export function paragraphStart(state: ExtractState, offset: number): number {
  return state.text.lastIndexOf('\n', offset - 1) + 1;
}
