// Ingestion on the real Neo4j: idempotent re-ingestion, one node per real-world entity across articles,
// concurrency without duplicates, all-or-nothing transactions, and deletes that keep shared entities.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { createGraphWriter } from '../../src/graph/graph-writer.ts';
import { ingestAll } from '../../src/ingest/ingest-all.ts';
import { createIngester } from '../../src/ingest/ingester.ts';
import type { SourceItem } from '../../src/ingest/sources/index.ts';
import { parseArticle } from '../../src/ingest/sources/index.ts';

const SEED_PATH = resolve(import.meta.dirname, '../../../shared/articles/000_e2f08d4d0a4a9df8.txt');
const FOLLOW_UP_PATH = resolve(import.meta.dirname, '../fixtures/ingest/treaty-ratified.txt');

const target = inject('neo4j');
const driver = createDriver(target);
const extractor = createExtractor();
const writer = createGraphWriter({ driver, database: target.database });
const ingester = createIngester({ extractor, writer });
const written = new Set<string>();

const seed = () => parseArticle('text', readFileSync(SEED_PATH, 'utf8'));
const followUp = () => parseArticle('text', readFileSync(FOLLOW_UP_PATH, 'utf8'));

async function query<T = Record<string, unknown>>(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const result = await driver.executeQuery(cypher, params, { database: target.database });
  return result.records.map((r) => r.toObject() as T);
}

/** Nodes and relationships reachable from the given articles: what these tests wrote, whatever else is in the DB. */
async function footprint(articleIds: string[]): Promise<{ nodes: number; relationships: number }> {
  const [row] = await query<{ nodes: number; relationships: number }>(
    `MATCH (a:Article) WHERE a.id IN $ids
     OPTIONAL MATCH (a)<-[:MENTIONED_IN]-(n)
     WITH collect(DISTINCT a) + collect(DISTINCT n) AS nodes
     UNWIND nodes AS n
     OPTIONAL MATCH (n)-[r]->()
     RETURN size(nodes) AS nodes, count(DISTINCT r) AS relationships`,
    { ids: articleIds },
  );
  return row ?? { nodes: 0, relationships: 0 };
}

async function ingest(article: ReturnType<typeof seed>, options = {}) {
  const report = await ingester.ingest(article, options);
  written.add(report.articleId);
  return report;
}

async function deleteAll(): Promise<void> {
  for (const id of written) await writer.deleteArticle(id);
  written.clear();
}

beforeAll(deleteAll);
afterEach(deleteAll);
afterAll(() => driver.close());

describe('ingesting the seed article', () => {
  it('twice changes nothing the second time and reports it as skipped', async () => {
    const first = await ingest(seed());
    expect(first.status).toBe('new');
    expect(first.nodesCreated).toBeGreaterThan(10);
    const before = await footprint([first.articleId]);

    const second = await ingest(seed());
    expect(second).toMatchObject({ status: 'skipped', nodesCreated: 0, relationshipsCreated: 0 });
    expect(await footprint([first.articleId])).toEqual(before);
    // The first write into a fresh database pays for planning the batch-write queries: 30 s on a loaded machine.
  }, 120_000);

  it('gives every node and statement its MENTIONED_IN evidence', async () => {
    const { articleId } = await ingest(seed());
    const [row] = await query<{ missing: number; evidence: { sentence: string } }>(
      `MATCH (a:Article {id: $id})<-[m:MENTIONED_IN]-(s:Statement)
       WITH a, collect(m)[0] AS evidence
       OPTIONAL MATCH (n) WHERE (n:Person OR n:Country OR n:Statement OR n:Agreement)
         AND EXISTS { (n)-[:SAID|ABOUT|PARTY_TO|SIGNED]-()-[:MENTIONED_IN]->(a) }
         AND NOT (n)-[:MENTIONED_IN]->(a)
       RETURN count(n) AS missing, properties(evidence) AS evidence`,
      { id: articleId },
    );
    expect(row!.missing).toBe(0);
    expect(row!.evidence.sentence.length).toBeGreaterThan(10);
  });

  it('keeps each statement’s speaker id on it, the same as its SAID speaker', async () => {
    const { articleId } = await ingest(seed());
    const rows = await query<{ speaker: string; speakerId: string | null }>(
      `MATCH (:Article {id: $id})<-[:MENTIONED_IN]-(s:Statement)<-[:SAID]-(x)
       RETURN x.id AS speaker, s.speakerId AS speakerId`,
      { id: articleId },
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.speakerId).toBe(row.speaker);
  });

  it('refuses a changed article without replace, and replaces it cleanly with replace', async () => {
    const original = seed();
    const { articleId } = await ingest(original);
    const changed = {
      ...original,
      id: articleId,
      text: original.text.replace('very big mistake', 'grave error'),
    };
    await expect(ingester.ingest(changed)).rejects.toMatchObject({ code: 'CONFLICT' });

    const replaced = await ingest(changed, { replace: true });
    expect(replaced.status).toBe('updated');
    const quotes = await query<{ quote: string }>(
      'MATCH (:Article {id: $id})<-[:MENTIONED_IN]-(s:Statement) RETURN s.quote AS quote',
      { id: articleId },
    );
    const all = quotes.map((q) => q.quote ?? '').join(' | ');
    expect(all).not.toContain('very big mistake');
  });
});

