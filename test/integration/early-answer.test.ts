// The answer before Apollo (src/api/early-answer.ts) over HTTP against the real Neo4j on the fixtures graph: a
// query string the fast path answered once is answered again without entering Apollo, with the same status,
// headers and bytes Apollo gave; refused arguments, a missing graph and other media types still go to Apollo. The
// server is the one the service runs: POST /graphql through the fast path (fast-graphql.ts), the rest through Express.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServerPlugin } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRequestHandler } from '../../src/api/create-app.ts';
import { readSchemaFacts } from '../../src/api/domain-queries/schema-facts.ts';
import { createEarlyAnswer } from '../../src/api/early-answer.ts';
import type { GraphState } from '../../src/api/graph-availability.ts';
import type { ApiContext } from '../../src/api/graphql-context.ts';
import { buildGraphqlSchema, loadTypeDefs } from '../../src/api/graphql-schema.ts';
import { createGraphqlServer } from '../../src/api/graphql-server.ts';
import { createMetrics } from '../../src/api/metrics.ts';
import { createResponseCache, type ResponseCache } from '../../src/api/response-cache.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { createLogger } from '../../src/logger.ts';
import { eventually } from '../e2e/support/graphql-client.ts';
import { deleteArticles, realIngestService, testArticles } from '../e2e/support/test-articles.ts';

const target = inject('neo4j');

/** The README's example queries, and two with variables and an operation name. */
const QUERIES: Record<
  string,
  { query: string; operationName?: string; variables?: Record<string, unknown> }
> = {
  WhoSaidWhat: {
    query: `query WhoSaidWhat {
      whoSaidWhat(agreement: "comprehensive strategic partnership treaty", limit: 20) {
        date quote text speakerName speakerTitle speakerCountry { id name } channel { name }
        articlesConnection(first: 3, sort: [{ node: { publishedAt: ASC } }]) {
          totalCount edges { properties { sentence } node { title url publishedAt } } } } }`,
  },
  Timeline: {
    query:
      'query Timeline { timeline(entity: "person:vladimir-putin", from: "2023-01-01", limit: 50) { date kind label detail } }',
  },
  Relations: {
    query:
      'query Relations { countryRelations(country: "RUS") { country { id label } sharedAgreements sharedMeetings statementsAboutOther } }',
  },
  Search: { query: 'query Search { search(text: "Rudenko", limit: 10) { kind id label detail score } }' },
  Dashboard: {
    query:
      'query Dashboard { statementCounts(groupBy: COUNTRY, from: "2024-01-01", limit: 10) { key label count } graphStats { labels { label count } } }',
  },
  Curl: { query: '{ search(text: "Rudenko") { kind label detail } }' },
  'variables and an operation name': {
    query:
      'query A($e: ID!) { timeline(entity: $e) { id } } query B($t: String!) { search(text: $t, limit: 3) { id } }',
    operationName: 'B',
    variables: { t: 'Putin' },
  },
  'an event query': { query: '{ dyads(country: "RUS", limit: 5) { country events netIntensity } }' },
};

/** Headers that differ between any two responses. */
const VOLATILE = new Set(['date', 'x-request-id', 'keep-alive', 'connection']);

