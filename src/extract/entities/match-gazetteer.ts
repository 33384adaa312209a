// Finds known names by longest match over word sequences: countries (names, alt spellings, demonyms, capitals,
// seats of power), known organizations, people and cities. Capitals after "in/at/to" are also places.

import {
  CAPITAL_LEAD_NOUNS,
  CITY_NAMED_MEETING_NOUNS,
  GROUP_NICKNAMES,
  LOCATION_PREPOSITION_WORDS,
  MINISTRY_COUNTRY_LINKS,
} from '../lexicon/entity-words.ts';
import { organizationId, personId } from '../../domain/ids.ts';
import type { GazEntry, Gazetteer } from '../lexicon/build-gazetteer.ts';
import { REGIONS_ENDING_IN_A_COUNTRY, SHARED_COUNTRY_NAMES } from '../lexicon/places.ts';
import { mergeMentions } from '../mention-index.ts';
import {
  cloneEntities,
  ensureCountry,
  ensureOrganization,
  ensurePerson,
  ensurePlace,
  knownOrgFacts,
} from './registry.ts';
import type { EntityMention, ExtractState, Resources, Word } from '../types.ts';
import { NAME_COMPOUND_PARTICIPLES } from '../lexicon/compound-words.ts';
import { foldName, nameParts } from './person-name-forms.ts';
import { isNameWord } from './person-context.ts';
import { factionAt, factionKeys } from './faction-names.ts';
import { FACILITY_HEADS, NAME_ARTICLES, ORG_SUFFIXES_AFTER_GOVERNMENT } from '../lexicon/word-lists.ts';

const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set([...ORG_SUFFIXES_AFTER_GOVERNMENT, ...FACILITY_HEADS]);

const LOCATION_PREPOSITIONS: ReadonlySet<string> = new Set(LOCATION_PREPOSITION_WORDS);
const MEETING_NOUNS_AFTER_CITY: ReadonlySet<string> = new Set(CITY_NAMED_MEETING_NOUNS);

/** A possessive "s" left in the gap between two capitalized words of one name ("People's Republic of China"). */
const POSSESSIVE_GAP = /^['’]s $/;

/**
 * Words i..j may form one phrase when only a space (or an abbreviation's dot, a hyphen, a plus) separates them, or a
 * possessive inside a name ("the People's Republic of China", "Lao People's Democratic Republic": the key drops the
 * "s" too).
 */
function joins(previous: Word, next: Word): boolean {
  return (
    next.gap === ' ' ||
    next.gap === '-' ||
    // A plus sign inside a grouping's name ("P5+1", "E3+3").
    next.gap === '+' ||
    (next.gap === '. ' && previous.text.length <= 3 && previous.cap) ||
    (POSSESSIVE_GAP.test(next.gap) && previous.cap && next.cap)
  );
}

export interface PhraseMatch {
  entry: GazEntry;
  first: number;
  last: number;
}

/** The entry a run of words spells, and the words that may go on from it (none: no longer phrase starts so). */
interface PhraseNode {
  entry: GazEntry | undefined;
  next: Map<string, PhraseNode> | null;
}

/**
 * The gazetteer's phrases as a tree of words, built once per gazetteer (immutable once built, so a WeakMap on it is
 * safe): a scan steps one Map lookup of a word's own text per word instead of building and hashing ever longer keys,
 * and a capitalized word that starts no phrase costs one lookup instead of two.
 */
const TREES = new WeakMap<Gazetteer, ReadonlyMap<string, PhraseNode>>();
function treeOf(gazetteer: Gazetteer): ReadonlyMap<string, PhraseNode> {
  const cached = TREES.get(gazetteer);
  if (cached) return cached;
  const tree = new Map<string, PhraseNode>();
  for (const [key, entry] of gazetteer.phrases) {
    let level = tree;
    let node: PhraseNode | undefined;
    for (const word of key.split(' ')) {
      if (node) level = node.next ??= new Map();
      node = level.get(word);
      if (!node) level.set(word, (node = { entry: undefined, next: null }));
    }
    if (node) node.entry = entry;
  }
  TREES.set(gazetteer, tree);
  return tree;
}

/** A lower-case Arabic article hyphened to a capitalized word ("al-Qaeda"): a name may start at the article. */
function articleOpensName(words: readonly Word[], i: number): boolean {
  // The set lookup first: this runs for every lower-case word.
  if (!NAME_ARTICLES.has(words[i]?.text ?? '')) return false;
  const next = words[i + 1];
  return next !== undefined && next.gap === '-' && next.cap;
}

/** Longest gazetteer phrase starting at word i, if any. */
export function longestMatch(words: readonly Word[], i: number, gazetteer: Gazetteer): PhraseMatch | null {
  const first = words[i];
  if (!first || !(first.cap || articleOpensName(words, i))) return null;
  let node = treeOf(gazetteer).get(first.text);
  if (!node) return null;
  let best = node.entry ? i : -1;
  let bestEntry = node.entry;
  for (let j = i + 1; j < words.length && node.next; j++) {
    const previous = words[j - 1] as Word;
    const next = words[j] as Word;
    if (!joins(previous, next)) break;
    node = node.next.get(next.text);
    if (!node) break;
    if (node.entry) {
      best = j;
      bestEntry = node.entry;
    }
  }
  return bestEntry ? { entry: bestEntry, first: i, last: best } : null;
}

/**
 * The country whose gazetteer phrase ends right before word `k`, not by its capital ("North Korea's", "Japanese
 * Foreign Minister"): the first of the three words before it a phrase starts at.
 */
export function countryBefore(words: readonly Word[], k: number, gazetteer: Gazetteer): string | null {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const match = longestMatch(words, j, gazetteer);
    if (match?.entry.kind === 'country' && match.last === k - 1 && match.entry.via !== 'capital')
      return match.entry.id;
  }
  return null;
}

