// A clause right after a meeting word whose passive subject is that meeting: "the G7 summit, scheduled for June 15-17
// in Canada, ...", "the summit which will be held on 10-11 February in Addis Ababa". Its date and place are the
// meeting's own, so the search for them does not stop at its comma or relative pronoun.

import { MEETING_WORDS } from '../lexicon/event-words.ts';
import {
  COURSE_VERBS,
  SCHEDULE_PARTICIPLES,
  SELF_CLAUSE_AUXILIARIES,
  SELF_CLAUSE_RELATIVES,
  BODY_PLACE_LEADS,
} from '../lexicon/meeting-words.ts';
import { SITTING_DAY_PHRASE } from './body-name.ts';

const MEETING_KINDS: ReadonlySet<string> = new Set(Object.keys(MEETING_WORDS));

const alternation = (words: readonly string[]) => words.join('|');

/**
 * An optional comma, an optional relative pronoun with up to three auxiliaries ("which is scheduled", "that will be
 * held"), then the participle and its "to be held" ("scheduled to be held"). The participle must come first after
 * the opener: "the summit, which Trump attended in June" is someone else's clause.
 */
const SELF_CLAUSE = new RegExp(
  `^\\s*,?\\s*(?:(?:${alternation(SELF_CLAUSE_RELATIVES)})\\s+(?:(?:${alternation(SELF_CLAUSE_AUXILIARIES)})\\s+){0,3}|(?:(?:${alternation(SELF_CLAUSE_AUXILIARIES)})\\s+){1,3})?` +
    `(?:${alternation([...SCHEDULE_PARTICIPLES, ...COURSE_VERBS])})\\b(?:\\s+to\\s+be\\s+(?:${alternation(SCHEDULE_PARTICIPLES)})\\b)?`,
  'i',
);

/**
 * "will take place tomorrow, Wednesday, 18 October 2023, at the headquarters in Jeddah": the day the clause tells
 * before its place, commas and all, when "in"/"at" follows.
 */
const DAY_BEFORE_PLACE = new RegExp(`^${SITTING_DAY_PHRASE}(?= (?:${BODY_PLACE_LEADS.join('|')}) )`, 'u');

/** How many characters after a meeting word its self-describing clause opener takes (0 when there is none). */
export function selfClauseSkip(text: string, wordEnd: number, sentenceEnd: number): number {
  const match = SELF_CLAUSE.exec(text.slice(wordEnd, Math.min(sentenceEnd, wordEnd + 80)));
  if (!match) return 0;
  const opener = wordEnd + match[0].length;
  const day = DAY_BEFORE_PLACE.exec(text.slice(opener, Math.min(sentenceEnd, opener + 80)));
  return match[0].length + (day ? day[0].length : 0);
}

/** A meeting word and the same opener after it, anywhere in a text. */
const SELF_CLAUSE_ANYWHERE = new RegExp(`(\\p{L}+)${SELF_CLAUSE.source.slice(1)}`, 'giu');
/** A participle alone, case-folded as the clause is (iu): a stretch without one holds no clause to scan for. */
const PARTICIPLE_ANYWHERE = new RegExp(alternation([...SCHEDULE_PARTICIPLES, ...COURSE_VERBS]), 'iu');

/**
 * Whether offset `at` lies in a self-describing clause of another meeting word after the one ending at `wordEnd`:
 * "held discussion with X on the preparations for the summit which will be held on 10-11 February" dates the
 * summit, not the discussion.
 */
export function inLaterSelfClause(text: string, wordEnd: number, at: number): boolean {
  if (at <= wordEnd) return false;
  // Only the stretch up to the date is searched, and only within its sentence.
  const between = text.slice(wordEnd + selfClauseSkip(text, wordEnd, at), at);
  if (/[.;!?]/.test(between) || !PARTICIPLE_ANYWHERE.test(between)) return false;
  SELF_CLAUSE_ANYWHERE.lastIndex = 0;
  for (let m = SELF_CLAUSE_ANYWHERE.exec(between); m; m = SELF_CLAUSE_ANYWHERE.exec(between))
    if (MEETING_KINDS.has((m[1] ?? '').toLowerCase())) return true;
  return false;
}

/** "the crisis that has broken out on April 15": a noun and the relative pronoun of its clause. */
const OTHER_RELATIVE = new RegExp(`\\b(\\p{L}+),? (?:${alternation(SELF_CLAUSE_RELATIVES)})\\b`, 'giu');
/** A relative pronoun alone, case-folded as OTHER_RELATIVE is (iu). */
const RELATIVE_ANYWHERE = new RegExp(alternation(SELF_CLAUSE_RELATIVES), 'iu');

/**
 * Whether offset `at`, after the meeting word ending at `wordEnd`, lies in a relative clause of another noun: "The
 * summit seeks solutions to the crisis that has broken out on April 15" tells the day the crisis began, not the
 * summit's. The meeting's own clause ("the summit which will be held on 10-11 February") is passed over first.
 */
export function inOtherRelative(text: string, wordEnd: number, at: number): boolean {
  if (at <= wordEnd) return false;
  // No relative pronoun in the whole stretch, none in the part past the meeting's own clause: most stretches.
  if (!RELATIVE_ANYWHERE.test(text.slice(wordEnd, at))) return false;
  const between = text.slice(wordEnd + selfClauseSkip(text, wordEnd, at), at);
  if (/[.;!?]/.test(between)) return false;
  OTHER_RELATIVE.lastIndex = 0;
  for (let m = OTHER_RELATIVE.exec(between); m; m = OTHER_RELATIVE.exec(between))
    if (
      !MEETING_KINDS.has((m[1] ?? '').toLowerCase()) &&
      // "the summit of IGAD Heads of State and Government, which was held in Addis Ababa on 12 June": past the
      // body's name, the clause is the meeting's own all the same.
      selfClauseSkip(between, m.index + (m[1] ?? '').length, between.length) === 0
    )
      return true;
  return false;
}
