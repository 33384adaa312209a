// A sieve pass for quotes whose attribution closes their sentence after other words: `"..." especially after the
// summit, said the chancellor's spokesman, Name.` / `"...", a claim the minister repeated on Monday, X said.`

import type { Quote } from './find-quotes.ts';
import { speakerIn } from './find-speaker.ts';
import { wordIndexAt } from '../mention-index.ts';
import { isNarratedFragment } from './narrated-fragments.ts';
import {
  quoteDraft,
  quotesStillOpen,
  sentenceOf,
  speakerId,
  type StatementContext,
} from './statement-context.ts';
import type { Word } from '../types.ts';
import { TELL_FORMS } from '../lexicon/speaker-words.ts';

const TELLS: ReadonlySet<string> = new Set(TELL_FORMS);

/** Between a subject and its verb at the end of a sentence: nothing, or a few lower-case words ("also"). */
const SUBJECT_GAP = /^(?: [a-z]+){0,2} $/;
/** A quote mark or line break between the quote and the verb means the verb belongs to other words. */
const OTHER_WORDS = /["“”\n]/;

/** The speaker of a verb that ends the quote's sentence: `, said X.` or `, X said.`, with the verb's word index. */
function closingAttribution(ctx: StatementContext, quote: Quote): { speaker: string; verb: number } | null {
  const { state, resources } = ctx;
  const { words, text } = state;
  const last = sentenceOf(state, Math.max(quote.start, quote.end - 1));
  if (!last) return null;
  const k0 = wordIndexAt(words, quote.end);
  for (let k = k0; k < words.length; k++) {
    const word = words[k] as Word;
    if (word.start >= last.end) return null;
    if (k > k0 && OTHER_WORDS.test(word.gap)) return null;
    if (!resources.lexicon.quoteVerbs.has(word.lower) || ctx.usedVerbs.has(k)) continue;
    // Only a verb set off by a comma closes the sentence as its attribution.
    const lead = text.slice(quote.end, word.start);
    const comma = lead.lastIndexOf(', ');
    // `," said X` and `," X said` right after the quote are the next pass's; this one needs words between.
    if (comma === -1 || lead.slice(0, comma).replace(/^[,\s]*/, '') === '') return null;
    const clauseStart = quote.end + comma + 2;
    if (clauseStart === word.start) {
      // `," Name, a member of the team, told Reuters.`: after "told" stands the one told, never the speaker; the
      // name before the aside is the next pass's.
      if (TELLS.has(word.lower)) return null;
      // `, said the chancellor's spokesman, Steffen Hebetsreit.`: the speaker after the verb, to the sentence end.
      const speaker = speakerId(ctx, word.end, last.end, true, word.sentence);
      return speaker ? { speaker, verb: k } : null;
    }
    // `, Hebetsreit said.`: the subject right before the verb, the verb ending the sentence.
    const subject = speakerIn(state, clauseStart, word.start, false);
    const rest = text.slice(word.end, last.end);
    if (
      subject &&
      subject.start === clauseStart + (text.startsWith('the ', clauseStart) ? 4 : 0) &&
      SUBJECT_GAP.test(text.slice(subject.end, word.start) || ' ') &&
      /^[.!?]?$/.test(rest.trim())
    )
      return { speaker: subject.id, verb: k };
    return null;
  }
  return null;
}

export function verbLaterInSentence(ctx: StatementContext, quotes: readonly Quote[]): void {
  const { state } = ctx;
  for (const { quote, sentence } of quotesStillOpen(ctx, quotes)) {
    const found = closingAttribution(ctx, quote);
    if (!found) continue;
    // A modifier lifted into the sentence's own words: the reported clause is the statement (reported speech's).
    if (isNarratedFragment(state, ctx.resources, quote, sentence)) continue;
    const last = sentenceOf(state, Math.max(quote.start, quote.end - 1)) ?? sentence;
    ctx.usedQuotes.add(quote);
    ctx.usedVerbs.add(found.verb);
    ctx.drafts.push(quoteDraft(state, found.speaker, quote, { start: sentence.start, end: last.end }));
  }
}
