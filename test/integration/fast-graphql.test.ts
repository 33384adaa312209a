// POST /graphql without Express (src/api/fast-graphql.ts) against the Express app alone, over raw sockets on the
// real Neo4j: each request, well formed or hostile (empty, malformed, oversized, chunked, compressed, wrong media
// type or charset, other paths and methods, CORS, cached), gets the same status, headers in the same order and
// the same bytes from both (the Date header and a generated request id aside), and both record the same metrics.
import { createServer, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { ApolloServerPlugin } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, createRequestHandler, type AppDeps } from '../../src/api/create-app.ts';
import { readSchemaFacts } from '../../src/api/domain-queries/schema-facts.ts';
import { createEarlyAnswer, type EarlyAnswer } from '../../src/api/early-answer.ts';
import type { ApiContext } from '../../src/api/graphql-context.ts';
import { buildGraphqlSchema, loadTypeDefs } from '../../src/api/graphql-schema.ts';
import { createGraphqlServer } from '../../src/api/graphql-server.ts';
import { createMetrics, type ApiMetrics } from '../../src/api/metrics.ts';
import { createResponseCache, type ResponseCache } from '../../src/api/response-cache.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { createLogger } from '../../src/logger.ts';
import { eventually } from '../e2e/support/graphql-client.ts';
import { deleteArticles, realIngestService, testArticles } from '../e2e/support/test-articles.ts';

const target = inject('neo4j');
const LIMIT = 64 * 1024;
const ORIGIN = 'http://allowed.example';

const SEARCH = 'query S($t: String!) { search(text: $t, limit: 3) { kind id label } }';
const KNOWN = JSON.stringify({ query: SEARCH, variables: { t: 'Rudenko' } });
const WHO =
  '{ whoSaidWhat(agreement: "comprehensive strategic partnership treaty", limit: 5) { date quote speakerName } }';

/** A raw HTTP/1.1 request: head lines after the request line, then the body bytes as sent. */
function raw(line: string, headers: string[], body: Buffer | string = ''): Buffer {
  const head = [line, 'Host: test', 'Connection: close', 'X-Request-Id: fixed-id', ...headers].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), Buffer.from(body)]);
}
const json = (body: Buffer | string, extra: string[] = []) =>
  raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, ...extra],
    body,
  );
const chunked = (parts: (string | Buffer)[], extra: string[] = []) => {
  const chunks = parts.map((p) =>
    Buffer.concat([
      Buffer.from(`${Buffer.byteLength(p).toString(16)}\r\n`),
      Buffer.from(p),
      Buffer.from('\r\n'),
    ]),
  );
  return raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json', 'Transfer-Encoding: chunked', ...extra],
    Buffer.concat([...chunks, Buffer.from('0\r\n\r\n')]),
  );
};

const big = JSON.stringify({ query: SEARCH, variables: { t: 'x'.repeat(LIMIT) } });
const gz = gzipSync(KNOWN);

