// Scores the statements of one article: by speaker (a multiset), by speaker and quote, and the
// statement-agreement links. Split or partial quotes match by containment; reported speech must stay indirect.
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';
import { emptyField, recordField, type CategoryScore, type FieldScore } from './counts.ts';
import type { GoldAgreement, GoldStatement } from './gold-schema.ts';
import { matchOneToOne, type Matching } from './matching.ts';
import { normalizeName, quotesOverlap } from './normalize.ts';
import { refsAgree, type Resolve } from './resolve.ts';

type PredictedStatement = ExtractionResult['statements'][number];

export interface StatementScore {
  bySpeaker: CategoryScore;
  bySpeakerQuote: CategoryScore;
  links: CategoryScore;
  channel: FieldScore;
  /** Predicted pieces of a quote already credited (a split quote's second half, a quote repeated in the deck). */
  redundant: string[];
}

export function statementLabel(speaker: string, quote: string | null): string {
  if (quote === null) return `${speaker} (reported)`;
  const short = quote.length > 70 ? `${quote.slice(0, 67)}...` : quote;
  return `${speaker}: "${short}"`;
}

/** Gold quote null means reported speech: the prediction must be indirect. Otherwise the quotes must overlap. */
export function quoteMatches(gold: GoldStatement, predicted: PredictedStatement): boolean {
  if (gold.quote === null) return !predicted.direct;
  return predicted.quote !== null && quotesOverlap(gold.quote, predicted.quote);
}

function category(matching: Matching, goldLabels: string[], predLabels: string[]): CategoryScore {
  return {
    tp: matching.pairs.length,
    fp: matching.unmatchedPredicted.length,
    fn: matching.unmatchedGold.length,
    misses: matching.unmatchedGold.map((i) => goldLabels[i] ?? '?'),
    falsePositives: matching.unmatchedPredicted.map((j) => predLabels[j] ?? '?'),
  };
}

interface LinkInputs {
  goldAgreements: readonly GoldAgreement[];
  result: ExtractionResult;
  agreementMatching: Matching;
}

function goldAgreementIndex(about: string, agreements: readonly GoldAgreement[]): number {
  const key = normalizeName(about);
  return agreements.findIndex((a) => [a.name, ...a.aliases].some((name) => normalizeName(name) === key));
}

function predictedAgreementIndex(about: string, result: ExtractionResult): number {
  const key = normalizeName(about);
  return result.agreements.findIndex(
    (a) => a.id === about || [a.name, ...a.aliases].some((name) => normalizeName(name) === key),
  );
}

export function scoreStatements(
  gold: readonly GoldStatement[],
  result: ExtractionResult,
  resolveGold: Resolve,
  resolvePredicted: Resolve,
  links: Omit<LinkInputs, 'result'>,
): StatementScore {
  const goldSpeakers = gold.map((s) => resolveGold(s.speaker));
  const allPredSpeakers = result.statements.map((s) => resolvePredicted(s.speaker));
  const speakerMatches = (i: number, j: number): boolean => {
    const g = goldSpeakers[i];
    const p = allPredSpeakers[j];
    return g !== undefined && p !== undefined && refsAgree(g, p);
  };
  const goldIdx = gold.map((_, i) => i);
  const allPredIdx = result.statements.map((_, j) => j);

  const statementsAgree = (i: number, j: number): boolean => {
    const g = gold[i];
    const p = result.statements[j];
    return g !== undefined && p !== undefined && speakerMatches(i, j) && quoteMatches(g, p);
  };
  const full = matchOneToOne(goldIdx, allPredIdx, statementsAgree);
  const redundantIdx = new Set(
    full.unmatchedPredicted.filter((j) => {
      const p = result.statements[j];
      return (
        p?.quote != null &&
        gold.some((g, i) => g.quote !== null && speakerMatches(i, j) && quotesOverlap(g.quote, p.quote ?? ''))
      );
    }),
  );
  const predLabel = (j: number): string => {
    const p = result.statements[j];
    return p ? statementLabel(allPredSpeakers[j]?.label ?? p.speaker, p.quote) : '?';
  };
  const goldLabels = gold.map((s) => statementLabel(s.speaker, s.quote));
  const predIdx = allPredIdx.filter((j) => !redundantIdx.has(j));
  const predLabels = predIdx.map(predLabel);

  const keptFull: Matching = {
    pairs: full.pairs.map(([i, j]) => [i, predIdx.indexOf(j)] as const),
    unmatchedGold: full.unmatchedGold,
    unmatchedPredicted: full.unmatchedPredicted
      .filter((j) => !redundantIdx.has(j))
      .map((j) => predIdx.indexOf(j)),
  };
  const speakerOnly = matchOneToOne(goldIdx, predIdx, speakerMatches);

  const channel: FieldScore = emptyField();
  for (const [i, j] of full.pairs) {
    const g = gold[i];
    const p = result.statements[j];
    if (!g || !p) continue;
    recordField(
      channel,
      g.channel === null || p.channel === null
        ? g.channel === p.channel
        : refsAgree(resolveGold(g.channel), resolvePredicted(p.channel)),
      statementLabel(g.speaker, g.quote),
      g.channel,
      p.channel,
    );
  }

  return {
    bySpeaker: category(speakerOnly, goldLabels, predLabels),
    bySpeakerQuote: category(keptFull, goldLabels, predLabels),
    links: scoreLinks(gold, predIdx, statementsAgree, { ...links, result }),
    channel,
    redundant: [...redundantIdx].map(predLabel),
  };
}

/**
 * A predicted link (statement -> agreement) counts when its statement could match the gold statement (same
 * speaker, compatible quote) and its agreement matched the gold agreement. Links are matched one-to-one on
 * their own, so which of a speaker's reported statements got paired above does not matter.
 */
function scoreLinks(
  gold: readonly GoldStatement[],
  predIdx: readonly number[],
  statementsAgree: (i: number, j: number) => boolean,
  { goldAgreements, result, agreementMatching }: LinkInputs,
): CategoryScore {
  const goldLinks = gold.flatMap((s, i) =>
    [...new Set(s.about.map((about) => goldAgreementIndex(about, goldAgreements)).filter((a) => a >= 0))].map(
      (a) => ({ i, a, label: `${statementLabel(s.speaker, s.quote)} -> ${goldAgreements[a]?.name ?? '?'}` }),
    ),
  );
  const goldAgreementOf = new Map(agreementMatching.pairs.map(([a, k]) => [k, a]));
  const predLinks = predIdx.flatMap((j) => {
    const p = result.statements[j];
    if (!p) return [];
    const targets = new Set(
      p.about.map((about) => predictedAgreementIndex(about, result)).filter((k) => k >= 0),
    );
    return [...targets].map((k) => ({
      j,
      a: goldAgreementOf.get(k),
      label: `${statementLabel(p.speaker, p.quote)} -> ${result.agreements[k]?.name ?? '?'}`,
    }));
  });
  const matching = matchOneToOne(goldLinks, predLinks, (g, p) => g.a === p.a && statementsAgree(g.i, p.j));
  return {
    tp: matching.pairs.length,
    fp: matching.unmatchedPredicted.length,
    fn: matching.unmatchedGold.length,
    misses: matching.unmatchedGold.map((n) => goldLinks[n]?.label ?? '?'),
    falsePositives: matching.unmatchedPredicted.map((n) => predLinks[n]?.label ?? '?'),
  };
}
