// One article, one write: three `diplograph ingest` processes at once over the same corpus, with batch sizes
// that make their transactions overlap, leave exactly the graph of one sequential run, and deletes after it
// leave no relationship that no article asserts. Copies of one article within a run are written once.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { createGraphWriter } from '../../src/graph/graph-writer.ts';
import { ingestAll } from '../../src/ingest/ingest-all.ts';
import { createIngester } from '../../src/ingest/ingester.ts';
import { readSources } from '../../src/ingest/sources/index.ts';
import { checkSupport, countsAdded, graphFootprint } from './support/graph-footprint.ts';
import { cliEnv, runCli } from './support/run-cli.ts';

const ARTICLES = 90;
const target = inject('neo4j');
const driver = createDriver(target);
const writer = createGraphWriter({ driver, database: target.database });
const corpus = [...generateCorpus({ seed: 1010, articles: ARTICLES })];
const ids = corpus.map((a) => a.id);
let dir: string;

const footprint = () => graphFootprint(driver, target.database, ids);
const deleteCorpus = async () => {
  for (const id of ids) await writer.deleteArticle(id);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-concurrent-'));
  writeFileSync(join(dir, 'corpus.jsonl'), corpus.map((a) => JSON.stringify(a)).join('\n'));
  await deleteCorpus();
});

afterAll(async () => {
  await deleteCorpus();
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('three ingest processes at once on one corpus', () => {
  it('leave the graph of one sequential run, and deletes leave nothing unasserted', async () => {
    const empty = await footprint();
    const ingester = createIngester({ extractor: createExtractor(), writer });
    const sequential = await ingestAll(readSources([join(dir, 'corpus.jsonl')]), ingester, {
      concurrency: 1,
      batchSize: 16,
    });
    expect(sequential.articles).toEqual({ new: ARTICLES, updated: 0, skipped: 0, failed: 0 });
    const once = await footprint();
    await deleteCorpus();
    expect(await footprint()).toEqual(empty);

    // Batches of 12, 7 and 5, two at a time in each process: every article is in several transactions at once.
    const runs = await Promise.all(
      [12, 7, 5].map((batchSize) =>
        runCli(
          [
            'ingest',
            join(dir, 'corpus.jsonl'),
            '--json',
            '--concurrency',
            '2',
            '--batch-size',
            String(batchSize),
          ],
          cliEnv(target),
        ),
      ),
    );
    const summaries = runs.map((run) => {
      expect(run.stderr).not.toMatch(/failed/);
      expect(run.status).toBe(0);
      return JSON.parse(run.stdout) as { articles: Record<string, number> };
    });
    const total = (status: string) => summaries.reduce((n, s) => n + s.articles[status]!, 0);
    expect({ new: total('new'), skipped: total('skipped'), failed: total('failed') }).toEqual({
      new: ARTICLES,
      skipped: 2 * ARTICLES,
      failed: 0,
    });

    const thrice = await footprint();
    expect(thrice).toEqual(once);
    expect(countsAdded(thrice.labels, empty.labels).Article).toBe(ARTICLES);
    expect(thrice.support).toBe(thrice.asserted);
    expect(await checkSupport(driver, target.database)).toEqual({
      unasserted: 0,
      wrongSupport: 0,
      duplicateIds: 0,
    });
    console.info(
      `three processes: ${ARTICLES} articles, +${countsAdded(thrice.relationships, empty.relationships).MENTIONED_IN} MENTIONED_IN, ` +
        `support ${thrice.support} = asserted ${thrice.asserted}`,
    );

    // Withdrawing articles that share most of their entities leaves every count right.
    const deleted = await runCli(['delete-article', ids[0]!], cliEnv(target));
    expect(deleted.status).toBe(0);
    for (const id of ids.slice(1, 10)) await writer.deleteArticle(id);
    expect(await checkSupport(driver, target.database)).toEqual({
      unasserted: 0,
      wrongSupport: 0,
      duplicateIds: 0,
    });
    await deleteCorpus();
    expect(await footprint()).toEqual(empty);
  }, 300_000);
});

describe('one article reached twice in one run', () => {
  it('is written once, whether copied, symlinked or named twice', async () => {
    const [article] = corpus;
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'nested'), { recursive: true });
    writeFileSync(join(tree, 'a.txt'), article!.text);
    writeFileSync(join(tree, 'copy-of-a.txt'), article!.text);
    symlinkSync(join(tree, 'a.txt'), join(tree, 'nested', 'link-to-a.txt'));
    const empty = await footprint();

    const run = await runCli(['ingest', tree, join(tree, 'a.txt'), '--json'], cliEnv(target));
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    // The symlink and the second naming are one file (read once); the copy is the same article (skipped).
    expect(summary.articles).toEqual({ new: 1, updated: 0, skipped: 1, failed: 0 });

    const articleIds = (
      await driver.executeQuery('MATCH (a:Article) WHERE a.text = $text RETURN a.id AS id', {
        text: article!.text,
      })
    ).records.map((r) => r.get('id') as string);
    expect(articleIds).toHaveLength(1);
    const after = await graphFootprint(driver, target.database, articleIds);
    const [stored] = Object.values(after.mentionsPerArticle);
    // Each node of the article has one MENTIONED_IN edge to it, not one per copy.
    const [nodes] = (
      await driver.executeQuery(
        'MATCH (:Article {id: $id})<-[:MENTIONED_IN]-(n) RETURN count(DISTINCT n) AS n',
        { id: articleIds[0] },
      )
    ).records.map((r) => r.get('n') as number);
    expect(stored).toBe(nodes);
    expect(after.support).toBe(after.asserted);
    for (const id of articleIds) await writer.deleteArticle(id);
    expect(await footprint()).toEqual(empty);
  }, 120_000);
});
