// A batch written while Neo4j is down fails every article at once with GRAPH_UNAVAILABLE, instead of trying
// each article again on its own (each would wait out the driver's retries). Nothing listens on the port.
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate.ts';
import { createExtractor } from '../../../src/extract/index.ts';
import { createGraphWriter } from '../../../src/graph/graph-writer.ts';
import { freePort } from '../../setup/free-port.ts';

const driver = neo4j.driver(`bolt://127.0.0.1:${await freePort()}`, neo4j.auth.basic('neo4j', ''), {
  maxTransactionRetryTime: 200,
  connectionTimeout: 500,
});
afterAll(() => driver.close());

describe('a batch while Neo4j is unavailable', () => {
  it('fails every article with GRAPH_UNAVAILABLE in one go, at once', async () => {
    const extractor = createExtractor();
    const results = [...generateCorpus({ seed: 5, articles: 3 })].map((a) => extractor.extract(a));
    let transactions = 0;
    const counting = Object.create(driver) as typeof driver;
    counting.session = (config) => (transactions++, driver.session(config));
    const writer = createGraphWriter({ driver: counting, database: 'neo4j' });
    const started = Date.now();
    const report = await writer.writeArticles(results);
    expect(report.articles.map((o) => o.status)).toEqual(['failed', 'failed', 'failed']);
    for (const outcome of report.articles) {
      expect((outcome as { error: { code: string } }).error.code).toBe('GRAPH_UNAVAILABLE');
    }
    // One attempt and one more (a stale pooled connection looks the same), not one more per article.
    expect(transactions).toBe(2);
    // The caller's outage budget decides how long to keep trying, not the driver's retries.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
