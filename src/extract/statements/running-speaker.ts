// The last stage of the attribution sieve: a quote no earlier stage claimed belongs to the running speaker, the
// one who spoke last in its paragraph (or in the paragraph before, when its own sentence names nobody else).

import { quotePieces, type Quote } from './find-quotes.ts';
import { startingIn } from '../mention-index.ts';
import { makeDraft, quotesStillOpen, sentenceOf, type StatementContext } from './statement-context.ts';
import type { StatementLike } from '../types.ts';

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

/** Whether the sentence names a person or organization outside the quote: someone else may be speaking. */
function namesSomeoneElse(ctx: StatementContext, quote: Quote, from: number, to: number): boolean {
  return startingIn(ctx.state.mentions, from, to).some(
    (m) => (m.kind === 'person' || m.kind === 'org') && (m.end <= quote.start || m.start >= quote.end),
  );
}

export function runningSpeakerQuotes(ctx: StatementContext, quotes: readonly Quote[]): void {
  const { state } = ctx;
  for (const { quote, sentence } of quotesStillOpen(ctx, quotes)) {
    // The headline's words are the body's, repeated.
    if (sentence.index === 0) continue;
    const running = lastSpeakerBefore(ctx, quote.start);
    if (!running) continue;
    const last = sentenceOf(state, Math.max(quote.start, quote.end - 1)) ?? sentence;
    const near = sentence.paragraph - running.paragraph <= 1;
    if (!near || namesSomeoneElse(ctx, quote, sentence.start, last.end)) continue;
    const content = quote.content.replace(/,$/, '');
    ctx.usedQuotes.add(quote);
    ctx.drafts.push(
      makeDraft(
        state,
        {
          speaker: running.draft.speaker,
          quote: content,
          quoteSpans: quotePieces(state.text, quote),
          text: content,
          direct: true,
          channel: null,
          content: { start: quote.start, end: quote.end },
        },
        { start: sentence.start, end: Math.max(quote.end, last.end) },
      ),
    );
  }
}
