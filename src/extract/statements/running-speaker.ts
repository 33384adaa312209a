// The last stage of the attribution sieve: a quote no earlier stage claimed belongs to the running speaker, the
// one who spoke last in its paragraph (or in the paragraph before, when its own sentence names nobody else),
// unless another person opens the sentence right before the quote.

import type { Quote } from './find-quotes.ts';
import {
  AGREEMENT_SOURCE_OPENERS,
  BACK_REFERENCE_MAX_MODIFIERS,
  DEFINITE_DETERMINERS,
  SPEAKING_DOCUMENT_NOUNS,
} from '../lexicon/agreement-reference-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { backReferencesIn } from './statement-agreements.ts';
import { isNarratorAside } from './narrated-fragments.ts';
import {
  continueQuote,
  quoteDraft,
  quotesStillOpen,
  sentenceOf,
  type StatementContext,
} from './statement-context.ts';
import type { Sentence, StatementLike } from '../types.ts';

/** The speaker of the last statement made before `offset`, with the paragraph it was made in. */
export function lastSpeakerBefore(
  ctx: StatementContext,
  offset: number,
): { draft: StatementLike; paragraph: number } | null {
  let last: StatementLike | undefined;
  for (const draft of ctx.drafts)
    if (draft.content.start < offset && (!last || draft.content.start > last.content.start)) last = draft;
  if (!last) return null;
  return { draft: last, paragraph: ctx.state.sentences[last.lastSentence]?.paragraph ?? -1 };
}

/**
 * Whether the sentence names a person or organization outside the quote, or describes an unnamed speaker ("A Somali
 * observer told reporters the accord was significant \"if ...\""): someone else may be speaking.
 */
function namesSomeoneElse(ctx: StatementContext, quote: Quote, from: number, to: number): boolean {
  return startingIn(ctx.state.mentions, from, to).some(
    (m) =>
      (m.kind === 'person' || m.kind === 'org' || m.describesUnnamed === true) &&
      (m.end <= quote.start || m.start >= quote.end),
  );
}

/**
 * Whether a country describing an unnamed speaker ("a Somali observer") stands before `to` in a sentence after
 * `sentence` (the outlet that carried the last words, "quoted by Iranian state media", is in their own sentence).
 */
function unnamedSince(ctx: StatementContext, sentence: number, to: number): boolean {
  const from = ctx.state.sentences[sentence + 1]?.start ?? to;
  return from < to && startingIn(ctx.state.mentions, from, to).some((m) => m.describesUnnamed === true);
}

/**
 * The person a quote that opens its own sentence goes on from: the subject of the sentence right before it, in the
 * same or the previous paragraph ("Egyptian Foreign Minister Sameh Shoukry addressed the meeting." then a quote).
 * The subject is a person named at that sentence's start, after nothing but title words.
 */
export function previousSubject(ctx: StatementContext, sentence: Sentence, quote: Quote): string | null {
  const { state } = ctx;
  if (quote.start !== sentence.start || !/[.!?]$/.test(quote.content)) return null;
  const before = state.sentences[sentence.index - 1];
  if (!before || before.ignored || before.index === 0 || sentence.paragraph - before.paragraph > 1)
    return null;
  const first = startingIn(state.mentions, before.start, before.end).find((m) => m.kind === 'person');
  if (!first) return null;
  const lead = state.text.slice(before.start, first.start);
  const { titleHeads, titleModifiers } = ctx.resources.lexicon;
  const titled = lead
    .split(/\s+/)
    .filter((w) => w !== '')
    .every(
      (w) => /^\p{Lu}/u.test(w) || titleHeads.has(w.toLowerCase()) || titleModifiers.has(w.toLowerCase()),
    );
  return titled ? first.id : null;
}

/**
 * Whether `quote`, a whole sentence, goes on with `draft`'s words: the draft is nothing but a quote, and the quote
 * opens the sentence right after its last one (in the same paragraph or opening the next).
 */
function goesOn(ctx: StatementContext, draft: StatementLike, sentence: Sentence, quote: Quote): boolean {
  return (
    draft.direct &&
    draft.quote !== null &&
    draft.text === draft.quote &&
    sentence.index - draft.lastSentence === 1 &&
    quote.start === sentence.start &&
    /[.!?]$/.test(quote.content)
  );
}

/**
 * 'The agreement says: "', 'The text reads, "': a noun phrase's own verb introducing the quote (not a pronoun's: "He
 * added: " goes on with the running speaker).
 */
const OWN_LEAD_IN =
  /^(?:The|the|This|this) [a-z][a-z ]{0,40}? (?:says|said|states|stated|reads|read)\s*[:,]\s*$/;

/** `," they added.` / `," they wrote in a joint op-ed`: a plural pronoun and a verb closing the quote. */
const THEY_CLOSING = /^,?\s*they(?: [a-z]+ly| also| then)? [a-z]+\b/;

/**
 * The people who said `draft`'s words together ("The three leaders say they are united ..."): every statement with
 * the same words from the same sentence, in the order they were made. Only people: countries given one document's
 * words are its issuers, and "they" after it may mean the officials who spoke for them.
 */
