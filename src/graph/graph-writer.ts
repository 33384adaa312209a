// Writes ExtractionResults in batches: one transaction per batch, so each article's nodes, edges and evidence
// are written all together or not at all. Idempotent (MERGE on deterministic ids); unchanged articles are
// skipped; a changed one needs `replace`. One article, one write: the transaction claims its articles (lock,
// then content hash) before it writes, so two writers of one article, in this process or another, never both
// write it. A batch that fails is written again article by article, so one bad article fails alone.
// Re-deriving (`reextract`) replaces stored articles' contributions whatever their hash, in the same transaction.
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { ExtractionResult } from '../domain/extraction-result.ts';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { compareIds } from '../domain/ids.ts';
import { articleRows, batchRows, type ArticleRows } from './article-rows.ts';
import { foldDuplicates } from './fold-duplicates.ts';
import { runWriteTransaction } from './write-transaction.ts';
import {
  CLAIM_ARTICLES,
  DROP_UNWRITTEN_CLAIM,
  REMOVE_ARTICLE_CONTRIBUTIONS,
  WRITE_NODES,
  WRITE_RELATIONSHIPS,
} from './article-cypher.ts';

export type WriteStatus = 'new' | 'updated' | 'skipped';

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export interface WriteReport extends WriteCounts {
  articleId: string;
  status: WriteStatus;
}

export interface DeleteReport extends WriteCounts {
  articleId: string;
  deleted: boolean;
}

/** What became of one article of a batch: its status, or why it was not written. */
export type ArticleOutcome =
  { articleId: string; status: WriteStatus } | { articleId: string; status: 'failed'; error: unknown };

/** Counts are the batch's: several articles share nodes, so they are not split between them. */
export interface BatchWriteReport extends WriteCounts {
  articles: ArticleOutcome[];
}

export interface GraphWriterDeps {
  driver: Driver;
  database: string;
  now?: () => Date;
  /** Test seam: runs inside the transaction between the node and the relationship writes. */
  afterNodesWritten?: (articleIds: string[]) => Promise<void> | void;
}

export interface WriteOptions {
  /** Update an article whose content changed (otherwise that is a CONFLICT). */
  replace?: boolean;
  /** Recorded on each article written (Article.extractorVersion): which extractor derived its part. */
  extractorVersion?: number;
  /**
   * Re-derive stored articles: replace each one's contributions even when its content is unchanged ('all'), or
   * only when another extractor version derived it ('outdated': one already re-derived, by a concurrent run,
   * is skipped). An article that is no longer stored is skipped, not written again.
   */
  rederive?: 'all' | 'outdated';
}

export interface GraphWriter {
  /** One article in its own transaction; its failure is thrown. */
  writeArticle(result: ExtractionResult, options?: WriteOptions): Promise<WriteReport>;
  /** Several articles in one transaction; a failure is reported per article, never thrown. */
  writeArticles(results: readonly ExtractionResult[], options?: WriteOptions): Promise<BatchWriteReport>;
  deleteArticle(articleId: string): Promise<DeleteReport>;
}

