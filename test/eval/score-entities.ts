// Scores the entity categories of one article: persons, countries and organizations, plus the person fields
// (title, country) and the byline, which must become authors and never persons.
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';
import { emptyCategory, emptyField, recordField, type CategoryScore, type FieldScore } from './counts.ts';
import type { GoldFile, GoldPerson } from './gold-schema.ts';
import { matchOneToOne } from './matching.ts';
import { normalizeName } from './normalize.ts';
import { keysOf } from './resolve.ts';

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/** Titles agree when the words of one are all in the other ("President" and "Russian President"). */
export function titlesAgree(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = normalizeName(gold).split(' ').filter(Boolean);
  const p = normalizeName(predicted).split(' ').filter(Boolean);
  const [small, large] = g.length <= p.length ? [g, new Set(p)] : [p, new Set(g)];
  return small.length > 0 && small.every((word) => large.has(word));
}

export interface PersonScore {
  category: CategoryScore;
  title: FieldScore;
  country: FieldScore;
}

export function scorePersons(gold: readonly GoldPerson[], result: ExtractionResult): PersonScore {
  const goldKeys = gold.map((p) => keysOf([p.name, ...(p.aliases ?? [])]));
  const predKeys = result.persons.map((p) => keysOf([p.name, ...p.aliases]));
  const matching = matchOneToOne(goldKeys, predKeys, intersects);
  const title: FieldScore = emptyField();
  const country: FieldScore = emptyField();
  for (const [i, j] of matching.pairs) {
    const g = gold[i];
    const p = result.persons[j];
    if (!g || !p) continue;
    recordField(title, titlesAgree(g.title, p.title), g.name, g.title, p.title);
    recordField(country, g.country === p.country, g.name, g.country, p.country);
  }
  return {
    category: {
      tp: matching.pairs.length,
      fp: matching.unmatchedPredicted.length,
      fn: matching.unmatchedGold.length,
      misses: matching.unmatchedGold.map((i) => gold[i]?.name ?? '?'),
      falsePositives: matching.unmatchedPredicted.map((j) => result.persons[j]?.name ?? '?'),
    },
    title,
    country,
  };
}

export function scoreCountries(gold: readonly string[], result: ExtractionResult): CategoryScore {
  const goldIds = new Set(gold);
  const predIds = new Set(result.countries.map((c) => c.id));
  const score = emptyCategory();
  for (const id of goldIds) {
    if (predIds.has(id)) score.tp += 1;
    else score.misses.push(id);
  }
  for (const id of predIds) if (!goldIds.has(id)) score.falsePositives.push(id);
  score.fn = score.misses.length;
  score.fp = score.falsePositives.length;
  return score;
}

export function scoreOrganizations(gold: GoldFile['organizations'], result: ExtractionResult): CategoryScore {
  const goldKeys = gold.map((o) => keysOf([o.name, ...(o.aliases ?? [])], true));
  const predKeys = result.organizations.map((o) => keysOf([o.name, ...o.aliases], true));
  const matching = matchOneToOne(goldKeys, predKeys, intersects);
  return {
    tp: matching.pairs.length,
    fp: matching.unmatchedPredicted.length,
    fn: matching.unmatchedGold.length,
    misses: matching.unmatchedGold.map((i) => gold[i]?.name ?? '?'),
    falsePositives: matching.unmatchedPredicted.map((j) => result.organizations[j]?.name ?? '?'),
  };
}

/** The byline is right when the author sets are equal after name normalization. */
export function authorsAgree(gold: readonly string[], predicted: readonly string[]): boolean {
  const g = new Set(gold.map(normalizeName));
  const p = new Set(predicted.map(normalizeName));
  return g.size === p.size && [...g].every((name) => p.has(name));
}
