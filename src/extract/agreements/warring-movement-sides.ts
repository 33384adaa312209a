// The sides of a truce told through the war's country alone: "Sudan's two warring factions agreed on a new
// ceasefire" is a deal of the armed bodies the article names in that war, not of Sudan.

import { GOVERNMENT_SIDE_NOUNS } from '../lexicon/agreement-mention-words.ts';
import type { ExtractState, OrgEntity } from '../types.ts';
import { warringCountries } from './warring-sides.ts';

/** More armed bodies of one country than a two-sided war has: the article does not say which of them agreed. */
const MAX_SIDES = 2;

const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(GOVERNMENT_SIDE_NOUNS);

/** A body of the country's own rule ("the Transitional Government of National Unity") is the country, no movement. */
const isGovernment = (org: OrgEntity): boolean =>
  org.name
    .toLowerCase()
    .split(' ')
    .some((word) => GOVERNMENT_NOUNS.has(word));

/**
 * A deal whose only side is the war's country or one armed body of it, in a story that names that country's warring
 * sides ("Sudan's warring parties", "the rival factions in Yemen"): its sides are the country's armed movements the
 * article names (organizations of kind "other" of the country that are no government of it: the RSF, the Houthis).
 * Two of them are the two sides ("the Sudanese Armed Forces and the RSF"); a lone one stands against the country,
 * whose army `armedForcesSides` then puts in its place where the article names it. More of them leave the sides as
 * they were: the story does not say which agreed.
 */
export function warringMovementSides(state: ExtractState, parties: readonly string[]): readonly string[] {
  if (parties.length !== 1) return parties;
  const [only] = parties;
  if (only === undefined) return parties;
  const movement = only.startsWith('org:') ? state.organizations.get(only) : undefined;
  const country = movement ? movement.country : only;
  if (country === null || (movement && movement.kind !== 'other')) return parties;
  const others: string[] = [];
  for (const org of state.organizations.values())
    if (org.kind === 'other' && org.country === country && org.id !== only && !isGovernment(org))
      others.push(org.id);
  // The article's few organizations first: most stories name no movement of the deal's country.
  if ((others.length === 0 && !movement) || !warringCountries(state).has(country)) return parties;
  if (movement)
    return others.length === 0 ? [country, only] : others.length === 1 ? [only, ...others] : parties;
  if (others.length > MAX_SIDES) return parties;
  return others.length === MAX_SIDES ? others : [country, ...others];
}