describe('two articles naming Putin and the treaty', () => {
  it('share one Person and one Agreement, each MENTIONED_IN both articles', async () => {
    const a = await ingest(seed());
    const b = await ingest(followUp());
    const shared = await query<{ label: string; id: string; articles: string[] }>(
      `MATCH (n)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids AND (n:Person OR n:Agreement)
       WITH n, collect(a.id) AS articles WHERE size(articles) = 2
       RETURN labels(n)[0] AS label, n.id AS id, articles`,
      { ids: [a.articleId, b.articleId] },
    );
    expect(shared.filter((s) => s.label === 'Person').map((s) => s.id)).toContain('person:vladimir-putin');
    expect(shared.filter((s) => s.label === 'Agreement')).toHaveLength(1);
    const putins = await query("MATCH (p:Person) WHERE p.name CONTAINS 'Putin' RETURN p.id");
    expect(putins).toHaveLength(1);
  });
});

describe('concurrent ingestion', () => {
  const corpus = () => [...generateCorpus({ seed: 7, articles: 30 })];
  const items = async function* (articles: ReturnType<typeof corpus>): AsyncGenerator<SourceItem> {
    for (const article of articles) yield { origin: article.id, article };
  };

  it('of 30 overlapping articles at concurrency 8 creates no duplicates and the same graph as a sequential run', async () => {
    const articles = corpus();
    const ids = articles.map((a) => a.id);
    ids.forEach((id) => written.add(id));

    const sequential = await ingestAll(items(articles), ingester, { concurrency: 1 });
    expect(sequential.articles.new).toBe(30);
    const sequentialFootprint = await footprint(ids);
    await deleteAll();
    ids.forEach((id) => written.add(id));
    expect(await footprint(ids)).toEqual({ nodes: 0, relationships: 0 });

    const concurrent = await ingestAll(items(articles), ingester, { concurrency: 8 });
    expect(concurrent.articles).toEqual({ new: 30, updated: 0, skipped: 0, failed: 0 });
    expect(await footprint(ids)).toEqual(sequentialFootprint);
    expect(concurrent.nodesCreated).toBe(sequential.nodesCreated);
    const duplicates = await query(
      'MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id',
    );
    expect(duplicates).toEqual([]);

    // No lost update under concurrency: every relationship counts exactly the articles that assert it.
    const [support] = await query<{ asserted: number; counted: number }>(
      `MATCH (a:Article) WHERE a.id IN $ids
       WITH sum(size(a.asserted)) AS asserted, collect(a) AS articles
       UNWIND articles AS a
       MATCH (a)<-[:MENTIONED_IN]-(n)-[r]->()
       WHERE type(r) <> 'MENTIONED_IN'
       WITH asserted, collect(DISTINCT r) AS rels
       RETURN asserted, reduce(total = 0, r IN rels | total + r.support) AS counted`,
      { ids },
    );
    expect(support!.counted).toBe(support!.asserted);
    await deleteAll();
    expect(await footprint(ids)).toEqual({ nodes: 0, relationships: 0 });

    // Batches of 4 articles per transaction, 3 transactions at a time: the same graph again.
    ids.forEach((id) => written.add(id));
    const batched = await ingestAll(items(articles), ingester, { concurrency: 3, batchSize: 4 });
    expect(batched.articles).toEqual({ new: 30, updated: 0, skipped: 0, failed: 0 });
    expect(await footprint(ids)).toEqual(sequentialFootprint);
    expect(batched.nodesCreated).toBe(sequential.nodesCreated);
    expect(batched.relationshipsCreated).toBe(sequential.relationshipsCreated);
    await deleteAll();
    expect(await footprint(ids)).toEqual({ nodes: 0, relationships: 0 });
  }, 300_000);
});

