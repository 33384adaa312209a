import { describe, expect, it } from 'vitest';
import { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { GoldFile } from '../../eval/gold-schema.ts';
import { matchInTiers, matchOneToOne } from '../../eval/matching.ts';
import { agreementNamesOverlap, quotesOverlap } from '../../eval/normalize.ts';
import { CATEGORIES, FIELDS, scoreArticle, summarize } from '../../eval/score.ts';
import { GOLD, perfectResult } from './build-result.ts';

const score = (result: ExtractionResult) => summarize([scoreArticle(GOLD, result)]);

describe('scoreArticle', () => {
  it('uses a valid gold file and a valid prediction', () => {
    expect(() => GoldFile.parse(GOLD)).not.toThrow();
    expect(() => ExtractionResult.parse(perfectResult())).not.toThrow();
  });

  it('scores a perfect prediction 1.0 in every category and field', () => {
    const summary = score(perfectResult());
    for (const name of CATEGORIES) expect(summary.perCategory[name].f1, name).toBe(1);
    expect(summary.micro).toMatchObject({ precision: 1, recall: 1, f1: 1, fp: 0, fn: 0 });
    for (const name of FIELDS) expect(summary.fieldAccuracy[name].accuracy, name).toBe(1);
  });

  it('lowers recall, not precision, when a person is missing', () => {
    const result = perfectResult();
    result.persons = result.persons.filter((p) => p.name !== 'Andrey Rudenko');
    const { persons } = score(result).perCategory;
    expect(persons.precision).toBe(1);
    expect(persons.recall).toBe(0.5);
  });

  it('lowers precision, not recall, for a spurious person such as the byline', () => {
    const result = perfectResult();
    result.persons.push({
      id: 'person:kim-mi-na',
      name: 'Kim Mi-na',
      aliases: [],
      title: null,
      country: null,
      organization: null,
      mentions: [],
      evidence: { sentence: 'By Kim Mi-na', start: 0, end: 12 },
    });
    const { persons } = score(result).perCategory;
    expect(persons.recall).toBe(1);
    expect(persons.precision).toBeCloseTo(2 / 3);
  });

  it('matches persons by alias and folds case and diacritics', () => {
    const result = perfectResult();
    const putin = result.persons[0];
    if (!putin) throw new Error('fixture');
    Object.assign(putin, { name: 'Putin', aliases: ['VLADÍMIR PUTIN'] });
    expect(score(result).perCategory.persons.f1).toBe(1);
  });

  it('matches an organization by its acronym', () => {
    expect(score(perfectResult()).perCategory.organizations.tp).toBe(2);
  });

  it('counts a split quote: the first half matches, the second half is redundant, not spurious', () => {
    const result = perfectResult();
    const first = result.statements[0];
    if (!first) throw new Error('fixture');
    first.quote = 'We hope Seoul will accept the new agreement with an understanding,';
    result.statements.push({
      ...first,
      id: 'statement:3',
      quote: 'and a sound approach will prevail there.',
    });
    const article = scoreArticle(GOLD, result);
    expect(article.categories.statementsBySpeakerQuote).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(article.categories.statementsBySpeaker).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(article.redundantStatements).toHaveLength(1);
  });

  it('requires reported speech to stay indirect', () => {
    const result = perfectResult();
    const reported = result.statements[1];
    if (!reported) throw new Error('fixture');
    Object.assign(reported, { direct: true, quote: 'South Korea is not the target' });
    const summary = score(result);
    expect(summary.perCategory.statementsBySpeaker.f1).toBe(1);
    expect(summary.perCategory.statementsBySpeakerQuote).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('drops the statement-agreement link when the statement is about nothing', () => {
    const result = perfectResult();
    const first = result.statements[0];
    if (!first) throw new Error('fixture');
    first.about = ['KOR'];
    expect(score(result).perCategory.statementAgreementLinks).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('matches an agreement by kind and parties when the names differ', () => {
    const result = perfectResult();
    const treaty = result.agreements[0];
    if (!treaty) throw new Error('fixture');
    treaty.name = 'the pact';
    expect(score(result).perCategory.agreements.tp).toBe(1);
    treaty.parties = ['RUS'];
    expect(score(result).perCategory.agreements.tp).toBe(0);
  });

  it('does not match a call with a summit, nor a meeting on another date', () => {
    const result = perfectResult();
    const meeting = result.meetings[0];
    if (!meeting) throw new Error('fixture');
    meeting.date = '2024-06';
    expect(score(result).perCategory.meetings.tp).toBe(1);
    meeting.kind = 'call';
    expect(score(result).perCategory.meetings.tp).toBe(0);
    meeting.kind = 'visit';
    meeting.date = '2024-07-01';
    expect(score(result).perCategory.meetings.tp).toBe(0);
  });

  it('scores field accuracy on matched items only', () => {
    const result = perfectResult();
    const treaty = result.agreements[0];
    if (!treaty) throw new Error('fixture');
    treaty.status = 'ratified';
    const summary = score(result);
    expect(summary.perCategory.agreements.f1).toBe(1);
    expect(summary.fieldAccuracy['agreement.status']).toMatchObject({ correct: 0, total: 1, accuracy: 0 });
  });

  it('scores an empty prediction with zero recall and vacuous precision', () => {
    const empty = { ...perfectResult(), persons: [], countries: [], organizations: [], agreements: [] };
    const summary = score({ ...empty, meetings: [], statements: [] });
    expect(summary.micro.recall).toBe(0);
    expect(summary.micro.precision).toBe(1);
    expect(summary.micro.f1).toBe(0);
  });
});

describe('matching helpers', () => {
  it('finds the maximum one-to-one matching regardless of order', () => {
    const m = matchOneToOne(['a', 'b'], ['x', 'y'], (g, p) => (g === 'a' ? true : p === 'x'));
    expect(m.pairs).toHaveLength(2);
  });

  it('prefers an earlier tier even when a later one would pair more items', () => {
    // Two treaties between the same parties: the name must decide, not kind and parties.
    const byName = (g: string, p: string): boolean => g === p;
    const anything = (): boolean => true;
    const m = matchInTiers(['New START', 'INF'], ['INF', 'New START'], [byName, anything]);
    expect(m.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('matches two same-kind agreements between the same parties by name, not crosswise', () => {
    const gold = { ...GOLD, agreements: [...GOLD.agreements] };
    const treaty = GOLD.agreements[0];
    if (!treaty) throw new Error('fixture');
    gold.agreements.push({ ...treaty, name: 'Pyongyang Fisheries Treaty', aliases: [], signedOn: '2001' });
    const result = perfectResult();
    const predicted = result.agreements[0];
    if (!predicted) throw new Error('fixture');
    result.agreements.unshift({
      ...predicted,
      id: 'agreement:fish',
      name: 'Fisheries Treaty',
      signedOn: '2001',
    });
    const summary = summarize([scoreArticle(gold, result)]);
    expect(summary.perCategory.agreements.tp).toBe(2);
    expect(summary.fieldAccuracy['agreement.signedOn'].accuracy).toBe(1);
  });

  it.each([
    [
      'comprehensive strategic partnership',
      'Russia-North Korea comprehensive strategic partnership treaty',
      true,
    ],
    ['Jeddah Declaration', 'the 2023 Jeddah declaration', true],
    ['the new agreement', 'New START', false],
    ['the treaty', 'New START', false],
    ['INF Treaty', 'Intermediate-Range Nuclear Forces Treaty', false],
  ])('agreement names %j and %j overlap: %s', (a, b, expected) => {
    expect(agreementNamesOverlap(a, b)).toBe(expected);
  });

  it.each([
    ['[This] treaty is a kind of warning', 'This treaty is a kind of warning for those countries', true],
    ['reversible ... political will ... general de-escalation.', 'political will', true],
    ['a signal, not a slammed door', 'a slammed', true],
    ['a signal, not a slammed door', 'signal not a slam', false],
  ])('quotes %j and %j overlap: %s', (a, b, expected) => {
    expect(quotesOverlap(a, b)).toBe(expected);
  });
});
