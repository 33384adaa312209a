// When a meeting mention's sentence says when: time phrases that stand between a subject and its verb ("Xi on
// Tuesday met ..."), the one day a sentence names when none stands near the meeting word, and held or planned.

import type { MeetingItem } from '../../domain/extraction-result.ts';
import { WEEKDAY_NAMES } from '../../domain/calendar.ts';
import { HELD_CUES, PLANNED_CUES } from '../lexicon/event-words.ts';
import { WEEKDAY_LEAD_WORDS } from '../lexicon/meeting-words.ts';
import {
  AHEAD_OF_WORDS,
  DATE_CLAUSE_BOUNDARIES,
  DATE_COMPANIONS,
  DATE_FRAME_GAP,
  DATE_NOUNS,
  DATE_SETTING_AUXILIARIES,
  DATE_SETTING_VERBS,
  INVITATION_FRAMES,
  PURPOSE_OPENERS,
  SEQUENCE_WORDS,
  SUBJECT_HELD_PREDICATES,
  SUBJECT_MEETING_LEAD,
  SUBJECT_PREDICATE_REACH,
  WEEKDAY_PREPOSITIONS,
} from '../lexicon/meeting-words.ts';
import { SPEECH_VERBS } from '../lexicon/word-lists.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { DateMention, ExtractState, Sentence, Word } from '../types.ts';
import { clausePunctuationBefore } from '../text/clause-punctuation.ts';
import { inLaterSelfClause, inOtherRelative, selfClauseSkip } from './self-clause.ts';

