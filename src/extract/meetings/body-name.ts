// The name of the body a meeting word belongs to, right after it, when a predicate telling where it sits follows
// ("Session of the Assembly of Heads of State and Government of the African Union (AU) opened today in Addis
// Ababa"), or its place does ("... of Heads of State and Government in Abuja"): the name's "and" and "of" end no
// clause the place is read in.

import {
  BODY_PLACE_LEADS,
  BODY_SITTING_AUXILIARIES,
  BODY_SITTING_PREDICATES,
} from '../lexicon/meeting-words.ts';

/**
 * " of the Assembly of Heads of State and Government of the African Union (AU)": "of" and capitalized words, with
 * "the", "and" and "of" between them, and maybe an acronym in brackets; then, past a comma, auxiliaries and
 * adverbs, the predicate, or "in"/"at" and a capitalized word (only looked at, not taken).
 */
const BODY_NAME = new RegExp(
  `^ of(?: the)? \\p{Lu}[\\p{L}’'-]*(?: (?:(?:and|of|the) )*\\p{Lu}[\\p{L}’'-]*)*(?: \\(\\p{Lu}[\\p{L}-]*\\))?` +
    `(?=,? (?:(?:${BODY_SITTING_AUXILIARIES.join('|')}) )*(?:${BODY_SITTING_PREDICATES.join('|')})\\b` +
    `| (?:${BODY_PLACE_LEADS.join('|')}) \\p{Lu})`,
  'u',
);
/** How far after the meeting word the name and its predicate may run. */
const BODY_NAME_REACH = 200;

/** How many characters after a meeting word the name of its body takes (0 when there is none). */
export function bodyNameSkip(text: string, wordEnd: number, sentenceEnd: number): number {
  const match = BODY_NAME.exec(text.slice(wordEnd, Math.min(sentenceEnd, wordEnd + BODY_NAME_REACH)));
  return match ? match[0].length : 0;
}