/** Looked up for a ministry's next word: a Map, so a fresh word string needs no interning. */
const COUNTRY_LINKS: ReadonlyMap<string, { capital: boolean }> = new Map(
  Object.entries(MINISTRY_COUNTRY_LINKS),
);

/**
 * The country named right after a ministry's name that ends at word `last`, and the word it ends at: "the foreign
 * ministry of South Sudan", "the Foreign Ministry in Qatar", "the foreign ministry in Juba". Null when none follows.
 */
export function countryAfterMinistry(
  words: readonly Word[],
  last: number,
  gazetteer: Gazetteer,
): { id: string; last: number } | null {
  const link = words[last + 1];
  const linked = link?.gap === ' ' ? COUNTRY_LINKS.get(link.lower) : undefined;
  if (!linked) return null;
  let k = last + 2;
  if (words[k]?.lower === 'the' && !words[k]?.cap) k++;
  const match = longestMatch(words, k, gazetteer);
  const entry = match?.entry.kind === 'country' ? match.entry : null;
  const via = entry?.via;
  if (!match || !entry || (via !== 'name' && via !== 'alias' && (via !== 'capital' || !linked.capital)))
    return null;
  return { id: entry.id, last: match.last };
}

/** A country phrase directly after ", " ("Pyongyang, North Korea") gives a place its country. */
function countryAfter(words: readonly Word[], last: number, gazetteer: Gazetteer): string | null {
  const next = words[last + 1];
  if (!next || next.gap !== ', ') return null;
  const match = longestMatch(words, last + 1, gazetteer);
  return match?.entry.kind === 'country' && match.entry.via !== 'demonym' ? match.entry.id : null;
}

/**
 * The words with every "<Name>-<participle>" compound cut to its name ("Taliban-ruled" -> "Taliban", "North
 * Korea-backed" -> "North" "Korea"), so the name matches; the same array when there is none.
 */
function namesOfCompounds(words: readonly Word[]): readonly Word[] {
  let out: Word[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    // includes first: most words hold no hyphen, and V8's lastIndexOf is a slow runtime call.
    const hyphen = word.cap && word.text.includes('-') ? word.text.lastIndexOf('-') : -1;
    if (hyphen <= 0 || !NAME_COMPOUND_PARTICIPLES.has(word.lower.slice(hyphen + 1))) continue;
    out ??= [...words];
    const text = word.text.slice(0, hyphen);
    out[i] = { ...word, text, lower: text.toLowerCase(), end: word.start + hyphen };
  }
  return out ?? words;
}

const CAPITAL_LEADS: ReadonlySet<string> = new Set(CAPITAL_LEAD_NOUNS);
const NICKNAMES: ReadonlySet<string> = new Set(GROUP_NICKNAMES);

/**
 * "the SADC Organ Troika", "the Troika Summit", "the Troika + meeting": a group's nickname next to a capitalized word
 * (other than "The") or a plus sign is part of a longer name.
 */
