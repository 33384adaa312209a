// Neo4j stopped from the start (NEO4J_URI names a port nothing listens on): the API refuses queries at once
// with 503 and Retry-After, and `diplograph ingest` of a 2,000-article feed gives up after its outage limit
// (default 30 s) with the resume hint and exit 1, as it does when Neo4j goes away mid-run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { freePort } from '../setup/free-port.ts';
import { cliEnv, runCli } from './support/run-cli.ts';

const ARTICLES = 2_000;
let dir: string;
let uri: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-neo4j-down-'));
  const corpus = generateCorpus({ seed: 4041, articles: ARTICLES });
  writeFileSync(join(dir, 'feed.jsonl'), [...corpus].map((a) => JSON.stringify(a)).join('\n'));
  uri = `bolt://127.0.0.1:${await freePort()}`;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('with Neo4j stopped', () => {
  let server: RunningServer | undefined;
  afterAll(async () => server?.stop());

  it('the API answers a query with 503, GRAPH_UNAVAILABLE and Retry-After within a second', async () => {
    const config = loadConfig({ NEO4J_URI: uri, NODE_ENV: 'production' });
    server = await startServer(
      { ...config, server: { ...config.server, host: '127.0.0.1', port: 0, cacheTtlSeconds: 0 } },
      createLogger('silent'),
    );
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles(limit: 1) { id } }' }),
      });
      timings.push(performance.now() - started);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'GRAPH_UNAVAILABLE' } }],
      });
    }
    console.info(`neo4j down: queries answered 503 in ${timings.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    expect(Math.max(...timings)).toBeLessThan(1_000);
  });

  it(`ingest of ${ARTICLES} articles stops within 45 s with the resume hint and exit 1`, async () => {
    const target = { uri, user: 'neo4j', password: '', database: 'neo4j' };
    const started = performance.now();
    const run = await runCli(['ingest', join(dir, 'feed.jsonl'), '--json'], cliEnv(target));
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `neo4j down: ingest of ${ARTICLES} articles exited ${run.status} after ${seconds.toFixed(1)} s`,
    );
    expect(run.status).toBe(1);
    expect(seconds).toBeLessThan(45);
    expect(run.stderr).toMatch(/Cannot reach Neo4j/);
    expect(run.stderr).toMatch(
      /unreachable for 30 s.*0 articles are in the graph.*Run the same command again/s,
    );
    expect(JSON.parse(run.stdout)).toMatchObject({
      graphUnavailable: true,
      articles: { new: 0, updated: 0, skipped: 0, failed: 0 },
    });
  }, 90_000);
});
