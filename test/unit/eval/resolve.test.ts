import { describe, expect, it } from 'vitest';
import { createGoldResolver, createPredictionResolver, refsAgree } from '../../eval/resolve.ts';
import { formatArticleDetails, formatSummaryTable } from '../../eval/report.ts';
import { scoreArticle, summarize } from '../../eval/score.ts';
import { GOLD, perfectResult } from './build-result.ts';

describe('reference resolution', () => {
  const gold = createGoldResolver(GOLD);
  const predicted = createPredictionResolver(perfectResult());

  it.each([
    ['RUS', 'RUS'],
    ['RUS', 'Russia'],
    ['RUS', 'the Russian Federation'],
    ['PRK', 'DPRK'],
    ['Andrey Rudenko', 'person:andrey-rudenko'],
    ['Andrey Rudenko', 'Rudenko'],
    ['North Atlantic Treaty Organization', 'org:nato'],
    ['North Atlantic Treaty Organization', 'NATO'],
    ['Sputnik', 'org:sputnik'],
  ])('gold %j agrees with predicted %j', (g, p) => {
    expect(refsAgree(gold(g), predicted(p))).toBe(true);
  });

  it.each([
    ['RUS', 'KOR'],
    ['Andrey Rudenko', 'person:vladimir-putin'],
    ['Sputnik', 'TASS'],
  ])('gold %j does not agree with predicted %j', (g, p) => {
    expect(refsAgree(gold(g), predicted(p))).toBe(false);
  });
});

describe('report', () => {
  it('prints every category, the micro line and field accuracies', () => {
    const table = formatSummaryTable(summarize([scoreArticle(GOLD, perfectResult())]), 1);
    expect(table).toContain('statementAgreementLinks');
    expect(table).toMatch(/micro\s+100\.0%\s+100\.0%\s+100\.0%/);
    expect(table).toContain('agreement.signedOn');
  });

  it('lists misses, false positives and wrong fields of an article', () => {
    const result = perfectResult();
    result.persons.pop();
    const first = result.persons[0];
    if (!first) throw new Error('fixture');
    first.country = 'PRK';
    const details = formatArticleDetails('x', scoreArticle(GOLD, result));
    expect(details).toContain('- missed: Andrey Rudenko');
    expect(details).toContain('! person.country Vladimir Putin: expected "RUS", got "PRK"');
  });
});