export function createGraphWriter(deps: GraphWriterDeps): GraphWriter {
  const now = deps.now ?? (() => new Date());

  const inWriteTransaction = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    runWriteTransaction({ driver: deps.driver, database: deps.database }, work);

  /**
   * The transaction of one batch (distinct article ids): claims its articles, skips the unchanged, refuses
   * unasked replaces. The claim holds each article's lock until commit, so the hash it reads is final.
   */
  async function writeBatch(
    tx: ManagedTransaction,
    batch: readonly ArticleRows[],
    options: WriteOptions,
  ): Promise<BatchWriteReport> {
    const report: BatchWriteReport = { articles: [], ...emptyCounts() };
    const ids = batch.map((rows) => rows.article.id).sort(compareIds);
    const claimed = await tx.run(CLAIM_ARTICLES, { ids });
    addQueryCounts(report, claimed);
    const stored = new Map(
      claimed.records.map((r) => [
        r.get('id') as string,
        {
          hash: r.get('contentHash') as string | null,
          extractorVersion: r.get('extractorVersion') as number | null,
        },
      ]),
    );
    const toWrite: ArticleRows[] = [];
    const removeContributions = async (id: string) =>
      addQueryCounts(report, await tx.run(REMOVE_ARTICLE_CONTRIBUTIONS, { id, deleteArticle: false }));
    for (const rows of batch) {
      const articleId = rows.article.id;
      const previous = stored.get(articleId)?.hash ?? null;
      if (options.rederive !== undefined) {
        const current =
          options.rederive === 'outdated' &&
          stored.get(articleId)?.extractorVersion === rows.article.extractorVersion;
        if (previous === null) {
          // Deleted since it was read: the claim made an empty node, which goes again.
          addQueryCounts(report, await tx.run(DROP_UNWRITTEN_CLAIM, { id: articleId }));
          report.articles.push({ articleId, status: 'skipped' });
        } else if (current) {
          report.articles.push({ articleId, status: 'skipped' });
        } else {
          await removeContributions(articleId);
          toWrite.push(rows);
          report.articles.push({ articleId, status: 'updated' });
        }
      } else if (previous === null) {
        toWrite.push(rows);
        report.articles.push({ articleId, status: 'new' });
      } else if (previous === rows.article.contentHash) {
        report.articles.push({ articleId, status: 'skipped' });
      } else if (!options.replace) {
        const message = `article ${articleId} is already in the graph with different content; ingest it with replace to update it`;
        report.articles.push({
          articleId,
          status: 'failed',
          error: new AppError(ErrorCode.CONFLICT, message),
        });
      } else {
        await removeContributions(articleId);
        toWrite.push(rows);
        report.articles.push({ articleId, status: 'updated' });
      }
    }
    if (toWrite.length === 0) return report;
    const params = batchRows(toWrite);
    addQueryCounts(report, await tx.run(WRITE_NODES, { articles: params.articles, nodes: params.nodes }));
    await deps.afterNodesWritten?.(toWrite.map((rows) => rows.article.id));
    addQueryCounts(report, await tx.run(WRITE_RELATIONSHIPS, { relationships: params.relationships }));
    return report;
  }

  /** Writes a batch; the outcomes are in the batch's order. */
  async function writeRows(batch: readonly ArticleRows[], options: WriteOptions): Promise<BatchWriteReport> {
    const { first, firstAt, later, laterAt, copies } = foldDuplicates(batch, (rows) => rows.article);
    let firstReport: BatchWriteReport;
    try {
      firstReport = await inWriteTransaction((tx) => writeBatch(tx, first, options));
    } catch (error) {
      // Neo4j down: every article would fail the same way, each after the driver's own retries.
      const unavailable = error instanceof AppError && error.code === ErrorCode.GRAPH_UNAVAILABLE;
      if (first.length === 1 || unavailable) {
        firstReport = {
          articles: first.map((rows) => ({ articleId: rows.article.id, status: 'failed' as const, error })),
          ...emptyCounts(),
        };
      } else {
        firstReport = { articles: [], ...emptyCounts() };
        for (const rows of first) mergeReports(firstReport, await writeRows([rows], options));
      }
    }
    if (later.length === 0 && copies.length === 0) return firstReport;
    const laterReport = later.length > 0 ? await writeRows(later, options) : undefined;
    const report: BatchWriteReport = { articles: new Array<ArticleOutcome>(batch.length), ...emptyCounts() };
    firstAt.forEach((at, k) => (report.articles[at] = firstReport.articles[k]!));
    laterAt.forEach((at, k) => (report.articles[at] = laterReport!.articles[k]!));
    // A copy was written with its original: it failed with it, or else there was nothing left to write.
    for (const [at, k] of copies) {
      const original = firstReport.articles[k]!;
      report.articles[at] = original.status === 'failed' ? original : { ...original, status: 'skipped' };
    }
    addCounts(report, firstReport);
    if (laterReport) addCounts(report, laterReport);
    return report;
  }

  // The articles this writer is writing now: a batch naming one of them waits for it, so two batches of one
  // run never contend for an article (the database's claim would make the second wait and skip anyway).
  const inFlight = new Map<string, Promise<unknown>>();
  async function writeOnce(batch: readonly ArticleRows[], options: WriteOptions): Promise<BatchWriteReport> {
    const ids = [...new Set(batch.map((rows) => rows.article.id))];
    const before = ids.flatMap((id) => inFlight.get(id) ?? []);
    const settled = Promise.allSettled(before).then(() => writeRows(batch, options));
    for (const id of ids) inFlight.set(id, settled);
    try {
      return await settled;
    } finally {
      for (const id of ids) if (inFlight.get(id) === settled) inFlight.delete(id);
    }
  }

  return {
    async writeArticle(result, options = {}) {
      const rows = articleRows(result, now().toISOString(), options.extractorVersion);
      const report = await writeOnce([rows], options);
      const outcome = report.articles[0]!;
      if (outcome.status === 'failed') throw outcome.error;
      const { articles: _, ...counts } = report;
      return { articleId: outcome.articleId, status: outcome.status, ...counts };
    },

    async writeArticles(results, options = {}) {
      if (results.length === 0) return { articles: [], ...emptyCounts() };
      const ingestedAt = now().toISOString();
      return writeOnce(
        results.map((result) => articleRows(result, ingestedAt, options.extractorVersion)),
        options,
      );
    },

    async deleteArticle(articleId) {
      return inWriteTransaction(async (tx) => {
        const counts = emptyCounts();
        const result = await tx.run(REMOVE_ARTICLE_CONTRIBUTIONS, { id: articleId, deleteArticle: true });
        addQueryCounts(counts, result);
        return { articleId, deleted: result.records.length > 0, ...counts };
      });
    },
  };
}

function mergeReports(into: BatchWriteReport, from: BatchWriteReport): void {
  into.articles.push(...from.articles);
  addCounts(into, from);
}

function emptyCounts(): WriteCounts {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
}

function addCounts(counts: WriteCounts, more: WriteCounts): void {
  counts.nodesCreated += more.nodesCreated;
  counts.nodesDeleted += more.nodesDeleted;
  counts.relationshipsCreated += more.relationshipsCreated;
  counts.relationshipsDeleted += more.relationshipsDeleted;
}

function addQueryCounts(counts: WriteCounts, result: QueryResult): void {
  addCounts(counts, result.summary.counters.updates());
}
