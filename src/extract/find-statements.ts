// Attributes what was said: direct quotes with the speaker before or after ("...," Rudenko told Sputnik / Putin
// said: "..."), split and continued quotes, and reported speech ("X warned that ...", "according to X").

import { findQuotes, type Quote } from './find-quotes.ts';
import { channelIn, pronounSpeaker, speakerIn } from './find-speaker.ts';
import { startingIn, wordIndexAt } from './mention-index.ts';
import type { ExtractState, Range, Resources, Sentence, StatementLike, Word } from './types.ts';

/** Verbs after which the reported clause may follow directly ("said Moscow hopes ..."). */
const SAY_LIKE = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'thinks',
  'believes',
  'hopes',
  'hoped',
]);
const PARTICIPLES = new Set([
  'saying',
  'adding',
  'noting',
  'stressing',
  'warning',
  'claiming',
  'insisting',
  'reiterating',
  'telling',
  'arguing',
  'announcing',
  'emphasizing',
]);
const SUBJECT_GAP = /^(?:['’]s)?(?: [a-z][a-z-]*){0,3} $/;
const GAP_STOPS = /\b(?:that|which|who|whom|and|or|but|to|of|in|on|for|with|by|as|at|if|when|while|not)\b/;
const MAX_ATTRIBUTION_WORDS = 10;
const ATTRIBUTION_GAP = /^(?:\s+(?:also|then|later|further|again|once again))?\s+$/;
/** A reported clause ends where a new clause with its own subject starts (", and a cable ... described"). */
const CLAUSE_BREAK = /,? (?:and|but|while) (?=(?:a|an|the|his|her|its|their)\b)|; /;

interface Context {
  state: ExtractState;
  resources: Resources;
  drafts: StatementLike[];
  /** Word indices of verbs already used by an attribution. */
  usedVerbs: Set<number>;
  usedQuotes: Set<Quote>;
}

const sentenceOf = (state: ExtractState, offset: number): Sentence | undefined => {
  let lo = 0;
  let hi = state.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((state.sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return state.sentences[lo];
};

function speakerId(
  ctx: Context,
  from: number,
  to: number,
  nearestFirst: boolean,
  sentence: number,
): string | null {
  const mention = speakerIn(ctx.state, from, to, nearestFirst);
  if (mention) return mention.id;
  return pronounSpeaker(ctx.state, from, to, sentence, ctx.drafts);
}

/** Speaker and verb in the words right after a closing quote: `," Rudenko told Sputnik.` / `," said Putin.` */
function attributionAfter(ctx: Context, quote: Quote): { speaker: string; end: number; verb: number } | null {
  const { words, text } = ctx.state;
  const lead = text.slice(quote.end, quote.end + 3);
  if (!/^(?:,? |$)/.test(lead)) return null;
  const k0 = wordIndexAt(words, quote.end);
  for (let k = k0; k < words.length && k - k0 < MAX_ATTRIBUTION_WORDS; k++) {
    const word = words[k] as Word;
    if (k > k0 && /[.!?;“”"\n]/.test(word.gap)) return null;
    if (!ctx.resources.lexicon.quoteVerbs.has(word.lower)) continue;
    const sentence = word.sentence;
    let end = word.end;
    const clause = /^[^.,;!?“”"\n]*/.exec(text.slice(word.end, word.end + 120));
    if (clause) end = word.end + clause[0].length;
    if (k === k0) {
      // `," said Putin.`: the speaker follows the verb.
      const speaker = speakerId(ctx, word.end, end, true, sentence);
      return speaker ? { speaker, end, verb: k } : null;
    }
    // `," Rudenko told Sputnik.`: only the speaker (and "also"/"then") may stand between quote and verb.
    const mention = speakerIn(ctx.state, quote.end, word.start, false);
    if (
      mention &&
      ATTRIBUTION_GAP.test(text.slice(mention.end, word.start)) &&
      /^[,\s]*(?:the |a |an )?$/i.test(text.slice(quote.end, mention.start).replace(/^[,\s]*/, ''))
    )
      return { speaker: mention.id, end, verb: k };
    if (
      !mention &&
      /^,?\s*(?:he|she)(?:\s+(?:also|then|later|further|again))?\s+$/i.test(text.slice(quote.end, word.start))
    ) {
      const speaker = pronounSpeaker(ctx.state, quote.end, word.start, sentence, ctx.drafts);
      return speaker ? { speaker, end, verb: k } : null;
    }
    return null;
  }
  return null;
}

/** Speaker and verb right before an opening quote: `Putin said: "` / `He added, "`. */
function attributionBefore(ctx: Context, quote: Quote): { speaker: string; verb: number } | null {
  const { words, text } = ctx.state;
  const k0 = wordIndexAt(words, quote.start) - 1;
  const last = words[k0];
  if (!last || !/^\s*[:,]\s*$/.test(text.slice(last.end, quote.start))) return null;
  const sentence = sentenceOf(ctx.state, quote.start);
  for (let k = k0; k >= 0 && k0 - k < 6; k--) {
    const word = words[k] as Word;
    if (word.start < (sentence?.start ?? 0)) return null;
    if (!ctx.resources.lexicon.quoteVerbs.has(word.lower)) continue;
    const from = Math.max(sentence?.start ?? 0, word.start - 120);
    const speaker =
      speakerId(ctx, from, word.start, false, word.sentence) ??
      speakerId(ctx, word.end, last.end, true, word.sentence);
    return speaker ? { speaker, verb: k } : null;
  }
  return null;
}

function draft(
  state: ExtractState,
  speaker: string,
  content: Range,
  quote: string | null,
  text: string,
  direct: boolean,
  span: Range,
  channel: string | null,
): StatementLike {
  const first = sentenceOf(state, span.start);
  const last = sentenceOf(state, Math.max(span.start, span.end - 1));
  return {
    speaker,
    sentence: first?.index ?? 0,
    lastSentence: last?.index ?? 0,
    quote,
    text,
    direct,
    channel,
    content,
  };
}

function directStatements(ctx: Context, quotes: readonly Quote[]): void {
  const { state } = ctx;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as Quote;
    const sentence = sentenceOf(state, quote.start);
    if (!sentence || sentence.ignored) continue;
    let speaker: string | null = null;
    let spanEnd = quote.end;
    let content = quote.content.replace(/,$/, '');
    const after = attributionAfter(ctx, quote);
    if (after) {
      speaker = after.speaker;
      spanEnd = after.end;
      ctx.usedVerbs.add(after.verb);
      // "A," he said, "B." — the second part belongs to the same statement.
      const next = quotes[q + 1];
      if (next && /^,\s*$/.test(state.text.slice(after.end, next.start))) {
        content = `${content} ${next.content}`;
        spanEnd = next.end;
        ctx.usedQuotes.add(next);
        q++;
      }
    } else {
      const before = attributionBefore(ctx, quote);
      if (before) {
        speaker = before.speaker;
        ctx.usedVerbs.add(before.verb);
      } else if (quote.start === paragraphStart(state, quote.start) && /[.!?]$/.test(quote.content)) {
        // A paragraph that is only a quote continues the previous direct speaker's words.
        const previous = ctx.drafts[ctx.drafts.length - 1];
        const paragraph = sentence.paragraph;
        if (previous?.direct && paragraph - (state.sentences[previous.lastSentence]?.paragraph ?? -9) <= 2)
          speaker = previous.speaker;
      }
    }
    if (!speaker) continue;
    ctx.usedQuotes.add(quote);
    const span = { start: Math.min(quote.start, sentence.start), end: spanEnd };
    const channel = channelIn(state, sentence.start, Math.max(spanEnd, sentence.end));
    ctx.drafts.push(
      draft(state, speaker, { start: quote.start, end: quote.end }, content, content, true, span, channel),
    );
  }
}

function paragraphStart(state: ExtractState, offset: number): number {
  return state.text.lastIndexOf('\n', offset - 1) + 1;
}

/** The reported clause after a verb: after "that" within a few words, or right after say-like verbs. */
function reportedClause(state: ExtractState, k: number, sentenceEnd: number): Range | null {
  const { words, text } = state;
  const verb = words[k] as Word;
  for (let j = k + 1; j < words.length && j - k <= 12; j++) {
    const word = words[j] as Word;
    if (word.start >= sentenceEnd || /[.;:!?“”"]/.test(word.gap)) break;
    if (word.lower === 'that') return { start: word.end + 1, end: sentenceEnd };
  }
  if (!SAY_LIKE.has(verb.lower)) return null;
  let start = verb.end + 1;
  if (['told', 'tells'].includes(verb.lower)) {
    const object = startingIn(state.mentions, verb.end, verb.end + 40)[0];
    if (!object || object.start !== verb.end + 1) return null;
    start = object.end + 1;
  }
  const next = text.slice(start, start + 2);
  if (start >= sentenceEnd || /^[,.:;“"(]/.test(next)) return null;
  return { start, end: sentenceEnd };
}

function reportedStatements(ctx: Context, quotes: readonly Quote[]): void {
  const { state, resources } = ctx;
  const { words, text } = state;
  for (const sentence of state.sentences) {
    if (sentence.ignored) continue;
    let k = wordIndexAt(words, sentence.start);
    let blockedUntil = -1;
    for (; k < words.length && (words[k]?.start ?? Infinity) < sentence.end; k++) {
      const word = words[k] as Word;
      if (word.start < blockedUntil || ctx.usedVerbs.has(k)) continue;
      const insideQuote = quotes.some((q) => q.start < word.start && q.end > word.end);
      if (insideQuote) continue;
      let speaker: string | null = null;
      let clause: Range | null = null;
      if (word.lower === 'according' && words[k + 1]?.lower === 'to') {
        const mention = speakerIn(
          state,
          words[k + 1]?.end ?? 0,
          Math.min(sentence.end, (words[k + 1]?.end ?? 0) + 50),
          true,
        );
        if (!mention) continue;
        speaker = mention.id;
        const restStart = text.indexOf(' ', mention.end) + 1;
        clause =
          word.start > sentence.start + 3
            ? { start: sentence.start, end: word.start }
            : { start: restStart, end: sentence.end };
      } else if (resources.lexicon.speechVerbs.has(word.lower)) {
        clause = reportedClause(state, k, sentence.end);
        if (!clause) continue;
        const mention = [...startingIn(state.mentions, sentence.start, word.start)]
          .reverse()
          .find((m) => m.kind !== 'place' && m.end <= word.start);
        const gap = mention ? text.slice(mention.end, word.start) : '';
        if (mention && SUBJECT_GAP.test(gap) && !GAP_STOPS.test(gap))
          speaker = speakerIn(state, mention.start, mention.end, true)?.id ?? null;
        else if (
          /^(?:he|she)$/i.test(words[k - 1]?.lower ?? '') ||
          (['also', 'later'].includes(words[k - 1]?.lower ?? '') &&
            /^(?:he|she)$/i.test(words[k - 2]?.lower ?? ''))
        ) {
          speaker = pronounSpeaker(
            state,
            words[k - 2]?.start ?? sentence.start,
            word.start,
            sentence.index,
            ctx.drafts,
          );
        } else if (PARTICIPLES.has(word.lower)) {
          const subject = startingIn(state.mentions, sentence.start, sentence.start + 40).find(
            (m) => m.kind !== 'place',
          );
          speaker = subject && subject.start <= sentence.start + 4 ? subject.id : null;
        }
      }
      if (!speaker || !clause) continue;
      const cut = CLAUSE_BREAK.exec(text.slice(clause.start, clause.end));
      if (cut) clause = { start: clause.start, end: clause.start + cut.index };
      let body = text
        .slice(clause.start, clause.end)
        .trim()
        .replace(/[.,;:]$/, '');
      if (body.split(' ').length < 3) continue;
      // A quote inside reported speech keeps its words (direct=true); a quoted name or phrase does not count.
      const partial = quotes.find(
        (q) => q.start >= clause.start && q.end <= clause.end + 1 && !isScareQuote(state, q),
      );
      body = body.trim();
      const channel = channelIn(state, sentence.start, sentence.end);
      ctx.drafts.push(
        draft(
          state,
          speaker,
          clause,
          partial ? partial.content.replace(/[,.]$/, '') : null,
          body,
          partial !== undefined,
          sentence,
          channel,
        ),
      );
      if (partial) ctx.usedQuotes.add(partial);
      blockedUntil = clause.end;
    }
  }
}

/** A quoted name or term rather than words someone said: it names an agreement, or is all capitalized words. */
function isScareQuote(state: ExtractState, quote: Quote): boolean {
  // Mostly an agreement's name ("comprehensive strategic partnership"), not a sentence that mentions one.
  if (
    state.agreementMentions.some(
      (m) =>
        m.start >= quote.start &&
        m.end <= quote.end &&
        (m.end - m.start) * 10 >= (quote.end - quote.start - 2) * 6,
    )
  )
    return true;
  const words = quote.content.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w));
}

export function findStatements(state: ExtractState, resources: Resources): ExtractState {
  const quotes = findQuotes(state.text);
  const ctx: Context = { state, resources, drafts: [], usedVerbs: new Set(), usedQuotes: new Set() };
  directStatements(ctx, quotes);
  reportedStatements(ctx, quotes);
  const drafts = [...ctx.drafts].sort((a, b) => a.content.start - b.content.start);
  return { ...state, drafts };
}
