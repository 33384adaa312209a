// The name of the body a meeting word belongs to, right after it, when a predicate telling where it sits follows
// ("Session of the Assembly of Heads of State and Government of the African Union (AU) opened today in Addis
// Ababa"), or its place does ("... of Heads of State and Government in Abuja"): the name's "and" and "of" end no
// clause the place is read in.

import {
  BODY_MEMBER_WORDS,
  BODY_PLACE_LEADS,
  BODY_SITTING_AUXILIARIES,
  BODY_SITTING_DAY_JOINERS,
  BODY_SITTING_DAY_WORDS,
  BODY_SITTING_PREDICATES,
  COURSE_VERBS,
  SCHEDULE_PARTICIPLES,
  SELF_CLAUSE_AUXILIARIES,
  SELF_CLAUSE_RELATIVES,
} from '../lexicon/meeting-words.ts';

/** A word of the name: capitalized, or one for the body's members ("IGAD heads of state and government"). */
const NAME_WORD = `(?:\\p{Lu}[\\p{L}’'-]*|(?:${BODY_MEMBER_WORDS.join('|')})\\b)`;
/** A clause on the sitting past the name: ", due to be held in Riyadh", ", which opened in Abuja". */
const SELF_CLAUSE_OPENER =
  `,? (?:(?:${SELF_CLAUSE_RELATIVES.join('|')}) )?(?:(?:${SELF_CLAUSE_AUXILIARIES.join('|')}) ){0,3}` +
  `(?:${[...SCHEDULE_PARTICIPLES, ...COURSE_VERBS].join('|')})\\b`;

/** Day words as a sentence writes them ("on Tuesday", "on 5 March"), lower-case or capitalized. */
const DAY_WORDS = [
  ...BODY_SITTING_DAY_WORDS,
  ...BODY_SITTING_DAY_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
].join('|');
/**
 * "of the Peace and Security Council on Tuesday in Addis Ababa", "held on 7 and 8 March, at": a day told right after
 * the name or the predicate, before its place (nothing, when the place follows at once).
 */
export const SITTING_DAY_PHRASE = `(?:,? (?:(?:${BODY_SITTING_DAY_JOINERS.join('|')}) )?(?:(?:${DAY_WORDS})\\.?|\\d{1,4}(?:st|nd|rd|th)?(?:-\\d{1,2})?)(?=[ ,]))*,?`;

/**
 * " of the Assembly of Heads of State and Government of the African Union (AU)": "of" and capitalized words (or
 * member words), with "the", "and" and "of" between them, and maybe an acronym in brackets; then, past a comma,
 * auxiliaries and adverbs, the predicate, "in"/"at" and a capitalized word, or the opener of a clause on the
 * sitting (only looked at, not taken).
 */
const BODY_NAME = new RegExp(
  `^ of(?: the)? ${NAME_WORD}(?: (?:(?:and|of|the) )*${NAME_WORD})*(?: \\(\\p{Lu}[\\p{L}-]*\\))?` +
    `(?=,? (?:(?:${BODY_SITTING_AUXILIARIES.join('|')}) )*(?:${BODY_SITTING_PREDICATES.join('|')})\\b` +
    `|${SITTING_DAY_PHRASE} (?:${BODY_PLACE_LEADS.join('|')}) \\p{Lu}|${SELF_CLAUSE_OPENER})`,
  'u',
);
/**
 * Past the name, a comma, the predicate and the day it sat on, when "in"/"at" follows: "(AU), officially opened today
 * at the headquarters", "opens today, 29th June 2019 in Abuja", "opened on the 21st December 2019, at the Banquet
 * Hall". Their commas end no clause the place is read in.
 */
const SITTING_DAY = new RegExp(
  `^,? (?:(?:${BODY_SITTING_AUXILIARIES.join('|')}) )*(?:${BODY_SITTING_PREDICATES.join('|')})` +
    `(?:,? (?:(?:${BODY_SITTING_DAY_WORDS.join('|')})\\.?|\\d{1,4}(?:st|nd|rd|th)?(?:-\\d{1,2})?)(?=[ ,]))*,?` +
    `(?= (?:${BODY_PLACE_LEADS.join('|')}) )`,
  'iu',
);
/** How far after the meeting word the name and its predicate may run. */
const BODY_NAME_REACH = 200;

/** How many characters after a meeting word the name of its body takes (0 when there is none). */
export function bodyNameSkip(text: string, wordEnd: number, sentenceEnd: number): number {
  const end = Math.min(sentenceEnd, wordEnd + BODY_NAME_REACH);
  const match = BODY_NAME.exec(text.slice(wordEnd, end));
  if (!match) return 0;
  const day = SITTING_DAY.exec(text.slice(wordEnd + match[0].length, end));
  return match[0].length + (day ? day[0].length : 0);
}
