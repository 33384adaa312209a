// Scores coded events (issue #14) of one article: recall and per-category precision/recall, category accuracy
// and direction on matched events, and negation errors (a non-happening counted as happened). Pure.
// A predicted reciprocal act (a meeting, a signing) is one act whichever direction gold writes it in.
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';
import type { PloverCategory } from '../../src/domain/plover-codes.ts';
import type { GoldEvent, GoldFile } from './gold-schema.ts';
import { matchInTiers } from './matching.ts';

type Predicted = ExtractionResult['events'][number];

export interface CodedEventScore {
  gold: number;
  predicted: number;
  /** Gold events matched by an event between the same countries. */
  matched: number;
  /** ... of which with the right category. */
  categoryRight: number;
  /** Matched directed events whose source is gold's source. */
  directionRight: number;
  directed: number;
  /** Gold non-happenings predicted asserted, or gold happenings predicted not asserted. */
  modalityWrong: number;
  perCategory: Partial<Record<PloverCategory, { tp: number; fp: number; fn: number }>>;
  misses: string[];
  falsePositives: string[];
}

const COUNTRY = /^[A-Z]{3}$/;

function goldCountry(gold: GoldFile, ref: string | null): string | null {
  if (ref === null) return null;
  if (COUNTRY.test(ref)) return ref;
  return gold.persons.find((p) => p.name === ref || (p.aliases ?? []).includes(ref))?.country ?? null;
}

const RECIPROCAL = new Set(['meeting', 'agreement']);

/** One predicted event per act: the reverse copy of a reciprocal act is dropped. */
export function distinctActs(events: readonly Predicted[]): Predicted[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (!RECIPROCAL.has(e.from.kind)) return true;
    const pair = [e.sourceCountry ?? '', e.targetCountry ?? ''].sort().join('-');
    const key = `${e.from.id}|${e.category}|${pair}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const label = (e: { category: string; source: string | null; target: string | null }) =>
  `${e.category} ${e.source ?? '?'}->${e.target ?? '?'}`;

export function scoreCodedEvents(gold: GoldFile, result: ExtractionResult): CodedEventScore {
  const goldEvents = (gold.events ?? []).map((g: GoldEvent) => ({
    ...g,
    source: goldCountry(gold, g.source),
    target: goldCountry(gold, g.target),
  }));
  const predicted = distinctActs(result.events);
  const samePair = (g: (typeof goldEvents)[number], p: Predicted) => {
    const ends = [p.sourceCountry, p.targetCountry];
    if (g.target === null) return ends.includes(g.source);
    return ends.includes(g.source) && ends.includes(g.target) && g.source !== g.target;
  };
  const sameDirection = (g: (typeof goldEvents)[number], p: Predicted) =>
    p.sourceCountry === g.source && (g.target === null || p.targetCountry === g.target);
  const matching = matchInTiers(goldEvents, predicted, [
    (g, p) => sameDirection(g, p) && g.category === p.category && g.negated === (p.modality !== 'asserted'),
    (g, p) => samePair(g, p) && g.category === p.category && g.negated === (p.modality !== 'asserted'),
    (g, p) => samePair(g, p) && g.category === p.category,
    samePair,
  ]);
  const score: CodedEventScore = {
    gold: goldEvents.length,
    predicted: predicted.length,
    matched: matching.pairs.length,
    categoryRight: 0,
    directionRight: 0,
    directed: 0,
    modalityWrong: 0,
    perCategory: {},
    misses: matching.unmatchedGold.map((i) => label(goldEvents[i]!)),
    falsePositives: matching.unmatchedPredicted.map((j) => {
      const p = predicted[j]!;
      return `${label({ category: p.category, source: p.sourceCountry, target: p.targetCountry })} [${p.trigger}]`;
    }),
  };
  const bump = (category: PloverCategory, field: 'tp' | 'fp' | 'fn') => {
    const counts = (score.perCategory[category] ??= { tp: 0, fp: 0, fn: 0 });
    counts[field] += 1;
  };
  for (const [i, j] of matching.pairs) {
    const g = goldEvents[i]!;
    const p = predicted[j]!;
    if (g.category === p.category) {
      score.categoryRight += 1;
      bump(g.category, 'tp');
    } else {
      bump(g.category, 'fn');
      bump(p.category, 'fp');
    }
    if (g.negated !== (p.modality !== 'asserted')) score.modalityWrong += 1;
    if (!RECIPROCAL.has(p.from.kind) && g.target !== null) {
      score.directed += 1;
      if (p.sourceCountry === g.source) score.directionRight += 1;
    }
  }
  for (const i of matching.unmatchedGold) bump(goldEvents[i]!.category, 'fn');
  for (const j of matching.unmatchedPredicted) bump(predicted[j]!.category, 'fp');
  return score;
}

/** Sums article scores. */
export function sumCodedEvents(scores: readonly CodedEventScore[]): CodedEventScore {
  const total: CodedEventScore = {
    gold: 0,
    predicted: 0,
    matched: 0,
    categoryRight: 0,
    directionRight: 0,
    directed: 0,
    modalityWrong: 0,
    perCategory: {},
    misses: [],
    falsePositives: [],
  };
  for (const s of scores) {
    total.gold += s.gold;
    total.predicted += s.predicted;
    total.matched += s.matched;
    total.categoryRight += s.categoryRight;
    total.directionRight += s.directionRight;
    total.directed += s.directed;
    total.modalityWrong += s.modalityWrong;
    for (const [category, counts] of Object.entries(s.perCategory) as [
      PloverCategory,
      { tp: number; fp: number; fn: number },
    ][]) {
      const into = (total.perCategory[category] ??= { tp: 0, fp: 0, fn: 0 });
      into.tp += counts.tp;
      into.fp += counts.fp;
      into.fn += counts.fn;
    }
  }
  return total;
}
