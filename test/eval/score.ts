// The evaluation scorer: one gold annotation against one ExtractionResult, and the micro-average over articles.
// Pure: scripts/eval.ts does the file reading, runs the extractor and prints.
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';
import { addCounts, toPrf, type CategoryScore, type FieldScore, type Prf } from './counts.ts';
import type { GoldFile } from './gold-schema.ts';
import { createGoldResolver, createPredictionResolver } from './resolve.ts';
import { authorsAgree, scoreCountries, scoreOrganizations, scorePersons } from './score-entities.ts';
import { scoreAgreements, scoreMeetings } from './score-events.ts';
import { scoreStatements } from './score-statements.ts';

export const CATEGORIES = [
  'persons',
  'countries',
  'organizations',
  'agreements',
  'meetings',
  'statementsBySpeaker',
  'statementsBySpeakerQuote',
  'statementAgreementLinks',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const FIELDS = [
  'person.title',
  'person.country',
  'agreement.parties',
  'agreement.signedOn',
  'agreement.status',
  'meeting.status',
  'statement.channel',
  'article.authors',
] as const;
export type Field = (typeof FIELDS)[number];

export interface ArticleScore {
  categories: Record<Category, CategoryScore>;
  fields: Record<Field, FieldScore>;
  /** Predicted statements that repeat a quote already credited; neither hits nor false positives. */
  redundantStatements: string[];
}

export function scoreArticle(gold: GoldFile, result: ExtractionResult): ArticleScore {
  const resolveGold = createGoldResolver(gold);
  const resolvePredicted = createPredictionResolver(result);
  const persons = scorePersons(gold.persons, result);
  const agreements = scoreAgreements(gold.agreements, result, resolveGold, resolvePredicted);
  const meetings = scoreMeetings(gold.meetings, result, resolveGold, resolvePredicted);
  const statements = scoreStatements(gold.statements, result, resolveGold, resolvePredicted, {
    goldAgreements: gold.agreements,
    agreementMatching: agreements.matching,
  });
  const authorsRight = authorsAgree(gold.authors, result.article.authors);
  return {
    categories: {
      persons: persons.category,
      countries: scoreCountries(gold.countries, result),
      organizations: scoreOrganizations(gold.organizations, result),
      agreements: agreements.category,
      meetings: meetings.category,
      statementsBySpeaker: statements.bySpeaker,
      statementsBySpeakerQuote: statements.bySpeakerQuote,
      statementAgreementLinks: statements.links,
    },
    fields: {
      'person.title': persons.title,
      'person.country': persons.country,
      'agreement.parties': agreements.parties,
      'agreement.signedOn': agreements.signedOn,
      'agreement.status': agreements.status,
      'meeting.status': meetings.status,
      'statement.channel': statements.channel,
      'article.authors': {
        correct: authorsRight ? 1 : 0,
        total: 1,
        mismatches: authorsRight
          ? []
          : [`expected ${JSON.stringify(gold.authors)}, got ${JSON.stringify(result.article.authors)}`],
      },
    },
    redundantStatements: statements.redundant,
  };
}

export interface FieldAccuracy {
  correct: number;
  total: number;
  /** correct / total, or null when no matched item had the field. */
  accuracy: number | null;
}

export interface Summary {
  micro: Prf;
  perCategory: Record<Category, Prf>;
  fieldAccuracy: Record<Field, FieldAccuracy>;
}

/** Micro-averages: counts are summed over articles (and, for `micro`, over categories) before dividing. */
export function summarize(scores: readonly ArticleScore[]): Summary {
  const total = { tp: 0, fp: 0, fn: 0 };
  const perCategory = {} as Record<Category, Prf>;
  for (const name of CATEGORIES) {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const score of scores) addCounts(sum, score.categories[name]);
    addCounts(total, sum);
    perCategory[name] = toPrf(sum);
  }
  const fieldAccuracy = {} as Record<Field, FieldAccuracy>;
  for (const name of FIELDS) {
    let correct = 0;
    let count = 0;
    for (const score of scores) {
      correct += score.fields[name].correct;
      count += score.fields[name].total;
    }
    fieldAccuracy[name] = { correct, total: count, accuracy: count === 0 ? null : correct / count };
  }
  return { micro: toPrf(total), perCategory, fieldAccuracy };
}