describe('the answer before Apollo', { timeout: 120_000 }, () => {
  const driver = createDriver(target);
  const articles = testArticles(`early-answer-${process.pid}-${Date.now()}`);
  let apolloRequests = 0;
  let state: GraphState = 'ready';
  let cache: ResponseCache;
  let http: Server;
  let url: string;

  const counting: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      apolloRequests++;
    },
  };

  async function post(body: object, headers: Record<string, string> = {}) {
    const before = apolloRequests;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const bytes = Buffer.from(await response.arrayBuffer()).toString('utf8');
    const kept = [...response.headers].filter(([name]) => !VOLATILE.has(name));
    return { status: response.status, headers: kept, bytes, viaApollo: apolloRequests > before };
  }

  beforeAll(async () => {
    const ingest = realIngestService(driver, target.database);
    for (const article of articles) await ingest.ingestArticle(article.request);
    const metrics = createMetrics();
    const logger = createLogger('silent');
    const schema = await buildGraphqlSchema({ version: 'test', getIngest: () => undefined });
    cache = createResponseCache({ ttlSeconds: 60 });
    cache.invalidate();
    const earlyAnswer = createEarlyAnswer({
      facts: readSchemaFacts(loadTypeDefs()),
      graphState: () => state,
      responseCache: cache,
    });
    const graphql = createGraphqlServer({
      schema,
      introspection: false,
      production: true,
      graphState: () => state,
      logger,
      metrics,
      earlyAnswer,
      plugins: [counting, cache.plugin],
    });
    await graphql.start();
    const handler = createRequestHandler({
      readiness: { check: async () => ({ ready: true }) },
      graphql,
      context: { getGraph: () => ({ driver, database: target.database }), apiKeys: [], metrics },
      logger,
      metrics,
      bodyLimitBytes: 1024 * 1024,
      corsOrigins: [],
      responseCache: cache,
      earlyAnswer,
    });
    http = createServer(handler);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    await eventually(async () => {
      cache.invalidate();
      const hits = await post({ query: '{ search(text: "Rudenko", limit: 1) { id } }' });
      return hits.bytes.includes('person:andrey-rudenko') ? true : undefined;
    });
  }, 300_000);

  afterAll(async () => {
    await new Promise((resolve) => http?.close(resolve));
    await deleteArticles(
      driver,
      target.database,
      articles.map((a) => a.request.id!),
    );
    await driver.close();
  });

  it.each(Object.entries(QUERIES))(
    'answers %s again before Apollo, with the status, headers and bytes Apollo gave',
    async (_, body) => {
      cache.invalidate();
      const first = await post(body);
      expect(first.viaApollo).toBe(true);
      expect(first.status).toBe(200);
      expect(first.bytes).not.toContain('"errors"');
      cache.invalidate();
      const again = await post(body);
      expect(again.viaApollo).toBe(false);
      expect(again).toEqual({ ...first, viaApollo: false });
    },
  );

  it('keeps its answers in the response cache until the graph changes', async () => {
    const body = { query: QUERIES.Curl!.query };
    cache.invalidate();
    const early = await post(body);
    expect(early.viaApollo).toBe(false);
    const cached = await post(body);
    expect(cached.bytes).toBe(early.bytes);
    expect(cached.headers.map(([name]) => name)).toContain('age');
    cache.invalidate();
    expect((await post(body)).headers.map(([name]) => name)).not.toContain('age');
  });

  it('leaves refused arguments, a missing graph and other media types to Apollo', async () => {
    const query = 'query S($t: String!) { search(text: $t, limit: 2) { id } }';
    cache.invalidate();
    expect((await post({ query, variables: { t: 'Putin' } })).viaApollo).toBe(true);
    expect((await post({ query, variables: { t: 'Kim' } })).viaApollo).toBe(false);
    const blank = await post({ query, variables: { t: '  ' } });
    expect(blank.viaApollo).toBe(true);
    expect(blank.status).toBe(400);
    expect(blank.bytes).toContain('BAD_USER_INPUT');
    const other = await post(
      { query, variables: { t: 'Lavrov' } },
      { accept: 'application/graphql-response+json' },
    );
    expect(other.viaApollo).toBe(true);
    expect(other.headers).toContainEqual([
      'content-type',
      'application/graphql-response+json; charset=utf-8',
    ]);
    state = 'unavailable';
    try {
      const down = await post({ query, variables: { t: 'Rudenko' } });
      expect(down.viaApollo).toBe(true);
      expect(down.status).toBe(503);
    } finally {
      state = 'ready';
    }
  });

  it('answers through Apollo every time what the fast path did not answer', async () => {
    const unmodelled = '{ whoSaidWhat(agreement: "grain") { id speaker { ... on Person { name } } } }';
    for (let i = 0; i < 2; i++) {
      cache.invalidate();
      expect((await post({ query: '{ version }' })).viaApollo).toBe(true);
      expect((await post({ query: unmodelled })).viaApollo).toBe(true);
      expect((await post({ query: '{ timeline(entity: "person:nobody-at-all") { id } }' })).viaApollo).toBe(
        true,
      );
    }
  });
});
