// The dashboard's two whole-range aggregates, whoIsTalking and countryActivity, against the plainest reading of
// their contract on the fixtures graph in the real Neo4j: every statement walked through SAID (and REPRESENTS),
// every meeting through ATTENDED, every agreement through PARTY_TO, then counted, ranked and bucketed here. The
// ranges include ones that start inside a year or month some date is kept to, which the panels read apart.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { loadTypeDefs } from '../../src/api/graphql-schema.ts';
import { readSchemaFacts } from '../../src/api/domain-queries/schema-facts.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { deleteArticles, realIngestService, testArticles } from '../e2e/support/test-articles.ts';

const target = inject('neo4j');
type Interval = 'MONTH' | 'WEEK';
interface Dated {
  key: string;
  id: string;
  date: string;
}

/** A date kept to a day, month or year counts when it overlaps [from, to] (schema/panels.graphql). */
const inRange = (d: string, from: string, to: string) => d <= to && d >= from.slice(0, d.length);
const day = (d: Date) => d.toISOString().slice(0, 10);
const monday = (d: string) => {
  const date = new Date(`${d}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return day(date);
};
const bucketOf = (d: string, interval: Interval) =>
  interval === 'WEEK'
    ? d.length >= 10
      ? monday(d)
      : undefined
    : d.length >= 7
      ? `${d.slice(0, 7)}-01`
      : undefined;
function bucketStarts(from: string, to: string, interval: Interval): string[] {
  const starts: string[] = [];
  const at = new Date(`${interval === 'WEEK' ? monday(from) : `${from.slice(0, 7)}-01`}T00:00:00Z`);
  while (day(at) <= to) {
    starts.push(day(at));
    if (interval === 'WEEK') at.setUTCDate(at.getUTCDate() + 7);
    else at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return starts;
}
const byCountThenKey = <T extends { key: string; count: number }>(a: T, b: T) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

describe('the dashboard aggregates against the plain graph walk', () => {
  const driver = createDriver(target);
  const articles = testArticles(`panel-aggregates-${process.pid}-${Date.now()}`);
  const query = readSchemaFacts(loadTypeDefs()).get('Query')!.fields;
  const cypherOf = (field: string) => {
    const fact = query.get(field);
    if (fact?.kind !== 'cypher') throw new Error(`Query.${field} has no @cypher statement`);
    return fact.statement;
  };
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: target.database })).records.map((r) =>
      r.toObject(),
    );
  let bySpeaker: Dated[];
  let byCountry: Dated[];
  let meetings: Dated[];
  let agreements: Dated[];
  const names = new Map<string, { name: string | null; detail: string | null }>();
  const views: { from: string; to: string }[] = [];

  beforeAll(async () => {
    const ingest = realIngestService(driver, target.database);
    for (const article of articles) await ingest.ingestArticle(article.request);
    const dated = async (cypher: string) => (await rows(cypher)) as unknown as Dated[];
    bySpeaker = await dated(
      'MATCH (x)-[:SAID]->(s:Statement) WHERE s.date IS NOT NULL RETURN x.id AS key, s.id AS id, s.date AS date',
    );
    byCountry =
      await dated(`MATCH (c:Country)<-[:REPRESENTS*0..1]-()-[:SAID]->(s:Statement) WHERE s.date IS NOT NULL
       RETURN DISTINCT c.id AS key, s.id AS id, s.date AS date`);
    meetings =
      await dated(`MATCH (c:Country)<-[:REPRESENTS*0..1]-()-[:ATTENDED]->(m:Meeting) WHERE m.date IS NOT NULL
       RETURN DISTINCT c.id AS key, m.id AS id, m.date AS date`);
    agreements = await dated(`MATCH (c:Country)-[:PARTY_TO]->(a:Agreement) WHERE a.signedOn IS NOT NULL
       RETURN DISTINCT c.id AS key, a.id AS id, a.signedOn AS date`);
    for (const r of await rows(`MATCH (x) WHERE x:Person OR x:Country OR x:Organization
        RETURN x.id AS id, x.name AS name, CASE WHEN x:Person THEN x.title WHEN x:Organization THEN x.kind END AS detail`))
      names.set(r.id as string, { name: r.name as string | null, detail: r.detail as string | null });
    const last = bySpeaker
      .map((s) => s.date.slice(0, 10))
      .sort()
      .at(-1)!;
    const back = (d: string, months: number) => {
      const date = new Date(`${d.length === 4 ? `${d}-03-15` : d.length === 7 ? `${d}-15` : d}T00:00:00Z`);
      date.setUTCMonth(date.getUTCMonth() + months);
      return day(date);
    };
    views.push({ from: back(last, -24), to: last }, { from: `${last.slice(0, 4)}-01-01`, to: last });
    // Ranges that start inside a partial date: in the year it is kept to, or in its month.
    const partial = [...bySpeaker, ...meetings, ...agreements]
      .map((x) => x.date)
      .filter((d) => d.length < 10);
    for (const d of [...new Set(partial)].sort().slice(0, 6))
      views.push({ from: back(d, 0), to: back(d, 18) });
  }, 300_000);

  afterAll(async () => {
    await deleteArticles(
      driver,
      target.database,
      articles.map((a) => a.request.id!),
    );
    await driver.close();
  });

  it('has ranges that start inside a partial date that the range counts', () => {
    const counted = views
      .slice(2)
      .flatMap(({ from, to }) =>
        [...bySpeaker, ...meetings].filter(
          (x) => x.date.length < 10 && x.date < from && inRange(x.date, from, to),
        ),
      );
    expect(counted.length).toBeGreaterThan(0);
  });

  function talkers(by: 'SPEAKER' | 'COUNTRY', from: string, to: string, interval: Interval, limit: number) {
    const grouped = new Map<string, string[]>();
    for (const s of by === 'SPEAKER' ? bySpeaker : byCountry)
      if (inRange(s.date, from, to)) grouped.set(s.key, [...(grouped.get(s.key) ?? []), s.date]);
    const buckets = bucketStarts(from, to, interval);
    const ranked = [...grouped]
      .map(([key, dates]) => ({ key, dates, count: dates.length }))
      .sort(byCountThenKey);
    return {
      buckets,
      talkers: ranked.slice(0, limit).map(({ key, dates, count }) => ({
        id: key,
        name: names.get(key)?.name ?? key,
        detail: names.get(key)?.detail ?? null,
        count,
        series: buckets.map((b) => dates.filter((d) => bucketOf(d, interval) === b).length),
      })),
    };
  }

  it.each([
    ['SPEAKER', 'MONTH', 8],
    ['COUNTRY', 'MONTH', 8],
    ['SPEAKER', 'WEEK', 3],
    ['COUNTRY', 'WEEK', 50],
  ] as const)(
    'whoIsTalking by %s per %s (top %i) counts what the statements say',
    async (by, interval, limit) => {
      for (const { from, to } of views) {
        const [answer] = await rows(cypherOf('whoIsTalking'), {
          by,
          from,
          to,
          interval,
          limit: neo4j.int(limit),
        });
        expect(answer?.board, `${from}..${to}`).toEqual(talkers(by, from, to, interval, limit));
      }
    },
  );

  it('countryActivity counts each country’s statements, meetings and agreements in the range', async () => {
    for (const { from, to } of views) {
      const counts = new Map<string, { statements: number; meetings: number; agreements: number }>();
      const tally = (list: Dated[], what: 'statements' | 'meetings' | 'agreements') => {
        for (const x of list) {
          if (!inRange(x.date, from, to)) continue;
          const entry = counts.get(x.key) ?? { statements: 0, meetings: 0, agreements: 0 };
          entry[what]++;
          counts.set(x.key, entry);
        }
      };
      tally(byCountry, 'statements');
      tally(meetings, 'meetings');
      tally(agreements, 'agreements');
      const expected = [...counts]
        .map(([id, c]) => ({ key: id, count: c.statements + c.meetings + c.agreements, ...c }))
        .sort(byCountThenKey)
        .map(({ key, count, ...c }) => ({ id: key, name: names.get(key)?.name, ...c, total: count }));
      const activity = (await rows(cypherOf('countryActivity'), { from, to })).map((r) => r.activity);
      expect(activity, `${from}..${to}`).toEqual(expected);
      expect(activity.length).toBeGreaterThan(0);
    }
  });
});
