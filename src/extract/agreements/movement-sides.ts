// The sides of a truce named after a country's armed movements, where the deal's own words name only the country: the
// warring sides of a war the story names ("Sudan's two warring factions agreed on a new ceasefire" is a deal of the
// armed bodies the article names in that war, not of Sudan), read before the army step; and the one movement a
// country's truce or peace deal is made with ("Colombia and the Revolutionary Armed Forces of Colombia signed a
// ceasefire" is a deal of both), read after it.

import {
  ARMED_MOVEMENT_HEAD_JOINERS,
  ARMED_MOVEMENT_HEADS,
  GOVERNMENT_COUNTERPART_FILLERS,
  GOVERNMENT_COUNTERPART_KINDS,
  GOVERNMENT_SIDE_NOUNS,
  SIGNED_SIDE_LINKS,
} from '../lexicon/agreement-mention-words.ts';
import { PARTY_VERB_WORDS } from '../lexicon/agreement-act-words.ts';
import { ARMED_FORCES_NAMES } from '../lexicon/word-lists.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState, OrgEntity, Resources, Word } from '../types.ts';
import { peaceDeal } from './home-war-sides.ts';
import type { Cluster } from './agreement-facts.ts';
import { warringCountries } from './warring-sides.ts';

const HEADS: ReadonlySet<string> = new Set(ARMED_MOVEMENT_HEADS);
const HEAD_JOINERS: ReadonlySet<string> = new Set(ARMED_MOVEMENT_HEAD_JOINERS);
const STATE_ARMY_NAMES: ReadonlySet<string> = new Set(ARMED_FORCES_NAMES.map((n) => n.toLowerCase()));
/** Words that join a country's name to its army's ("Armed Forces of the Philippines"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the']);
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(GOVERNMENT_SIDE_NOUNS);
const COUNTERPART_FILLERS: ReadonlySet<string> = new Set(GOVERNMENT_COUNTERPART_FILLERS);
const COUNTERPART_KINDS: ReadonlySet<string> = new Set(GOVERNMENT_COUNTERPART_KINDS);
/** How many filler words may stand between "and" and the movement's name ("the rebels of the"). */
const COUNTERPART_REACH = 4;
const PARTY_VERBS: ReadonlySet<string> = new Set(PARTY_VERB_WORDS);
const SIDE_LINKS: ReadonlySet<string> = new Set(SIGNED_SIDE_LINKS);
/** How many words may stand between a movement's name and its verb ("the Forces for ... (FNL) rebels, signed"). */
const MOVEMENT_VERB_REACH = 6;
/** More armed bodies of one country than a two-sided war has: the article does not say which of them agreed. */
const MAX_SIDES = 2;

/** A body of the country's own rule ("the Transitional Government of National Unity") is the country, no movement. */
const isGovernment = (org: OrgEntity): boolean =>
  org.name
    .toLowerCase()
    .split(' ')
    .some((word) => GOVERNMENT_NOUNS.has(word));

/**
 * Whether an organization is an armed movement of `country` rather than its state's army: its name ends in an armed
 * head word or holds one before "of" or "for" ("Free Syrian Army", "Revolutionary Armed Forces of Colombia", "Forces
 * for National Liberation"), and is more than the country's name around a state army's ("Sudanese Armed Forces",
 * "Armed Forces of Ukraine"). The gazetteer may read it as a party ("Ogaden National Liberation Front") and give it no
 * country: rebels rarely have one of their own, so such a movement counts where the story has it sign or agree.
 */
function armedMovementOf(
  state: ExtractState,
  org: OrgEntity,
  country: string,
  resources: Resources,
  sentences: ReadonlySet<number>,
): boolean {
  if (!COUNTERPART_KINDS.has(org.kind) || (org.country !== null && org.country !== country)) return false;
  const words = org.name.toLowerCase().split(/\s+/);
  const joiner = words.findIndex((w) => HEAD_JOINERS.has(w));
  const head = words[(joiner > 0 ? joiner : words.length) - 1] ?? '';
  if (!HEADS.has(head)) return false;
  const info = resources.gazetteer.countries.get(country);
  const countryWords = new Set(
    [info?.name ?? '', ...(info?.aliases ?? []), ...(info?.demonyms ?? [])].flatMap((n) =>
      n.toLowerCase().split(/\s+/),
    ),
  );
  const rest = words.filter((w) => !countryWords.has(w) && !NAME_JOINERS.has(w)).join(' ');
  if (STATE_ARMY_NAMES.has(rest)) return false;
  // A movement of no country may be one the truce leaves out ("the truce excludes the Nusra Front"): only one the
  // story has sign or agree, or a sentence of the deal has the country sign with, is a side.
  return org.country !== null || signsOrAgrees(state, org.id) || signedWith(state, org.id, sentences);
}

