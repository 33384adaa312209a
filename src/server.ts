// The composition root of the service: config -> Neo4j -> driver -> services -> Apollo -> Express -> HTTP.
// HTTP listens first so /healthz answers at once; Neo4j is connected and migrated in the background, and GraphQL
// answers GRAPH_UNAVAILABLE until it is. The schema needs no database, so it is built before listening.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { handleClientErrors } from './api/client-errors.ts';
import { createApp } from './api/create-app.ts';
import type { GraphHandle } from './api/graphql-context.ts';
import { buildGraphqlSchema } from './api/graphql-schema.ts';
import { createGraphqlServer } from './api/graphql-server.ts';
import type { IngestService } from './api/ingest-service.ts';
import { createResponseCache } from './api/response-cache.ts';
import { watchGraphVersion } from './graph/graph-version.ts';
import { watchGraphHealth, type GraphHealth } from './graph/graph-health.ts';
import { createMetrics } from './api/metrics.ts';
import { createDriver } from './graph/driver.ts';
import type { LocalNeo4j } from './graph/local-neo4j.ts';
import { loadMigrations, migrate } from './graph/migrations.ts';
import { resolveNeo4j } from './graph/neo4j-target.ts';
import { createReadinessProbe } from './graph/readiness.ts';
import { retryWithBackoff } from './graph/retry.ts';
import { VERSION } from './version.ts';

export interface RunningServer {
  url: string;
  httpServer: Server;
  /** Resolves once Neo4j is connected and migrated (rejects if that fails for good). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Runs once the graph is ready, e.g. to ingest samples/ on `npm start`. */
  onGraphReady?: (driver: Driver, database: string) => Promise<void>;
  /** Builds the service behind the ingestion mutations once the graph is connected; absent: "ingestion not configured". */
  createIngestService?: (driver: Driver, database: string) => IngestService;
}

/** Node's default: larger request headers get 431. */
const MAX_HEADER_BYTES = 16 * 1024;
/** How often the API checks that Neo4j answers, and how long it waits for the answer. */
const HEALTH_CHECK_MS = 1_000;
const HEALTH_TIMEOUT_MS = 2_000;
/** How soon a write by another process reaches the API's cached answers. */
const GRAPH_VERSION_POLL_MS = 1_000;

export async function startServer(
  config: Config,
  logger: Logger,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const migrations = await loadMigrations();
  const shutdown = new AbortController();
  let driver: Driver | undefined;
  let graph: GraphHandle | undefined;
  let ingest: IngestService | undefined;
  let local: LocalNeo4j | undefined;
  let stopWatching = () => {};
  let health: GraphHealth | undefined;

  const httpServer = createServer({ maxHeaderSize: MAX_HEADER_BYTES });
  handleClientErrors(httpServer, MAX_HEADER_BYTES);
  const metrics = createMetrics();
  const schema = await buildGraphqlSchema({ version: VERSION, getIngest: () => ingest });
  const responseCache = createResponseCache({ ttlSeconds: config.server.cacheTtlSeconds });
  const graphql = createGraphqlServer({
    schema,
    plugins: [responseCache.plugin],
    introspection: config.server.introspection,
    production: config.environment === 'production',
    graphState: () =>
      graph === undefined ? 'starting' : health?.available() === false ? 'unavailable' : 'ready',
    onGraphOutage: () => health?.reportOutage(),
    logger,
    metrics,
    httpServer,
  });
  await graphql.start();
  const readiness = createReadinessProbe(() => driver, config.neo4j.database, migrations);
  const app = createApp({
    readiness,
    graphql,
    context: { getGraph: () => graph, apiKeys: config.apiKeys, metrics },
    logger,
    metrics,
    bodyLimitBytes: config.server.bodyLimitBytes,
    corsOrigins: config.server.corsOrigins,
    responseCache: responseCache.middleware,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.server.port, config.server.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  logger.info({ url, graphql: `${url}/graphql` }, 'diplograph is listening');

  const ready = (async () => {
    const resolved = await resolveNeo4j(config, (message) => logger.info(message));
    local = resolved.local;
    if (shutdown.signal.aborted) return;
    const candidate = createDriver(resolved.target);
    driver = candidate;
    // The database may come up after us: keep trying, with backoff, until it answers or we shut down.
    await retryWithBackoff(() => candidate.verifyConnectivity({ database: resolved.target.database }), {
      attempts: Number.POSITIVE_INFINITY,
      initialDelayMs: 250,
      maxDelayMs: 5_000,
      signal: shutdown.signal,
      onRetry: (error, attempt) => {
        if (attempt === 1 || attempt % 10 === 0) {
          logger.warn({ uri: resolved.target.uri, err: (error as Error).message }, 'waiting for neo4j');
        }
      },
    });
    const report = await migrate(candidate, resolved.target.database, migrations);
    logger.info(report, 'migrations checked');
    graph = { driver: candidate, database: resolved.target.database };
    health = watchGraphHealth({
      check: () => candidate.verifyConnectivity({ database: resolved.target.database }),
      intervalMs: HEALTH_CHECK_MS,
      timeoutMs: HEALTH_TIMEOUT_MS,
      onChange: (up) =>
        up
          ? logger.info('neo4j answers again')
          : logger.warn('neo4j unreachable: answering 503 until it is back'),
    });
    const service = options.createIngestService?.(candidate, resolved.target.database);
    ingest = service && invalidatingOnWrite(service, responseCache.invalidate);
    await options.onGraphReady?.(candidate, resolved.target.database);
    responseCache.invalidate();
    // Writes by other processes (the CLI) into the same Neo4j clear the cache within a second too; with the cache
    // off there is nothing to clear, and no reason to ask Neo4j every second.
    if (config.server.cacheTtlSeconds > 0) {
      stopWatching = watchGraphVersion(candidate, resolved.target.database, {
        intervalMs: GRAPH_VERSION_POLL_MS,
        onChange: responseCache.invalidate,
        onError: (error) => logger.debug({ err: error }, 'could not read the graph version'),
      });
    }
    logger.info({ uri: resolved.target.uri }, 'graph ready');
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
      graph = undefined;
      // Apollo's drain plugin stops accepting connections and waits for in-flight requests.
      await graphql.stop();
      await driver?.close();
      await local?.stop();
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
