// Ingests a stream of sources with N articles in flight; a failing article is recorded and the rest go on.
// Aborting stops taking new articles and lets the ones in flight finish, so nothing is half-written.
import { isAppError } from '../domain/errors.ts';
import type { IngestedArticle, Ingester, IngestOptions } from './ingester.ts';
import type { SourceItem } from './sources/index.ts';

export interface IngestFailure {
  origin: string;
  reason: string;
  code: string;
}

export interface IngestSummary {
  articles: { new: number; updated: number; skipped: number; failed: number };
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  seconds: number;
  articlesPerSecond: number;
  interrupted: boolean;
  failures: IngestFailure[];
}

export type IngestEvent =
  | { kind: 'done'; origin: string; report: IngestedArticle }
  | { kind: 'failed'; origin: string; failure: IngestFailure };

export interface IngestAllOptions extends IngestOptions {
  concurrency: number;
  signal?: AbortSignal;
  onEvent?: (event: IngestEvent, summary: IngestSummary) => void;
  now?: () => number;
}

export async function ingestAll(
  items: AsyncIterable<SourceItem>,
  ingester: Ingester,
  options: IngestAllOptions,
): Promise<IngestSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const summary: IngestSummary = {
    articles: { new: 0, updated: 0, skipped: 0, failed: 0 },
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    seconds: 0,
    articlesPerSecond: 0,
    interrupted: false,
    failures: [],
  };
  const refreshRate = () => {
    summary.seconds = (now() - started) / 1000;
    const done = summary.articles.new + summary.articles.updated + summary.articles.skipped;
    summary.articlesPerSecond = summary.seconds > 0 ? done / summary.seconds : 0;
  };
  const fail = (origin: string, error: unknown) => {
    const failure: IngestFailure = {
      origin,
      reason: (error as Error)?.message ?? String(error),
      code: isAppError(error) ? error.code : 'INTERNAL',
    };
    summary.articles.failed++;
    summary.failures.push(failure);
    refreshRate();
    options.onEvent?.({ kind: 'failed', origin, failure }, summary);
  };

  // Async generators queue concurrent next() calls, so the workers can share one iterator safely.
  const iterator = items[Symbol.asyncIterator]();
  const worker = async () => {
    while (!options.signal?.aborted) {
      const next = await iterator.next();
      if (next.done) return;
      const item = next.value;
      if (item.error) {
        fail(item.origin, item.error);
        continue;
      }
      try {
        const report = await ingester.ingest(item.article, options);
        summary.articles[report.status]++;
        summary.nodesCreated += report.nodesCreated;
        summary.relationshipsCreated += report.relationshipsCreated;
        summary.nodesDeleted += report.nodesDeleted;
        summary.relationshipsDeleted += report.relationshipsDeleted;
        refreshRate();
        options.onEvent?.({ kind: 'done', origin: item.origin, report }, summary);
      } catch (error) {
        fail(item.origin, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  summary.interrupted = options.signal?.aborted ?? false;
  refreshRate();
  return summary;
}
