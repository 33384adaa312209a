// The event read queries as pure text: which index each filter seeks, that every value is a parameter, and the
// bucket arithmetic of the series (ISO weeks, month ends, zero-filled ranges).
import { describe, expect, it } from 'vitest';
import {
  dyadsQuery,
  eventSeriesQuery,
  eventsQuery,
  type EventFilter,
} from '../../../src/graph/event-queries.ts';
import { eventDay, weekOf } from '../../../src/graph/event-rows.ts';
import { bucketRange, completeSeries } from '../../../src/graph/event-series.ts';

const filter = (over: Partial<EventFilter> = {}): EventFilter => ({
  source: null,
  target: null,
  types: null,
  from: '2024-01-01',
  to: '2024-12-31',
  includeAll: false,
  ...over,
});

describe('event queries', () => {
  it('anchors a dyad series on the source, then tests target, range and counted on the node', () => {
    const { cypher, params } = eventSeriesQuery(filter({ source: 'RUS', target: 'KOR' }), 'MONTH');
    expect(cypher).toContain(
      'WHERE e.sourceCountry = $source AND e.targetCountry = $target AND e.day >= $from AND e.day <= $to AND e.counted',
    );
    expect(cypher).toContain('WITH e.month AS bucket');
    expect(params).toMatchObject({ source: 'RUS', target: 'KOR', from: '2024-01-01', to: '2024-12-31' });
  });

  it('anchors on the categories when no country is given, and counts everything with includeAll', () => {
    const { cypher } = eventSeriesQuery(filter({ types: ['THREATEN'], includeAll: true }), 'WEEK');
    expect(cypher).toContain('WHERE e.category IN $types AND e.day >= $from AND e.day <= $to\n');
    expect(cypher).toContain('WITH e.week AS bucket');
  });

  it('never puts a value into the query text', () => {
    const hostile = "RUS' MATCH (n) DETACH DELETE n //";
    const queries = [
      eventSeriesQuery(filter({ source: hostile, target: hostile }), 'DAY'),
      dyadsQuery(hostile, filter(), 10),
      eventsQuery(filter({ source: hostile }), 10, 0),
    ];
    for (const { cypher } of queries) expect(cypher).not.toContain('DETACH');
  });

  it('reads both directions of a country for dyads', () => {
    const { cypher } = dyadsQuery('PRK', filter(), 5);
    expect(cypher).toContain('e.sourceCountry = $country');
    expect(cypher).toContain('e.targetCountry = $country');
    expect(cypher).toContain('UNION ALL');
  });
});

describe('event days and buckets', () => {
  it.each([
    ['2024-06-19', '2024-06-26', '2024-06-19'],
    ['2024-06', '2024-06-26', '2024-06-26'],
    ['2023-09', '2024-06-26', '2023-09-01'],
    ['2023', '2024-06-26', '2023-01-01'],
    [null, '2024-06-26', '2024-06-26'],
  ])('an event dated %s in an article of %s counts on %s', (date, published, day) => {
    expect(eventDay(date, published)).toBe(day);
  });

  it.each([
    ['2024-06-26', '2024-06-24'],
    ['2024-06-24', '2024-06-24'],
    ['2024-06-23', '2024-06-17'],
    ['2025-01-01', '2024-12-30'],
  ])('the ISO week of %s starts on %s', (day, monday) => {
    expect(weekOf(day)).toBe(monday);
  });

  it('gives each bucket its first and last day', () => {
    expect(bucketRange('2024-02', 'MONTH')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(bucketRange('2024-06-24', 'WEEK')).toEqual({ from: '2024-06-24', to: '2024-06-30' });
  });

  it('fills the empty months of a bounded range with zeros', () => {
    const stored = [
      { bucket: '2024-03', count: 2, cooperation: 8, conflict: -2, meanIntensity: 3, netIntensity: 6 },
    ];
    const series = completeSeries(stored, 'MONTH', { from: '2024-01-15', to: '2024-04-02' });
    expect(series.map((p) => `${p.bucket}:${p.count}`)).toEqual([
      '2024-01:0',
      '2024-02:0',
      '2024-03:2',
      '2024-04:0',
    ]);
    expect(series[0]).toMatchObject({ meanIntensity: null, from: '2024-01-01', to: '2024-01-31' });
  });
});