/** A verb of saying and its "that": "informed TASS that", "also confirmed that", "said on Friday that". */
const REPORT_THAT = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b(?: [^\\s,;]+){0,3} that\\b`, 'i');

/**
 * "In September, the press service informed TASS that Tokayev plans to take part in a forum", "On Thursday, the
 * White House confirmed that Trump will meet Xi during the visit": a date before a verb of saying whose "that"
 * clause tells of a meeting still ahead dates the saying, not the meeting.
 */
function datesReport(text: string, dateEnd: number, word: Word, sentenceEnd: number): boolean {
  const between = text.slice(dateEnd, word.start);
  const report = REPORT_THAT.exec(between);
  if (!report) return false;
  return PLANNED_CUES.test(
    text.slice(dateEnd + report.index + report[0].length, Math.min(sentenceEnd, word.end + 25)),
  );
}

/** "at the invitation of X" says who asked the guest, not that the meeting lies ahead. */
const INVITATION_REACH = Math.max(...INVITATION_FRAMES.map((f) => f.length));
const INVITATION_FRAME = new RegExp(`\\b(?:${INVITATION_FRAMES.join('|')})\\b`, 'gi');

/**
 * "ahead of a trilateral summit", "on the eve of the Helsinki summit": a few words before the meeting word. A sequence
 * word in between ("on the eve of the summit after meeting with X") sets the meeting against the summit.
 */
const AHEAD_OF = new RegExp(
  `\\b(?:${AHEAD_OF_WORDS.join('|')})(?: (?!(?:${SEQUENCE_WORDS.join('|')})\\b)[^\\s,;]+){0,4} $`,
  'i',
);

/**
 * Whether the clause text[from, to) tells its meeting as ahead, an invitation frame aside. The frame is blanked in
 * a longer stretch first, so a clause cut inside it ("a visit to Egypt at the invitati") keeps no "invit-" either.
 */
function plannedClause(text: string, from: number, to: number): boolean {
  const blanked = text
    .slice(from, to + INVITATION_REACH)
    .replace(INVITATION_FRAME, (frame) => ' '.repeat(frame.length));
  return PLANNED_CUES.test(blanked.slice(0, to - from));
}

/** "a date is set for the", "the date and venue for his landmark": a date being set, ending before a meeting word. */
const DATE_FRAME = new RegExp(
  `\\b(?:${DATE_NOUNS.join('|')})(?: and (?:${DATE_COMPANIONS.join('|')}))?` +
    `(?: (?:${DATE_SETTING_AUXILIARIES.join('|')}) (?:${DATE_SETTING_VERBS.join('|')}))? (?:for|of)` +
    `(?: [^\\s,;]+){0,${DATE_FRAME_GAP}} $`,
  'i',
);
/** How far before a meeting word its date frame may start. */
const DATE_FRAME_REACH = 60;

/** Up to SUBJECT_MEETING_LEAD words, and nothing else, from the sentence start to its meeting word. */
const SUBJECT_LEAD = new RegExp(`^\\s*(?:[^\\s,;:]+ ){0,${SUBJECT_MEETING_LEAD}}$`);
const HELD_PREDICATE = new RegExp(`\\b(?:${SUBJECT_HELD_PREDICATES.join('|')})\\b`, 'i');

/**
 * "Talks between the foreign secretaries of India and Pakistan have ended": a meeting word that opens its sentence
 * as the subject, with a predicate of ending or beginning after it in the sentence, was held.
 */
function heldAsSubject(text: string, sentence: Sentence, word: Word): boolean {
  if (!SUBJECT_LEAD.test(text.slice(sentence.start, word.start))) return false;
  return HELD_PREDICATE.test(
    text.slice(word.end, Math.min(sentence.end, word.end + SUBJECT_PREDICATE_REACH)),
  );
}

/** "since" and the words of its phrase up to a date: "since the border standoff began in". */
const SINCE_PHRASE = /\bsince\b[^,;()]*$/i;

/**
 * "their first meeting since the border crisis started in May 2020", "the first interaction since ... in May 2020
 * if a bilateral meeting happens": a date in a "since" phrase is the point the time is counted from, the day of
 * another event, unless the meeting word stands in that phrase itself.
 */
function sinceDate(text: string, sentence: Sentence, date: { start: number }, word: Word): boolean {
  const from = Math.max(sentence.start, date.start - 90);
  const since = SINCE_PHRASE.exec(text.slice(from, date.start));
  return since !== null && !(word.start > from + since.index && word.start < date.start);
}

/**
 * How many words, ending at word j, form a date phrase of its sentence, with the preposition before it ("on
 * Tuesday", "on March 3", "last week"); 0 when word j is not the end of one.
 */
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
const WEEKDAY_LEADS: ReadonlySet<string> = new Set(WEEKDAY_LEAD_WORDS);

export function timeWordsBefore(state: ExtractState, j: number): number {
  const word = state.words[j];
  if (!word) return 0;
  const date = state.dates.find(
    (d) =>
      d.sentence === word.sentence && d.start <= word.start && d.end >= word.end && d.end <= word.end + 1,
  );
  // "Wang Yi on Thursday held talks", "Swaraj Friday held talks": a weekday the dates left unread is a time
  // phrase all the same.
  if (!date) {
    if (!WEEKDAYS.has(word.text) || word.gap !== ' ') return 0;
    return WEEKDAY_LEADS.has(state.words[j - 1]?.lower ?? '') ? 2 : 1;
  }
  let first = j;
  while (first > 0 && (state.words[first - 1]?.start ?? -1) >= date.start) first--;
  // chrono's span may leave out the preposition: "on Tuesday", "in March".
  if (/^(?:on|in)$/.test(state.words[first - 1]?.lower ?? '')) first--;
  return j - first + 1;
}

/**
 * "Ruto and Hassan on Friday agreed to reopen the border during their phone conversation": a sentence that names
 * exactly one day dates the meeting it tells of, however far the day stands from the meeting word. `dates` are the
 * sentence's own.
 */
function soleDayOf(dates: readonly DateMention[]): string | null {
  const days = dates.filter((d) => d.value.length === 10);
  const values = new Set(days.map((d) => d.value));
  return values.size === 1 && dates.length === days.length ? (days[0]?.value ?? null) : null;
}

const BOUNDARY = `\\b(?:${DATE_CLAUSE_BOUNDARIES.join('|')})\\b`;
/** Where the clause after a meeting word ends: its first boundary word or ";". */
const CLAUSE_END = new RegExp(`${BOUNDARY}|;`);
/** Where the clause before a meeting word starts: the last boundary word before it. */
const LAST_CLAUSE_START = new RegExp(`${BOUNDARY}(?![\\s\\S]*${BOUNDARY})`);

/** A weekday alone, with its preposition: "on Saturday", "for Wednesday". */
const BARE_WEEKDAY = new RegExp(
  `^(?:(?:${WEEKDAY_PREPOSITIONS.join('|')}) )?(?:${WEEKDAY_NAMES.join('|')})$`,
  'i',
);
const DAY_MS = 86_400_000;

/**
 * "will hold an extraordinary meeting in Riyadh on Saturday", "an urgent meeting ..., scheduled for Wednesday": a
 * weekday told after the meeting word, in a clause that looks ahead, is the next such day, not the one just past
 * that the dates read it as.
 */
function weekdayAhead(state: ExtractState, sentence: Sentence, word: Word, told: DateMention): string {
  const published = state.input.publishedAt;
  const { text } = state;
  if (!published || told.start < word.end || told.value >= published.slice(0, 10)) return told.value;
  if (!BARE_WEEKDAY.test(text.slice(told.start, told.end).trim())) return told.value;
  const head = text.slice(sentence.start, word.start);
  const clauseStart = sentence.start + Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1;
  if (!plannedClause(text, clauseStart, told.start) && !purposeAfter(state, sentence, word, told))
    return told.value;
  return new Date(Date.parse(`${told.value}T12:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);
}

