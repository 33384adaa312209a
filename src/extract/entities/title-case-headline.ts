// A headline in title case capitalizes every word, so a capital there is no sign of a name.

import type { Context } from './person-context.ts';
import type { ExtractState } from '../types.ts';
import type { Candidate } from './person-candidate.ts';

/** Share of a headline's longer words that are capitalized from which it is written in title case. */
const TITLE_CASE_SHARE = 0.75;
/** Words of this length or more count for the share: "of", "to", "and" stay lower case in title case. */
const TITLE_CASE_WORD = 4;

/**
 * Where the article's headline ends when it is written in title case ("Hamas Chief Informs Mediators of ..."), else
 * -1: there every word is capitalized, so a capital after a title word is no sign of a name.
 */
export function titleCaseHeadlineEnd(state: ExtractState): number {
  const { title, text, words } = state;
  if (!title) return -1;
  const start = text.indexOf(title);
  if (start === -1) return -1;
  const end = start + title.length;
  let long = 0;
  let capitalized = 0;
  for (const word of words) {
    if (word.start >= end) break;
    if (word.start < start || word.text.length < TITLE_CASE_WORD) continue;
    long++;
    if (word.cap) capitalized++;
  }
  return long > 0 && capitalized >= long * TITLE_CASE_SHARE ? end : -1;
}

/**
 * "IGAD: Awaiting RSF's Official Approval", "Hamas Chief Informs Mediators of Acceptance", "Qureshi Arrives In
 * Beijing": in a title-case headline a name ends at its last word the body writes again; a name none of whose words
 * the body writes is the headline's wording, not a person.
 */
export function inBody(ctx: Context, candidate: Candidate, headlineEnd: number): Candidate[] {
  const { words, text } = ctx;
  if ((words[candidate.last]?.end ?? Infinity) > headlineEnd) return [candidate];
  let last = candidate.last;
  while (last >= candidate.first && text.indexOf(words[last]?.text ?? '', headlineEnd) === -1) last--;
  if (last === candidate.last) return [candidate];
  const first = words[candidate.first];
  const end = words[last];
  if (last < candidate.first || !first || !end) return [];
  return [{ ...candidate, last, name: text.slice(first.start, end.end) }];
}
