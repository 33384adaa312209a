// The side of a peace deal a government makes with armed groups of its own country: "the CAR government and 14 armed
// groups signed a peace agreement" is a deal of the Central African Republic, though its groups have no name; so is
// a truce the Malian army accuses rebels of breaking.

import {
  GOVERNMENT_SIDE_NOUNS,
  HOME_ARMY_NOUNS,
  HOME_FIGHTER_REACH,
  HOME_FIGHTER_WORDS,
  HOME_OPPONENT_JOINERS,
  HOME_OPPONENT_WORDS,
  PEACE_DESCRIPTOR_WORDS,
} from '../lexicon/agreement-mention-words.ts';
import { CEASEFIRE_NAME_WORDS } from '../lexicon/agreement-reference-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { EntityMention, ExtractState, Word } from '../types.ts';
import type { Cluster } from './agreement-facts.ts';

const GOVERNMENT: ReadonlySet<string> = new Set([...GOVERNMENT_SIDE_NOUNS, ...HOME_ARMY_NOUNS]);
const ARMY: ReadonlySet<string> = new Set(HOME_ARMY_NOUNS);
const FIGHTER: ReadonlySet<string> = new Set(HOME_FIGHTER_WORDS);
const OPPONENT: ReadonlySet<string> = new Set(HOME_OPPONENT_WORDS);
const JOINER: ReadonlySet<string> = new Set(HOME_OPPONENT_JOINERS);
const PEACE: ReadonlySet<string> = new Set([...PEACE_DESCRIPTOR_WORDS, ...CEASEFIRE_NAME_WORDS]);
/** How many words after "and" the opponents' word may come ("and the 14 armed groups", "and the main opposition"). */
const OPPONENT_REACH = 4;
/** How far back a country's name may start before "government" ("the Central African Republic's government"). */
const NAME_REACH = 40;
/** What may stand between a country's name and "government": its possessive, then a space. */
const POSSESSIVE_GAP = /^(?:['’]s?)?\s+$/;

const HOME = new WeakMap<readonly EntityMention[], string | null>();

const isCountry = (m: EntityMention): boolean => m.kind === 'country' && m.via !== 'capital';

/** The country a "government" word is of: "the CAR government", "Mozambican government", "government of Chad". */
function governmentCountry(state: ExtractState, at: number): string | null {
  const word = state.words[at] as Word;
  const before = startingIn(state.mentions, Math.max(0, word.start - NAME_REACH), word.start).findLast(
    (m) => isCountry(m) && POSSESSIVE_GAP.test(state.text.slice(m.end, word.start)),
  );
  if (before) return before.id;
  if (state.words[at + 1]?.lower !== 'of') return null;
  const name = state.words[at + 2]?.lower === 'the' ? state.words[at + 3] : state.words[at + 2];
  if (!name || name.sentence !== word.sentence) return null;
  return startingIn(state.mentions, name.start, name.start + 1).find(isCountry)?.id ?? null;
}

/** The word after a government's "of" and its country's name ("Government of the Central African Republic and"). */
function afterCountryName(state: ExtractState, at: number): number {
  const { words } = state;
  if (words[at + 1]?.lower !== 'of') return at + 1;
  const name = words[at + 2]?.lower === 'the' ? words[at + 3] : words[at + 2];
  const country = name ? startingIn(state.mentions, name.start, name.start + 1).find(isCountry) : undefined;
  return country ? wordIndexAt(words, country.end) : at + 1;
}

/** Whether rebels or the like follow the government word's phrase closely in its sentence ("accused rebel forces"). */
function facingFighters(state: ExtractState, after: number, sentence: number): boolean {
  for (let j = after; j < after + HOME_FIGHTER_REACH; j++) {
    const next = state.words[j];
    if (!next || next.sentence !== sentence) return false;
    if (FIGHTER.has(next.lower)) return true;
  }
  return false;
}

/**
 * Whether the government word at `at` is set beside armed opponents: "and (the) 14 armed groups", "nor the rebels",
 * or rebels close after it whatever joins them ("the government accused rebels", "government forces and rebels").
 */
function besideOpponents(state: ExtractState, at: number): boolean {
  const { words } = state;
  const sentence = (words[at] as Word).sentence;
  const joiner = afterCountryName(state, at);
  if (facingFighters(state, joiner, sentence)) return true;
  if (words[joiner]?.sentence !== sentence || !JOINER.has(words[joiner]?.lower ?? '')) return false;
  for (let j = joiner + 1; j <= joiner + OPPONENT_REACH; j++) {
    const next = words[j];
    if (!next || next.sentence !== sentence) return false;
    if (OPPONENT.has(next.lower)) return true;
  }
  return false;
}

/** Whether the word at `at` ends or sits in an organization's name ("the Free Syrian Army"): no government's force. */
function inOrganizationName(state: ExtractState, at: number): boolean {
  const word = state.words[at] as Word;
  return startingIn(state.mentions, Math.max(0, word.start - NAME_REACH), word.end).some(
    (m) => m.kind === 'org' && m.end >= word.end,
  );
}

/** The country the article names most often, or null on a tie: whose government a bare "the government" is. */
function mostNamed(state: ExtractState): string | null {
  const counts = new Map<string, number>();
  for (const m of state.mentions) if (isCountry(m)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}

/**
 * The one country whose government the article sets beside armed groups, rebels or the opposition of its own war, or
 * null: "peace talks between the CAR government and 14 opposition factions" (whatever other governments host or
 * mediate), or a bare "the government and the 14 armed groups" where every government the article names a country of
 * is that one ("the Central African government") and the one it names most.
 */
function homeWarCountry(state: ExtractState): string | null {
  const cached = HOME.get(state.mentions);
  if (cached !== undefined) return cached;
  const opposed = new Set<string>();
  const named = new Set<string>();
  let bareOpposed = false;
  for (let i = 0; i < state.words.length; i++) {
    const lower = state.words[i]?.lower ?? '';
    if (!GOVERNMENT.has(lower) || (ARMY.has(lower) && inOrganizationName(state, i))) continue;
    const of = governmentCountry(state, i);
    if (of !== null) named.add(of);
    if (!besideOpponents(state, i)) continue;
    if (of === null) bareOpposed = true;
    else opposed.add(of);
  }
  const only = (ids: ReadonlySet<string>): string | null => (ids.size === 1 ? ([...ids][0] ?? null) : null);
  const bare = opposed.size === 0 && bareOpposed ? only(named) : null;
  const home = opposed.size > 0 ? only(opposed) : bare !== null && mostNamed(state) === bare ? bare : null;
  HOME.set(state.mentions, home);
  return home;
}

/** Whether a deal is one of peace or of a ceasefire by its own words ("peace agreement", "Global Peace Agreement"). */
export const peaceDeal = (cluster: Cluster): boolean =>
  [cluster.name, cluster.descriptor, ...cluster.mentions.map((m) => m.surface)].some(
    (words) =>
      words !== null &&
      words
        .toLowerCase()
        .split(/[\s-]+/)
        .some((w) => PEACE.has(w)),
  );

/**
 * A peace deal that names no side, in a story whose government makes peace with armed groups of its own: its side is
 * that country ("The conflicting parties of CAR signed a peace agreement ... talks between the CAR government and 14
 * opposition factions"; "Government of the Central African Republic and armed groups finalized the signing of the
 * Global Peace Agreement"). The groups are left out: the story gives them no name a graph node could have.
 */
export function homeWarSides(
  state: ExtractState,
  cluster: Cluster,
  parties: readonly string[],
): readonly string[] {
  if (parties.length > 0 || cluster.known !== null || !peaceDeal(cluster)) return parties;
  const home = homeWarCountry(state);
  return home === null ? parties : [home];
}
