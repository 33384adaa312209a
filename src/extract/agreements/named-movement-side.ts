// The named armed movement a country's truce or peace deal is made with: "Colombia and the Revolutionary Armed Forces
// of Colombia signed a ceasefire" is a deal of both, though the sentence with the deal word names only the country.

import { ARMED_MOVEMENT_HEADS } from '../lexicon/agreement-mention-words.ts';
import { ARMED_FORCES_NAMES } from '../lexicon/word-lists.ts';
import type { ExtractState, OrgEntity, Resources } from '../types.ts';
import { peaceDeal } from './home-war-sides.ts';
import type { Cluster } from './agreement-facts.ts';

const HEADS: ReadonlySet<string> = new Set(ARMED_MOVEMENT_HEADS);
const STATE_ARMY_NAMES: ReadonlySet<string> = new Set(ARMED_FORCES_NAMES.map((n) => n.toLowerCase()));
/** Words that join a country's name to its army's ("Armed Forces of the Philippines"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the']);

/**
 * Whether an organization is an armed movement of `country` rather than its state's army: its name ends in an armed
 * head word or holds one before "of" ("Free Syrian Army", "Revolutionary Armed Forces of Colombia"), and is more than
 * the country's name around a state army's ("Sudanese Armed Forces", "Armed Forces of Ukraine").
 */
function armedMovementOf(org: OrgEntity, country: string, resources: Resources): boolean {
  if (org.kind !== 'other' || org.country !== country) return false;
  const words = org.name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  const head = words[(of > 0 ? of : words.length) - 1] ?? '';
  if (!HEADS.has(head)) return false;
  const info = resources.gazetteer.countries.get(country);
  const countryWords = new Set(
    [info?.name ?? '', ...(info?.aliases ?? []), ...(info?.demonyms ?? [])].flatMap((n) =>
      n.toLowerCase().split(/\s+/),
    ),
  );
  const rest = words.filter((w) => !countryWords.has(w) && !NAME_JOINERS.has(w)).join(' ');
  return !STATE_ARMY_NAMES.has(rest);
}

/**
 * A truce or peace deal whose only side is a country, in a story that names one armed movement of that country: the
 * movement is the other side. Two or more movements leave the deal as it was, the story not saying which of them
 * agreed; a known agreement keeps its data's parties.
 */
export function namedMovementSide(
  state: ExtractState,
  resources: Resources,
  cluster: Cluster,
  parties: readonly string[],
): readonly string[] {
  const [country] = parties;
  if (parties.length !== 1 || country === undefined || country.startsWith('org:')) return parties;
  if (cluster.known !== null || !peaceDeal(cluster)) return parties;
  const movements = [...state.organizations.values()].filter((org) =>
    armedMovementOf(org, country, resources),
  );
  return movements.length === 1 ? [country, (movements[0] as OrgEntity).id] : parties;
}
