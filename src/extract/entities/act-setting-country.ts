// Whether a country a person's sentence names is only where that person acted ("Machar signed the deal in Addis
// Ababa, Ethiopia", "... in the Ethiopian capital", "... in neighbouring Ethiopia"): the host, not whom they represent.

import {
  SETTING_NEARNESS_WORDS,
  SETTING_PREPOSITIONS,
  SETTING_REGION_WORDS,
} from '../lexicon/agreement-reference-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { EntityMention, ExtractState } from '../types.ts';
import { isTitleWord } from './person-context.ts';

/** How many words a city's name may take before its country ("in Addis Ababa, Ethiopia"). */
const CITY_REACH = 3;

/** Where the words that lead up to a country as a setting begin: its city, "the", a region or nearness word. */
function settingOpening(state: ExtractState, country: EntityMention): number {
  const { words } = state;
  let at = wordIndexAt(words, country.start);
  const last = words[at - 1];
  // "in Addis Ababa, Ethiopia": the country after a city of its own (or its capital) is where the city is.
  if (words[at]?.gap === ', ' && last?.cap) {
    const from = words[Math.max(0, at - CITY_REACH)]?.start ?? last.start;
    const city = startingIn(state.mentions, from, last.end).find(
      (m) =>
        m.end === last.end &&
        ((m.kind === 'place' && state.places.get(m.id)?.country === country.id) ||
          (m.via === 'capital' && m.id === country.id)),
    );
    if (city) at = wordIndexAt(words, city.start);
  }
  for (;;) {
    const lower = words[at - 1]?.lower ?? '';
    if (lower !== 'the' && !SETTING_REGION_WORDS.has(lower) && !SETTING_NEARNESS_WORDS.has(lower)) return at;
    at--;
  }
}

/**
 * A country after a person's name in a setting ("in", "at") that an act of theirs stands before: words other than
 * titles between the name and the preposition ("signed the deal in ..."). "Machar, rebel leader in South Sudan" names
 * his own country by a title and keeps it.
 */
export function actSettingCountry(
  state: ExtractState,
  lexicon: Lexicon,
  country: EntityMention,
  person: EntityMention,
): boolean {
  if (country.kind !== 'country' || country.start < person.end) return false;
  const { words } = state;
  const opening = settingOpening(state, country);
  const preposition = words[opening - 1];
  if (
    !preposition ||
    preposition.sentence !== country.sentence ||
    !SETTING_PREPOSITIONS.has(preposition.lower)
  )
    return false;
  let i = wordIndexAt(words, person.end);
  while ((words[i]?.start ?? Infinity) < person.end) i++;
  for (; i < opening - 1; i++) if (!isTitleWord(words[i], lexicon)) return true;
  return false;
}
