// Writes ExtractionResults in batches: one transaction per batch, so each article's nodes, edges and evidence
// are written all together or not at all. Idempotent (MERGE on deterministic ids); unchanged articles are
// skipped; a changed one needs `replace`. A batch that fails is written again article by article, so one bad
// article fails alone and the others still land.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { ExtractionResult } from '../domain/extraction-result.ts';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { articleRows, batchRows, type ArticleRows } from './article-rows.ts';
import {
  READ_ARTICLE_HASHES,
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
  /** How often a MERGE that lost a race against a concurrent writer (constraint violation) is retried. */
  raceRetries?: number;
}

export interface GraphWriter {
  /** One article in its own transaction; its failure is thrown. */
  writeArticle(result: ExtractionResult, options?: { replace?: boolean }): Promise<WriteReport>;
  /** Several articles in one transaction; a failure is reported per article, never thrown. */
  writeArticles(
    results: readonly ExtractionResult[],
    options?: { replace?: boolean },
  ): Promise<BatchWriteReport>;
  deleteArticle(articleId: string): Promise<DeleteReport>;
}

const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const TX_TIMEOUT_MS = 60_000;

export function createGraphWriter(deps: GraphWriterDeps): GraphWriter {
  const now = deps.now ?? (() => new Date());
  const raceRetries = deps.raceRetries ?? 5;

  async function inWriteTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const session = deps.driver.session({
        database: deps.database,
        defaultAccessMode: neo4j.session.WRITE,
      });
      try {
        // executeWrite retries transient errors (deadlocks, leader switches); the work is safe to run twice.
        return await session.executeWrite(work, { timeout: TX_TIMEOUT_MS });
      } catch (error) {
        // Two writers MERGEing the same new node: the loser fails on the uniqueness constraint. Its retry finds the node.
        const lostRace = (error as { code?: string }).code === CONSTRAINT_VIOLATION;
        if (!lostRace || attempt >= raceRetries) throw toGraphError(error);
      } finally {
        await session.close();
      }
    }
  }

  /** The transaction of one batch (distinct article ids): skips the unchanged, refuses unasked replaces. */
  async function writeBatch(
    tx: ManagedTransaction,
    batch: readonly ArticleRows[],
    replace: boolean,
  ): Promise<BatchWriteReport> {
    const report: BatchWriteReport = { articles: [], ...emptyCounts() };
    const stored = await tx.run(READ_ARTICLE_HASHES, { ids: batch.map((rows) => rows.article.id) });
    const storedHash = new Map(
      stored.records.map((r) => [r.get('id') as string, r.get('contentHash') as string]),
    );
    const toWrite: ArticleRows[] = [];
    for (const rows of batch) {
      const articleId = rows.article.id;
      const previous = storedHash.get(articleId);
      if (previous === undefined) {
        toWrite.push(rows);
        report.articles.push({ articleId, status: 'new' });
      } else if (previous === rows.article.contentHash) {
        report.articles.push({ articleId, status: 'skipped' });
      } else if (!replace) {
        const message = `article ${articleId} is already in the graph with different content; ingest it with replace to update it`;
        report.articles.push({
          articleId,
          status: 'failed',
          error: new AppError(ErrorCode.CONFLICT, message),
        });
      } else {
        addQueryCounts(
          report,
          await tx.run(REMOVE_ARTICLE_CONTRIBUTIONS, { id: articleId, deleteArticle: false }),
        );
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
  async function writeRows(batch: readonly ArticleRows[], replace: boolean): Promise<BatchWriteReport> {
    // An id twice in one batch (the same article fed twice) goes to a later batch, which then sees the first.
    const seen = new Set<string>();
    const firstAt: number[] = [];
    const laterAt: number[] = [];
    batch.forEach((rows, i) => {
      (seen.has(rows.article.id) ? laterAt : firstAt).push(i);
      seen.add(rows.article.id);
    });
    const first = firstAt.map((i) => batch[i]!);
    let firstReport: BatchWriteReport;
    try {
      firstReport = await inWriteTransaction((tx) => writeBatch(tx, first, replace));
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
        for (const rows of first) mergeReports(firstReport, await writeRows([rows], replace));
      }
    }
    if (laterAt.length === 0) return firstReport;
    const laterReport = await writeRows(
      laterAt.map((i) => batch[i]!),
      replace,
    );
    const report: BatchWriteReport = { articles: new Array<ArticleOutcome>(batch.length), ...emptyCounts() };
    firstAt.forEach((at, k) => (report.articles[at] = firstReport.articles[k]!));
    laterAt.forEach((at, k) => (report.articles[at] = laterReport.articles[k]!));
    addCounts(report, firstReport);
    addCounts(report, laterReport);
    return report;
  }

  return {
    async writeArticle(result, options = {}) {
      const report = await writeRows([articleRows(result, now().toISOString())], options.replace ?? false);
      const outcome = report.articles[0]!;
      if (outcome.status === 'failed') throw outcome.error;
      const { articles: _, ...counts } = report;
      return { articleId: outcome.articleId, status: outcome.status, ...counts };
    },

    async writeArticles(results, options = {}) {
      if (results.length === 0) return { articles: [], ...emptyCounts() };
      const ingestedAt = now().toISOString();
      return writeRows(
        results.map((result) => articleRows(result, ingestedAt)),
        options.replace ?? false,
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

function toGraphError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new AppError(ErrorCode.GRAPH_UNAVAILABLE, `Neo4j is unavailable: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return error;
}