function inLongerName(text: string, words: readonly Word[], first: number, name: string): boolean {
  if (!NICKNAMES.has(name)) return false;
  const before = words[first - 1];
  const after = words[first + 1];
  if (before?.cap && before.lower !== 'the' && words[first]?.gap === ' ') return true;
  if (after?.cap && after.gap === ' ') return true;
  return /^ ?\+/.test(text.slice(words[first]?.end ?? 0));
}

/** "the Doha talks", "since Berlin talks": a capital's name right before a meeting noun names where it sits. */
function namesMeeting(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  return next !== undefined && next.gap === ' ' && MEETING_NOUNS_AFTER_CITY.has(next.lower);
}

/** "the Ethiopian capital Addis Ababa", "the Angolan capital, Luanda", "the Swedish capital of Stockholm". */
function afterCapitalNoun(words: readonly Word[], first: number): boolean {
  const name = words[first];
  const before = words[first - 1];
  if (!name || !before) return false;
  if (CAPITAL_LEADS.has(before.lower)) return name.gap === ' ' || name.gap === ', ';
  return before.lower === 'of' && name.gap === ' ' && CAPITAL_LEADS.has(words[first - 2]?.lower ?? '');
}

/**
 * The name word after a known short name at `last` is no word of that person's name ("Kishida Fumio", "Marcos
 * Jr.") and starts no known name: the run names another person.
 */
function someoneElse(words: readonly Word[], last: number, name: string, resources: Resources): boolean {
  const next = words[last + 1];
  if (!next || next.gap !== ' ' || !isNameWord(next, resources.lexicon)) return false;
  // "the Obama Administration", "Trump Tower": a body or a building named after the person is no other person.
  if (resources.lexicon.orgSuffixes.has(next.text) || NAMED_AFTER_HEADS.has(next.text)) return false;
  const word = foldName(next.text);
  if (nameParts(name).some((part) => part.replace(/\.$/, '') === word)) return false;
  return longestMatch(words, last + 1, resources.gazetteer) === null;
}

const REGION_NAMES: ReadonlySet<string> = new Set(REGIONS_ENDING_IN_A_COUNTRY);

/** "Latin American leaders", "Central America's presidents": the country's name ends a region's, no country. */
function endsRegionName(text: string, words: readonly Word[], first: number, end: number): boolean {
  const before = words[first - 1];
  return before?.cap === true && words[first]?.gap === ' ' && REGION_NAMES.has(text.slice(before.start, end));
}

const SHARED_NAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SHARED_COUNTRY_NAMES));

/** The country a phrase's entry names by itself: a country, a city's or a known person's country. */
function entryCountry(entry: GazEntry): string | null {
  if (entry.kind === 'country' || entry.kind === 'city')
    return entry.kind === 'city' ? entry.country : entry.id;
  return entry.kind === 'person' ? (entry.person.country ?? null) : null;
}

/**
 * "Congo" in a story that names Kinshasa, Goma or "the DRC" and nothing of Brazzaville's state is the DRC: each
 * name two countries share (SHARED_COUNTRY_NAMES) read as the one of them the article names otherwise, if only one.
 */
function sharedNameReadings(
  text: string,
  words: readonly Word[],
  matches: readonly PhraseMatch[],
): ReadonlyMap<string, string> | null {
  const shared = [...SHARED_NAMES].filter(([name]) => text.includes(name));
  if (shared.length === 0) return null;
  const named = new Set<string>();
  for (const match of matches) {
    const country = entryCountry(match.entry);
    if (country && !(match.first === match.last && SHARED_NAMES.has(words[match.last]?.text ?? '')))
      named.add(country);
  }
  let readings: Map<string, string> | null = null;
  for (const [name, candidates] of shared) {
    const found = candidates.filter((id) => named.has(id));
    if (found.length === 1 && found[0]) (readings ??= new Map()).set(name, found[0]);
  }
  return readings;
}

