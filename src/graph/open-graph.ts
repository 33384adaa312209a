// The one way a process gets its graph: which Neo4j (NEO4J_URI, or neo4j-local started or reused), a driver,
// connected with retry and migrated. close() releases the driver and stops the database only if it started it.
import type { Config } from '../config.ts';
import { connectWithRetry, createDriver, type Driver } from './driver.ts';
import { loadMigrations, migrate, type Migration, type MigrationReport } from './migrations.ts';
import { resolveNeo4j } from './neo4j-target.ts';

export interface ReadyGraph {
  driver: Driver;
  database: string;
  uri: string;
  /** What opening applied and what was already there. */
  migrations: MigrationReport;
  close(): Promise<void>;
}

export interface OpenGraphOptions {
  log?: (message: string) => void;
  /**
   * Keep trying until Neo4j answers or `signal` aborts, as a server that may start before its database does;
   * otherwise a bounded retry (CONNECT_RETRY), then GRAPH_UNAVAILABLE.
   */
  waitForever?: boolean;
  /** Keep trying for this long instead (a command's outage limit), then GRAPH_UNAVAILABLE. */
  giveUpAfterMs?: number;
  signal?: AbortSignal;
  /** Called on each failed attempt to reach Neo4j. */
  onRetry?: (error: unknown, attempt: number) => void;
  /** The migrations to apply; by default those in cypher/. */
  migrations?: Migration[];
}

export async function openGraph(config: Config, options: OpenGraphOptions = {}): Promise<ReadyGraph> {
  const { target, local } = await resolveNeo4j(config, options.log ?? (() => {}));
  const driver = createDriver(target);
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    options.signal?.throwIfAborted();
    await connectWithRetry(driver, target, {
      ...(options.waitForever ? { attempts: Number.POSITIVE_INFINITY } : {}),
      ...(options.giveUpAfterMs !== undefined
        ? { attempts: Number.POSITIVE_INFINITY, maxElapsedMs: options.giveUpAfterMs }
        : {}),
      signal: options.signal,
      onRetry: options.onRetry,
    });
    const report = await migrate(driver, target.database, options.migrations ?? (await loadMigrations()));
    options.signal?.throwIfAborted();
    return { driver, database: target.database, uri: target.uri, migrations: report, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens the graph, runs `work` on it and closes it, whatever happens inside. */
export async function withGraph<T>(
  config: Config,
  options: OpenGraphOptions,
  work: (graph: ReadyGraph) => Promise<T>,
): Promise<T> {
  const graph = await openGraph(config, options);
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}
