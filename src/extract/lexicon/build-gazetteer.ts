// Builds the phrase gazetteer once: countries (names, alt spellings, demonyms, capitals, seats) from world-countries,
// plus known organizations, people and cities. Keys are word sequences as tokenize-words splits them.

import worldCountries, { type Country } from 'world-countries';
import { organizationId, personId } from '../../domain/ids.ts';
import { buildAgreementIndex, type AgreementIndex } from './build-agreement-index.ts';
import { KNOWN_ORGANIZATIONS, type KnownOrganization } from './known-organizations.ts';
import { KNOWN_OUTLETS } from './known-outlets.ts';
import { KNOWN_WORLD_ORGANIZATIONS } from './known-organizations-world.ts';
import { KNOWN_PEOPLE, type KnownPerson } from './known-people.ts';
import { KNOWN_PEOPLE_REGIONAL } from './known-people-regional.ts';
import { COUNTRY_SEATS, KNOWN_CITIES, SHARED_COUNTRY_NAMES } from './places.ts';
import { splitWords } from '../text/tokenize-words.ts';

// world-countries is CommonJS whose module.exports is the array; its typings declare an ES default export, which
// TypeScript under NodeNext reads as the module object. At runtime the default import is the array.
// Sovereign UN members first, so a shared demonym ("American") or capital goes to the state, not a territory.
const countries = [...(worldCountries as unknown as readonly Country[])].sort(
  (a, b) => Number(b.unMember) - Number(a.unMember),
);

export type CountryVia = 'name' | 'alias' | 'demonym' | 'capital' | 'seat';

export type GazEntry =
  | { kind: 'country'; id: string; via: CountryVia }
  | { kind: 'org'; id: string; org: KnownOrganization }
  | { kind: 'person'; id: string; person: KnownPerson; via: 'name' | 'short' }
  | { kind: 'city'; name: string; country: string };

export interface CountryInfo {
  id: string;
  name: string;
  aliases: string[];
  demonyms: string[];
}

export interface Gazetteer {
  phrases: ReadonlyMap<string, GazEntry>;
  /** Every proper word-prefix of a phrase, so matching stops as soon as no phrase can continue. */
  prefixes: ReadonlySet<string>;
  maxWords: number;
  countries: ReadonlyMap<string, CountryInfo>;
  /** Lower-case demonym -> country id, for "the Russian leader". */
  demonyms: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, KnownPerson>;
  organizations: ReadonlyMap<string, KnownOrganization>;
  /** Well-known agreements by name, alias and parties. */
  agreements: AgreementIndex;
}

