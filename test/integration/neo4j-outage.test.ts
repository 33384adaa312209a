// Chaos on a private neo4j-local (never the shared test database): `kill -9` of Neo4j in the middle of a
// `diplograph ingest`. The CLI stops within its outage limit with the resume hint, the API answers 503 at
// once while Neo4j is gone and recovers by itself once it is back, and re-running the ingest on the restarted
// database (same data folder) gives exactly the footprint of a clean run.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { loadConfig } from '../../src/config.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { createGraphWriter } from '../../src/graph/graph-writer.ts';
import { ingestAll } from '../../src/ingest/ingest-all.ts';
import { createIngester } from '../../src/ingest/ingester.ts';
import { readSources } from '../../src/ingest/sources/index.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { usePrivateNeo4j } from '../setup/private-neo4j.ts';
import { checkSupport, graphFootprint, type Footprint } from './support/graph-footprint.ts';
import { BIN, cliEnv } from './support/run-cli.ts';

const ARTICLES = 40;
const OUTAGE_LIMIT_SECONDS = 5;
const corpus = [...generateCorpus({ seed: 2027, articles: ARTICLES })];
const ids = corpus.map((a) => a.id);
let server: RunningServer | undefined;
const db = usePrivateNeo4j('diplograph-chaos-');

const footprint = () => graphFootprint(db.driver, db.target.database, ids);

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(() => {
  writeFileSync(join(db.dir, 'corpus.jsonl'), corpus.map((a) => JSON.stringify(a)).join('\n'));
});

afterAll(async () => {
  await server?.stop();
});

describe('kill -9 of Neo4j in the middle of an ingest', () => {
  let clean: Footprint;

  it('has a clean run to compare with', async () => {
    const ingester = createIngester({
      extractor: createExtractor(),
      writer: createGraphWriter({ driver: db.driver, database: db.target.database }),
    });
    const summary = await ingestAll(readSources([join(db.dir, 'corpus.jsonl')]), ingester, {
      concurrency: 2,
      batchSize: 8,
    });
    expect(summary.failures).toEqual([]);
    expect(summary.articles.new).toBe(ARTICLES);
    clean = await footprint();
    await db.driver.executeQuery('MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
    expect((await footprint()).labels.Article).toBeUndefined();
  }, 240_000);

  it('stops the CLI within its outage limit and the API answers 503 at once; both recover', async () => {
    const config = loadConfig({ NEO4J_URI: db.target.uri, NODE_ENV: 'production' });
    server = await startServer(
      { ...config, server: { ...config.server, host: '127.0.0.1', port: 0, cacheTtlSeconds: 0 } },
      createLogger('silent'),
    );
    await server.ready;
    const api = server;
    const query = () =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles(limit: 1) { id } }' }),
      });
    // Ready once the graph is open and the first heartbeat has answered (slow on a loaded machine).
    await until(async () => ((await query()).status === 200 ? true : undefined), 60_000);

    const cli = spawn(
      process.execPath,
      [BIN, 'ingest', join(db.dir, 'corpus.jsonl'), '--json', '--batch-size', '2', '--concurrency', '1'],
      { env: cliEnv(db.target, { DIPLOGRAPH_OUTAGE_LIMIT_SECONDS: String(OUTAGE_LIMIT_SECONDS) }) },
    );
    let stdout = '';
    let stderr = '';
    cli.stdout.on('data', (chunk) => (stdout += chunk));
    let exitedAt = 0;
    const exited = new Promise<number | null>((resolve) =>
      cli.on('close', (code) => {
        exitedAt = Date.now();
        resolve(code);
      }),
    );
    const sixWritten = new Promise<void>((resolve) => {
      cli.stderr.on('data', (chunk) => {
        stderr += chunk;
        if ((stderr.match(/^new /gm) ?? []).length >= 6) resolve();
      });
    });
    // A CLI that ends before six articles are in would leave the test waiting for its timeout: fail with its output.
    await Promise.race([
      sixWritten,
      exited.then((code) => {
        throw new Error(`the CLI exited (${code}) before the kill:\n${stderr}`);
      }),
    ]);
    // Queries keep coming while Neo4j dies: the ones in flight must not wait out the driver's retries.
    const inFlight = [query(), query()].map((pending) => {
      const started = Date.now();
      return pending.then((response) => ({ status: response.status, ms: Date.now() - started }));
    });
    process.kill(db.neo4j.pid!, 'SIGKILL');
    const killedAt = Date.now();
    const firstAfterKill = Date.now();
    const afterKill = await query();
    const firstAfterKillMs = Date.now() - firstAfterKill;
    const answeredInFlight = await Promise.all(inFlight);

    // The API notices within its heartbeat (1 s), then refuses at once, telling when to come back.
    const refused = await until(async () => {
      const started = Date.now();
      const response = await query();
      return response.status === 503 ? { response, ms: Date.now() - started } : undefined;
    }, 10_000);
    const refusedAgainStarted = Date.now();
    const again = await query();
    const refusedAgainMs = Date.now() - refusedAgainStarted;
    expect(again.status).toBe(503);
    expect(refusedAgainMs).toBeLessThan(1_000);
    // A query that met the outage before it was known is cut short by the heartbeat, not the driver's 15 s.
    expect(afterKill.status).toBe(503);
    expect(firstAfterKillMs).toBeLessThan(5_000);
    for (const answer of answeredInFlight) expect(answer.ms).toBeLessThan(5_000);
    expect(refused.response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.response.json()).toMatchObject({
      errors: [{ extensions: { code: 'GRAPH_UNAVAILABLE' } }],
    });

    const exitCode = await exited;
    const cliSeconds = (exitedAt - killedAt) / 1000;
    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/unreachable for 5 s.*Run the same command again/s);
    const summary = JSON.parse(stdout);
    expect(summary.graphUnavailable).toBe(true);
    expect(summary.articles.new).toBeGreaterThanOrEqual(6);
    expect(summary.articles.new).toBeLessThan(ARTICLES);
    console.info(
      `chaos: first query after the kill answered ${afterKill.status} in ${firstAfterKillMs} ms; queries in flight ` +
        `at the kill answered ${answeredInFlight.map((a) => `${a.status} in ${a.ms} ms`).join(', ')}; once the ` +
        `outage is known a query is refused in ${refusedAgainMs} ms; CLI exited ${cliSeconds.toFixed(1)} s after ` +
        `the kill with ${summary.articles.new} articles written`,
    );

    await db.restart();
    await until(async () => ((await query()).status === 200 ? true : undefined), 60_000);
    await api.stop();
    server = undefined;
  }, 240_000);

  it('a re-run on the restarted database resumes and leaves the footprint of the clean run', async () => {
    const rerun = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'ingest', join(db.dir, 'corpus.jsonl'), '--json'], {
        env: cliEnv(db.target),
      });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.on('close', (status) => resolve({ status, stdout }));
    });
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.articles.new + summary.articles.skipped).toBe(ARTICLES);
    expect(summary.articles.skipped).toBeGreaterThanOrEqual(6);
    const after = await footprint();
    expect(after).toEqual(clean);
    const relationships = Object.values(after.relationships).reduce((a, b) => a + b, 0);
    console.info(
      `chaos: after the re-run ${after.labels.Article} articles, ${relationships} relationships, ` +
        `support ${after.support} vs asserted ${after.asserted}, identical to the clean run`,
    );
    expect(after.support).toBe(after.asserted);
    expect(await checkSupport(db.driver, db.target.database)).toEqual({
      unasserted: 0,
      wrongSupport: 0,
      duplicateIds: 0,
    });
  }, 240_000);
});
