// The rows of a batch write: every node row knows its article, and rows are in one global order so that
// concurrent batches lock shared nodes in the same order.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.ts';
import { articleRows, batchRows, EVENT_ORIGIN_LABELS } from '../../../src/graph/article-rows.ts';
import { generateCorpus } from '../../../bench/corpus/generate.ts';

const extractor = createExtractor();
const rowsOf = (count: number) =>
  [...generateCorpus({ seed: 3, articles: count })].map((a) =>
    articleRows(extractor.extract(a), '2026-01-01'),
  );

describe('articleRows: event ends', () => {
  it("keeps an event's origin id only for an origin node of a label it may have, and its actor's and recipient's ids", () => {
    const results = [...generateCorpus({ seed: 3, articles: 8 })].map((a) => extractor.extract(a));
    let events = 0;
    const kinds = new Set<unknown>();
    for (const result of results) {
      const rows = articleRows(result, '2026-01-01');
      const labelOf = new Map(
        Object.entries(rows.nodes).flatMap(([label, nodeRows]) => nodeRows.map((row) => [row.id, label])),
      );
      for (const row of rows.nodes.Event) {
        events++;
        const event = result.events.find((e) => e.id === row.id)!;
        expect(row.props.sourceId).toBe(event.source);
        expect(row.props.targetId).toBe(event.target);
        const fromId = row.props.fromId as string | null;
        if (fromId === null) expect(EVENT_ORIGIN_LABELS).not.toContain(labelOf.get(event.from.id));
        else {
          expect(fromId).toBe(event.from.id);
          expect(EVENT_ORIGIN_LABELS).toContain(labelOf.get(fromId));
          kinds.add(labelOf.get(fromId));
        }
      }
    }
    expect(events).toBeGreaterThan(8);
    expect(kinds.has('Statement')).toBe(true);
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