/** The purpose opener ("to", "for") a few words before a meeting word: "to attend an emergency meeting". */
function purposeOpener(state: ExtractState, sentence: Sentence, word: Word): Word | undefined {
  const { words } = state;
  const k = wordIndexAt(words, word.start);
  for (let p = k - 1; p >= 0 && k - p <= PURPOSE_WORDS && words[p]?.sentence === sentence.index; p--) {
    if (clausePunctuationBefore(words[p + 1])) return undefined;
    if (PURPOSE_OPENERS.has(words[p]?.lower ?? '')) return words[p];
  }
  return undefined;
}

/** How many words a purpose phrase may hold before its meeting word ("to participate in the 23rd African Union Summit"). */
const PURPOSE_WORDS = 8;
/** How far after a purpose phrase's meeting word its own day may be told, in characters. */
const PURPOSE_DATE_REACH = 80;

/**
 * "arrived in Egypt Wednesday night to attend an emergency meeting of the Arab League Thursday": a meeting in the
 * purpose phrase ("to attend", "for") of a clause told on a later day than the weekday after the meeting word comes
 * after that day, so the weekday is the next one.
 */
function purposeAfter(state: ExtractState, sentence: Sentence, word: Word, told: DateMention): boolean {
  const opener = purposeOpener(state, sentence, word);
  if (!opener) return false;
  return state.dates.some(
    (d) =>
      d.sentence === sentence.index && d.end <= opener.start && d.value.length === 10 && d.value > told.value,
  );
}

/** A dateline's place in capitals: "ADDIS ABABA, ", "CAIRO ". */
const DATELINE_CAPITALS = /^[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2},? /;
/** Between a dateline's place and its date: a comma, the source in brackets ("Addis Ababa (ENA) February 14/2023"). */
const DATELINE_JOIN = /^,? ?(?:\([^()\n]{2,40}\) )?$/;
/** The source alone before the date, or nothing: "(ENA) October 13/2021", "October 13/2021 (ENA)". */
const DATELINE_SOURCE = /^(?:\([^()\n]{2,40}\) )?$/;
/** What closes a dateline after its date: the source in brackets or slashes, or a dash or colon ("(ras) –", "/ENA/"). */
const DATELINE_CLOSE = /^,?\s*(?:\([^()\n]{2,40}\)|\/\s*\p{Lu}+\s*\/|(?:--|—|–|-|:)\s)/u;
/** A dateline's full date told right before the story's first word: "Addis Ababa September 06/2017 Members". */
const DATELINE_STORY = /^\s+\p{Lu}/u;

