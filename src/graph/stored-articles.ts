// Reads the articles the graph stores (their text and metadata), page by page in id order, for the commands that
// re-derive or back up the graph: `reextract` and `export`. Keyset pages (id > last), so a long read holds no
// transaction open and sees articles written meanwhile by their id; each page is one short read.
import neo4j, { type Driver } from 'neo4j-driver';
import type { ArticleInput } from '../domain/extraction-result.ts';

/** Which articles: every one, or those an extractor other than `extractorVersion` derived (or none recorded). */
export type StoredSelection = { which: 'all' } | { which: 'outdated'; extractorVersion: number };

export interface StoredArticle extends ArticleInput {
  id: string;
  /** The extractor version that derived its part of the graph; null for articles written before it was recorded. */
  extractorVersion: number | null;
}

export const STORED_PAGE_SIZE = 256;

const WHERE = `a.contentHash IS NOT NULL AND ($which = 'all' OR a.extractorVersion IS NULL OR a.extractorVersion <> $version)`;

const COUNT_STORED = `MATCH (a:Article) WHERE ${WHERE} RETURN count(a) AS n`;

// `a.id > $after` with ORDER BY a.id walks the unique index on Article.id.
const READ_STORED_PAGE = `MATCH (a:Article) WHERE a.id > $after AND ${WHERE}
RETURN a.id AS id, a.text AS text, a.title AS title, a.url AS url, a.publishedAt AS publishedAt,
       a.publisher AS publisher, a.authors AS authors, a.language AS language, a.extractorVersion AS extractorVersion
ORDER BY a.id LIMIT $limit`;

const params = (selection: StoredSelection) => ({
  which: selection.which,
  version: selection.which === 'outdated' ? selection.extractorVersion : null,
});

export async function countStoredArticles(
  driver: Driver,
  database: string,
  selection: StoredSelection,
): Promise<number> {
  const { records } = await driver.executeQuery(COUNT_STORED, params(selection), {
    database,
    routing: 'READ',
  });
  return Number(records[0]?.get('n') ?? 0);
}

interface StoredRow {
  id: string;
  text: string | null;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  publisher: string | null;
  authors: string[] | null;
  language: string | null;
  extractorVersion: number | null;
}

/** The selected articles in id order; a field the article does not have is absent, as in a source. */
export async function* readStoredArticles(
  driver: Driver,
  database: string,
  selection: StoredSelection,
  pageSize = STORED_PAGE_SIZE,
): AsyncGenerator<StoredArticle> {
  let after = '';
  for (;;) {
    const { records } = await driver.executeQuery(
      READ_STORED_PAGE,
      // A JS number goes over Bolt as a float, which LIMIT refuses.
      { ...params(selection), after, limit: neo4j.int(pageSize) },
      { database, routing: 'READ' },
    );
    for (const record of records) {
      const row = record.toObject() as StoredRow;
      yield storedArticle(row);
    }
    if (records.length < pageSize) return;
    after = records[records.length - 1]!.get('id') as string;
  }
}

function storedArticle(row: StoredRow): StoredArticle {
  const article: StoredArticle = { id: row.id, text: row.text ?? '', extractorVersion: row.extractorVersion };
  if (row.title !== null) article.title = row.title;
  if (row.url !== null) article.url = row.url;
  if (row.publishedAt !== null) article.publishedAt = row.publishedAt;
  if (row.publisher !== null) article.publisher = row.publisher;
  if (row.authors !== null && row.authors.length > 0) article.authors = row.authors;
  return article;
}
