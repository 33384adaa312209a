// The foundation end to end on a real Neo4j: the server comes up before its database, the project starts
// neo4j-local itself, migrations apply once, and the uniqueness constraints hold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createDriver, type Driver } from '../../src/graph/driver.ts';
import { isPortOpen, startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { loadMigrations, migrate } from '../../src/graph/migrations.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { freePort } from '../setup/free-port.ts';

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function schemaSnapshot(driver: Driver): Promise<string[]> {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const indexes = await driver.executeQuery(
    'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name',
  );
  return [
    ...constraints.records.map((r) => `constraint ${r.get('name')}`),
    ...indexes.records.map((r) => `index ${r.get('name')} ${r.get('state')}`),
  ];
}

describe('a server started before its database', () => {
  let boltPort: number;
  let dataDir: string;
  let server: RunningServer;
  let neo4j: LocalNeo4j | undefined;
  let driver: Driver;

  beforeAll(async () => {
    boltPort = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'diplograph-lifecycle-'));
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: String(await freePort()) });
    server = await startServer(config, createLogger('silent'));
    driver = createDriver({
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
  });

  afterAll(async () => {
    await server?.stop();
    await driver?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz at once and /readyz 503 with a reason while Neo4j is down', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/neo4j/),
    });
  });

  it('answers /readyz 200 once the project-started Neo4j is up and migrated', async () => {
    neo4j = await startLocalNeo4j({ port: boltPort, dataDir, heap: '512m', pageCache: '256m' });
    expect(neo4j.startedByUs).toBe(true);
    await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 200, 150_000);
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  }, 180_000);

  it('runs Neo4j 5.26 Community with APOC', async () => {
    const components = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition',
    );
    expect(components.records[0]?.get('v')).toMatch(/^5\.26\./);
    expect(components.records[0]?.get('edition')).toBe('community');
    const apoc = await driver.executeQuery('RETURN apoc.version() AS v');
    expect(apoc.records[0]?.get('v')).toMatch(/^5\.26\./);
  });

  it('recorded each migration exactly once, and a second run changes nothing', async () => {
    const migrations = await loadMigrations();
    const recorded = await driver.executeQuery('MATCH (m:Migration) RETURN m.version AS v ORDER BY v');
    expect(recorded.records.map((r) => r.get('v'))).toEqual(migrations.map((m) => m.version));

    const before = await schemaSnapshot(driver);
    const report = await migrate(driver, 'neo4j', migrations);
    expect(report.applied).toEqual([]);
    expect(report.skipped).toHaveLength(migrations.length);
    expect(await schemaSnapshot(driver)).toEqual(before);
    const count = await driver.executeQuery('MATCH (m:Migration) RETURN count(m) AS n');
    expect(count.records[0]?.get('n')).toBe(migrations.length);
  });

  it('gives statements written before speakerId existed their speaker’s id (migration 003)', async () => {
    await driver.executeQuery(
      "CREATE (:Person {id: 'person:older-speaker'})-[:SAID]->(:Statement {id: 'statement:older'})",
    );
    const backfill = (await loadMigrations()).find((m) => m.name === 'statement-speaker-id');
    for (const statement of backfill!.statements) await driver.executeQuery(statement);
    const { records } = await driver.executeQuery(
      "MATCH (s:Statement {id: 'statement:older'}) RETURN s.speakerId AS speakerId",
    );
    expect(records[0]?.get('speakerId')).toBe('person:older-speaker');
    await driver.executeQuery(
      "MATCH (n) WHERE n.id IN ['person:older-speaker', 'statement:older'] DETACH DELETE n",
    );
  });

  it('refuses to rerun a migration whose file was edited after it was applied', async () => {
    const [first] = await loadMigrations();
    await expect(migrate(driver, 'neo4j', [{ ...first!, checksum: 'edited' }])).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it.each(['Person', 'Country', 'Agreement', 'Statement'])(
    'rejects a second %s with the same id',
    async (label) => {
      const id = `test:lifecycle-${label}`;
      await driver.executeQuery(`CREATE (n:${label} {id: $id})`, { id });
      await expect(driver.executeQuery(`CREATE (n:${label} {id: $id})`, { id })).rejects.toMatchObject({
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      });
      await driver.executeQuery(`MATCH (n:${label} {id: $id}) DETACH DELETE n`, { id });
    },
  );

  it('reuses a Neo4j already running on the port instead of starting another', async () => {
    const again = await startLocalNeo4j({ port: boltPort, dataDir, heap: '512m', pageCache: '256m' });
    expect(again.startedByUs).toBe(false);
    expect(again.uri).toBe(neo4j?.uri);
  });

  it('stops what it started, leaving the port free', async () => {
    await server.stop();
    await driver.close();
    await neo4j?.stop();
    neo4j = undefined;
    expect(await isPortOpen(boltPort)).toBe(false);
  });
});
