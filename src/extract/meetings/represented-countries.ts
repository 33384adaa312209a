// A meeting's countries that one of its persons already stands for: "Iran and Saudi Arabia ... Amir-Abdollahian
// and Faisal bin Farhan met in Beijing" is a meeting of the two ministers, not of four parties.

import type { ExtractState } from '../types.ts';

/** The participants without each country a participating person of that country represents. */
export function withoutRepresentedCountries(state: ExtractState, participants: readonly string[]): string[] {
  const represented = new Set(
    participants.map((id) => state.persons.get(id)?.country).filter((c): c is string => Boolean(c)),
  );
  return participants.filter((id) => !(state.countries.has(id) && represented.has(id)));
}
