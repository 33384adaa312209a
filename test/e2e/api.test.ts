// The GraphQL API end to end over HTTP against the real Neo4j: the seed article and the annotated fixtures are
// ingested through the ingestion mutation (real extraction and writer), then the domain questions, the generated
// read API (filters, sorting, pagination, aggregation; checked against Cypher) and every refusal a client can meet.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { MAX_PAGE_SIZE, QUERY_LIMITS } from '../../src/api/limits.ts';
import { freePort } from '../setup/free-port.ts';
import { eventually, graphqlClient } from './support/graphql-client.ts';
import { deleteArticles, realIngestService, testArticles } from './support/test-articles.ts';

const target = inject('neo4j');
const API_KEY = 'e2e-api-key-0123456789abcdef';
const BODY_LIMIT = 256 * 1024;
const RUDENKO_ID = 'person:andrey-rudenko';

function testConfig(overrides: Record<string, string> = {}): Config {
  const config = loadConfig({
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    DIPLOGRAPH_API_KEYS: API_KEY,
    DIPLOGRAPH_BODY_LIMIT: String(BODY_LIMIT),
    DIPLOGRAPH_CORS_ORIGINS: 'https://dashboard.example.org',
    NODE_ENV: 'production',
    ...overrides,
  });
  return { ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } };
}

type IngestResult = {
  articleId: string;
  status: string;
  nodesCreated: number;
  relationshipsCreated: number;
  ids: { persons: string[]; agreements: string[]; statements: string[] };
};
const INGEST = `mutation Ingest($inputs: [IngestArticleInput!]!) {
  ingestArticles(inputs: $inputs) { articleId status nodesCreated relationshipsCreated ids { persons agreements statements } }
}`;