/**
 * "Addis Ababa, Apr 26, 2012 (ras) – Angola has called a meeting ... on Tuesday", "Addis Ababa January 31/2022/ENA/
 * Ministers arrived ... for the session", "October 13/2021 (ENA) Ministers are arriving ... for the session that is
 * expected to be kicked off tomorrow": a dateline's date tells when the story was filed, not when the meeting its
 * sentence names sits (undated, the meeting takes its date from elsewhere or from publication). A dateline opens
 * its sentence with a place (a place's name or one in capitals), or with nothing, before the date.
 */
function datelineDate(state: ExtractState, sentence: Sentence, date: DateMention): boolean {
  const { text } = state;
  const before = text.slice(sentence.start, date.start);
  const after = text.slice(date.end, date.end + 50);
  if (DATELINE_SOURCE.test(before)) return DATELINE_CLOSE.test(after);
  const mention = startingIn(state.mentions, sentence.start, sentence.start + 1).find(
    (m) => m.kind === 'place' || m.kind === 'country',
  );
  const capitals = DATELINE_CAPITALS.exec(before);
  const place = mention
    ? mention.end
    : capitals
      ? sentence.start + capitals[0].replace(/,? $/, '').length
      : -1;
  if (place <= sentence.start || !DATELINE_JOIN.test(text.slice(place, date.start))) return false;
  return (
    DATELINE_CLOSE.test(after) ||
    (/\d{4}/.test(text.slice(date.start, date.end)) && DATELINE_STORY.test(after))
  );
}

/** Whether each date of a meeting word's sentence is its dateline's, asked once a date (datelineDate). */
interface Datelines {
  state: ExtractState;
  sentence: Sentence;
  known: Map<DateMention, boolean>;
}

function dateline(datelines: Datelines, d: DateMention): boolean {
  let is = datelines.known.get(d);
  if (is === undefined) datelines.known.set(d, (is = datelineDate(datelines.state, datelines.sentence, d)));
  return is;
}

/**
 * The date of a meeting word with no date near it: the date that opens its sentence, else the sentence's one day.
 * Read only then: most meeting words have a date near them.
 */
function sentenceDay(
  state: ExtractState,
  sentence: Sentence,
  word: Word,
  dates: readonly DateMention[],
  datelines: Datelines,
): string | null {
  const { text } = state;
  // Else the date that opens the sentence: "On Thursday, Biden will host ... for the first trilateral summit".
  const opening = dates.find(
    (d) =>
      d.start <= sentence.start + 3 &&
      d.start < word.start &&
      !datesReport(text, d.end, word, sentence.end) &&
      !dateline(datelines, d),
  );
  if (opening) return opening.value;
  // The one day of the sentence, unless the meeting lies ahead of a day already past: "said on Saturday that he
  // would speak with Kim on the phone" is no call on Saturday.
  // Nor is the day of a later meeting's own clause: "talks on the preparations for the summit which will be held on
  // 10-11 February".
  const soleDay = soleDayOf(dates);
  // Nor the day a "since" phrase counts from: "the sixth emergency session since Oct. 7".
  const sole = dates.some(
    (d) =>
      d.value === soleDay &&
      (inLaterSelfClause(text, word.end, d.start) ||
        inOtherRelative(text, word.end, d.start) ||
        sinceDate(text, sentence, d, word) ||
        dateline(datelines, d)),
  )
    ? null
    : soleDay;
  const ahead =
    sole !== null &&
    PLANNED_CUES.test(text.slice(sentence.start, word.end)) &&
    sole <= (state.input.publishedAt ?? '');
  return ahead ? null : sole;
}