/**
 * Whether a sentence of the deal names the organization after a party verb and "with" or "by" ("the government
 * signed the accord with Ali Musa of the Renewal Movement", "the accord was signed in Libreville by the rebels' main
 * force, the Popular Army"): the side the nearest party verb before it was signed with or by.
 */
function signedWith(state: ExtractState, orgId: string, sentences: ReadonlySet<number>): boolean {
  const { words } = state;
  for (const mention of state.mentions) {
    if (mention.kind !== 'org' || mention.id !== orgId || !sentences.has(mention.sentence)) continue;
    let linkSeen = false;
    for (let at = wordIndexAt(words, mention.start) - 1; at >= 0; at--) {
      const word = words[at] as Word;
      if (word.sentence !== mention.sentence) break;
      if (SIDE_LINKS.has(word.lower)) linkSeen = true;
      // The nearest party verb before it: an earlier clause's verb signed something else.
      else if (PARTY_VERBS.has(word.lower)) {
        if (linkSeen) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * Whether a mention of the organization is the subject of a party verb, with nothing but its acronym, punctuation and
 * words like "rebels" between ("the Ogaden National Liberation Front agreed", "the Forces for National Liberation
 * (FNL) rebels, signed"): "had not signed" or "is not part of" say it did not.
 */
function signsOrAgrees(state: ExtractState, orgId: string): boolean {
  const { words } = state;
  for (const mention of state.mentions) {
    if (mention.kind !== 'org' || mention.id !== orgId) continue;
    let at = wordIndexAt(words, mention.start);
    while ((words[at]?.start ?? Infinity) < mention.end) at++;
    for (let reach = 0; reach < MOVEMENT_VERB_REACH; reach++, at++) {
      const word = words[at];
      if (word === undefined || word.sentence !== mention.sentence) break;
      if (PARTY_VERBS.has(word.lower)) return true;
      const passable = !/[a-z]/.test(word.lower) || word.text === word.text.toUpperCase();
      if (!passable && !COUNTERPART_FILLERS.has(word.lower)) break;
    }
  }
  return false;
}

/** Whether a mention of the organization stands in one of the sentences. */
function namedIn(state: ExtractState, orgId: string, sentences: ReadonlySet<number>): boolean {
  return state.mentions.some((m) => m.kind === 'org' && m.id === orgId && sentences.has(m.sentence));
}

/**
 * The organizations a sentence of the deal sets beside "the government" with "and" ("South Sudan's government and the
 * rebels of the National Salvation Front announced the signing of a ceasefire"): the movement the deal is made with,
 * though the gazetteer may not know it. Another sentence's pair may have made another deal of the story.
 */
function governmentCounterparts(state: ExtractState, sentences: ReadonlySet<number>): ReadonlySet<string> {
  const { words } = state;
  const out = new Set<string>();
  for (const mention of state.mentions) {
    if (mention.kind !== 'org') continue;
    const kind = state.organizations.get(mention.id)?.kind;
    if (kind === undefined || !COUNTERPART_KINDS.has(kind)) continue;
    const first = wordIndexAt(words, mention.start);
    const sentence = words[first]?.sentence;
    if (sentence === undefined || !sentences.has(sentence)) continue;
    let at = first - 1;
    while (first - at <= COUNTERPART_REACH && COUNTERPART_FILLERS.has(words[at]?.lower ?? '')) at--;
    const and = words[at];
    const noun = words[at - 1];
    if (and?.lower === 'and' && noun?.sentence === sentence && GOVERNMENT_NOUNS.has(noun.lower))
      out.add(mention.id);
  }
  return out;
}

/**
 * A truce or peace deal whose only side is a country, in a story that names one armed movement of that country: the
 * movement is the other side; so is the one organization a sentence of the deal sets beside "the government" ("the
 * government and the rebels of the National Salvation Front signed a ceasefire"). Two or more movements leave the
 * deal as it was, the story not saying which of them agreed; a known agreement keeps its data's parties.
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
  const sentences = new Set(cluster.mentions.map((m) => m.sentence));
  const movements = [...state.organizations.values()].filter((org) =>
    armedMovementOf(state, org, country, resources, sentences),
  );
  // The one movement a sentence of the deal sets beside "the government" names the deal's own sides, whatever other
  // movements the story names.
  const counterparts = governmentCounterparts(state, sentences);
  if (counterparts.size === 1) return [country, ...counterparts];
  if (movements.length === 1) return [country, (movements[0] as OrgEntity).id];
  // Several movements: the one a sentence of the deal names ("signed the accord with X of the Y Movement"), the
  // others being movements of other deals of the story.
  const named = movements.filter((org) => namedIn(state, org.id, sentences));
  return named.length === 1 ? [country, (named[0] as OrgEntity).id] : parties;
}

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
