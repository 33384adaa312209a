// The composition root of the service: config -> Neo4j -> driver -> services -> Apollo -> Express -> HTTP.
// HTTP listens first so /healthz answers at once; Neo4j is connected and migrated in the background, and GraphQL
// answers GRAPH_UNAVAILABLE until it is. The schema needs no database, so it is built before listening.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { handleClientErrors } from './api/client-errors.ts';
import { createRequestHandler } from './api/create-app.ts';
import { readSchemaFacts } from './api/domain-queries/schema-facts.ts';
import { createEarlyAnswer } from './api/early-answer.ts';
import type { GraphState } from './api/graph-availability.ts';
import { buildGraphqlSchema, loadTypeDefs } from './api/graphql-schema.ts';
import { createGraphqlServer } from './api/graphql-server.ts';
import type { IngestService } from './api/ingest-service.ts';
import { createMetrics } from './api/metrics.ts';
import { createResponseCache } from './api/response-cache.ts';
import { watchGraphHealth, type GraphHealth } from './graph/graph-health.ts';
import { watchGraphVersion } from './graph/graph-version.ts';
import { loadMigrations } from './graph/migrations.ts';
import { openGraph, type ReadyGraph } from './graph/open-graph.ts';
import { createReadinessProbe } from './graph/readiness.ts';
import { createGraphIngester } from './ingest/graph-ingester.ts';
import { ingestSamples } from './ingest/ingest-samples.ts';
import { createRequestIngester } from './ingest/ingest-request.ts';
import { VERSION } from './version.ts';

export interface RunningServer {
  url: string;
  httpServer: Server;
  /** Resolves once Neo4j is connected and migrated (rejects if that fails for good). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Ingest samples/ once the graph is ready (`diplograph start`), unless config.seedSamples is off. */
  seedSamples?: boolean;
}

/** Node's default: larger request headers get 431. */
const MAX_HEADER_BYTES = 16 * 1024;
/** How often the API checks that Neo4j answers, and how long it waits for the answer. */
const HEALTH_CHECK_MS = 1_000;
const HEALTH_TIMEOUT_MS = 2_000;
/** The outage signal before the health watch runs (no graph yet: requests are refused before any query). */
const NEVER_ABORTED = new AbortController().signal;
/** How soon a write by another process reaches the API's cached answers. */
const GRAPH_VERSION_POLL_MS = 1_000;

export async function startServer(
  config: Config,
  logger: Logger,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const migrations = await loadMigrations();
  const shutdown = new AbortController();
  let graph: ReadyGraph | undefined;
  let ingest: IngestService | undefined;
  let stopWatching = () => {};
  let health: GraphHealth | undefined;

  const httpServer = createServer({ maxHeaderSize: MAX_HEADER_BYTES });
  handleClientErrors(httpServer, MAX_HEADER_BYTES);
  const metrics = createMetrics();
  const schema = await buildGraphqlSchema({ version: VERSION, getIngest: () => ingest });
  const responseCache = createResponseCache({ ttlSeconds: config.server.cacheTtlSeconds });
  const graphState = (): GraphState =>
    graph === undefined ? 'starting' : health?.available() === false ? 'unavailable' : 'ready';
  const earlyAnswer = createEarlyAnswer({
    facts: readSchemaFacts(loadTypeDefs()),
    graphState,
    responseCache,
  });
  const graphql = createGraphqlServer({
    schema,
    plugins: [responseCache.plugin],
    introspection: config.server.introspection,
    production: config.environment === 'production',
    graphState,
    earlyAnswer,
    onGraphOutage: () => health?.reportOutage(),
    logger,
    metrics,
    httpServer,
  });
  await graphql.start();
  const readiness = createReadinessProbe(() => graph?.driver, config.neo4j.database, migrations);
  const handler = createRequestHandler({
    readiness,
    graphql,
    context: {
      getGraph: () => graph,
      graphOutage: () => health?.outageSignal() ?? NEVER_ABORTED,
      apiKeys: config.apiKeys,
      metrics,
    },
    logger,
    metrics,
    bodyLimitBytes: config.server.bodyLimitBytes,
    corsOrigins: config.server.corsOrigins,
    responseCache,
    earlyAnswer,
  });
  httpServer.on('request', handler);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.server.port, config.server.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  logger.info({ url, graphql: `${url}/graphql` }, 'diplograph is listening');

  const ready = (async () => {
    // The database may come up after us: keep trying, with backoff, until it answers or we shut down.
    const opened = await openGraph(config, {
      waitForever: true,
      signal: shutdown.signal,
      migrations,
      log: (message) => logger.info(message),
      onRetry: (error, attempt) => {
        if (attempt === 1 || attempt % 10 === 0) {
          logger.warn({ err: (error as Error).message }, 'waiting for neo4j');
        }
      },
    });
    if (shutdown.signal.aborted) return opened.close();
    logger.info(opened.migrations, 'migrations checked');
    graph = opened;
    health = watchGraphHealth({
      check: () => opened.driver.verifyConnectivity({ database: opened.database }),
      intervalMs: HEALTH_CHECK_MS,
      timeoutMs: HEALTH_TIMEOUT_MS,
      onChange: (up) =>
        up
          ? logger.info('neo4j answers again')
          : logger.warn('neo4j unreachable: answering 503 until it is back'),
    });
    // One extractor per process: building it loads the language model and gazetteers.
    const ingester = createGraphIngester(opened);
    // The mutations replace a changed article: a client re-sending a corrected article means to update it.
    ingest = invalidatingOnWrite(
      createRequestIngester(ingester, { replace: true }),
      responseCache.invalidate,
    );
    if (options.seedSamples && config.seedSamples) {
      const summary = await ingestSamples(ingester);
      logger.info({ samples: summary.articles, failures: summary.failures }, 'samples ingested');
    }
    responseCache.invalidate();
    // Writes by other processes (the CLI) into the same Neo4j clear the cache within a second too; with the cache
    // off there is nothing to clear, and no reason to ask Neo4j every second.
    if (config.server.cacheTtlSeconds > 0) {
      stopWatching = watchGraphVersion(opened.driver, opened.database, {
        intervalMs: GRAPH_VERSION_POLL_MS,
        onChange: responseCache.invalidate,
        onError: (error) => logger.debug({ err: error }, 'could not read the graph version'),
      });
    }
    logger.info({ uri: opened.uri }, 'graph ready');
  })();
  ready.catch((error: unknown) => {
    if (!shutdown.signal.aborted)
      logger.error({ err: error }, 'could not prepare the graph; /readyz stays 503');
  });

  return {
    url,
    httpServer,
    ready,
    async stop() {
      shutdown.abort();
      stopWatching();
      health?.stop();
      const opened = graph;
      graph = undefined;
      // Apollo's drain plugin stops accepting connections and waits for in-flight requests.
      await graphql.stop();
      await opened?.close();
      logger.info('diplograph stopped');
    },
  };
}

/** The ingestion service, clearing the response cache whenever an article was written. */
function invalidatingOnWrite(service: IngestService, invalidate: () => void): IngestService {
  return {
    async ingestArticle(input) {
      const result = await service.ingestArticle(input);
      if (result.status !== 'SKIPPED') invalidate();
      return result;
    },
  };
}
