// What the API-facing benches share: the graph they read (a given Bolt URI, or a neo4j-local started on a kept
// data directory), an in-process API server over it with a chosen response-cache TTL, and a root field's @cypher.
import { resolve } from 'node:path';
import { loadTypeDefs } from '../../src/api/graphql-schema.ts';
import { readSchemaFacts } from '../../src/api/domain-queries/schema-facts.ts';
import { loadConfig } from '../../src/config.ts';
import { connectWithRetry, createDriver, type Driver, type Neo4jTarget } from '../../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { freePort } from '../../test/setup/free-port.ts';

export interface BenchGraph {
  target: Neo4jTarget;
  driver: Driver;
  /** Closes the driver and stops the neo4j-local this bench started, if any. */
  close(): Promise<void>;
}

/**
 * --neo4j-uri (or NEO4J_URI) if given, else a neo4j-local on --data DIR; exits 2 with `usage` when neither is.
 * The heap and page cache are those bench:ingest built the graph with.
 */
export async function openBenchGraph(flags: Map<string, string>, usage: string): Promise<BenchGraph> {
  const { neo4j: configured } = loadConfig(process.env);
  const dataDir = flags.get('data');
  let local: LocalNeo4j | undefined;
  let uri = flags.get('neo4j-uri') ?? configured.uri;
  if (!uri && dataDir) {
    local = await startLocalNeo4j({
      port: await freePort(),
      dataDir: resolve(dataDir),
      heap: '2g',
      pageCache: '2g',
    });
    uri = local.uri;
  }
  if (!uri) {
    console.error(usage);
    process.exit(2);
  }
  const target = { ...configured, uri };
  const driver = createDriver(target);
  await connectWithRetry(driver, target);
  return {
    target,
    driver,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}

/** The API as deployed (production, no samples) on an ephemeral port, with the response cache on or off (0). */
export async function startBenchServer(target: Neo4jTarget, cacheTtlSeconds: number): Promise<RunningServer> {
  const config = loadConfig({
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    NODE_ENV: 'production',
    DIPLOGRAPH_SEED_SAMPLES: 'false',
    DIPLOGRAPH_CACHE_TTL_SECONDS: String(cacheTtlSeconds),
  });
  const started = await startServer(
    { ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } },
    createLogger('warn'),
  );
  await started.ready;
  return started;
}

/** The @cypher statement of a root Query field: run through the driver, it is that field's floor. */
export function cypherOfQuery(field: string): string {
  const fact = readSchemaFacts(loadTypeDefs()).get('Query')?.fields.get(field);
  if (fact?.kind !== 'cypher') throw new Error(`Query.${field} has no @cypher statement`);
  return fact.statement;
}