function jointSpeakers(ctx: StatementContext, draft: StatementLike): string[] {
  const speakers: string[] = [];
  for (const other of ctx.drafts)
    if (
      other.content.start === draft.content.start &&
      other.sentence === draft.sentence &&
      !speakers.includes(other.speaker)
    )
      speakers.push(other.speaker);
  return speakers.every((id) => id.startsWith('person:')) ? speakers : [draft.speaker];
}

/**
 * Whether the sentence opens with an agreement as its subject or its source, named or pointed back at, before the
 * quote: 'The agreement recognized the "potentially diverse benefits" of ...', 'According to the agreement, both
 * governments would arrange ... in "safety, security and dignity"', 'The draft resolution called for the lifting of
 * the "restrictions ..."'. The quote is the agreement's own wording, not the running speaker's words.
 */
function agreementWording(ctx: StatementContext, sentence: Sentence, quote: Quote): boolean {
  const { state } = ctx;
  let at = wordIndexAt(state.words, sentence.start);
  // Not words a quote opens with ("“This initiative can mark the moment ...,” he said").
  if (/["“]$/.test(state.words[at]?.gap ?? '')) return false;
  const opener = AGREEMENT_SOURCE_OPENERS.find((words) =>
    words.every((w, k) => state.words[at + k]?.lower === w),
  );
  if (opener) at += opener.length;
  const first = state.words[at];
  if (!first || first.sentence !== sentence.index || first.start >= quote.start) return false;
  const determiner = DEFINITE_DETERMINERS.has(first.lower);
  // Named from its first words ("The Ankara Declaration reaffirmed ..."), after "the" at most.
  const second = state.words[at + 1];
  if (
    state.agreementMentions.some(
      (m) =>
        m.end <= quote.start &&
        (m.start === first.start || (determiner && second !== undefined && m.start === second.start)),
    )
  )
    return true;
  // "The draft resolution called for ...", "the agreement": a kind noun after "the" and a few modifiers; not a
  // document that carries someone's words ("The statement also mentioned ...").
  if (!determiner) return false;
  const opening = state.words[at + BACK_REFERENCE_MAX_MODIFIERS + 1]?.start ?? quote.start;
  const reference = backReferencesIn(state, first.start, Math.min(opening, quote.start))[0];
  return reference !== undefined && reference.definite && !SPEAKING_DOCUMENT_NOUNS.has(reference.noun);
}

export function runningSpeakerQuotes(ctx: StatementContext, quotes: readonly Quote[]): void {
  const { state } = ctx;
  for (const { quote, sentence } of quotesStillOpen(ctx, quotes)) {
    // The headline's words are the body's, repeated.
    if (sentence.index === 0) continue;
    const running = lastSpeakerBefore(ctx, quote.start);
    const last = sentenceOf(state, Math.max(quote.start, quote.end - 1)) ?? sentence;
    if (namesSomeoneElse(ctx, quote, sentence.start, last.end)) continue;
    // 'The agreement says: "..."': the quote has a lead-in of its own whose subject is no one who speaks.
    if (OWN_LEAD_IN.test(state.text.slice(sentence.start, quote.start))) continue;
    if (agreementWording(ctx, sentence, quote)) continue;
    // 'Nepal wants the treaty to reflect "changes and new realities"': the narrator's phrase, no one's remark.
    if (isNarratorAside(state, ctx.resources, quote, sentence)) continue;
    // "A Somali observer said ... . \"...,\" he said.": an unnamed speaker came after the running one and speaks on.
    if (running && unnamedSince(ctx, running.draft.lastSentence, quote.start)) continue;
    const subject = previousSubject(ctx, sentence, quote);
    // 'Lighthizer then suggested they drop the term. "From now on ..."': a person who opens the sentence right before
    // the quote, after the running speaker last spoke, takes the turn from them (CoreNLP's closest-mention sieve).
    const turnTaken =
      running !== null &&
      subject !== null &&
      subject !== running.draft.speaker &&
      sentence.index - 1 > running.draft.lastSentence;
    const near = running !== null && !turnTaken && sentence.paragraph - running.paragraph <= 1;
    // No one has spoken nearby: the person the sentence before is about.
    const speaker = near ? running.draft.speaker : subject;
    if (!speaker) continue;
    ctx.usedQuotes.add(quote);
    // A whole sentence of quote right after the running speaker's quoted words goes on with them: one statement.
    if (near && goesOn(ctx, running.draft, sentence, quote)) {
      continueQuote(state, running.draft, quote);
      continue;
    }
    const span = { start: sentence.start, end: Math.max(quote.end, last.end) };
    // '"...," they added.' after words several people said together: the quote is each of theirs.
    const group =
      near && THEY_CLOSING.test(state.text.slice(quote.end, quote.end + 40))
        ? jointSpeakers(ctx, running.draft)
        : [speaker];
    for (const member of group) ctx.drafts.push(quoteDraft(state, member, quote, span));
  }
}
