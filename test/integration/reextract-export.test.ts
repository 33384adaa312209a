// Upgrades and backups on a private neo4j-local (both commands act on every stored article, so they get a
// database of their own): a graph written by an older extractor version, re-derived by `diplograph reextract`,
// has exactly the footprint of a fresh ingest with the current one, and a second run changes nothing;
// `diplograph export`, then an empty database, then `ingest` of the export, gives the same footprint again.
// Bad flags and targets are refused with one line and exit 2, before anything is read or written.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { createExtractor, EXTRACTOR_VERSION } from '../../src/extract/index.ts';
import { PIPELINE } from '../../src/extract/pipeline.ts';
import { createGraphIngester } from '../../src/ingest/graph-ingester.ts';
import { ingestAll } from '../../src/ingest/ingest-all.ts';
import { readSources } from '../../src/ingest/sources/index.ts';
import { usePrivateNeo4j } from '../setup/private-neo4j.ts';
import { checkSupport, graphFootprint, type Footprint } from './support/graph-footprint.ts';
import { cliEnv, runCli } from './support/run-cli.ts';

const ARTICLES = 24;
const corpus = [...generateCorpus({ seed: 3031, articles: ARTICLES })];
const SAMPLES = join(import.meta.dirname, '../../samples');
const db = usePrivateNeo4j('diplograph-reextract-');
let ids: string[] = [];

const footprint = () => graphFootprint(db.driver, db.target.database, ids);
const diplograph = (args: string[]) => runCli(args, cliEnv(db.target));
const wipe = async () => {
  await db.driver.executeQuery(
    'MATCH (n) WHERE NOT n:Migration DETACH DELETE n',
    {},
    { database: db.target.database },
  );
  expect((await footprint()).labels.Article).toBeUndefined();
};
const versions = async () => {
  const { records } = await db.driver.executeQuery(
    'MATCH (a:Article) RETURN a.extractorVersion AS version, count(*) AS n ORDER BY version',
    {},
    { database: db.target.database },
  );
  return Object.fromEntries(records.map((r) => [String(r.get('version')), r.get('n') as number]));
};

/** An extractor of an "older version": the same composition, without the event stage, and another version. */
const olderExtractor = () =>
  createExtractor({
    version: EXTRACTOR_VERSION - 1,
    stages: PIPELINE.filter((s) => s.name !== 'find-events'),
  });

beforeAll(() => {
  writeFileSync(join(db.dir, 'corpus.jsonl'), corpus.map((a) => JSON.stringify(a)).join('\n'));
  // Real articles too: the generated ones are regular, the samples are news as written.
  mkdirSync(join(db.dir, 'in'));
  for (const file of readdirSync(SAMPLES)) {
    writeFileSync(join(db.dir, 'in', file), readFileSync(join(SAMPLES, file)));
  }
  writeFileSync(join(db.dir, 'in', 'corpus.jsonl'), readFileSync(join(db.dir, 'corpus.jsonl')));
});

describe('on an empty database', () => {
  it('reextract has nothing to do and export writes nothing', async () => {
    const reextract = await diplograph(['reextract', '--json']);
    expect(reextract.status).toBe(0);
    expect(JSON.parse(reextract.stdout).articles).toEqual({ new: 0, updated: 0, skipped: 0, failed: 0 });
    expect(reextract.stderr).toMatch(/nothing to re-extract/);
    const exported = await diplograph(['export']);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe('');
    expect(exported.stderr).toMatch(/exported 0 articles/);
  });
});

