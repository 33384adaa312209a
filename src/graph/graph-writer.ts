// Writes one ExtractionResult as one transaction: all of an article's nodes, edges and evidence, or nothing.
// Idempotent (MERGE on deterministic ids); unchanged articles are skipped; a changed one needs `replace`.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { ExtractionResult } from '../domain/extraction-result.ts';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { articleRows } from './article-rows.ts';
import {
  READ_ARTICLE_HASH,
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

export interface GraphWriterDeps {
  driver: Driver;
  database: string;
  now?: () => Date;
  /** Test seam: runs inside the transaction between the node and the relationship writes. */
  afterNodesWritten?: (articleId: string) => Promise<void> | void;
  /** How often a MERGE that lost a race against a concurrent writer (constraint violation) is retried. */
  raceRetries?: number;
}

export interface GraphWriter {
  writeArticle(result: ExtractionResult, options?: { replace?: boolean }): Promise<WriteReport>;
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

  return {
    async writeArticle(result, options = {}) {
      const rows = articleRows(result, now().toISOString());
      const articleId = rows.article.id;
      return inWriteTransaction(async (tx) => {
        const counts = emptyCounts();
        const existing = await tx.run(READ_ARTICLE_HASH, { id: articleId });
        const previousHash = existing.records[0]?.get('contentHash') as string | undefined;
        let status: WriteStatus = 'new';
        if (existing.records.length > 0) {
          if (previousHash === rows.article.contentHash) return { articleId, status: 'skipped', ...counts };
          if (!options.replace) {
            throw new AppError(
              ErrorCode.CONFLICT,
              `article ${articleId} is already in the graph with different content; ingest it with replace to update it`,
            );
          }
          addCounts(
            counts,
            await tx.run(REMOVE_ARTICLE_CONTRIBUTIONS, { id: articleId, deleteArticle: false }),
          );
          status = 'updated';
        }
        addCounts(counts, await tx.run(WRITE_NODES, { article: rows.article, nodes: rows.nodes }));
        await deps.afterNodesWritten?.(articleId);
        addCounts(
          counts,
          await tx.run(WRITE_RELATIONSHIPS, { relationships: rows.relationships, articleId }),
        );
        return { articleId, status, ...counts };
      });
    },

    async deleteArticle(articleId) {
      return inWriteTransaction(async (tx) => {
        const counts = emptyCounts();
        const result = await tx.run(REMOVE_ARTICLE_CONTRIBUTIONS, { id: articleId, deleteArticle: true });
        addCounts(counts, result);
        return { articleId, deleted: result.records.length > 0, ...counts };
      });
    },
  };
}

function emptyCounts(): WriteCounts {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
}

function addCounts(counts: WriteCounts, result: QueryResult): void {
  const updates = result.summary.counters.updates();
  counts.nodesCreated += updates.nodesCreated;
  counts.nodesDeleted += updates.nodesDeleted;
  counts.relationshipsCreated += updates.relationshipsCreated;
  counts.relationshipsDeleted += updates.relationshipsDeleted;
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
