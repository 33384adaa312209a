// Whether a country a person's sentence names is only where that person acted ("Machar signed the deal in Addis
// Ababa, Ethiopia", "... in the Ethiopian capital", "... in neighbouring Ethiopia"): the host, not whom they represent.

import {
  SETTING_NEARNESS_WORDS,
  SETTING_PREPOSITIONS,
  SETTING_REGION_WORDS,
} from '../lexicon/agreement-reference-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { EntityMention, ExtractState } from '../types.ts';
import { ownCityBefore } from './own-city-before.ts';
import { isTitleWord } from './person-context.ts';

/** Where the words that lead up to a country as a setting begin: its city, "the", a region or nearness word. */
function settingOpening(state: ExtractState, country: EntityMention): number {
  const { words } = state;
  let at = wordIndexAt(words, country.start);
  // "in Addis Ababa, Ethiopia": the country after a city of its own (or its capital) is where the city is.
  const city = ownCityBefore(state, country, at);
  if (city) at = wordIndexAt(words, city.start);
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