describe('upgrades and backups', () => {
  let fresh: Footprint;

  it('a fresh ingest records the current extractor version on every article', async () => {
    const run = await diplograph(['ingest', join(db.dir, 'in'), '--json']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.failures).toEqual([]);
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) RETURN a.id AS id ORDER BY id',
      {},
      {
        database: db.target.database,
      },
    );
    ids = records.map((r) => r.get('id') as string);
    expect(ids.length).toBe(summary.articles.new);
    expect(ids.length).toBeGreaterThan(ARTICLES);
    expect(await versions()).toEqual({ [String(EXTRACTOR_VERSION)]: ids.length });
    fresh = await footprint();
    expect(fresh.support).toBe(fresh.asserted);
    console.info(
      `fresh ingest: ${ids.length} articles, ${Object.values(fresh.relationships).reduce((a, b) => a + b, 0)} ` +
        `relationships, support ${fresh.support} vs asserted ${fresh.asserted}`,
    );
  }, 180_000);

  it('export, an empty database, then ingest of the export give the same footprint', async () => {
    const file = join(db.dir, 'backup.jsonl');
    const toFile = await diplograph(['export', '--jsonl', file]);
    expect(toFile.status).toBe(0);
    expect(toFile.stderr).toMatch(new RegExp(`exported ${ids.length} articles`));
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(ids.length);
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual(expect.arrayContaining(['id', 'text']));
    expect(readdirSync(db.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    const toStdout = await diplograph(['export']);
    expect(toStdout.stdout).toBe(readFileSync(file, 'utf8'));

    await wipe();
    const restore = await diplograph(['ingest', file, '--json']);
    expect(restore.status).toBe(0);
    expect(JSON.parse(restore.stdout).articles).toMatchObject({ new: ids.length, failed: 0 });
    expect(await footprint()).toEqual(fresh);
  }, 180_000);

  it('reextract brings a graph of an older extractor version to the footprint of a fresh ingest', async () => {
    await wipe();
    const older = await ingestAll(
      readSources([join(db.dir, 'in')]),
      createGraphIngester({ driver: db.driver, database: db.target.database }, olderExtractor()),
      { concurrency: 2, batchSize: 16 },
    );
    expect(older.articles.new).toBe(ids.length);
    expect(await versions()).toEqual({ [String(EXTRACTOR_VERSION - 1)]: ids.length });
    const stale = await footprint();
    // The older version extracted less: otherwise this test could not tell a re-derivation from a no-op.
    expect(stale.labels.Event).toBeUndefined();
    expect(stale).not.toEqual(fresh);

    const run = await diplograph(['reextract', '--json', '--batch-size', '5']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).articles).toEqual({ new: 0, updated: ids.length, skipped: 0, failed: 0 });
    expect(await versions()).toEqual({ [String(EXTRACTOR_VERSION)]: ids.length });
    const after = await footprint();
    expect(after).toEqual(fresh);
    expect(await checkSupport(db.driver, db.target.database)).toEqual({
      unasserted: 0,
      wrongSupport: 0,
      duplicateIds: 0,
    });

    const again = await diplograph(['reextract', '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).articles).toEqual({ new: 0, updated: 0, skipped: 0, failed: 0 });
    expect(again.stderr).toMatch(/nothing to re-extract/);
    expect(await footprint()).toEqual(fresh);
  }, 180_000);

  it('reextract --all re-derives every article and leaves the same graph', async () => {
    const run = await diplograph(['reextract', '--all', '--json', '--concurrency', '3']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).articles).toEqual({ new: 0, updated: ids.length, skipped: 0, failed: 0 });
    expect(await footprint()).toEqual(fresh);
  }, 180_000);
});

describe('bad input to reextract and export', () => {
  it.each([
    [['reextract', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 64/],
    [['reextract', '--concurrency', 'many'], /--concurrency must be a whole number/],
    [['reextract', '--batch-size', '1e9'], /--batch-size must be a whole number from 1 to 1000/],
    [['reextract', '--batch-size', ''], /--batch-size must be a whole number/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const run = await diplograph(args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    [['reextract', '--all', '--outdated'], /cannot be used with/],
    [['reextract', 'extra-argument'], /too many arguments/],
    [['reextract', '--since', 'yesterday'], /unknown option/],
    [['export', '--jsonl'], /argument missing/],
    [['export', '--csv', 'x.csv'], /unknown option/],
  ])('refuses the usage error %j with one line and exit 2', async (args, message) => {
    const run = await diplograph(args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('refuses an export target whose folder does not exist, or that is a folder, with exit 2', async () => {
    const missing = await diplograph(['export', '--jsonl', join(db.dir, 'no-such-folder', 'backup.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual([
      `diplograph: --jsonl ${join(db.dir, 'no-such-folder', 'backup.jsonl')}: its folder does not exist`,
    ]);
    const folder = await diplograph(['export', '--jsonl', db.dir]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/is not a regular file/);
    const empty = await diplograph(['export', '--jsonl', '']);
    expect(empty.status).toBe(2);
    const tooLong = await diplograph(['export', '--jsonl', join(db.dir, 'x'.repeat(5_000))]);
    expect(tooLong.status).toBe(2);
    expect(tooLong.stderr).toMatch(/cannot be written \(ENAMETOOLONG\)/);
  });

  it('reads hostile stored metadata back as data: an export line is one JSON record per article', async () => {
    const hostile = {
      id: 'hostile-\u2028-"quoted"\n-id',
      title: '</script><script>alert(1)</script>',
      text: 'Line one\nNATO Secretary General Mark Rutte said on Tuesday that allies must spend more. \u0085 ${x}',
    };
    writeFileSync(join(db.dir, 'hostile.jsonl'), `${JSON.stringify(hostile)}\n`);
    const ingest = await diplograph(['ingest', join(db.dir, 'hostile.jsonl'), '--json']);
    expect(ingest.status).toBe(0);
    const exported = await diplograph(['export']);
    const lines = exported.stdout.trimEnd().split('\n');
    const back = lines.map((line) => JSON.parse(line)).find((record) => record.id === hostile.id);
    expect(back).toMatchObject({ id: hostile.id, title: hostile.title });
    expect(lines).toHaveLength(ids.length + 1);
    const removed = await diplograph(['delete-article', hostile.id]);
    expect(removed.status).toBe(0);
  }, 120_000);
});
