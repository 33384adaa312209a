// Gives the integration tests one real Neo4j: NEO4J_URI when set, otherwise a fresh neo4j-local on a free port
// with a temporary data folder, stopped and deleted at the end so that no process is left running.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { startLocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { connectWithRetry, createDriver } from '../../src/graph/driver.ts';
import { loadMigrations, migrate } from '../../src/graph/migrations.ts';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { neo4j } = loadConfig(process.env);
  let stopLocal = async () => {};
  let uri = neo4j.uri;
  if (!uri) {
    const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-test-neo4j-'));
    const local = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '1g', pageCache: '512m' });
    uri = local.uri;
    stopLocal = async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const target = { uri, user: neo4j.user, password: neo4j.password, database: neo4j.database };
  const driver = createDriver(target);
  try {
    await connectWithRetry(driver, target);
    await migrate(driver, target.database, await loadMigrations());
  } finally {
    await driver.close();
  }
  project.provide('neo4j', target);
  return stopLocal;
}
