// `diplograph ingest` and `diplograph delete-article` as a user runs them, against the real test database:
// good files are written, bad ones are listed with their reason, and bad flags stop with one line and exit 2.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.ts';
import { createGraphWriter } from '../../src/graph/graph-writer.ts';
import { generateCorpus } from '../../bench/corpus/generate.ts';

const BIN = resolve(import.meta.dirname, '../../dist/cli/main.js');
const target = inject('neo4j');
const driver = createDriver(target);
const writer = createGraphWriter({ driver, database: target.database });
const articleIds = new Set<string>();
let dir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a user would set to point the CLI at the test database. */
const CLI_ENV = {
  PATH: process.env.PATH ?? '',
  NEO4J_URI: target.uri,
  NEO4J_USER: target.user,
  NEO4J_PASSWORD: target.password,
  NEO4J_DATABASE: target.database,
  LOG_LEVEL: 'warn',
};

function diplograph(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: CLI_ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolveRun({ status, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const GOOD = `Foreign ministers agree to resume talks

Posted on : 2025-02-11 10:00 KST

Japanese Foreign Minister Takeshi Iwaya and South Korean Foreign Minister Cho Tae-yul agreed on Monday to resume regular security talks, the two ministries said.

"We will meet again in Tokyo next month," Cho told reporters in Seoul.
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-ingest-cli-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
  writeFileSync(
    join(dir, 'broken.jsonl'),
    '{"id":"cli-test-json-1","text":"NATO Secretary General Mark Rutte said on Tuesday that allies must spend more."}\n{not json\n',
  );
  writeFileSync(join(dir, 'huge.txt'), 'word '.repeat(600_000));
});

afterAll(async () => {
  for (const id of articleIds) await writer.deleteArticle(id);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('diplograph ingest', () => {
  it('writes the good articles, lists each bad one with its reason, and exits 1', async () => {
    const run = await diplograph(['ingest', dir, '--json', '--concurrency', '2']);
    expect(run.status).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect(summary.articles).toMatchObject({ new: 2, failed: 4 });
    const reasons = summary.failures.map((f: { origin: string; reason: string }) => f.origin).join('\n');
    expect(reasons).toMatch(/empty\.txt/);
    expect(reasons).toMatch(/binary\.txt/);
    expect(reasons).toMatch(/broken\.jsonl:2/);
    expect(reasons).toMatch(/huge\.txt/);
    articleIds.add('cli-test-json-1');
    const written = await driver.executeQuery(
      "MATCH (a:Article)<-[:MENTIONED_IN]-(p:Person) WHERE p.name CONTAINS 'Iwaya' RETURN a.id AS id",
    );
    for (const record of written.records) articleIds.add(record.get('id'));
    expect(written.records.length).toBeGreaterThan(0);
  });

  it('skips what it already has on a second run', async () => {
    const run = await diplograph(['ingest', join(dir, 'good.txt'), '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).articles).toMatchObject({ new: 0, skipped: 1, failed: 0 });
  });

  it('reads an article from stdin', async () => {
    const run = await diplograph(
      ['ingest', '-', '--json', '--published-default', '2025-03-01'],
      GOOD.replace('Monday', 'Friday'),
    );
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.articles.new).toBe(1);
    const latest = await driver.executeQuery(
      "MATCH (a:Article) WHERE a.text CONTAINS 'agreed on Friday' RETURN a.id AS id",
    );
    latest.records.forEach((r) => articleIds.add(r.get('id')));
    expect(latest.records).toHaveLength(1);
  });

  it.each([
    [['ingest', '--concurrency', '0', 'x.txt'], /--concurrency must be a whole number/],
    [['ingest', '--concurrency', 'many', 'x.txt'], /--concurrency must be a whole number/],
    [['ingest', '--batch-size', '0', 'x.txt'], /--batch-size must be a whole number from 1 to 1000/],
    [['ingest', '--batch-size', '1e9', 'x.txt'], /--batch-size must be a whole number from 1 to 1000/],
    [['ingest', '--published-default', '26/06/2024', 'x.txt'], /--published-default must be a date/],
  ])('refuses bad flags %j with one line and exit 2', async (args, message) => {
    const run = await diplograph(args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a missing path with one line and exit 2, before writing anything', async () => {
    const run = await diplograph(['ingest', join(dir, 'good.txt'), join(dir, 'nope.txt'), '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `diplograph: ${join(dir, 'nope.txt')}: no such file or folder`,
    ]);
  });
});

describe('Ctrl-C during diplograph ingest', () => {
  it('stops after the articles in flight: every article is either whole in the graph or absent', async () => {
    const corpus = [...generateCorpus({ seed: 99, articles: 120 })];
    writeFileSync(join(dir, 'many.jsonl'), corpus.map((a) => JSON.stringify(a)).join('\n'));
    corpus.forEach((a) => articleIds.add(a.id));
    const child = spawn(
      process.execPath,
      [BIN, 'ingest', join(dir, 'many.jsonl'), '--json', '--concurrency', '2', '--batch-size', '4'],
      { env: CLI_ENV },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    let sent = false;
    const interrupted = new Promise<void>((resolveInterrupt) => {
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        if (sent) return;
        // Interrupt once a few articles are in: the run is then mid-stream with articles in flight.
        if ((stderr.match(/^new /gm) ?? []).length >= 3) {
          sent = true;
          child.kill('SIGINT');
          resolveInterrupt();
        }
      });
    });
    const exitCode = await new Promise<number | null>((resolveExit) => child.on('close', resolveExit));
    await interrupted;
    expect(exitCode).toBe(1);
    const summary = JSON.parse(stdout);
    expect(summary.interrupted).toBe(true);
    expect(summary.articles.new).toBeGreaterThanOrEqual(3);
    expect(summary.articles.new).toBeLessThan(corpus.length);
    const inGraph = await driver.executeQuery(
      `MATCH (a:Article) WHERE a.id IN $ids
       RETURN a.id AS id, COUNT { (a)<-[:MENTIONED_IN]-(:Statement) } AS statements`,
      { ids: corpus.map((a) => a.id) },
    );
    expect(inGraph.records).toHaveLength(summary.articles.new);
    for (const record of inGraph.records) expect(record.get('statements')).toBeGreaterThan(0);
  }, 180_000);
});

describe('diplograph delete-article', () => {
  it('says when there is no such article, with exit 1', async () => {
    const run = await diplograph(['delete-article', 'article:does-not-exist']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no article with id "article:does-not-exist"/);
  });

  it('deletes an article it has', async () => {
    const run = await diplograph(['delete-article', 'cli-test-json-1']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ articleId: 'cli-test-json-1', deleted: true });
    articleIds.delete('cli-test-json-1');
  });
});
