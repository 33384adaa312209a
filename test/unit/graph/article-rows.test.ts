// The rows of a batch write: every node row knows its article, and rows are in one global order so that
// concurrent batches lock shared nodes in the same order.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.ts';
import { articleRows, batchRows, EVENT_LINK_ENDS } from '../../../src/graph/article-rows.ts';
import { generateCorpus } from '../../../bench/corpus/generate.ts';

const extractor = createExtractor();
const rowsOf = (count: number) =>
  [...generateCorpus({ seed: 3, articles: count })].map((a) =>
    articleRows(extractor.extract(a), '2026-01-01'),
  );

describe('articleRows: event links', () => {
  it('names the label of each end it keeps, and keeps only ends of a label that end may have', () => {
    const links = rowsOf(8).flatMap((rows) => rows.nodes.Event.map((row) => row.link!));
    expect(links.length).toBeGreaterThan(8);
    for (const link of links) {
      for (const end of ['source', 'target', 'from'] as const) {
        const label = link[`${end}Label`];
        expect(label === null).toBe(link[end] === null);
        if (label !== null) expect(EVENT_LINK_ENDS[end]).toContain(label);
      }
    }
    expect(links.some((l) => l.sourceLabel === 'Country')).toBe(true);
    expect(links.some((l) => l.fromLabel === 'Statement')).toBe(true);
  });
});

describe('batchRows', () => {
  it('keeps every node row of every article, tagged with its article id', () => {
    const articles = rowsOf(4);
    const batch = batchRows(articles);
    expect(batch.articles.map((a) => a.id)).toEqual(articles.map((a) => a.article.id));
    for (const rows of articles) {
      for (const [label, nodeRows] of Object.entries(rows.nodes)) {
        const inBatch = batch.nodes[label as keyof typeof rows.nodes].filter(
          (r) => r.article === rows.article.id,
        );
        expect(inBatch.map((r) => r.id).sort()).toEqual(nodeRows.map((r) => r.id).sort());
        // Its position among the batch's articles: the write finds the article node by it.
        expect(inBatch.every((r) => batch.articles[r.at]!.id === rows.article.id)).toBe(true);
      }
    }
  });

  it('orders node rows by id and relationship rows by start then end, across articles', () => {
    const batch = batchRows(rowsOf(6));
    const countries = batch.nodes.Country.map((r) => r.id);
    expect(countries.length).toBeGreaterThan(6);
    expect(countries).toEqual([...countries].sort());
    const said = batch.relationships['Person_SAID_Statement']!.map((r) => `${r.from} ${r.to}`);
    expect(said.length).toBeGreaterThan(6);
    expect(said).toEqual([...said].sort());
  });

  it('keeps a relationship asserted by two articles as two rows: two supporters', () => {
    const articles = rowsOf(6);
    const batch = batchRows(articles);
    const key = 'Person_REPRESENTS_Country';
    const total = articles.reduce((n, rows) => n + (rows.relationships[key]?.length ?? 0), 0);
    expect(batch.relationships[key]).toHaveLength(total);
  });
});