/** Each request sent to both servers. */
const CASES: Record<string, Buffer> = {
  'a known query': json(KNOWN),
  'a known query, Accept */*': json(KNOWN, ['Accept: */*']),
  'a known query, charset utf-8': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json; charset=utf-8', `Content-Length: ${KNOWN.length}`],
    KNOWN,
  ),
  'a known query, no request id': Buffer.from(
    json(KNOWN).toString('latin1').replace('X-Request-Id: fixed-id\r\n', ''),
    'latin1',
  ),
  'a known query, chunked': chunked([KNOWN.slice(0, 10), KNOWN.slice(10)]),
  'a known query, gzip': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json', 'Content-Encoding: gzip', `Content-Length: ${gz.length}`],
    gz,
  ),
  'a known query with a BOM': json(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KNOWN)])),
  'a known query, invalid UTF-8 in a variable': json(
    Buffer.concat([
      Buffer.from('{"query":"' + SEARCH + '","variables":{"t":"Ru'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}}'),
    ]),
  ),
  'a known query from an allowed origin': json(KNOWN, [`Origin: ${ORIGIN}`]),
  'a known query from another origin': json(KNOWN, ['Origin: http://evil.example']),
  'a known query asking for graphql-response+json': json(KNOWN, [
    'Accept: application/graphql-response+json',
  ]),
  'a refused argument': json(JSON.stringify({ query: SEARCH, variables: { t: '  ' } })),
  'a known query with extensions': json(
    JSON.stringify({ query: SEARCH, variables: { t: 'Kim' }, extensions: {} }),
  ),
  'an unknown query': json(JSON.stringify({ query: '{ version }' })),
  'a batch': json(JSON.stringify([{ query: '{ version }' }])),
  'an empty body': json(''),
  'an empty object': json('{}'),
  'whitespace only': json('   '),
  'malformed JSON': json('{"query": '),
  'a JSON string': json('"{ version }"'),
  'JSON null': json('null'),
  'a number': json('42'),
  'deeply nested arrays': json('['.repeat(5000) + ']'.repeat(5000)),
  'an oversized body': json(big),
  'an oversized chunked body': chunked([big.slice(0, 40_000), big.slice(40_000)]),
  'a malformed chunked body': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json', 'Transfer-Encoding: chunked'],
    'zz\r\nbad\r\n0\r\n\r\n',
  ),
  'a body shorter than its length': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json', 'Content-Length: 5'],
    '{"a":1}',
  ),
  'text/plain': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: text/plain', `Content-Length: ${KNOWN.length}`],
    KNOWN,
  ),
  'application/graphql': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/graphql', 'Content-Length: 11'],
    '{ version }',
  ),
  'no content type': raw('POST /graphql HTTP/1.1', [`Content-Length: ${KNOWN.length}`], KNOWN),
  'charset latin1': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json; charset=latin1', `Content-Length: ${KNOWN.length}`],
    KNOWN,
  ),
  'an unknown content encoding': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json', 'Content-Encoding: bogus', `Content-Length: ${KNOWN.length}`],
    KNOWN,
  ),
  'a broken gzip body': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: application/json', 'Content-Encoding: gzip', 'Content-Length: 4'],
    'abcd',
  ),
  'upper-case media type': raw(
    'POST /graphql HTTP/1.1',
    ['Content-Type: Application/JSON', `Content-Length: ${KNOWN.length}`],
    KNOWN,
  ),
  'a query string': raw(
    'POST /graphql?x=1 HTTP/1.1',
    ['Content-Type: application/json', `Content-Length: ${KNOWN.length}`],
    KNOWN,
  ),
  'a trailing slash': raw(
    'POST /graphql/ HTTP/1.1',
    ['Content-Type: application/json', `Content-Length: ${KNOWN.length}`],
    KNOWN,
  ),
  'GET with a query': raw(`GET /graphql?query=${encodeURIComponent('{ version }')} HTTP/1.1`, [
    'Apollo-Require-Preflight: true',
  ]),
  'a CORS preflight': raw('OPTIONS /graphql HTTP/1.1', [
    `Origin: ${ORIGIN}`,
    'Access-Control-Request-Method: POST',
  ]),
  'PUT /graphql': json(KNOWN).toString('latin1').startsWith('POST')
    ? Buffer.from(json(KNOWN).toString('latin1').replace(/^POST/, 'PUT'), 'latin1')
    : Buffer.alloc(0),
  'the health route': raw('GET /healthz HTTP/1.1', []),
  'an unknown route': raw('POST /nowhere HTTP/1.1', ['Content-Length: 0']),
};

/** The cases the fast path answers itself (the others go on to the Express app, or to Apollo through it). */
const FAST = new Set([
  'a known query',
  'a known query, Accept */*',
  'a known query, charset utf-8',
  'a known query, no request id',
  'a known query, chunked',
  'a known query, gzip',
  'a known query with a BOM',
  'a known query, invalid UTF-8 in a variable',
  'a known query from an allowed origin',
  'a known query from another origin',
  'upper-case media type',
]);

/** Sends the bytes and returns everything the server wrote until it closed the connection. */
function exchange(port: number, request: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (data) => received.push(data));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(received)));
    socket.write(request);
  });
}

/** The response without its Date header and, when generated, its request id. */
function comparable(response: Buffer): string {
  return response
    .toString('latin1')
    .replace(/\r\nDate: [^\r]*/i, '')
    .replace(/\r\nX-Request-Id: [0-9a-f-]{36}(?=\r\n)/i, '\r\nX-Request-Id: generated');
}

