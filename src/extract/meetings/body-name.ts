// The name of the body a meeting word belongs to, right after it, when a predicate telling where it sits follows
// ("Session of the Assembly of Heads of State and Government of the African Union (AU) opened today in Addis
// Ababa"), or its place does ("... of Heads of State and Government in Abuja"): the name's "and" and "of" end no
// clause the place is read in.

import {
  BODY_MEMBER_WORDS,
  BODY_PLACE_LEADS,
  BODY_SITTING_AUXILIARIES,
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

/**
 * " of the Assembly of Heads of State and Government of the African Union (AU)": "of" and capitalized words (or
 * member words), with "the", "and" and "of" between them, and maybe an acronym in brackets; then, past a comma,
 * auxiliaries and adverbs, the predicate, "in"/"at" and a capitalized word, or the opener of a clause on the
 * sitting (only looked at, not taken).
 */
const BODY_NAME = new RegExp(
  `^ of(?: the)? ${NAME_WORD}(?: (?:(?:and|of|the) )*${NAME_WORD})*(?: \\(\\p{Lu}[\\p{L}-]*\\))?` +
    `(?=,? (?:(?:${BODY_SITTING_AUXILIARIES.join('|')}) )*(?:${BODY_SITTING_PREDICATES.join('|')})\\b` +
    `| (?:${BODY_PLACE_LEADS.join('|')}) \\p{Lu}|${SELF_CLAUSE_OPENER})`,
  'u',
);
/** How far after the meeting word the name and its predicate may run. */
const BODY_NAME_REACH = 200;

/** How many characters after a meeting word the name of its body takes (0 when there is none). */
export function bodyNameSkip(text: string, wordEnd: number, sentenceEnd: number): number {
  const match = BODY_NAME.exec(text.slice(wordEnd, Math.min(sentenceEnd, wordEnd + BODY_NAME_REACH)));
  return match ? match[0].length : 0;
}