describe('a batch of articles in one transaction', () => {
  const corpus = () => [...generateCorpus({ seed: 11, articles: 5 })];

  it('writes the others when one article fails, and leaves no trace of the failing one', async () => {
    const articles = corpus();
    const failingId = articles[2]!.id;
    const failing = createGraphWriter({
      driver,
      database: target.database,
      afterNodesWritten: (ids) => {
        if (ids.includes(failingId)) throw new Error(`injected failure in ${failingId}`);
      },
    });
    articles.forEach((a) => written.add(a.id));
    const report = await failing.writeArticles(articles.map((a) => extractor.extract(a)));

    expect(report.articles.map((o) => o.status)).toEqual(['new', 'new', 'failed', 'new', 'new']);
    expect(String((report.articles[2] as { error: Error }).error)).toContain('injected failure');
    expect(await query('MATCH (a:Article {id: $id}) RETURN a', { id: failingId })).toEqual([]);
    const landed = await query<{ id: string }>('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id', {
      ids: articles.map((a) => a.id),
    });
    expect(landed.map((r) => r.id).sort()).toEqual(
      articles.map((a) => a.id).filter((id) => id !== failingId),
    );
  });

  it("keeps each event's actor, recipient and origin ids as its extraction names them, and links it only to its article", async () => {
    const results = corpus().map((a) => extractor.extract(a));
    results.forEach((r) => written.add(r.article.id));
    await writer.writeArticles(results);
    const expected: string[] = [];
    for (const r of results) {
      const origins = new Set([...r.statements, ...r.meetings, ...r.agreements].map((n) => n.id));
      for (const e of r.events) {
        const fromId = origins.has(e.from.id) ? e.from.id : null;
        expected.push(`${e.id} ${e.source} ${e.target} ${fromId} ${r.article.id}`);
      }
    }
    const stored = await query<{ row: string }>(
      `MATCH (e:Event)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids
       RETURN e.id + ' ' + e.sourceId + ' ' + coalesce(e.targetId, 'null') + ' ' + coalesce(e.fromId, 'null') + ' ' + a.id AS row`,
      { ids: results.map((r) => r.article.id) },
    );
    expect(expected.length).toBeGreaterThan(results.length * 3);
    expect(stored.map((s) => s.row).sort()).toEqual(expected.sort());
    // Each event's one relationship is its MENTIONED_IN.
    const [links] = await query<{ relationships: number; events: number }>(
      `MATCH (e:Event)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids
       RETURN sum(COUNT { (e)--() }) AS relationships, count(e) AS events`,
      { ids: results.map((r) => r.article.id) },
    );
    expect(links!.relationships).toBe(links!.events);
  });

  it('skips the second copy of an article fed twice, and refuses a changed one without replace', async () => {
    const [first, second] = corpus();
    const ingested = await ingester.ingestBatch([first!]);
    written.add(first!.id);
    expect(ingested.outcomes).toEqual([{ ok: true, articleId: first!.id, status: 'new' }]);

    const changed = { ...first!, text: `${first!.text}\nA later paragraph added by the editors.` };
    written.add(second!.id);
    const batch = await ingester.ingestBatch([second!, second!, changed]);
    expect(batch.outcomes[0]).toEqual({ ok: true, articleId: second!.id, status: 'new' });
    expect(batch.outcomes[1]).toEqual({ ok: true, articleId: second!.id, status: 'skipped' });
    expect(batch.outcomes[2]).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const replaced = await ingester.ingestBatch([changed], { replace: true });
    expect(replaced.outcomes).toEqual([{ ok: true, articleId: first!.id, status: 'updated' }]);
  });

  it('reports an article the extractor refuses as failed and writes the rest', async () => {
    const [article] = corpus();
    written.add(article!.id);
    const batch = await ingester.ingestBatch([{ text: '   ' }, article!]);
    expect(batch.outcomes[0]).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    expect(batch.outcomes[1]).toEqual({ ok: true, articleId: article!.id, status: 'new' });
  });
});

describe('a write that fails midway', () => {
  it('leaves no trace of the article', async () => {
    const failing = createGraphWriter({
      driver,
      database: target.database,
      afterNodesWritten: () => {
        throw new Error('injected failure between the node and relationship writes');
      },
    });
    const article = followUp();
    const result = extractor.extract(article);
    await expect(failing.writeArticle(result)).rejects.toThrow('injected failure');
    expect(await query('MATCH (a:Article {id: $id}) RETURN a', { id: result.article.id })).toEqual([]);
    const orphans = await query('MATCH (n) WHERE n.id IN $ids RETURN n.id', {
      ids: [...result.persons.map((p) => p.id), ...result.statements.map((s) => s.id)],
    });
    expect(orphans).toEqual([]);
  });
});

describe('delete-article', () => {
  it('removes only what no other article supports', async () => {
    const a = await ingest(seed());
    const b = await ingest(followUp());
    const onlyInSeed = await query<{ id: string }>(
      `MATCH (n)-[:MENTIONED_IN]->(:Article {id: $a}) WHERE NOT (n)-[:MENTIONED_IN]->(:Article {id: $b}) RETURN n.id AS id`,
      { a: a.articleId, b: b.articleId },
    );
    expect(onlyInSeed.length).toBeGreaterThan(0);

    const report = await writer.deleteArticle(a.articleId);
    expect(report.deleted).toBe(true);
    expect(
      await query('MATCH (n) WHERE n.id IN $ids RETURN n.id', { ids: onlyInSeed.map((n) => n.id) }),
    ).toEqual([]);
    const putin = await query<{ articles: string[] }>(
      `MATCH (p:Person {id: 'person:vladimir-putin'})-[:MENTIONED_IN]->(a:Article) RETURN collect(a.id) AS articles`,
    );
    expect(putin[0]?.articles).toEqual([b.articleId]);
    const treatyParties = await query(
      `MATCH (c:Country)-[r:PARTY_TO]->(:Agreement)-[:MENTIONED_IN]->(:Article {id: $b}) RETURN c.id, r.support AS support`,
      { b: b.articleId },
    );
    for (const party of treatyParties) expect(party.support).toBe(1);
    expect((await writer.deleteArticle(a.articleId)).deleted).toBe(false);
  });
});
