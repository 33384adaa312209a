// The countries a meeting word's subject or partner phrase lists: "Egypt, Sudan and Ethiopia held talks", "the water
// ministers of Ethiopia, Sudan and Egypt have met", "talks between Egypt, Sudan, and Ethiopia". Read where the
// owner search of meeting-mentions.ts stops at a country, and where its partner phrase ends at a listing comma.

import { EACH_COUNTRY_PARTNERS, HOLDING_VERBS, OBJECT_POSSESSIVES } from '../lexicon/meeting-words.ts';
import { startingIn } from '../mention-index.ts';
import type { EntityMention, ExtractState, Sentence, Word } from '../types.ts';

/** What may stand between two countries of one list: "A, B and C", "A, B, and C", "A-B", "A/B". */
const COORDINATION = /^(?:,? and |, |\s?[-–/]\s?)(?:the )?$/;
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

/** A possessive and a plural partner word before "from/of" right after a verb: " his counterparts from ". */
const COUNTERPARTS_OBJECT = new RegExp(
  `^ (?:${OBJECT_POSSESSIVES.join('|')}) (?:${EACH_COUNTRY_PARTNERS.join('|')}) (?:from|of) `,
);

/** Up to eight words, no comma, from a subject to its meeting word: "on Thursday held delegation-level". */
const SUBJECT_TO_WORD = /^ (?:[^\s,;:]+ ){1,8}$/;
/** What may open a sentence before its subject: nothing, a dateline ("ISLAMABAD, Pakistan: "), a fronted phrase. */
const SUBJECT_OPENING = /(?:^|[:,—–] |-- )(?:[Tt]he )?$/;

/**
 * "India and Pakistan will hold foreign secretary-level talks", "Pakistan and Iran on Thursday held delegation-level
 * talks": two or more countries that open the clause whose verb of holding (HOLDING_VERBS) leads to the meeting word.
 */
export function countriesHolding(state: ExtractState, word: Word, sentence: Sentence): string[] {
  const { text, words, mentions } = state;
  const countries = startingIn(mentions, sentence.start, word.start).filter((m) => m.kind === 'country');
  for (let c = countries.length - 1; c > 0; c--) {
    const last = countries[c] as EntityMention;
    const between = text.slice(last.end, word.start);
    if (!SUBJECT_TO_WORD.test(between)) continue;
    if (!words.some((w) => w.start >= last.end && w.end <= word.start && HOLDING_VERBS.has(w.lower)))
      return [];
    const ids = [last.id];
    let first = last;
    for (let b = c - 1; b >= 0; b--) {
      const candidate = countries[b] as EntityMention;
      if (!COORDINATION.test(text.slice(candidate.end, first.start))) break;
      if (!ids.includes(candidate.id)) ids.unshift(candidate.id);
      first = candidate;
    }
    const opening = text.slice(Math.max(sentence.start, first.start - 40), first.start);
    return ids.length >= 2 && SUBJECT_OPENING.test(opening) ? ids : [];
  }
  return [];
}

/**
 * "met his counterparts from the US, China and Canada", "met their counterparts of Ghana and Nigeria": the
 * countries a plural partner word right after a meeting verb at word `k` names, when no person is its object.
 */
export function counterpartCountries(state: ExtractState, k: number, sentence: Sentence): string[] {
  const { text, words, mentions } = state;
  const word = words[k];
  if (!word) return [];
  const lead = COUNTERPARTS_OBJECT.exec(text.slice(word.end, Math.min(sentence.end, word.end + 40)));
  if (!lead) return [];
  const from = word.end + lead[0].length;
  const first = startingIn(mentions, from, Math.min(sentence.end, from + 30))[0];
  if (first?.kind !== 'country' || !/^(?:the )?$/.test(text.slice(from, first.start))) return [];
  return [first.id, ...countriesListedAfter(state, first, sentence.end).filter((id) => id !== first.id)];
}
