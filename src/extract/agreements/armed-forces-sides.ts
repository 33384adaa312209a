// The armed forces of a state as a side, not the state: "the Sudanese army and the RSF agreed to a truce". Reads the
// article's words and mentions only; adds the army to the organizations when it becomes a party.

import { organizationId } from '../../domain/ids.ts';
import { ARMY_SIDE_NOUNS } from '../lexicon/agreement-mention-words.ts';
import { ARMED_FORCES_NAMES } from '../lexicon/word-lists.ts';
import { ensureOrganization, knownOrgFacts } from '../entities/registry.ts';
import { startingIn } from '../mention-index.ts';
import { ARMY_CUE, articleCues, GOVERNMENT_CUE } from './article-cues.ts';
import type { KnownOrganization } from '../lexicon/known-organizations.ts';
import type { EntityMention, ExtractState, OrgEntity, Resources, Word } from '../types.ts';

/** The gap between a country and its army noun: a space, or a possessive ("Sudan's army"). */
const OWNER_GAP = /^(?:\s|['’]s\s)$/;

/** The country whose mention ends at word `at` (its name or demonym), if any. */
function countryEndingAt(state: ExtractState, word: Word | undefined): EntityMention | null {
  if (!word) return null;
  const mention = startingIn(state.mentions, word.start - 60, word.end).find(
    (m) => m.kind === 'country' && m.end === word.end && m.via !== 'capital',
  );
  return mention ?? null;
}

/** Where an army is named after its country: "Sudanese army" in "the Sudanese army said". */
interface ArmyPhrase {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

interface ArmyFacts {
  /** Countries whose army the article names ("the Sudanese army", "Sudan's military"), and where. */
  readonly armies: ReadonlyMap<string, readonly ArmyPhrase[]>;
  /** Countries whose government the article names, and whether it names a bare "the government". */
  readonly governments: ReadonlySet<string>;
  readonly bareGovernment: boolean;
}

const FACTS = new WeakMap<readonly Word[], ArmyFacts>();

/**
 * Which countries' armies and governments the article names, read once. "The government" with no country names
 * the government of the story's state; "the government of South Sudan" another's, and "a transitional government"
 * none that acts.
 */
function armyFacts(state: ExtractState): ArmyFacts {
  const cached = FACTS.get(state.words);
  if (cached) return cached;
  const { words } = state;
  const armies = new Map<string, ArmyPhrase[]>();
  const governments = new Set<string>();
  let bareGovernment = false;
  const cues = articleCues(words);
  for (let k = 1; k < words.length; k++) {
    const bits = cues.at[k] ?? 0;
    if (!(bits & (ARMY_CUE | GOVERNMENT_CUE))) continue;
    const word = words[k] as Word;
    const army = (bits & ARMY_CUE) !== 0;
    const owner = OWNER_GAP.test(word.gap) ? countryEndingAt(state, words[k - 1]) : null;
    if (owner && army) {
      const phrase = { start: owner.start, end: word.end, sentence: word.sentence };
      armies.set(owner.id, [...(armies.get(owner.id) ?? []), phrase]);
    } else if (owner) governments.add(owner.id);
    else if (!army && words[k - 1]?.lower === 'the') {
      const of = words[k + 1]?.lower === 'of' ? countryEndingAfter(state, words, k + 2) : null;
      if (of) governments.add(of);
      else bareGovernment = true;
    }
  }
  const facts = { armies, governments, bareGovernment };
  FACTS.set(state.words, facts);
  return facts;
}

/** "the government of Sudan": the country named right after "of" (over a "the"). */
function countryEndingAfter(state: ExtractState, words: readonly Word[], at: number): string | null {
  const first = words[at]?.lower === 'the' ? at + 1 : at;
  const word = words[first];
  if (!word) return null;
  const mention = startingIn(state.mentions, word.start, word.start + 1).find(
    (m) => m.kind === 'country' && m.via !== 'capital',
  );
  return mention?.id ?? null;
}

/** A country's army: the article's organization (if it names one) and the one the gazetteer knows, if any. */
interface Army {
  readonly id: string;
  readonly known: KnownOrganization | null;
  readonly phrases: readonly ArmyPhrase[];
}

/**
 * The organization that is a country's army: one the article names ("Sudanese Armed Forces", or "the Sudanese army"
 * read as a speaking body), else one the gazetteer knows by the country's demonym ("Sudanese Armed Forces").
 */
function armyOf(state: ExtractState, resources: Resources, country: string): Omit<Army, 'phrases'> | null {
  const demonyms = resources.gazetteer.countries.get(country)?.demonyms ?? [];
  const ids = demonyms.flatMap((d) =>
    [...ARMED_FORCES_NAMES, ...ARMY_SIDE_NOUNS].map((a) => organizationId(`${d} ${a}`)),
  );
  const knownId = ids.find((id) => resources.gazetteer.organizations.get(id)?.country === country);
  const known = knownId ? (resources.gazetteer.organizations.get(knownId) ?? null) : null;
  const named = ids.find((id) => state.organizations.has(id));
  if (named) return { id: named, known };
  return knownId ? { id: knownId, known } : null;
}

/**
 * The parties of an agreement with a state's army for the state: a country fighting a movement of its own (an
 * organization of kind "other" from that country: the RSF in Sudan, the M23 in Congo) is its army where the article
 * names that army and no government of the country ("the Sudanese army and the RSF agreed to a truce"); a story of
 * the government's deal keeps the country ("the Sudanese government and the JEM signed"), and so does one with
 * another state (Russia and Ukraine). An army already among the parties takes its country's place.
 */
export function armedForcesSides(
  state: ExtractState,
  resources: Resources,
  parties: readonly string[],
  organizations: Map<string, OrgEntity>,
  added: EntityMention[],
): string[] {
  const movementCountries = new Set(
    parties.flatMap((p) => {
      const org = organizations.get(p);
      return org?.kind === 'other' && org.country ? [org.country] : [];
    }),
  );
  if (movementCountries.size === 0) return [...parties];
  const out: string[] = [];
  for (const party of parties) {
    const army = movementCountries.has(party) ? armySide(state, resources, party) : null;
    if (!army || army.id === party) {
      if (!out.includes(party)) out.push(party);
      continue;
    }
    if (army.known) addKnownArmy(organizations, army.id, army.known);
    // "the Sudanese army" names the army that is now a side, not only its country.
    for (const phrase of army.phrases)
      if (!added.some((m) => m.start === phrase.start && m.id === army.id))
        added.push({ kind: 'org', id: army.id, via: 'reference', ...phrase });
    if (!out.includes(army.id)) out.push(army.id);
  }
  // The army itself is a movement of its country: it is no side of its own against itself.
  return out.length >= 2 ? out : [...parties];
}

/**
 * The army the gazetteer knows as an organization of the article: under its own name, or as the names of the army
 * the article calls otherwise ("the Sudanese Army" is the "Sudanese Armed Forces").
 */
function addKnownArmy(organizations: Map<string, OrgEntity>, id: string, known: KnownOrganization): void {
  const org = organizations.get(id);
  if (!org) {
    ensureOrganization(organizations, id, knownOrgFacts(known));
    return;
  }
  const aliases = new Set([...org.aliases, known.name, ...known.aliases]);
  aliases.delete(org.name);
  organizations.set(id, { ...org, aliases });
}

/** The army that stands for `country` in its deal with a movement of its own, if the article makes it the side. */
function armySide(state: ExtractState, resources: Resources, country: string): Army | null {
  const facts = armyFacts(state);
  if (facts.bareGovernment || facts.governments.has(country)) return null;
  const army = armyOf(state, resources, country);
  if (!army) return null;
  const phrases = facts.armies.get(country) ?? [];
  const named = state.mentions.some((m) => m.id === army.id);
  return named || phrases.length > 0 ? { ...army, phrases: named ? [] : phrases } : null;
}
