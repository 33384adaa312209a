// A meeting's countries that one of its persons already stands for: "Iran and Saudi Arabia ... Amir-Abdollahian
// and Faisal bin Farhan met in Beijing" is a meeting of the two ministers, not of four parties.

import type { ExtractState } from '../types.ts';

/** The participants without each country a participating person of that country represents, two parties left. */
export function withoutRepresentedCountries(state: ExtractState, participants: readonly string[]): string[] {
  const represented = new Set(
    participants.map((id) => state.persons.get(id)?.country).filter((c): c is string => Boolean(c)),
  );
  const kept = participants.filter((id) => !(state.countries.has(id) && represented.has(id)));
  // "Brnabic will meet with Hungary": a country that is the only other party stays, whatever her country reads.
  return kept.length >= 2 || kept.length === participants.length ? kept : [...participants];
}