// Short codes that are words or too ambiguous in running text; the listed ones are common in news.
const SHORT_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'PRC', 'DPRK', 'ROK', 'DRC']);
// Capitals that are also common names or other places ("Victoria", "Kingston").
const AMBIGUOUS_CAPITALS = new Set([
  'Victoria',
  'Kingston',
  'Georgetown',
  'Hamilton',
  'Jamestown',
  'Plymouth',
  'The Valley',
  'Saint',
  'City of Victoria',
  'Avarua',
  'King Edward Point',
  'Adamstown',
  'Washington D.C.',
  "St. George's",
  'Kingstown',
  'Castries',
]);
const LATIN = /^[\p{Script=Latin}\s'’.-]+$/u;
/**
 * Codes news data writes otherwise than world-countries: Kosovo has no ISO 3166 code, and the user-assigned XKX
 * (EU, IMF, World Bank usage, and our gold) stands for it where world-countries writes UNK.
 */
const COUNTRY_CODES: Record<string, string> = { UNK: 'XKX' };
const countryCode = (cca3: string): string => COUNTRY_CODES[cca3] ?? cca3;
const EXTRA_CAPITALS: Record<string, string> = { Washington: 'USA', 'Washington D.C.': 'USA', Kyiv: 'UKR' };
const EXTRA_DEMONYMS: Record<string, string> = {
  Philippine: 'PHL',
  Saudi: 'SAU',
  Emirati: 'ARE',
  Bosnian: 'BIH',
  Kosovar: 'XKX',
};
/**
 * English news usage where world-countries has older or rarer forms (Kazakhstani, Tadzhik, Kirghiz, Uzbekistani): these come
 * first, so a name built from a country ("Kazakh presidential press service") uses them.
 */
const NEWS_DEMONYMS: Record<string, string> = {
  Kazakh: 'KAZ',
  Tajik: 'TJK',
  Kyrgyz: 'KGZ',
  Uzbek: 'UZB',
  // world-countries writes Maldivan, Djibouti, Comoran and Cape Verdian.
  Maldivian: 'MDV',
  Djiboutian: 'DJI',
  Comorian: 'COM',
  'Cape Verdean': 'CPV',
  'Cabo Verdean': 'CPV',
};
// "Republic of Congo" without "the" is Brazzaville's state; "Democratic Republic of Congo" is matched whole first.
const EXTRA_ALIASES: Record<string, string> = {
  ROK: 'KOR',
  PRC: 'CHN',
  'Korea, North': 'PRK',
  'Republic of Congo': 'COG',
  // News' short form for the Central African Republic ("the CAR government"), as DRC is for the Congo.
  CAR: 'CAF',
  // Headline short forms ("S. Sudan government and rebels sign ceasefire"): without them "Sudan" alone is read.
  'S. Sudan': 'SSD',
  'S.Sudan': 'SSD',
};

/** Phrase key as the word splitter sees it: "U.S." and "U.S" give the same key. */
export function phraseKey(phrase: string): string {
  return splitWords(phrase)
    .map((word) => word.text)
    .join(' ');
}

export function buildGazetteer(): Gazetteer {
  const phrases = new Map<string, GazEntry>();
  let maxWords = 1;
  // First writer wins, so entries are added from most to least reliable.
  const prefixes = new Set<string>();
  const add = (phrase: string, entry: GazEntry): void => {
    const key = phraseKey(phrase);
    if (key === '' || phrases.has(key)) return;
    phrases.set(key, entry);
    const parts = key.split(' ');
    for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
    maxWords = Math.max(maxWords, key.split(' ').length);
  };

  const countryInfo = new Map<string, CountryInfo>();
  const demonyms = new Map<string, string>();
  for (const country of countries) {
    const aliases = [country.name.official, ...country.altSpellings].filter(
      (alias) =>
        alias !== country.name.common && LATIN.test(alias) && (alias.length > 3 || SHORT_ALIASES.has(alias)),
    );
    const names = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => Boolean(d));
    countryInfo.set(countryCode(country.cca3), {
      id: countryCode(country.cca3),
      name: country.name.common,
      aliases: [...new Set(aliases)],
      demonyms: [...new Set(names)],
    });
  }
  for (const info of countryInfo.values()) add(info.name, { kind: 'country', id: info.id, via: 'name' });
  for (const info of countryInfo.values())
    for (const alias of info.aliases) add(alias, { kind: 'country', id: info.id, via: 'alias' });
  for (const [alias, id] of Object.entries(EXTRA_ALIASES)) add(alias, { kind: 'country', id, via: 'alias' });
  for (const [seat, id] of Object.entries(COUNTRY_SEATS)) add(seat, { kind: 'country', id, via: 'seat' });

  const organizations = new Map<string, KnownOrganization>();
  for (const org of [...KNOWN_ORGANIZATIONS, ...KNOWN_WORLD_ORGANIZATIONS, ...KNOWN_OUTLETS]) {
    const id = organizationId(org.name);
    organizations.set(id, org);
    for (const name of [org.name, ...org.aliases]) add(name, { kind: 'org', id, org });
  }
  const people = new Map<string, KnownPerson>();
  for (const person of [...KNOWN_PEOPLE, ...KNOWN_PEOPLE_REGIONAL]) {
    const id = personId(person.name);
    people.set(id, person);
    for (const name of [person.name, ...(person.variants ?? [])])
      add(name, { kind: 'person', id, person, via: 'name' });
  }
  for (const person of [...KNOWN_PEOPLE, ...KNOWN_PEOPLE_REGIONAL])
    for (const name of person.short ?? [])
      add(name, { kind: 'person', id: personId(person.name), person, via: 'short' });

  for (const [capital, id] of Object.entries(EXTRA_CAPITALS))
    add(capital, { kind: 'country', id, via: 'capital' });
  for (const country of countries) {
    if (!country.unMember && !['TWN', 'PSE', 'UNK'].includes(country.cca3)) continue;
    for (const capital of country.capital)
      if (!AMBIGUOUS_CAPITALS.has(capital))
        add(capital, { kind: 'country', id: countryCode(country.cca3), via: 'capital' });
  }
  for (const city of KNOWN_CITIES) add(city.name, { kind: 'city', name: city.name, country: city.country });
  for (const [demonym, id] of Object.entries(EXTRA_DEMONYMS)) {
    countryInfo.get(id)?.demonyms.push(demonym);
  }
  for (const [demonym, id] of Object.entries(NEWS_DEMONYMS)) countryInfo.get(id)?.demonyms.unshift(demonym);
  for (const info of countryInfo.values()) {
    for (const demonym of info.demonyms) {
      add(demonym, { kind: 'country', id: info.id, via: 'demonym' });
      if (!demonyms.has(demonym.toLowerCase())) demonyms.set(demonym.toLowerCase(), info.id);
    }
  }
  // A name two countries share means the first of them unless the article names the other (match-gazetteer).
  for (const [name, [id]] of Object.entries(SHARED_COUNTRY_NAMES)) {
    const entry = phrases.get(name);
    if (id && entry?.kind === 'country') phrases.set(name, { ...entry, id });
  }
  return {
    phrases,
    prefixes,
    maxWords,
    countries: countryInfo,
    demonyms,
    people,
    organizations,
    agreements: buildAgreementIndex(),
  };
}
