// A country written after a city of its own ("in Addis Ababa, Ethiopia", "talks in Jeddah, Saudi Arabia"): the
// country says where the city is. Read where a country may be only the setting (a person's, an agreement's sides).

import { startingIn } from '../mention-index.ts';
import type { EntityMention, ExtractState } from '../types.ts';

/** How many words a city's name may take before its country ("in Addis Ababa, Ethiopia"). */
const CITY_REACH = 3;

/**
 * The city of `country`'s own (a place in it, or its capital) that ends on the word before it, a comma between:
 * "Addis Ababa, Ethiopia". Only the city's own country: "fighting in Gaza, Israel said ..." has a subject after the
 * comma. `at` is the country's first word.
 */
export function ownCityBefore(
  state: ExtractState,
  country: EntityMention,
  at: number,
): EntityMention | undefined {
  const { words } = state;
  const last = words[at - 1];
  if (words[at]?.gap !== ', ' || !last?.cap) return undefined;
  const from = words[Math.max(0, at - CITY_REACH)]?.start ?? last.start;
  return startingIn(state.mentions, from, last.end).find(
    (m) =>
      m.end === last.end &&
      ((m.kind === 'place' && state.places.get(m.id)?.country === country.id) ||
        (m.via === 'capital' && m.id === country.id)),
  );
}
