// Turns the strings that point at entities (speakers, participants, parties, signatories) into comparable keys.
// Predicted results may use ids ("person:vladimir-putin", "org:nato", "RUS") or names; gold uses names and ISO ids.
import worldCountries, { type Country } from 'world-countries';
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';
import type { GoldFile } from './gold-schema.ts';
import { acronym, normalizeName } from './normalize.ts';

export interface Ref {
  /** Readable name for reports. */
  readonly label: string;
  /** Normalized names, aliases, acronyms and ids; two refs agree when their keys intersect. */
  readonly keys: ReadonlySet<string>;
}

export type Resolve = (reference: string) => Ref;

const COUNTRY_ID = /^[A-Z]{3}$/;
const TYPED_ID = /^(person|org|place|country|agreement|meeting|statement):(.+)$/;

// world-countries ships CommonJS typings for an ESM default export: under NodeNext, TypeScript types the default
// import as the module namespace while the runtime hands over the array. Accept either shape.
const countries: readonly Country[] = Array.isArray(worldCountries)
  ? (worldCountries as readonly Country[])
  : ((worldCountries as unknown as { default: readonly Country[] }).default ?? []);

/** ISO alpha-3 id -> the id plus the country's common and official names and usual alternative spellings. */
const COUNTRY_KEYS = new Map<string, string[]>(
  countries.map((country) => [
    country.cca3,
    [...keysOf([country.cca3, country.name.common, country.name.official, ...country.altSpellings])],
  ]),
);

export function refsAgree(a: Ref, b: Ref): boolean {
  for (const key of a.keys) if (b.keys.has(key)) return true;
  return false;
}

/** Normalized keys of a set of names; organizations also get their acronyms ("European Union" -> "eu"). */
export function keysOf(names: readonly string[], withAcronyms = false): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const key = normalizeName(name);
    if (key !== '') keys.add(key);
    if (withAcronyms && name.trim().includes(' ')) {
      const short = acronym(name);
      if (short.length >= 2) keys.add(short);
    }
  }
  return keys;
}

function countryRef(id: string, extraNames: readonly string[] = []): Ref {
  return {
    label: id,
    keys: new Set([...(COUNTRY_KEYS.get(id) ?? [id.toLowerCase()]), ...keysOf(extraNames)]),
  };
}

interface Named {
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
}

function findByName<T extends Named>(items: readonly T[], key: string): T | undefined {
  return items.find((item) =>
    [item.name, ...(item.aliases ?? [])].some((name) => normalizeName(name) === key),
  );
}

/** Resolves references inside a predicted ExtractionResult through its own persons, organizations and countries. */
export function createPredictionResolver(result: ExtractionResult): Resolve {
  return (reference) => {
    const person = result.persons.find((p) => p.id === reference);
    if (person) return { label: person.name, keys: keysOf([person.name, ...person.aliases]) };
    const org = result.organizations.find((o) => o.id === reference);
    if (org) return { label: org.name, keys: keysOf([org.name, ...org.aliases], true) };
    const country = result.countries.find((c) => c.id === reference || `country:${c.id}` === reference);
    if (country) return countryRef(country.id, [country.name, ...country.aliases]);
    if (COUNTRY_ID.test(reference)) return countryRef(reference);

    const typed = TYPED_ID.exec(reference);
    if (typed?.[2]) {
      const name = typed[2].replace(/-/g, ' ');
      return { label: reference, keys: keysOf([name], typed[1] === 'org') };
    }
    const key = normalizeName(reference);
    const byName = findByName(result.persons, key) ?? findByName(result.organizations, key);
    if (byName) return { label: byName.name, keys: keysOf([byName.name, ...(byName.aliases ?? [])], true) };
    const countryByName = result.countries.find((c) =>
      [c.name, ...c.aliases].some((n) => normalizeName(n) === key),
    );
    if (countryByName) return countryRef(countryByName.id, [countryByName.name, ...countryByName.aliases]);
    return { label: reference, keys: keysOf([reference], true) };
  };
}

/** Resolves gold references: person and organization names expand to their gold aliases, ISO ids to country names. */
export function createGoldResolver(gold: GoldFile): Resolve {
  return (reference) => {
    if (COUNTRY_ID.test(reference)) return countryRef(reference);
    const key = normalizeName(reference);
    const person = findByName(gold.persons, key);
    if (person) return { label: person.name, keys: keysOf([person.name, ...(person.aliases ?? [])]) };
    const org = findByName(gold.organizations, key);
    if (org) return { label: org.name, keys: keysOf([org.name, ...(org.aliases ?? [])], true) };
    return { label: reference, keys: keysOf([reference], true) };
  };
}
