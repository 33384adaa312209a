// Decides which Neo4j this process talks to: NEO4J_URI when set, otherwise the project's own neo4j-local,
// started (or reused) on 127.0.0.1. The caller owns the returned LocalNeo4j and stops it on shutdown.
import type { Config } from '../config.ts';
import type { Neo4jTarget } from './driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.ts';

export interface ResolvedNeo4j {
  target: Neo4jTarget;
  local: LocalNeo4j | undefined;
}

export async function resolveNeo4j(config: Config, log: (message: string) => void): Promise<ResolvedNeo4j> {
  if (config.neo4j.uri !== undefined) {
    return { target: { ...config.neo4j, uri: config.neo4j.uri }, local: undefined };
  }
  const local = await startLocalNeo4j({
    port: config.localNeo4j.port,
    dataDir: config.localNeo4j.dataDir,
    heap: config.localNeo4j.heap,
    pageCache: config.localNeo4j.pageCache,
    log,
  });
  return { target: { ...config.neo4j, uri: local.uri }, local };
}
