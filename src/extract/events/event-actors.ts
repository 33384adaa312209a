// Who an actor is, as a country: a country is itself, a person the country they represent ("Putin" -> RUS), an
// organization the country it belongs to ("the Kremlin" is read as RUS already). Pure lookups over the state.
import type { ExtractState } from '../types.ts';

export function countryOf(state: ExtractState, id: string): string | null {
  if (state.countries.has(id) || /^[A-Z]{3}$/.test(id)) return id;
  const person = state.persons.get(id);
  if (person) return person.country ?? countryOfOrg(state, person.organization);
  return countryOfOrg(state, id);
}

function countryOfOrg(state: ExtractState, id: string | null): string | null {
  if (id === null) return null;
  return state.organizations.get(id)?.country ?? null;
}
