// Sorts the statement -> agreement links the extractor missed although it found both ends: the gold statement
// (right speaker, compatible quote) and the gold agreement. Pure: scripts/link-misses.ts reads files and prints.
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';
import type { GoldFile } from './gold-schema.ts';
import { normalizeName } from './normalize.ts';
import { createGoldResolver, createPredictionResolver, refsAgree } from './resolve.ts';
import { scoreAgreements } from './score-events.ts';
import { quoteMatches, statementLabel } from './score-statements.ts';

/** Why the link was not made, read from where the statement stands and what it was linked to instead. */
export type LinkMissGroup =
  | 'linked to a duplicate of the deal' // its target matched no gold agreement: a split or misnamed item
  | 'linked to another deal' // its target is another gold agreement: competing or wrong deal
  | 'deal named only after it'
  | 'deal named in its paragraph'
  | 'deal named in the paragraph before'
  | 'deal named further back';

export interface LinkMiss {
  group: LinkMissGroup;
  /** "speaker: quote -> gold agreement". */
  label: string;
  /** The predicted statement's sentence. */
  sentence: string;
  /** Names of the predicted agreements it was linked to instead. */
  linkedTo: string[];
}

/** Paragraph number of an offset: the segmenter starts a paragraph at every line break. */
function paragraphAt(text: string, at: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

export function linkMisses(gold: GoldFile, result: ExtractionResult): LinkMiss[] {
  const resolveGold = createGoldResolver(gold);
  const resolvePredicted = createPredictionResolver(result);
  const matching = scoreAgreements(gold.agreements, result, resolveGold, resolvePredicted).matching;
  const predictedOf = new Map(matching.pairs.map(([a, k]) => [a, k]));
  const matchedPredicted = new Set(matching.pairs.map(([, k]) => k));
  const goldIndex = (about: string): number => {
    const key = normalizeName(about);
    return gold.agreements.findIndex((a) => [a.name, ...a.aliases].some((n) => normalizeName(n) === key));
  };
  const predictedIndex = (about: string): number => {
    const key = normalizeName(about);
    return result.agreements.findIndex(
      (a) => a.id === about || [a.name, ...a.aliases].some((n) => normalizeName(n) === key),
    );
  };
  const misses: LinkMiss[] = [];
  for (const statement of gold.statements) {
    const speaker = resolveGold(statement.speaker);
    const found = result.statements.filter(
      (p) => refsAgree(speaker, resolvePredicted(p.speaker)) && quoteMatches(statement, p),
    );
    for (const a of new Set(statement.about.map(goldIndex).filter((i) => i >= 0))) {
      const k = predictedOf.get(a);
      const first = found[0];
      if (k === undefined || first === undefined) continue;
      if (found.some((p) => p.about.map(predictedIndex).includes(k))) continue;
      const linked = first.about.map(predictedIndex).filter((i) => i >= 0);
      const at = first.evidence.start;
      const earlier = (result.agreements[k]?.evidence ?? []).map((e) => e.start).filter((s) => s <= at);
      let group: LinkMissGroup;
      if (linked.length > 0)
        group = linked.some((i) => matchedPredicted.has(i))
          ? 'linked to another deal'
          : 'linked to a duplicate of the deal';
      else if (earlier.length === 0) group = 'deal named only after it';
      else {
        const gap = paragraphAt(result.text, at) - paragraphAt(result.text, Math.max(...earlier));
        group =
          gap === 0
            ? 'deal named in its paragraph'
            : gap === 1
              ? 'deal named in the paragraph before'
              : 'deal named further back';
      }
      misses.push({
        group,
        label: `${statementLabel(statement.speaker, statement.quote)} -> ${gold.agreements[a]?.name ?? '?'}`,
        sentence: first.evidence.sentence,
        linkedTo: linked.map((i) => result.agreements[i]?.name ?? '?'),
      });
    }
  }
  return misses;
}
