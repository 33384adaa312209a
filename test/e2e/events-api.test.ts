// Coded events over HTTP against the real Neo4j (issue #14): articles written for this test are ingested through
// the ingestion mutation; eventSeries must equal a hand-written Cypher count that finds the actors by the ids
// the events keep and walks REPRESENTS instead of the stored country columns; the drill-down returns quotes; re-ingesting changes nothing; deleting an
// article takes its events; bad arguments get BAD_USER_INPUT. Dates are in 2031 so no other test's data mixes in.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { graphqlClient } from './support/graphql-client.ts';
import { deleteArticles } from './support/test-articles.ts';

const target = inject('neo4j');
const API_KEY = 'e2e-events-key-0123456789abcdef';
const run = `e2e-events-${process.pid}-${Date.now()}`;
const ARTICLES = [
  {
    id: `article:${run}-a`,
    publishedAt: '2031-05-05',
    text: 'France accuses Germany over border checks\n\nFrench President Emmanuel Macron accused Germany on Monday of undermining the single market. "Berlin is breaking the rules we wrote together," Macron said, and he warned that France would respond.\n\nGerman Chancellor Friedrich Merz rejected the criticism.',
  },
  {
    id: `article:${run}-b`,
    publishedAt: '2031-05-20',
    text: "Macron and Merz talk by phone\n\nFrench President Emmanuel Macron held a phone call with German Chancellor Friedrich Merz on Tuesday. France condemned Germany's new border rules.",
  },
  {
    id: `article:${run}-c`,
    publishedAt: '2031-06-02',
    text: 'France did not sign pact\n\nFrance did not sign the border treaty with Germany. French President Emmanuel Macron refused to condemn Germany.',
  },
];
const INGEST = `mutation Ingest($inputs: [IngestArticleInput!]!) { ingestArticles(inputs: $inputs) { articleId status } }`;
const SERIES = `query S($source: String, $target: String, $bucket: EventBucket!, $includeAll: Boolean! = false) {
  eventSeries(source: $source, target: $target, from: "2031-05-01", to: "2031-06-30", bucket: $bucket, includeAll: $includeAll) {
    bucket from to count cooperation conflict meanIntensity netIntensity
  }
}`;

type Point = {
  bucket: string;
  from: string;
  to: string;
  count: number;
  cooperation: number;
  conflict: number;
};

