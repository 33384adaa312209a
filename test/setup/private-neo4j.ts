// A private neo4j-local for one test file, never the shared test database: for tests that kill, wipe or read back
// the whole database (chaos, upgrades, backups). beforeAll makes a temp folder, starts Neo4j on a free port with
// its data in DIR/neo4j, connects and migrates; afterAll closes, stops and removes it all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { connectWithRetry, createDriver, type Driver } from '../../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { loadMigrations, migrate } from '../../src/graph/migrations.ts';
import type { Neo4jEnvTarget } from '../integration/support/run-cli.ts';
import { freePort } from './free-port.ts';

const START_TIMEOUT_MS = 240_000;

export interface PrivateNeo4j {
  /** The test file's own temp folder (removed afterwards): inputs go here too. */
  dir: string;
  target: Neo4jEnvTarget;
  driver: Driver;
  /** The running instance: its pid for a kill -9. */
  neo4j: LocalNeo4j;
  /** Starts Neo4j again on the same port and data folder, after a kill. */
  restart(): Promise<void>;
}

/** Registers the hooks; the fields are set once beforeAll has run. */
export function usePrivateNeo4j(tempPrefix: string): PrivateNeo4j {
  let port = 0;
  const db = {} as PrivateNeo4j;
  const start = () =>
    startLocalNeo4j({ port, dataDir: join(db.dir, 'neo4j'), heap: '512m', pageCache: '256m' });
  db.restart = async () => {
    db.neo4j = await start();
  };
  beforeAll(async () => {
    db.dir = mkdtempSync(join(tmpdir(), tempPrefix));
    port = await freePort();
    db.neo4j = await start();
    db.target = { uri: db.neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' };
    db.driver = createDriver(db.target);
    await connectWithRetry(db.driver, db.target);
    await migrate(db.driver, db.target.database, await loadMigrations());
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await db.driver?.close();
    await db.neo4j?.stop();
    if (db.dir) rmSync(db.dir, { recursive: true, force: true });
  });
  return db;
}
