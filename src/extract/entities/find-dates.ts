// Finds dates with chrono-node, relative ones resolved against the publication date ("on Wednesday", "last
// September"); without a publication date only absolute dates count. Precision follows what the text says.

// The English parser alone: the package root loads every locale, five times the start-up cost.
import * as chrono from 'chrono-node/en';
import { PLANNED_CUES } from '../lexicon/event-words.ts';
import type { DateMention, ExtractState, Sentence } from '../types.ts';
import { isSpace } from '../text/is-space.ts';

const BARE_YEAR = /\b(?:in|since|until|by|of|from|early|late|mid-)\s?(?:19|20)\d{2}\b/g;
const DATE_HINT =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|weekend|(?:last|next|this|past|coming|earlier this|later this) (?:week|month|year|decade))\b/;
const FOUR_DIGITS = /\d{4}/;
const DURATION = /^(?:in|within|for|over|after)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)$/i;
/** "two years after signing", "five years after the treaty": a span counted from another event, not from publication. */
const SPAN_FROM_EVENT =
  /^(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before|later|earlier)$/i;
/** A year told after a bare month ("June last year"), with how far it lies from the publication year. */
const YEAR_AFTER_MONTH = /^,? (last|this|next|previous) year\b/i;
const YEAR_SHIFT: Readonly<Record<string, number>> = { last: -1, previous: -1, this: 0, next: 1 };
const pad = (n: number): string => String(n).padStart(2, '0');

/** Index of the sentence containing `offset` (sentences sorted and disjoint). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "YYYY-MM-DD" -> reference instant at noon UTC, so no time zone moves the day. */
export function referenceInstant(publishedAt: string): Date {
  const [y, m, d] = publishedAt.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12));
}

type Parsed = ReturnType<typeof chrono.parse>[number];

/** The partial date a chrono result supports, or null (time-only, or relative without a reference). */
export function toPartialDate(
  result: Parsed,
  text: string,
  published: { year: number; month: number } | null,
  at: number = result.index,
): string | null {
  const c = result.start;
  if (
    !c.isCertain('day') &&
    !c.isCertain('month') &&
    !c.isCertain('year') &&
    !c.isCertain('weekday') &&
    !/\b(?:year|month|week|yesterday|today|ago)\b/i.test(result.text)
  )
    return null;
  // Without a publication date a relative expression has nothing to resolve against.
  if (!published && !/\d{4}/.test(result.text)) return null;
  let year = c.get('year') ?? 0;
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  if (!c.isCertain('year') && published && c.isCertain('month') && !c.isCertain('day')) {
    // chrono reads "last September" as the month name alone; news means the most recent one before publication.
    const before = text.slice(Math.max(0, at - 5), at).toLowerCase();
    if (before.endsWith('last ')) year = month >= published.month ? published.year - 1 : published.year;
    else if (before.endsWith('next ')) year = month <= published.month ? published.year + 1 : published.year;
  }
  if (c.isCertain('day') || c.isCertain('weekday') || /\b(?:yesterday|today|days? ago)\b/i.test(result.text))
    return `${year}-${pad(month)}-${pad(day)}`;
  if (c.isCertain('month') || /\bmonth\b/i.test(result.text)) return `${year}-${pad(month)}`;
  return String(year);
}

/**
 * chrono reads a bare weekday as the nearest one, which may lie after publication; news tells of the past week
 * ("Putin spoke to Erdogan on Tuesday") unless its sentence looks ahead ("will meet on Tuesday").
 */