/** The date of a meeting word and whether it was held or is planned, from its clause, its sentence and publication. */
export function meetingWhen(
  state: ExtractState,
  word: Word,
  sentence: Sentence,
): { date: string | null; status: MeetingItem['status'] | null } {
  const { text } = state;
  // The sentence's dates, read once for every test below, and whether each is the dateline's, asked once a date.
  const dates = state.dates.filter((d) => d.sentence === sentence.index);
  const datelines: Datelines = { state, sentence, known: new Map() };
  // When: the nearest date in the word's own clause ("summit ... on June 19", "last September's meeting"), past a
  // clause whose subject is the meeting itself ("the summit which will be held on 10-11 February").
  const from = word.end + selfClauseSkip(text, word.end, sentence.end);
  const clauseEnd = CLAUSE_END.exec(text.slice(from, sentence.end));
  const dateEnd = Math.min(from + 110, clauseEnd ? from + clauseEnd.index : sentence.end);
  const clauseStartAt = LAST_CLAUSE_START.exec(
    text.slice(Math.max(sentence.start, word.start - 60), word.start),
  );
  const dateStart = clauseStartAt
    ? Math.max(sentence.start, word.start - 60) + clauseStartAt.index
    : Math.max(sentence.start, word.start - 60);
  const near = dates.filter(
    (d) =>
      d.start >= dateStart &&
      d.start < dateEnd &&
      !sinceDate(text, sentence, d, word) &&
      !dateline(datelines, d),
  );
  near.sort((a, b) => Math.abs(a.start - word.start) - Math.abs(b.start - word.start));
  // Else a date close by in the sentence ("spoke by phone in February, shortly after meeting ...").
  // A date after the word stays in its clause: "his first visit since he took office in January" is undated.
  const close = dates.filter(
    (d) =>
      Math.abs(d.start - word.start) < 80 &&
      (d.start < word.start || d.start < dateEnd) &&
      !(d.end <= word.start && datesReport(text, d.end, word, sentence.end)) &&
      !sinceDate(text, sentence, d, word) &&
      !dateline(datelines, d),
  );
  close.sort((a, b) => Math.abs(a.start - word.start) - Math.abs(b.start - word.start));
  // "arrived in Malabo on Wednesday to participate in the summit, which he is to address on Thursday": the day of the
  // clause a meeting is the purpose of is when that clause happened; a day told after the meeting word is its own.
  const opener = purposeOpener(state, sentence, word);
  if (opener) {
    const own = dates.find(
      (d) =>
        d.start > word.end &&
        d.start - word.end < PURPOSE_DATE_REACH &&
        !sinceDate(text, sentence, d, word) &&
        !inOtherRelative(text, word.end, d.start) &&
        !inLaterSelfClause(text, word.end, d.start),
    );
    const openerStart = opener.start;
    if (own && [...near, ...close].some((d) => d.end <= openerStart)) {
      near.splice(0, near.length, ...near.filter((d) => d.end > openerStart));
      close.splice(0, close.length, own, ...close.filter((d) => d.end > openerStart && d !== own));
    }
  }
  // "agreed on Wednesday on the date and venue for a meeting": a meeting whose date is being set lies ahead, and
  // only a day told after the meeting word may be its own.
  if (DATE_FRAME.test(text.slice(Math.max(sentence.start, word.start - DATE_FRAME_REACH), word.start)))
    return { date: [...near, ...close].find((d) => d.start > word.end)?.value ?? null, status: 'planned' };
  const told = near[0] ?? close[0];
  const date = told
    ? weekdayAhead(state, sentence, word, told)
    : sentenceDay(state, sentence, word, dates, datelines);
  let status: MeetingItem['status'] | null = null;
  const published = state.input.publishedAt ?? null;
  if (date && published)
    status =
      date.slice(0, 10) < published.slice(0, date.length)
        ? 'held'
        : date > published.slice(0, date.length)
          ? 'planned'
          : null;
  if (!status) {
    // Searched in the sentence only: text.lastIndexOf(';') ran back over the whole article before most meeting words.
    const head = text.slice(sentence.start, word.start);
    const clauseStart = sentence.start + Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1;
    const clauseEnd = Math.min(sentence.end, word.end + 25);
    const clause = text.slice(clauseStart, clauseEnd);
    if (plannedClause(text, clauseStart, clauseEnd) || AHEAD_OF.test(text.slice(clauseStart, word.start)))
      status = 'planned';
    else if (HELD_CUES.test(clause) || /ed$/.test(word.lower) || heldAsSubject(text, sentence, word))
      status = 'held';
  }
  return { date, status };
}
