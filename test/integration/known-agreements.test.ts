// One treaty, one node: two articles that call the same well-known agreement by different names ("the Joint
// Comprehensive Plan of Action"/"JCPOA" and "the Iran nuclear deal") write one Agreement node, on the real Neo4j.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { createGraphWriter } from '../../src/graph/graph-writer.ts';
import { createIngester } from '../../src/ingest/ingester.ts';
import { parseArticle } from '../../src/ingest/sources/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ingest');
const target = inject('neo4j');
const driver = createDriver(target);
const ingester = createIngester({
  extractor: createExtractor(),
  writer: createGraphWriter({ driver, database: target.database }),
});
const writer = createGraphWriter({ driver, database: target.database });
const written = new Set<string>();

async function ingestFixture(file: string, publishedAt: string): Promise<string> {
  const article = parseArticle('text', readFileSync(resolve(FIXTURES, file), 'utf8'));
  const report = await ingester.ingest({ ...article, publishedAt });
  written.add(report.articleId);
  return report.articleId;
}

afterEach(async () => {
  for (const id of written) await writer.deleteArticle(id);
  written.clear();
});
afterAll(() => driver.close());

describe('a well-known agreement named differently in two articles', () => {
  it('is one Agreement node with its canonical name, MENTIONED_IN both articles', async () => {
    const full = await ingestFixture('iran-deal-full-name.txt', '2025-03-03');
    const short = await ingestFixture('iran-deal-short-name.txt', '2025-05-12');
    const { records } = await driver.executeQuery(
      `MATCH (g:Agreement)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids
       WITH g, collect(DISTINCT a.id) AS articles
       RETURN g.id AS id, g.name AS name, g.signedOn AS signedOn, size(articles) AS articles`,
      { ids: [full, short] },
      { database: target.database },
    );
    const agreements = records.map((r) => r.toObject());
    // The Europeans' "joint statement" is an agreement of its own; every name of the deal is the one node.
    expect(agreements.filter((a) => /iran|nuclear|jcpoa|plan of action/i.test(String(a.name)))).toEqual([
      {
        id: 'agreement:joint-comprehensive-plan-of-action',
        name: 'Joint Comprehensive Plan of Action',
        signedOn: '2015-07-14',
        articles: 2,
      },
    ]);
  }, 120_000);
});
