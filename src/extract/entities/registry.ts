// Creates or updates entity records in the working state's maps, keeping the first-seen facts and filling gaps.
// Pure helpers over the state's maps (the state is owned by one extraction run).

import { placeId } from '../../domain/ids.ts';
import type { Gazetteer } from '../lexicon/build-gazetteer.ts';
import type { CountryEntity, ExtractState, OrgEntity, PersonEntity, PlaceEntity } from '../types.ts';
import type { KnownOrganization } from '../lexicon/known-organizations.ts';

export function ensureCountry(
  countries: Map<string, CountryEntity>,
  gazetteer: Gazetteer,
  id: string,
): CountryEntity | null {
  const known = countries.get(id);
  if (known) return known;
  const info = gazetteer.countries.get(id);
  if (!info) return null;
  const entity: CountryEntity = { id, name: info.name, aliases: info.aliases };
  countries.set(id, entity);
  return entity;
}

export function ensureOrganization(
  organizations: Map<string, OrgEntity>,
  id: string,
  fallback: Omit<OrgEntity, 'id' | 'aliases'> & { aliases?: readonly string[] },
): OrgEntity {
  const known = organizations.get(id);
  if (known) {
    known.country ??= fallback.country;
    return known;
  }
  const entity: OrgEntity = {
    id,
    name: fallback.name,
    aliases: new Set(fallback.aliases ?? []),
    kind: fallback.kind,
    country: fallback.country,
  };
  organizations.set(id, entity);
  return entity;
}

export function knownOrgFacts(
  org: KnownOrganization,
): Omit<OrgEntity, 'id' | 'aliases'> & { aliases: readonly string[] } {
  return { name: org.name, kind: org.kind, country: org.country, aliases: org.aliases };
}

export function ensurePerson(persons: Map<string, PersonEntity>, entity: PersonEntity): PersonEntity {
  const known = persons.get(entity.id);
  if (!known) {
    persons.set(entity.id, entity);
    return entity;
  }
  for (const alias of entity.aliases) known.aliases.add(alias);
  if (entity.titleFromText && !known.titleFromText) {
    known.title = entity.title;
    known.titleFromText = true;
    known.country = entity.country ?? known.country;
  }
  known.title ??= entity.title;
  known.country ??= entity.country;
  known.organization ??= entity.organization;
  return known;
}

export function ensurePlace(
  places: Map<string, PlaceEntity>,
  name: string,
  country: string | null,
): PlaceEntity {
  const id = placeId(name);
  const known = places.get(id);
  if (known) {
    known.country ??= country;
    return known;
  }
  const entity: PlaceEntity = { id, name, country };
  places.set(id, entity);
  return entity;
}

/** Copies the entity maps so a stage can add to them without touching the state it was given. */
export function cloneEntities(
  state: ExtractState,
): Pick<ExtractState, 'persons' | 'countries' | 'organizations' | 'places'> {
  return {
    persons: new Map(state.persons),
    countries: new Map(state.countries),
    organizations: new Map(state.organizations),
    places: new Map(state.places),
  };
}
