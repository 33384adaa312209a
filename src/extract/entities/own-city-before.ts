// A country written after a city of its own ("in Addis Ababa, Ethiopia", "in Doha of Qatar", "Juba, the capital of
// South Sudan"): the country says where the city is. Read where a country may be only the setting (a person's, an
// agreement's sides).

import {
  CITY_COUNTRY_EPITHETS,
  SETTING_NEARNESS_WORDS,
  SETTING_NOUNS,
} from '../lexicon/agreement-reference-words.ts';
import { startingIn } from '../mention-index.ts';
import type { EntityMention, ExtractState, Word } from '../types.ts';

/** How many words a city's name may take before its country ("in Addis Ababa, Ethiopia"). */
const CITY_REACH = 3;

/**
 * Where the words that tie a country to the city before it by "of" begin ("Doha of Qatar", "Doha city of Qatar",
 * "Juba, the capital of brotherly South Sudan", "Doha, capital of Qatar"), or -1. `at` is the country's first word.
 */
function ofLinkStart(words: readonly Word[], at: number): number {
  const sentence = words[at]?.sentence;
  let j = at - 1;
  while (
    CITY_COUNTRY_EPITHETS.has(words[j]?.lower ?? '') ||
    SETTING_NEARNESS_WORDS.has(words[j]?.lower ?? '')
  )
    j--;
  if (words[j]?.lower !== 'of' || words[j]?.sentence !== sentence) return -1;
  if (!SETTING_NOUNS.has(words[j - 1]?.lower ?? '')) return words[j]?.gap === ' ' ? j : -1;
  const link = words[j - 2]?.lower === 'the' ? j - 2 : j - 1;
  // "Juba, the capital of" sets the noun off by a comma; "Doha city of" runs on.
  return words[link]?.gap === ', ' || (words[link]?.gap === ' ' && link === j - 1) ? link : -1;
}

/**
 * The city of `country`'s own (a place in it, or its capital) that ends on the word before it, a comma between
 * ("Addis Ababa, Ethiopia"), or before the words that tie it by "of" ("Juba, the capital of South Sudan"). Only the
 * city's own country: "fighting in Gaza, Israel said ..." has a subject after the comma. `at` is the country's first
 * word.
 */
export function ownCityBefore(
  state: ExtractState,
  country: EntityMention,
  at: number,
): EntityMention | undefined {
  const { words } = state;
  const link = words[at]?.gap === ', ' ? at : ofLinkStart(words, at);
  const last = words[link - 1];
  if (link === -1 || !last?.cap || last.sentence !== words[at]?.sentence) return undefined;
  const from = words[Math.max(0, link - CITY_REACH)]?.start ?? last.start;
  return startingIn(state.mentions, from, last.end).find(
    (m) =>
      m.end === last.end &&
      ((m.kind === 'place' && state.places.get(m.id)?.country === country.id) ||
        (m.via === 'capital' && m.id === country.id)),
  );
}