function pastWeekday(result: Parsed, sentence: string, instant: Date, value: string | null): string | null {
  const c = result.start;
  if (value === null || value.length !== 10 || c.isCertain('day') || !c.isCertain('weekday')) return value;
  if (PLANNED_CUES.test(sentence)) return value;
  const day = new Date(`${value}T12:00:00Z`);
  if (day.getTime() <= instant.getTime()) return value;
  return new Date(day.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * chrono reads a bare month ("in April") as the nearest one, which may lie on either side of publication; news
 * tells of the latest April before it ("their first meeting in April") unless its sentence looks ahead ("will
 * meet in April"), then of the first April after it. "last April" and "next April" are settled already.
 */
function monthSide(
  result: Parsed,
  sentence: string,
  text: string,
  at: number,
  value: string | null,
  published: { year: number; month: number } | null,
): string | null {
  const c = result.start;
  if (value === null || value.length !== 7 || !published || c.isCertain('year') || !c.isCertain('month'))
    return value;
  if (/\b(?:last|next|this|past|coming) $/i.test(text.slice(Math.max(0, at - 7), at))) return value;
  const month = Number(value.slice(5));
  // "in June last year", "in February this year": chrono reads the month and the year as two dates.
  const yearAfter = YEAR_AFTER_MONTH.exec(text.slice(at + result.text.length, at + result.text.length + 20));
  if (yearAfter)
    return `${published.year + (YEAR_SHIFT[yearAfter[1]?.toLowerCase() ?? ''] ?? 0)}-${value.slice(5)}`;
  const ahead = PLANNED_CUES.test(sentence);
  const year = ahead
    ? month >= published.month
      ? published.year
      : published.year + 1
    : month <= published.month
      ? published.year
      : published.year - 1;
  return `${year}-${value.slice(5)}`;
}

/** Whether text[at - word.length, at) is `word` (lower-case ASCII letters), in either case. */
function endsWithLetters(text: string, at: number, word: string): boolean {
  if (at < word.length) return false;
  for (let i = 0; i < word.length; i++)
    if ((text.charCodeAt(at - word.length + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** Where the run of white space ending at `at` starts (`at` itself when there is none). */
function spaceRunStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether `word` ends at `at` after a word boundary (as `\bword`: no ASCII word character before it). */
function wordEndsAt(text: string, at: number, word: string): boolean {
  if (!endsWithLetters(text, at, word)) return false;
  const before = at - word.length - 1;
  return before < 0 || !/\w/.test(text.charAt(before));
}

/** Whether text[0, ofEnd) ends with "end of" or "last day of" (spaces between); asked for every date chrono finds. */
function endsWithOf(text: string, ofEnd: number): boolean {
  if (!endsWithLetters(text, ofEnd, 'of')) return false;
  const lead = spaceRunStart(text, ofEnd - 2);
  if (lead === ofEnd - 2) return false;
  if (wordEndsAt(text, lead, 'end')) return true;
  if (!endsWithLetters(text, lead, 'day')) return false;
  const last = spaceRunStart(text, lead - 3);
  return last < lead - 3 && wordEndsAt(text, last, 'last');
}

/**
 * Whether text[0, at) ends as chrono's end-of-period prefix, /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i ("the end
 * of", "the last day of the "), read backwards from `at`.
 */
export function endsWithPeriodPrefix(text: string, at: number): boolean {
  const end = spaceRunStart(text, at);
  if (end === at) return false;
  if (endsWithLetters(text, end, 'the')) {
    const ofEnd = spaceRunStart(text, end - 3);
    if (ofEnd < end - 3 && endsWithOf(text, ofEnd)) return true;
  }
  return endsWithOf(text, end);
}

/**
 * chrono's casual English parser, with its end-of-period refiner ("the end of last month") handed only the results
 * endsWithPeriodPrefix says its prefix pattern ends before (it skips every other one): the refiner matches that
 * pattern against all the text before each result, which over an article's joined sentences grew with the square
 * of its dates. Each result is refined on its own, so the subset comes out as it would among all of them.
 */
const parser: chrono.Chrono = new chrono.Chrono({
  parsers: [...chrono.casual.parsers],
  refiners: chrono.casual.refiners.map((refiner): chrono.Refiner => {
    if (refiner.constructor.name !== 'ENEndOfPeriodRefiner') return refiner;
    return {
      refine(context, results) {
        refiner.refine(
          context,
          results.filter((result) => endsWithPeriodPrefix(context.text, result.index)),
        );
        return results;
      },
    };
  }),
});

/** A date written in numbers only, "01/08/2017", "1.8.2017": the first two numbers are day and month in either order. */
const NUMERIC_DATE = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}$/;
const DAY_MS = 86_400_000;

/**
 * chrono reads "01/08/2017" month first (8 January); outlets across Africa, the Middle East and South Asia write the
 * day first (1 August). When both numbers could be the month, the reading nearer the publication date is the one
 * meant: a dateline or "today's date of 09/06/2014" lies days from it, the other reading months away.
 */
function numericOrder(
  result: Parsed,
  instant: Date,
  value: string | null,
  published: boolean,
): string | null {
  const match = NUMERIC_DATE.exec(result.text);
  if (!published || !match || value === null || value.length !== 10) return value;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (first === second || first > 12 || second > 12 || first === 0 || second === 0) return value;
  const year = value.slice(0, 4);
  const monthFirst = `${year}-${pad(first)}-${pad(second)}`;
  const swapped = value === monthFirst ? `${year}-${pad(second)}-${pad(first)}` : monthFirst;
  const distance = (v: string): number => Math.abs(new Date(`${v}T12:00:00Z`).getTime() - instant.getTime());
  return distance(swapped) + DAY_MS < distance(value) ? swapped : value;
}

/**
 * Between sentences given to chrono in one call: pilcrows, which every lookahead the end of a string satisfies
 * accepts (\W, [^\s\w]) and every left boundary the start of a string satisfies takes (\W, [^\d], \b), and which
 * no pattern steps over with its spaces, commas, dashes or slashes; the underscore between them stops a run of
 * non-word characters ("o\W*clock"). No space: a pattern's trailing \s* would take it into its match.
 */
const SENTENCE_JOIN = '¶_¶';
/** chrono keeps "May" and "the second" when they are all of its text: such a sentence is parsed alone. */
const WHOLE_TEXT_KEPT = /^\s*(?:may|.*the second)\s*$/is;

interface SentenceResult {
  sentence: Sentence;
  body: string;
  result: Parsed;
  /** Where the result starts in its sentence. */
  index: number;
}

/**
 * chrono's results for each sentence as if each were parsed alone (index within the sentence), in sentence order:
 * the sentences are parsed in one call joined by SENTENCE_JOIN, since each call costs chrono more than its text.
 */
function parseSentences(text: string, sentences: readonly Sentence[], instant: Date): SentenceResult[] {
  const out: SentenceResult[] = [];
  const bodies: string[] = [];
  const joined: Sentence[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if (WHOLE_TEXT_KEPT.test(body)) {
      for (const result of parser.parse(body, { instant, timezone: 0 }))
        out.push({ sentence, body, result, index: result.index });
    } else {
      bodies.push(body);
      joined.push(sentence);
    }
  }
  if (joined.length === 0) return out;
  // Where each sentence starts in the joined text.
  const offsets: number[] = [];
  let at = 0;
  for (const body of bodies) {
    offsets.push(at);
    at += body.length + SENTENCE_JOIN.length;
  }
  let s = 0;
  for (const result of parser.parse(bodies.join(SENTENCE_JOIN), { instant, timezone: 0 })) {
    while (s + 1 < offsets.length && (offsets[s + 1] ?? Infinity) <= result.index) s++;
    const index = result.index - (offsets[s] ?? 0);
    out.push({ sentence: joined[s] as Sentence, body: bodies[s] ?? '', result, index });
  }
  return out;
}

export function findDates(state: ExtractState): ExtractState {
  const { text, sentences } = state;
  const publishedAt = state.input.publishedAt;
  const instant = publishedAt ? referenceInstant(publishedAt) : new Date(Date.UTC(2000, 0, 1, 12));
  const published = publishedAt ? { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1 } : null;
  const dates: DateMention[] = [];
  // chrono only where a date can be: it is the costliest step, and most sentences hold no date word. Without a
  // publication date only a date that writes its year counts (toPartialDate), so only a sentence with four digits.
  const hint = published ? DATE_HINT : FOUR_DIGITS;
  const hinted: Sentence[] = [];
  for (const sentence of sentences) {
    if (sentence.ignored) continue;
    if (hint.test(text.slice(sentence.start, sentence.end))) hinted.push(sentence);
  }
  for (const { sentence, body, result, index } of parseSentences(text, hinted, instant)) {
    // "in nine years", "for two weeks": durations, not dates.
    if (DURATION.test(result.text) || SPAN_FROM_EVENT.test(result.text)) continue;
    const start = sentence.start + index;
    const partial = toPartialDate(result, text, published, start);
    const value = numericOrder(
      result,
      instant,
      pastWeekday(result, body, instant, monthSide(result, body, text, start, partial, published)),
      published !== null,
    );
    if (value) dates.push({ start, end: start + result.text.length, sentence: sentence.index, value });
  }
  // chrono leaves bare years ("in 2022") alone; news uses them for past agreements and meetings.
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = match.index + match[0].length - 4;
    const sentence = sentenceAt(sentences, start);
    if (sentences[sentence]?.ignored || dates.some((d) => d.start <= start && d.end > start)) continue;
    dates.push({ start, end: start + 4, sentence, value: text.slice(start, start + 4) });
  }
  dates.sort((a, b) => a.start - b.start);
  return { ...state, dates };
}
