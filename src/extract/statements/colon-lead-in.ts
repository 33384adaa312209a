// A quote introduced by a colon whose verb is not a speech verb: 'Juncker set out the priorities for the work
// ahead: "..."', or a paragraph ending in a colon ('The minister, Name, made the following post on X:') before a
// paragraph that is only the quote. The sentence's subject speaks: a person named right before its verb.

import { startingIn } from '../mention-index.ts';
import { referent } from './find-speaker.ts';
import { quoteDraft, quotesStillOpen, sentenceOf, type StatementContext } from './statement-context.ts';
import type { Quote } from './find-quotes.ts';
import type { EntityMention, Range, Sentence } from '../types.ts';

/** After the subject: its verb (a lower-case word), or an apposition and then the verb (", the minister, made"). */
const VERB_AFTER_SUBJECT = /^(?: |, |, [^,:“”"«»]{1,80}, )[a-z]/;
/** The words between a subject and the colon: one clause, with no quote or sentence end in it. */
const LEAD_IN = /^[^“”"«»:;!?]*$/;

/**
 * The person a colon lead-in in [from, colon) names as its subject: the last person followed by a verb, with no
 * other person or organization between it and the colon (they may be the one speaking).
 */
function leadInSubject(ctx: StatementContext, from: number, colon: number): EntityMention | null {
  const { text } = ctx.state;
  const named = startingIn(ctx.state.mentions, from, colon).filter((m) => m.end <= colon);
  for (let i = named.length - 1; i >= 0; i--) {
    const m = named[i] as EntityMention;
    if (m.kind !== 'person') {
      // "The Saudi Ministry of Foreign Affairs stated in response to the announcement:", "The ministry added:": a
      // body opening the lead-in as the subject of its verb speaks (a news agency only carries the words).
      if (m.kind === 'org') return bodySubject(ctx, m, from, colon) ? m : null;
      continue;
    }
    if (!VERB_AFTER_SUBJECT.test(text.slice(m.end, m.end + 90))) continue;
    if (!LEAD_IN.test(text.slice(m.end, colon))) return null;
    // Only the first of several mentions of one name counts as another person between.
    if (named.slice(i + 1).some((n) => n.kind === 'person' && n.id !== m.id)) return null;
    return m;
  }
  return null;
}

/** The words before a body that opens a lead-in as its subject: only "the" and the countries that qualify it. */
const BODY_OPENING = /^(?:the )?$/i;

/** Whether body mention `m` opens the lead-in [from, colon) and a verb follows it, with no one else named after. */
function bodySubject(ctx: StatementContext, m: EntityMention, from: number, colon: number): boolean {
  const { state } = ctx;
  if (state.organizations.get(m.id)?.kind === 'news agency') return false;
  if (!VERB_AFTER_SUBJECT.test(state.text.slice(m.end, m.end + 90))) return false;
  if (!LEAD_IN.test(state.text.slice(m.end, colon))) return false;
  const before = startingIn(state.mentions, from, m.start).filter((n) => n.kind !== 'country');
  return before.length === 0 && BODY_OPENING.test(state.text.slice(from, m.start).replace(/\S+['’]s /g, ''));
}

/** "He added:", "In a statement, she said:": a subject pronoun and its verb closing the lead-in. */
const PRONOUN_LEAD_IN = /(?:^|, )(?:he|she)(?: also| further| then)? [a-z]+$/i;

/** The person a pronoun lead-in means: the speaker or person named just before. */
function pronounLeadIn(ctx: StatementContext, lead: Range): string | null {
  const { state } = ctx;
  const match = PRONOUN_LEAD_IN.exec(state.text.slice(lead.start, lead.end));
  if (!match) return null;
  const at = lead.start + match.index;
  const sentence = sentenceOf(state, at);
  return sentence ? referent(state, at, sentence.index, ctx.drafts) : null;
}

/** Where the lead-in of a quote ends with a colon: in the quote's own sentence, or ending the paragraph before. */
function colonBefore(ctx: StatementContext, quote: Quote, sentence: Sentence): Range | null {
  const { text, sentences } = ctx.state;
  const before = text.slice(Math.max(0, quote.start - 3), quote.start);
  const colon = text.lastIndexOf(':', quote.start);
  // The colon may end a sentence of its own: the lead-in is the sentence holding the colon.
  if (/:\s?$/.test(before) && !before.includes('\n')) {
    const holder = sentenceOf(ctx.state, colon) ?? sentence;
    return holder.ignored ? null : { start: holder.start, end: colon };
  }
  // A paragraph that is only the quote, after a paragraph ending in a colon.
  if (quote.start !== sentence.start || !/:\n+$/.test(before)) return null;
  const previous = sentences[sentence.index - 1];
  if (!previous || previous.ignored || sentence.paragraph - previous.paragraph !== 1) return null;
  return { start: previous.start, end: colon };
}

/** Whether a lead-in's words name a group of speakers ("the leaders") or a document ("a joint statement"). */
function groupOrDocument(ctx: StatementContext, lead: Range): boolean {
  const { groupSubjectHeads, statementNouns } = ctx.resources.lexicon;
  return ctx.state.text
    .slice(lead.start, lead.end)
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => groupSubjectHeads.has(w) || statementNouns.has(w));
}

export function colonLeadInQuotes(ctx: StatementContext, quotes: readonly Quote[]): void {
  const { state } = ctx;
  for (const { quote, sentence } of quotesStillOpen(ctx, quotes)) {
    if (sentence.index === 0) continue;
    const lead = colonBefore(ctx, quote, sentence);
    if (!lead) continue;
    const subject = leadInSubject(ctx, lead.start, lead.end)?.id ?? pronounLeadIn(ctx, lead);
    if (!subject) {
      // 'the leaders issued a joint statement ...: "..."': a group or a document speaks, so the running speaker
      // of the paragraph before does not.
      if (groupOrDocument(ctx, lead)) ctx.usedQuotes.add(quote);
      continue;
    }
    ctx.usedQuotes.add(quote);
    ctx.drafts.push(
      quoteDraft(state, subject, quote, {
        start: Math.min(lead.start, sentence.start),
        end: Math.max(quote.end, sentence.end),
      }),
    );
  }
}
