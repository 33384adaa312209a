// Ingests a stream of sources in batches, N write transactions at a time; a failing article is recorded and
// the rest go on. A reader keeps a bounded buffer of items; each writer takes what is there, up to a batch,
// so a busy feed is written in full batches and a slow one article by article, without waiting to fill up.
// Aborting stops taking new articles and lets the batches in flight finish, so nothing is half-written.
// With an outage limit, a batch that finds Neo4j unreachable (or busy past its retries) is tried again until the
// graph has been gone for that long; then the run stops (graphUnavailable) and a re-run resumes: written articles are skipped.
import { isAppError, isGraphRetry } from '../domain/errors.ts';
import type { WriteStatus } from '../graph/graph-writer.ts';
import type { Ingester, IngestOptions } from './ingester.ts';
import { createOutageBudget } from './outage-budget.ts';
import type { SourceArticle, SourceItem } from './sources/index.ts';

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
  /** The run stopped because Neo4j stayed unreachable for the outage limit. */
  graphUnavailable: boolean;
  failures: IngestFailure[];
}

export type IngestEvent =
  | { kind: 'done'; origin: string; report: { articleId: string; status: WriteStatus } }
  | { kind: 'failed'; origin: string; failure: IngestFailure };

export interface IngestAllOptions extends IngestOptions {
  /** Write transactions in flight. */
  concurrency: number;
  /** Most articles per write transaction (default 1: one transaction per article). */
  batchSize?: number;
  signal?: AbortSignal;
  onEvent?: (event: IngestEvent, summary: IngestSummary) => void;
  now?: () => number;
  /** Stop the run once Neo4j has been unreachable this long (ms); unset: fail those articles and go on. */
  outageLimitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** A run that wrote nothing (yet). */
export function emptySummary(): IngestSummary {
  return {
    articles: { new: 0, updated: 0, skipped: 0, failed: 0 },
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    seconds: 0,
    articlesPerSecond: 0,
    interrupted: false,
    graphUnavailable: false,
    failures: [],
  };
}

export async function ingestAll(
  items: AsyncIterable<SourceItem>,
  ingester: Ingester,
  options: IngestAllOptions,
): Promise<IngestSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const summary = emptySummary();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const outage =
    options.outageLimitMs === undefined ? undefined : createOutageBudget(options.outageLimitMs, now);
  // Stops the run from inside (Neo4j gone for good) the way an abort from outside does.
  const halt = new AbortController();
  const halted = () => halt.signal.aborted || (options.signal?.aborted ?? false);
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

  const batchSize = Math.max(1, options.batchSize ?? 1);
  const concurrency = Math.max(1, options.concurrency);
  const buffer: SourceItem[] = [];
  let readAll = false;
  // The reader waits for room in the buffer; the writers wait for items in it.
  let wakeReader: (() => void) | undefined;
  const roomFreed = () => new Promise<void>((resolve) => (wakeReader = resolve));
  const signalRoom = () => {
    const resolve = wakeReader;
    wakeReader = undefined;
    resolve?.();
  };
  let idleWriters: (() => void)[] = [];
  const itemArrived = () => new Promise<void>((resolve) => idleWriters.push(resolve));
  const signalItems = () => {
    const all = idleWriters;
    idleWriters = [];
    for (const resolve of all) resolve();
  };

  const reader = async () => {
    try {
      for await (const item of items) {
        if (halted()) break;
        buffer.push(item);
        signalItems();
        while (buffer.length >= batchSize * concurrency * 2 && !halted()) await roomFreed();
      }
    } finally {
      readAll = true;
      signalItems();
    }
  };

  /** Writes a batch; while the outage budget lasts, the articles that found Neo4j unreachable go again. */
  const writeBatch = async (batch: { origin: string; article: SourceArticle }[]) => {
    let pending = batch;
    while (pending.length > 0) {
      const attemptStarted = now();
      let written;
      try {
        written = await ingester.ingestBatch(
          pending.map((item) => item.article),
          options,
        );
      } catch (error) {
        for (const item of pending) fail(item.origin, error);
        return;
      }
      summary.nodesCreated += written.nodesCreated;
      summary.relationshipsCreated += written.relationshipsCreated;
      summary.nodesDeleted += written.nodesDeleted;
      summary.relationshipsDeleted += written.relationshipsDeleted;
      const unreachable: { item: (typeof batch)[number]; error: unknown }[] = [];
      written.outcomes.forEach((outcome, i) => {
        const item = pending[i]!;
        if (!outcome.ok && outage && isGraphRetry(outcome.error)) {
          unreachable.push({ item, error: outcome.error });
          return;
        }
        if (!outcome.ok) return fail(item.origin, outcome.error);
        outage?.succeeded();
        summary.articles[outcome.status]++;
        refreshRate();
        options.onEvent?.({ kind: 'done', origin: item.origin, report: outcome }, summary);
      });
      if (unreachable.length === 0) return;
      if (outage!.failed(attemptStarted) && !halted()) {
        await sleep(outage!.nextDelayMs());
        pending = unreachable.map((u) => u.item);
        continue;
      }
      for (const { item, error } of unreachable) fail(item.origin, error);
      summary.graphUnavailable = true;
      halt.abort();
      return;
    }
  };

  const writer = async () => {
    for (;;) {
      if (halted()) return;
      if (buffer.length === 0) {
        if (readAll) return;
        await itemArrived();
        continue;
      }
      const taken = buffer.splice(0, batchSize);
      signalRoom();
      const batch: { origin: string; article: SourceArticle }[] = [];
      for (const item of taken) {
        if (item.error) fail(item.origin, item.error);
        else batch.push(item);
      }
      if (batch.length > 0) await writeBatch(batch);
    }
  };
  // An abort wakes the writers waiting for items; they return, and the rest of the stream stays unread.
  const wake = () => (signalRoom(), signalItems());
  options.signal?.addEventListener('abort', wake, { once: true });
  halt.signal.addEventListener('abort', wake, { once: true });
  const reading = reader();
  await Promise.all(Array.from({ length: concurrency }, writer));
  // The reader may be waiting on a slow source (stdin) after an abort: it stops at its next item.
  if (!halted()) await reading;
  summary.interrupted = options.signal?.aborted ?? false;
  refreshRate();
  return summary;
}