describe('coded events over GraphQL', () => {
  const driver = createDriver(target);
  const auth = { authorization: `Bearer ${API_KEY}` };
  let server: RunningServer;
  let gql: ReturnType<typeof graphqlClient>;

  const cypher = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database: target.database })).records.map((r) =>
      r.toObject(),
    );

  beforeAll(async () => {
    const config = loadConfig({
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      DIPLOGRAPH_API_KEYS: API_KEY,
      NODE_ENV: 'production',
    });
    server = await startServer(
      { ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } },
      createLogger('silent'),
    );
    await server.ready;
    gql = graphqlClient(server.url);
    const { body } = await gql(INGEST, { inputs: ARTICLES }, auth);
    if (!body.data) throw new Error(`ingestion failed: ${JSON.stringify(body.errors)}`);
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await deleteArticles(
      driver,
      target.database,
      ARTICLES.map((a) => a.id),
    );
    await driver.close();
  });

  it('eventSeries for a dyad equals a hand-written Cypher count over the actors', async () => {
    const { body } = await gql<{ eventSeries: Point[] }>(SERIES, {
      source: 'FRA',
      target: 'DEU',
      bucket: 'MONTH',
    });
    expect(body.errors).toBeUndefined();
    const rows = await cypher(
      `MATCH (e:Event)
       WHERE e.modality = 'asserted' AND e.day >= '2031-05-01' AND e.day <= '2031-06-30'
       MATCH (actor:Person|Country|Organization) WHERE actor.id = e.sourceId
       MATCH (recipient:Person|Country|Organization) WHERE recipient.id = e.targetId
       OPTIONAL MATCH (actor)-[:REPRESENTS]->(ac:Country)
       OPTIONAL MATCH (recipient)-[:REPRESENTS]->(rc:Country)
       WITH e, CASE WHEN actor:Country THEN actor.id ELSE ac.id END AS source,
            CASE WHEN recipient:Country THEN recipient.id ELSE rc.id END AS target
       WHERE source = 'FRA' AND target = 'DEU'
       WITH substring(e.day, 0, 7) AS month, count(DISTINCT e) AS count,
            sum(CASE WHEN e.intensity > 0 THEN e.intensity ELSE 0.0 END) AS cooperation
       RETURN month, count, cooperation ORDER BY month`,
    );
    const series = body.data!.eventSeries;
    expect(series.map((p) => p.bucket)).toEqual(['2031-05', '2031-06']);
    const byMonth = new Map(rows.map((r) => [r.month as string, r]));
    for (const point of series) {
      expect(point.count).toBe(byMonth.get(point.bucket)?.count ?? 0);
      expect(point.cooperation).toBeCloseTo((byMonth.get(point.bucket)?.cooperation as number) ?? 0);
    }
    expect(series[0]!.count).toBeGreaterThanOrEqual(3);
    expect(series[0]).toMatchObject({ from: '2031-05-01', to: '2031-05-31' });
    // June's only acts are "did not sign" and "refused to condemn": counted only on request.
    expect(series[1]!.count).toBe(0);
    const all = await gql<{ eventSeries: Point[] }>(SERIES, {
      source: 'FRA',
      target: 'DEU',
      bucket: 'MONTH',
      includeAll: true,
    });
    expect(all.body.data!.eventSeries[1]!.count).toBeGreaterThan(0);
  });

  it('fills the weeks of a bounded range, Monday first', async () => {
    const { body } = await gql<{ eventSeries: Point[] }>(SERIES, { source: 'FRA', bucket: 'WEEK' });
    const weeks = body.data!.eventSeries;
    expect(weeks[0]).toMatchObject({ bucket: '2031-04-28', from: '2031-04-28', to: '2031-05-04' });
    expect(weeks.reduce((n, p) => n + p.count, 0)).toBeGreaterThanOrEqual(4);
  });

  it('ranks partners with dyads and drills down from a point to quotes and articles', async () => {
    const dyads = await gql<{
      dyads: { country: string; events: number; outgoing: number; netIntensity: number }[];
    }>(
      '{ dyads(country: "DEU", from: "2031-05-01", to: "2031-06-30") { country events outgoing netIntensity } }',
    );
    expect(dyads.body.errors).toBeUndefined();
    expect(dyads.body.data!.dyads[0]).toMatchObject({ country: 'FRA' });
    const drill = await gql<{
      events: {
        category: string;
        sentence: string;
        origin: { quote: string | null };
        article: { id: string };
      }[];
    }>(
      '{ events(source: "FRA", target: "DEU", from: "2031-05-01", to: "2031-05-31") { category sentence origin { quote } article { id } } }',
    );
    const events = drill.body.data!.events;
    expect(events.map((e) => e.category)).toContain('THREATEN');
    expect(events.map((e) => e.origin.quote)).toContain('Berlin is breaking the rules we wrote together');
    expect(events.every((e) => ARTICLES.some((a) => a.id === e.article.id))).toBe(true);
    expect(events.every((e) => e.sentence.length > 0)).toBe(true);
  });

  it('re-ingesting changes nothing, deleting an article removes its events', async () => {
    const count = async () =>
      (
        await cypher(
          "MATCH (e:Event) WHERE e.day >= '2031-05-01' AND e.day <= '2031-06-30' RETURN count(e) AS n",
        )
      )[0]!.n as number;
    const before = await count();
    const again = await gql<{ ingestArticles: { status: string }[] }>(INGEST, { inputs: ARTICLES }, auth);
    expect(again.body.data!.ingestArticles.map((r) => r.status)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED']);
    expect(await count()).toBe(before);
    await deleteArticles(driver, target.database, [ARTICLES[2]!.id]);
    const june = await cypher(
      "MATCH (e:Event) WHERE e.day >= '2031-06-01' AND e.day <= '2031-06-30' RETURN count(e) AS n",
    );
    expect(june[0]!.n).toBe(0);
    expect(await count()).toBeLessThan(before);
  });

  it.each([
    ['{ eventSeries(source: "RUSSIA") { count } }', 'source must be an ISO 3166-1 alpha-3'],
    ['{ eventSeries(source: "RUS", from: "2024-13-01") { count } }', 'from must be a day'],
    ['{ eventSeries(source: "RUS", from: "2024-06-30", to: "2024-06-01") { count } }', 'is after'],
    ['{ dyads(country: "") { country } }', 'must not be empty'],
    ['{ dyads(country: "R\'; MATCH (n) DETACH DELETE n //") { country } }', 'country'],
    ['{ events(limit: 0) { id } }', 'limit'],
    ['{ events(types: [NOT_A_CATEGORY]) { id } }', 'NOT_A_CATEGORY'],
  ])('refuses %s', async (query, message) => {
    const { body } = await gql(query);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain(message);
  });
});