describe('the GraphQL API over HTTP', () => {
  const driver = createDriver(target);
  const articles = testArticles(`e2e-api-${process.pid}-${Date.now()}`);
  const articleIds = articles.map((a) => a.request.id!);
  const seedId = articleIds[0]!;
  const auth = { authorization: `Bearer ${API_KEY}` };
  let server: RunningServer;
  let gql: ReturnType<typeof graphqlClient>;
  let ingested: IngestResult[];
  let treatyId: string;

  beforeAll(async () => {
    server = await startServer(testConfig(), createLogger(process.env.E2E_LOG_LEVEL ?? 'silent'));
    await server.ready;
    gql = graphqlClient(server.url);
    const { body } = await gql<{ ingestArticles: IngestResult[] }>(
      INGEST,
      { inputs: articles.map((a) => a.request) },
      auth,
    );
    if (!body.data) throw new Error(`ingestion failed: ${JSON.stringify(body.errors)}`);
    ingested = body.data.ingestArticles;
    treatyId = ingested[0]!.ids.agreements[0]!;
    // Full-text indexes catch up with a commit asynchronously.
    await eventually(async () => {
      const search = await gql<{ search: { id: string }[] }>('{ search(text: "Rudenko") { id } }');
      return search.body.data?.search.some((hit) => hit.id === RUDENKO_ID) ? true : undefined;
    });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await deleteArticles(driver, target.database, articleIds);
    await driver.close();
  });

  describe('ingestion through the API', () => {
    it('ingested the seed article and every fixture, under the ids given', () => {
      expect(ingested.map((r) => r.articleId)).toEqual(articleIds);
      expect(ingested.every((r) => r.status === 'NEW' || r.status === 'UPDATED')).toBe(true);
      expect(ingested[0]!.ids.persons).toContain(RUDENKO_ID);
      expect(ingested[0]!.nodesCreated + ingested[0]!.relationshipsCreated).toBeGreaterThan(0);
    });

    it('is idempotent: the same article again is SKIPPED and writes nothing', async () => {
      const { body } = await gql<{ ingestArticles: IngestResult[] }>(
        INGEST,
        { inputs: [articles[0]!.request] },
        auth,
      );
      expect(body.data!.ingestArticles[0]).toMatchObject({
        articleId: seedId,
        status: 'SKIPPED',
        nodesCreated: 0,
        relationshipsCreated: 0,
      });
    });
  });

  describe('the response cache', () => {
    const lateId = `${seedId}-late`;
    const lookup = '{ articles(where: { id: { eq: "' + lateId + '" } }) { id } }';

    afterAll(() => deleteArticles(driver, target.database, [lateId]));

    it('answers a repeated query from the cache, and tells no browser to cache or revalidate it', async () => {
      // The graph-version watch may still clear the cache once after the ingestion above: retry until a hit.
      const [first, second] = await eventually(async () => {
        const miss = await gql<{ articles: { id: string }[] }>(lookup);
        const hit = await gql<{ articles: { id: string }[] }>(lookup);
        return hit.headers.get('age') === null ? undefined : [miss, hit];
      });
      expect(first.body.data!.articles).toEqual([]);
      expect(first.headers.get('cache-control')).toBe('no-store');
      expect(first.headers.get('etag')).toBeNull();
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('cache-control')).toBe('no-store');
      expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    });

    it('forgets every cached answer as soon as an ingestion mutation writes, without waiting for the TTL', async () => {
      await gql(lookup);
      const { body } = await gql<{ ingestArticles: IngestResult[] }>(
        INGEST,
        {
          inputs: [
            {
              id: lateId,
              publishedAt: '2025-03-04',
              text: 'Norwegian Foreign Minister Espen Barth Eide said on Tuesday that the fisheries accord with Russia "must be renewed before winter".',
            },
          ],
        },
        auth,
      );
      expect(body.data!.ingestArticles[0]!.status).toBe('NEW');
      const after = await gql<{ articles: { id: string }[] }>(lookup);
      expect(after.body.data!.articles).toEqual([{ id: lateId }]);
      expect(after.headers.get('age')).toBeNull();
    });

    it('notices a write by another process (the CLI) within a few seconds, well before the TTL', async () => {
      const otherId = `${seedId}-other-writer`;
      const otherLookup = lookup.replace(lateId, otherId);
      try {
        await gql(otherLookup);
        const cachedAnswer = await gql<{ articles: { id: string }[] }>(otherLookup);
        expect(cachedAnswer.headers.get('age')).not.toBeNull();
        // Straight to Neo4j, past this server's ingestion mutation: only the graph-version watch can tell.
        await realIngestService(driver, target.database).ingestArticle({
          id: otherId,
          publishedAt: '2025-03-05',
          text: 'Finnish President Alexander Stubb said on Wednesday that the border agreement "will be honoured".',
        });
        const fresh = await eventually(async () => {
          const { body } = await gql<{ articles: { id: string }[] }>(otherLookup);
          return body.data!.articles.length > 0 ? body.data!.articles : undefined;
        }, 5_000);
        expect(fresh).toEqual([{ id: otherId }]);
      } finally {
        await deleteArticles(driver, target.database, [otherId]);
      }
    });

    it('never caches a mutation', async () => {
      const again = () =>
        gql<{ ingestArticles: IngestResult[] }>(INGEST, { inputs: [articles[0]!.request] }, auth);
      await again();
      const { headers } = await again();
      expect(headers.get('age')).toBeNull();
    });
  });

  describe('whoSaidWhat', () => {
    const QUERY = `query WhoSaidWhat($agreement: String!, $from: Date, $to: Date) {
      whoSaidWhat(agreement: $agreement, from: $from, to: $to) {
        id quote text date speakerName speakerTitle
        speakerCountry { id name }
        speaker { __typename ... on Person { id name } }
        channel { name }
        articlesConnection { edges { properties { sentence } node { id title publishedAt } } }
      }
    }`;
    type Row = {
      id: string;
      quote: string | null;
      speakerName: string;
      speakerTitle: string | null;
      speakerCountry: { id: string } | null;
      speaker: { __typename: string; id?: string }[];
      channel: { name: string }[];
      articlesConnection: { edges: { properties: { sentence: string }; node: { id: string } }[] };
    };
    const RUDENKO_QUOTES = [
      /^\[This\] treaty is a kind of warning/,
      /^is not aimed at undermining/,
      /^We hope Seoul will accept/,
    ];

    it('answers who said what about the partnership treaty, with role, country, channel and source', async () => {
      const { status, body } = await gql<{ whoSaidWhat: Row[] }>(QUERY, { agreement: 'partnership treaty' });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const fromSeed = body.data!.whoSaidWhat.filter((s) =>
        s.articlesConnection.edges.some((e) => e.node.id === seedId),
      );
      for (const pattern of RUDENKO_QUOTES) {
        const statement = fromSeed.find((s) => s.quote !== null && pattern.test(s.quote));
        expect(statement, String(pattern)).toMatchObject({
          speaker: [{ __typename: 'Person', id: RUDENKO_ID }],
          speakerName: 'Andrey Rudenko',
          speakerTitle: 'Deputy Foreign Minister',
          speakerCountry: { id: 'RUS' },
          channel: [{ name: 'Sputnik' }],
        });
        const source = statement!.articlesConnection.edges.find((e) => e.node.id === seedId);
        expect(source!.properties.sentence).toContain(statement!.quote!.slice(0, 30));
      }
    });

    it('finds the agreement by id and by alias too, and honours the date range', async () => {
      const ids = async (agreement: string, range: Record<string, string> = {}) => {
        const { body } = await gql<{ whoSaidWhat: Row[] }>(QUERY, { agreement, ...range });
        return body.data!.whoSaidWhat.map((s) => s.id);
      };
      const byId = await ids(treatyId);
      expect(byId.length).toBeGreaterThanOrEqual(3);
      expect(await ids('comprehensive strategic partnership')).toEqual(byId);
      expect(await ids(treatyId, { to: '2024-06-01' })).toEqual([]);
      expect(await ids(treatyId, { from: '2024-06-01', to: '2024-06-30' })).toEqual(byId);
    });
  });

  it('search finds Rudenko first, with his kind, and takes Lucene syntax in user text literally', async () => {
    const { body } = await gql<{ search: { kind: string; id: string; detail: string }[] }>(
      '{ search(text: "Rudenko") { kind id label detail score } }',
    );
    expect(body.data!.search[0]).toMatchObject({
      kind: 'PERSON',
      id: RUDENKO_ID,
      detail: 'Deputy Foreign Minister',
    });
    for (const hostile of [
      '"unbalanced',
      'treaty~ AND OR NOT',
      'name:* \\ ( [ { ^2 ?',
      '*',
      'AND',
      '&& || !',
      '"',
    ]) {
      const response = await gql<{ search: unknown[] }>('query S($t: String!) { search(text: $t) { id } }', {
        t: hostile,
      });
      expect(response.status, hostile).toBe(200);
      expect(response.body.errors, hostile).toBeUndefined();
      expect(Array.isArray(response.body.data!.search)).toBe(true);
    }
  });

  it('timeline of North Korea lists its agreements and meetings in date order, undated last', async () => {
    const { body } = await gql<{
      timeline: { kind: string; id: string; date: string | null; label: string }[];
    }>('{ timeline(entity: "PRK") { kind id date label detail } }');
    const events = body.data!.timeline;
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'AGREEMENT', id: treatyId, date: '2024-06-19' }),
    );
    expect(events).toContainEqual(expect.objectContaining({ kind: 'MEETING', date: '2024-06-19' }));
    const dated = events.filter((e) => e.date !== null).map((e) => e.date!);
    expect(dated).toEqual([...dated].sort());
    expect(events.slice(dated.length).every((e) => e.date === null)).toBe(true);
    // A month-precision date overlaps a range inside that month.
    const september = await gql<{ timeline: { date: string }[] }>(
      '{ timeline(entity: "PRK", from: "2023-09-10", to: "2023-09-20") { kind date label } }',
    );
    expect(september.body.data!.timeline.map((e) => e.date)).toContain('2023-09');
  });

  it('countryRelations of Russia lists North Korea with one shared agreement', async () => {
    const { body } = await gql<{
      countryRelations: {
        country: { id: string };
        sharedAgreements: number;
        sharedMeetings: number;
        statementsAboutOther: number;
        latestAgreement: { id: string };
      }[];
    }>(
      '{ countryRelations(country: "RUS") { country { id label } sharedAgreements sharedMeetings statementsAboutOther latestAgreement { id date } } }',
    );
    const prk = body.data!.countryRelations.find((r) => r.country.id === 'PRK');
    expect(prk).toMatchObject({ sharedAgreements: 1, latestAgreement: { id: treatyId } });
    expect(prk!.sharedMeetings).toBeGreaterThanOrEqual(1);
    expect(prk!.statementsAboutOther).toBeGreaterThanOrEqual(1);
  });

  it('dashboard aggregates count statements and meetings, and graphStats counts labels and types', async () => {
    const { body } = await gql<{
      bySpeaker: { key: string; count: number }[];
      byMonth: { key: string }[];
      meetings: { key: string; count: number }[];
      graphStats: { labels: { label: string; count: number }[]; relationships: { type: string }[] };
    }>(`{
      bySpeaker: statementCounts(groupBy: SPEAKER, from: "2024-06-01", to: "2024-06-30", limit: 50) { key label count }
      byMonth: statementCounts(groupBy: MONTH, limit: 100) { key count }
      meetings: meetingCounts(groupBy: COUNTRY, limit: 100) { key count }
      graphStats { labels { label count } relationships { type count } articlesPerMonth { month count } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.bySpeaker.find((b) => b.key === RUDENKO_ID)?.count).toBeGreaterThanOrEqual(3);
    const months = body.data!.byMonth.map((b) => b.key);
    expect(months).toEqual([...months].sort());
    expect(months).toEqual(expect.arrayContaining(['2023-02', '2024-06']));
    expect(body.data!.meetings.find((b) => b.key === 'RUS')?.count).toBeGreaterThanOrEqual(2);
    expect(body.data!.graphStats.labels.find((l) => l.label === 'Article')?.count).toBeGreaterThanOrEqual(
      articles.length,
    );
    expect(body.data!.graphStats.relationships.map((r) => r.type)).toContain('MENTIONED_IN');
  });

  describe('the generated read API', () => {
    const ours = { articles: { some: { id: { in: articleIds } } } };

    /** Ground truth straight from Neo4j: this run's statements, as the API should list them. */
    async function statementsByCypher(where: string, order: string, params: Record<string, unknown> = {}) {
      const result = await driver.executeQuery(
        `MATCH (s:Statement)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $articleIds AND ${where}
         WITH DISTINCT s RETURN s.id AS id, s.date AS date ORDER BY ${order}`,
        { articleIds, ...params },
        { database: target.database },
      );
      return result.records.map((r) => ({ id: r.get('id') as string, date: r.get('date') as string }));
    }

    it('filters statements by speakerId exactly as by the speaker relationship', async () => {
      const { body } = await gql<{
        bySpeakerId: { id: string; speakerId: string }[];
        bySpeaker: { id: string }[];
      }>(
        `query Q($person: ID!) {
          bySpeakerId: statements(where: { speakerId: { eq: $person } }, sort: [{ id: ASC }], limit: 500) { id speakerId }
          bySpeaker: statements(where: { speaker: { some: { Person: { id: { eq: $person } } } } }, sort: [{ id: ASC }], limit: 500) { id }
        }`,
        { person: 'person:andrey-rudenko' },
      );
      expect(body.data!.bySpeakerId.length).toBeGreaterThanOrEqual(2);
      expect(body.data!.bySpeakerId.map(({ id }) => ({ id }))).toEqual(body.data!.bySpeaker);
      expect(new Set(body.data!.bySpeakerId.map((s) => s.speakerId))).toEqual(
        new Set(['person:andrey-rudenko']),
      );
    });

    it('filters, sorts and pages statements by cursor, with a total count and aggregation', async () => {
      const QUERY = `query Page($where: StatementWhere, $after: String) {
        statementsConnection(where: $where, sort: [{ date: DESC }, { id: ASC }], first: 3, after: $after) {
          totalCount
          aggregate { count { nodes } }
          pageInfo { hasNextPage endCursor }
          edges { node { id date } }
        }
      }`;
      const expected = await statementsByCypher("s.date >= '2024-01-01'", 's.date DESC, s.id ASC');
      expect(expected.length).toBeGreaterThan(6);
      const where = { ...ours, date: { gte: '2024-01-01' } };
      type Page = {
        statementsConnection: {
          totalCount: number;
          aggregate: { count: { nodes: number } };
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; date: string } }[];
        };
      };
      const seen: { id: string; date: string }[] = [];
      let after: string | undefined;
      for (let page = 0; page < 100; page++) {
        const { body } = await gql<Page>(QUERY, { where, after });
        expect(body.errors).toBeUndefined();
        const connection = body.data!.statementsConnection;
        expect(connection.totalCount).toBe(expected.length);
        expect(connection.aggregate.count.nodes).toBe(expected.length);
        expect(connection.edges.length).toBeLessThanOrEqual(3);
        seen.push(...connection.edges.map((e) => e.node));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('pages statements by offset and filters them through relationships', async () => {
      const { body } = await gql<{
        all: { id: string }[];
        page: { id: string }[];
        viaSputnik: { id: string }[];
      }>(
        `query Q($where: StatementWhere!) {
          all: statements(where: $where, sort: [{ id: ASC }], limit: 500) { id }
          page: statements(where: $where, sort: [{ id: ASC }], limit: 2, offset: 2) { id }
          viaSputnik: statements(where: { AND: [$where, { channel: { some: { name: { eq: "Sputnik" } } } }] }, sort: [{ id: ASC }]) { id }
        }`,
        { where: ours },
      );
      expect(body.data!.all).toEqual((await statementsByCypher('true', 's.id')).map(({ id }) => ({ id })));
      expect(body.data!.page).toEqual(body.data!.all.slice(2, 4));
      const sputnik = await statementsByCypher(
        "EXISTS { (s)-[:VIA]->(:Organization {name: 'Sputnik'}) }",
        's.id',
      );
      expect(sputnik.length).toBeGreaterThanOrEqual(3);
      expect(body.data!.viaSputnik).toEqual(sputnik.map(({ id }) => ({ id })));
    });

    it('filters and sorts people, and reads their roles with the title on the relationship', async () => {
      const { body } = await gql<{
        people: {
          id: string;
          rolesConnection: { edges: { properties: { title: string }; node: { id: string } }[] };
        }[];
        sorted: { name: string }[];
        speakers: { id: string }[];
      }>(`{
        people(where: { name: { caseInsensitive: { contains: "rudenko" } } }) {
          id
          rolesConnection { edges { properties { title } node { ... on Country { id } } } }
        }
        sorted: people(where: { id: { in: ["person:vladimir-putin", "person:kim-jong-un", "${RUDENKO_ID}"] } }, sort: [{ name: DESC }]) { name }
        speakers: people(where: { statements: { some: { quote: { contains: "kind of warning" } } } }) { id }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data!.people).toEqual([
        {
          id: RUDENKO_ID,
          rolesConnection: {
            edges: [{ properties: { title: 'Deputy Foreign Minister' }, node: { id: 'RUS' } }],
          },
        },
      ]);
      expect(body.data!.sorted.map((p) => p.name)).toEqual([
        'Vladimir Putin',
        'Kim Jong-un',
        'Andrey Rudenko',
      ]);
      expect(body.data!.speakers).toEqual([{ id: RUDENKO_ID }]);
    });

    it('navigates relationships both ways: treaty parties, signatories, meeting and statements about it', async () => {
      const { body } = await gql<{ agreements: Record<string, { id?: string; name?: string }[]>[] }>(`{
        agreements(where: { id: { eq: "${treatyId}" } }) {
          parties { ... on Country { id } }
          signatories { name }
          concludedAt { id date place { name } }
          statements { id }
        }
      }`);
      const [treaty] = body.data!.agreements;
      expect(treaty!.parties!.map((p) => p.id).sort()).toEqual(['PRK', 'RUS']);
      expect(treaty!.signatories!.map((p) => p.name).sort()).toEqual(['Kim Jong-un', 'Vladimir Putin']);
      expect(treaty!.concludedAt).toEqual([
        expect.objectContaining({ date: '2024-06-19', place: [{ name: 'Pyongyang' }] }),
      ]);
      expect(treaty!.statements!.length).toBeGreaterThanOrEqual(3);
    });

    it('lists what a country and its officials said (Country.statements), newest first, in a date range', async () => {
      const { body } = await gql<{
        countries: { statements: { id: string; date: string; speakerName: string }[] }[];
      }>(`{
        countries(where: { id: { eq: "RUS" } }) {
          statements(from: "2024-06-01", to: "2024-06-30", limit: 100) { id date speakerName }
        }
      }`);
      const statements = body.data!.countries[0]!.statements;
      const speakers = new Set(statements.map((s) => s.speakerName));
      expect(speakers).toContain('Andrey Rudenko');
      expect(speakers).toContain('Russia');
      expect(statements.every((s) => s.date >= '2024-06' && s.date <= '2024-06-30')).toBe(true);
      const dates = statements.map((s) => s.date);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('has no generated create, update or delete mutations', async () => {
      const { status, body } = await gql('mutation { deleteStatements { nodesDeleted } }');
      expect(status).toBe(400);
      expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('refusals', () => {
    it('refuses a too-deep query with a clear error naming the limit', async () => {
      // Deep but cheap, so that the depth limit (not the cost limit) is what refuses it.
      let selection = 'id';
      for (let i = 0; i < 5; i++) selection = `statements { speaker { ... on Person { ${selection} } } }`;
      const { status, body } = await gql(`{ people { ${selection} } }`);
      expect(status).toBe(400);
      expect(body.errors![0]).toMatchObject({
        message: expect.stringContaining(`depth limit of ${QUERY_LIMITS.maxDepth} exceeded`),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('refuses an ingestion mutation without a valid API key, and writes nothing', async () => {
      const id = `article:e2e-unauthenticated-${process.pid}`;
      const mutation = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId status } }`;
      const input = {
        id,
        text: 'Russia and North Korea signed a treaty in Pyongyang.',
        publishedAt: '2024-06-19',
      };
      const attempts: Record<string, string>[] = [
        {},
        { authorization: 'Bearer wrong-key-0123456789' },
        { authorization: API_KEY },
      ];
      for (const headers of attempts) {
        const { status, body } = await gql(mutation, { input }, headers);
        expect(status).toBe(401);
        expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
        expect(body.data ?? null).toBeNull();
      }
      const stored = await driver.executeQuery(
        'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
        { id },
        { database: target.database },
      );
      expect(stored.records[0]!.get('n')).toBe(0);
    });

    it('refuses bad ingestion input with BAD_USER_INPUT before extracting anything', async () => {
      const bad = await gql(
        'mutation { ingestArticle(input: { id: "article:e2e-bad", text: "x", html: "<p>y</p>", publishedAt: "June 19" }) { articleId } }',
        undefined,
        auth,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.errors![0]).toMatchObject({
        message: expect.stringMatching(/exactly one of text and html.*publishedAt must be a date/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const tooMany = await gql(INGEST, { inputs: Array.from({ length: 101 }, () => ({ text: 'x' })) }, auth);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors![0]!.message).toMatch(/at most 100 articles/);
    });

    it.each([
      [
        'a huge limit',
        '{ statements(limit: 1000000) { id } }',
        /limit on Query.statements must be between 1 and 500/,
      ],
      [
        'a negative limit',
        '{ search(text: "treaty", limit: -5) { id } }',
        /limit on Query.search must be between 1 and 500/,
      ],
      ['a negative offset', '{ people(offset: -1) { id } }', /offset on Query.people must be between 0/],
      [
        'a huge first (refused by the cost limit)',
        '{ peopleConnection(first: 999999) { totalCount } }',
        /^Query Cost limit of \d+ exceeded/,
      ],
      [
        'a huge first in a variable',
        'query($n: Int) { peopleConnection(first: $n) { totalCount } }',
        /first on Query.peopleConnection must be between 1 and 500/,
        { n: 999_999 },
      ],
      [
        'a nested huge limit',
        '{ people { statements(limit: 100000) { id } } }',
        /limit on Person.statements/,
      ],
      ['empty search text', '{ search(text: "   ") { id } }', /text on Query.search must not be empty/],
      ['an overlong search text', `{ search(text: "${'x'.repeat(500)}") { id } }`, /at most 200 characters/],
      [
        'a reversed date range',
        '{ timeline(entity: "PRK", from: "2025-01-01", to: "2024-01-01") { id } }',
        /from \(2025-01-01\) is after to/,
      ],
      ['a malformed date', '{ whoSaidWhat(agreement: "treaty", from: "June") { id } }', /Date/],
      ['an unknown field', '{ treaties { id } }', /Cannot query field "treaties"/],
      ['a syntax error', '{ people { id ', /Syntax Error/],
    ] as [string, string, RegExp, Record<string, unknown>?][])(
      'refuses %s with BAD_USER_INPUT and HTTP 400',
      async (_name, query, message, variables) => {
        const { status, body } = await gql(query, variables);
        expect(status).toBe(400);
        expect(body.errors![0]!.message).toMatch(message);
        expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(body)).not.toMatch(/stacktrace|MATCH \(|at .*\.ts:/);
      },
    );

    it('answers NOT_FOUND for an unknown id, without Cypher or Java in the message', async () => {
      const { body } = await gql('{ timeline(entity: "person:nobody-at-all") { id } }');
      expect(body.errors![0]).toMatchObject({
        message: 'no person, country, organization or agreement has the id person:nobody-at-all',
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it('answers empty, malformed, non-JSON and oversized bodies with clear JSON errors', async () => {
      const post = (body: string, type = 'application/json') =>
        fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': type }, body });
      const empty = await post('{}');
      expect(empty.status).toBe(400);
      expect(
        ((await empty.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
      ).toBe('BAD_USER_INPUT');
      const malformed = await post('{"query": "{ version }"');
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toEqual({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }],
      });
      const text = await post('{ version }', 'text/plain');
      expect(text.status).toBe(415);
      const oversized = await post(JSON.stringify({ query: '{ version }', padding: 'x'.repeat(BODY_LIMIT) }));
      expect(oversized.status).toBe(413);
      expect(await oversized.json()).toEqual({
        errors: [
          {
            message: `The request body is larger than the limit of ${BODY_LIMIT} bytes.`,
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    });

    it(`caps generated lists at ${MAX_PAGE_SIZE} and accepts the maximum`, async () => {
      const { status } = await gql(`{ statements(limit: ${MAX_PAGE_SIZE}) { id } }`);
      expect(status).toBe(200);
    });
  });

  describe('HTTP surface', () => {
    it('sends security headers, and CORS headers only to allowed origins', async () => {
      const preflight = (origin: string) =>
        fetch(`${server.url}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const allowed = await preflight('https://dashboard.example.org');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      const other = await preflight('https://evil.example.com');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ version }' }),
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
    });

    it('exports Prometheus metrics by GraphQL operation name, including Neo4j latency', async () => {
      await gql('query MetricsProbe { statements(limit: 1) { id } }');
      const text = await (await fetch(`${server.url}/metrics`)).text();
      expect(text).toMatch(
        /diplograph_http_requests_total\{[^}]*route="\/graphql"[^}]*operation="MetricsProbe"\} \d+/,
      );
      expect(text).toMatch(/diplograph_http_request_duration_seconds_bucket\{[^}]*operation="MetricsProbe"/);
      expect(text).toMatch(
        /diplograph_neo4j_transaction_duration_seconds_count\{operation="MetricsProbe",mode="read",outcome="ok"\} \d+/,
      );
    });

    it('answers unknown routes with a JSON 404', async () => {
      const response = await fetch(`${server.url}/nope`);
      expect(response.status).toBe(404);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
          .code,
      ).toBe('NOT_FOUND');
    });
  });
});

describe('the GraphQL API before its database is up', () => {
  let server: RunningServer;
  let gql: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    const config = testConfig({
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
      DIPLOGRAPH_INTROSPECTION: 'false',
    });
    server = await startServer(config, createLogger('silent'));
    server.ready.catch(() => {});
    gql = graphqlClient(server.url);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('answers GRAPH_UNAVAILABLE with HTTP 503 and a clear message, and still tells its version', async () => {
    const { status, body } = await gql('{ whoSaidWhat(agreement: "treaty") { id } }');
    expect(status).toBe(503);
    expect(body.errors![0]).toMatchObject({
      message: expect.stringMatching(/not connected yet/),
      extensions: { code: 'GRAPH_UNAVAILABLE' },
    });
    const version = await gql<{ version: string }>('{ version }');
    expect(version.body.data!.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses introspection when configured off', async () => {
    const { status, body } = await gql('{ __schema { queryType { name } } }');
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/introspection/i);
  });
});