export function matchGazetteer(state: ExtractState, resources: Resources): ExtractState {
  const { sentences } = state;
  const words = namesOfCompounds(state.words);
  const { gazetteer } = resources;
  const entities = cloneEntities(state);
  const added: EntityMention[] = [];
  // The longest matches left to right, each scan resuming after the last match: read once, for the shared names'
  // readings and for the mentions.
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = longestMatch(words, i, gazetteer);
    if (!found) continue;
    matches.push(found);
    i = found.last;
  }
  const readings = sharedNameReadings(state.text, words, matches);
  const startsKnown = (k: number): boolean => longestMatch(words, k, gazetteer) !== null;
  // Faction acronyms defined after their full names ("... Movement-In Opposition (SPLM-IO)"), to their ids.
  const factions = new Map<string, string>();
  for (const found of matches) {
    const reading =
      readings && found.first === found.last ? readings.get(words[found.first]?.text ?? '') : undefined;
    const match: PhraseMatch =
      reading && found.entry.kind === 'country'
        ? { ...found, entry: { ...found.entry, id: reading } }
        : found;
    const firstWord = words[match.first];
    const lastWord = words[match.last];
    if (!firstWord || !lastWord) continue;
    const start = firstWord.start;
    const end = lastWord.end;
    const sentence = firstWord.sentence;
    const ignored = sentences[sentence]?.ignored ?? false;
    const { entry } = match;
    if (entry.kind === 'org') {
      // "Mohammed Ali al-Houthi", "al-Houthi said": a name the Arabic article is hyphened to is a family name
      // (an organization spelled with its article, "Al-Qaeda", matches from the article itself).
      if (firstWord.gap === '-' && NAME_ARTICLES.has(words[match.first - 1]?.lower ?? '')) continue;
      if (inLongerName(state.text, words, match.first, entry.org.name)) continue;
      const faction = factionAt(words, state.text, match.first, match.last, entry.org, startsKnown);
      const defined = faction
        ? factionKeys(faction.name)
            .map((key) => factions.get(key))
            .find(Boolean)
        : undefined;
      // "... Council of Foreign Ministers (OIC-CFM)": an acronym in brackets after a name no faction rule found is
      // that name's, left to the organization finder.
      const bracketed =
        firstWord.gap.endsWith('(') && words[(faction?.last ?? 0) + 1]?.gap.startsWith(')') === true;
      if (faction && (defined || !bracketed)) {
        const id = defined ?? organizationId(faction.name);
        const { kind, country } = entry.org;
        const org = ensureOrganization(entities.organizations, id, { name: faction.name, kind, country });
        if (faction.acronym) {
          org.aliases.add(faction.acronym);
          for (const key of factionKeys(faction.acronym)) factions.set(key, id);
        }
        added.push({ kind: 'org', id, start, end: words[faction.last]?.end ?? end, sentence, via: 'name' });
        continue;
      }
      // Organizations count even in credits ("(TASS/Yonhap)"): they are named, just not speaking.
      ensureOrganization(entities.organizations, entry.id, knownOrgFacts(entry.org));
      added.push({ kind: 'org', id: entry.id, start, end, sentence, via: 'name' });
      continue;
    }
    if (ignored) continue;
    const before = words[match.first - 1];
    const located =
      (before !== undefined &&
        before.gap !== '\n' &&
        LOCATION_PREPOSITIONS.has(before.lower) &&
        firstWord.gap === ' ') ||
      afterCapitalNoun(words, match.first);
    if (entry.kind === 'person') {
      // "Yoon Young-chan", "Dar Ahmad Khan": a known person's surname alone, run on by a name word no other known
      // name starts, is the first word of someone else's full name.
      if (entry.via === 'short' && someoneElse(words, match.last, entry.person.name, resources)) continue;
      const person = entry.person;
      ensurePerson(entities.persons, {
        id: entry.id,
        name: person.name,
        aliases: new Set(
          entry.via === 'name' && firstWord.text !== person.name ? [state.text.slice(start, end)] : [],
        ),
        title: person.title,
        country: person.country,
        organization: null,
        titleFromText: false,
      });
      added.push({
        kind: 'person',
        id: personId(person.name),
        start,
        end,
        sentence,
        via: entry.via === 'short' ? 'short' : 'name',
      });
    } else if (entry.kind === 'city') {
      const place = ensurePlace(entities.places, entry.name, entry.country);
      added.push({ kind: 'place', id: place.id, start, end, sentence, via: 'place' });
    } else {
      if (endsRegionName(state.text, words, match.first, end)) continue;
      if (!ensureCountry(entities.countries, gazetteer, entry.id)) continue;
      added.push({ kind: 'country', id: entry.id, start, end, sentence, via: entry.via });
      if (
        entry.via === 'capital' &&
        (located || countryAfter(words, match.last, gazetteer) || namesMeeting(words, match.last))
      ) {
        const place = ensurePlace(entities.places, state.text.slice(start, end), entry.id);
        added.push({ kind: 'place', id: place.id, start, end, sentence, via: 'place' });
      }
    }
  }
  return { ...state, ...entities, mentions: mergeMentions(state.mentions, added) };
}