describe('POST /graphql without Express', { timeout: 120_000 }, () => {
  const driver = createDriver(target);
  const articles = testArticles(`fast-graphql-${process.pid}-${Date.now()}`);
  let apolloRequests = 0;
  let cache: ResponseCache;
  let earlyAnswer: EarlyAnswer;
  const servers: Server[] = [];
  let express: { port: number; metrics: ApiMetrics };
  /** A third server (the app alone) for requests outside the comparison, so both compared servers count the same. */
  let warm: number;
  let fast: { port: number; metrics: ApiMetrics; expressAnswers: () => number };

  const counting: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      apolloRequests++;
    },
  };

  async function listen(handler: RequestListener): Promise<number> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  async function both(request: Buffer, invalidate = true) {
    if (invalidate) cache.invalidate();
    const before = await exchange(express.port, request);
    if (invalidate) cache.invalidate();
    const answersBefore = fast.expressAnswers();
    const apolloBefore = apolloRequests;
    const after = await exchange(fast.port, request);
    return {
      before: comparable(before),
      after: comparable(after),
      viaExpress: fast.expressAnswers() > answersBefore,
      viaApollo: apolloRequests > apolloBefore,
    };
  }

  beforeAll(async () => {
    const ingest = realIngestService(driver, target.database);
    for (const article of articles) await ingest.ingestArticle(article.request);
    const schema = await buildGraphqlSchema({ version: 'test', getIngest: () => undefined });
    cache = createResponseCache({ ttlSeconds: 60 });
    earlyAnswer = createEarlyAnswer({
      facts: readSchemaFacts(loadTypeDefs()),
      graphState: () => 'ready',
      responseCache: cache,
    });
    const logger = createLogger('silent');
    const apolloMetrics = createMetrics();
    const graphql = createGraphqlServer({
      schema,
      introspection: false,
      production: true,
      graphState: () => 'ready',
      logger,
      metrics: apolloMetrics,
      earlyAnswer,
      plugins: [counting, cache.plugin],
    });
    await graphql.start();
    const deps = (metrics: ApiMetrics, early: EarlyAnswer): AppDeps => ({
      readiness: { check: async () => ({ ready: true }) },
      graphql,
      context: { getGraph: () => ({ driver, database: target.database }), apiKeys: [], metrics },
      logger,
      metrics,
      bodyLimitBytes: LIMIT,
      corsOrigins: [ORIGIN],
      responseCache: cache,
      earlyAnswer: early,
    });
    warm = await listen(createApp(deps(createMetrics(), earlyAnswer)));
    const expressMetrics = createMetrics();
    express = { port: await listen(createApp(deps(expressMetrics, earlyAnswer))), metrics: expressMetrics };
    // The fast server's early answer counts what reaches it through the Express app.
    let expressAnswers = 0;
    const counted: EarlyAnswer = {
      ...earlyAnswer,
      middleware(context) {
        const inner = earlyAnswer.middleware(context);
        return (req, res, next) => {
          expressAnswers++;
          return inner(req, res, next);
        };
      },
    };
    const fastMetrics = createMetrics();
    fast = {
      port: await listen(createRequestHandler(deps(fastMetrics, counted))),
      metrics: fastMetrics,
      expressAnswers: () => expressAnswers,
    };
    await eventually(async () => {
      cache.invalidate();
      const answer = await exchange(warm, json(KNOWN));
      return answer.includes('person:andrey-rudenko') ? true : undefined;
    });
    // Apollo answers once, so the early answer knows the query strings.
    await exchange(warm, json(JSON.stringify({ query: WHO })));
  }, 300_000);

  afterAll(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    await deleteArticles(
      driver,
      target.database,
      articles.map((a) => a.request.id!),
    );
    await driver.close();
  });

  it('answers a known query itself, with the bytes the app gives', async () => {
    for (const body of [KNOWN, JSON.stringify({ query: WHO })]) {
      const answer = await both(json(body));
      expect(answer.before).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(answer.after).toBe(answer.before);
      expect(answer.viaExpress).toBe(false);
      expect(answer.viaApollo).toBe(false);
    }
  });

  it.each(Object.entries(CASES))('%s: the same status, headers and bytes', async (name, request) => {
    const answer = await both(request);
    expect(answer.before).toMatch(/^HTTP\/1\.1 \d{3} /);
    expect(answer.after).toBe(answer.before);
    if (FAST.has(name)) expect(answer.viaExpress).toBe(false);
  });

  it('answers from the response cache with the same headers', async () => {
    cache.invalidate();
    await exchange(warm, json(KNOWN));
    const answer = await both(json(KNOWN), false);
    expect(answer.before).toContain('\r\nage: ');
    expect(answer.after).toBe(answer.before);
    expect(answer.viaExpress).toBe(false);
  });

  it('records an aborted request and every other request as the app does', async () => {
    for (const port of [express.port, fast.port]) {
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            raw(
              'POST /graphql HTTP/1.1',
              ['Content-Type: application/json', 'Content-Length: 100'],
              '{"query":',
            ),
          );
          setTimeout(() => socket.destroy(), 100);
        });
        socket.on('close', () => setTimeout(resolve, 200));
      });
    }
    const counts = async (metrics: ApiMetrics) =>
      (await metrics.registry.getSingleMetricAsString('diplograph_http_requests_total'))
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .sort();
    expect(await counts(fast.metrics)).toEqual(await counts(express.metrics));
  });
});
