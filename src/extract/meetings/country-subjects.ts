// The countries a meeting word's subject or partner phrase lists: "Egypt, Sudan and Ethiopia held talks", "the water
// ministers of Ethiopia, Sudan and Egypt have met", "talks between Egypt, Sudan, and Ethiopia". Read where the
// owner search of meeting-mentions.ts stops at a country, and where its partner phrase ends at a listing comma.

import { startingIn } from '../mention-index.ts';
import type { EntityMention, ExtractState, Sentence, Word } from '../types.ts';

/** What may stand between two countries of one list: "A, B and C", "A, B, and C", "A-B", "A/B". */
const COORDINATION = /^(?:,? and |, |\s?[-–/]\s?)$/;
/** How far back a list may reach, in characters. */
const LIST_REACH = 200;

/**
 * The countries of a list that the owner word (the word the owner search stopped at before the meeting word) ends,
 * in their order; none when the owner word ends no country's name or names one country alone.
 */
export function countrySubjects(state: ExtractState, owner: Word, sentence: Sentence): string[] {
  const { text, mentions } = state;
  const countries = startingIn(
    mentions,
    Math.max(sentence.start, owner.start - LIST_REACH),
    owner.end,
  ).filter((m) => m.kind === 'country');
  const last = countries[countries.length - 1];
  if (!last || last.end !== owner.end) return [];
  const ids = [last.id];
  let next: EntityMention = last;
  for (let c = countries.length - 2; c >= 0; c--) {
    const candidate = countries[c] as EntityMention;
    if (!COORDINATION.test(text.slice(candidate.end, next.start))) break;
    if (!ids.includes(candidate.id)) ids.unshift(candidate.id);
    next = candidate;
  }
  // One country before a meeting word is mostly its topic or host ("the Syria talks", "the Finland summit").
  return ids.length >= 2 ? ids : [];
}

/**
 * "talks in Khartoum between Egypt, Sudan, and Ethiopia", "talks with Kenya, Uganda and Rwanda": the
 * countries listed on after a partner phrase that ends with a country before a comma, up to `limit`.
 */
export function countriesListedAfter(state: ExtractState, last: EntityMention, limit: number): string[] {
  const { text, mentions } = state;
  const ids: string[] = [];
  const following = startingIn(mentions, last.end, limit);
  let previous = last;
  for (const m of following) {
    if (m.kind !== 'country' || !COORDINATION.test(text.slice(previous.end, m.start))) break;
    if (!ids.includes(m.id)) ids.push(m.id);
    previous = m;
  }
  return ids;
}
