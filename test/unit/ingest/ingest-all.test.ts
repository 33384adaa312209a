// ingestAll's batching and failure handling, with an in-memory ingester standing in for extract + write
// (the real write path is covered against Neo4j in test/integration/ingest.test.ts).
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../../src/domain/errors.ts';
import { ingestAll } from '../../../src/ingest/ingest-all.ts';
import type { Ingester, IngestedBatch } from '../../../src/ingest/ingester.ts';
import type { SourceArticle, SourceItem } from '../../../src/ingest/sources/index.ts';

function recordingIngester(options: { failWith?: Error } = {}) {
  const batches: string[][] = [];
  const ingester: Ingester = {
    ingest: () => Promise.reject(new Error('not used: ingestAll writes in batches')),
    async ingestBatch(articles: readonly SourceArticle[]): Promise<IngestedBatch> {
      batches.push(articles.map((a) => a.id!));
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (options.failWith) throw options.failWith;
      return {
        outcomes: articles.map((a) => ({ ok: true, articleId: a.id!, status: 'new' })),
        nodesCreated: articles.length * 2,
        nodesDeleted: 0,
        relationshipsCreated: articles.length * 3,
        relationshipsDeleted: 0,
      };
    },
  };
  return { ingester, batches };
}

const article = (i: number): SourceItem => ({
  origin: `a${i}.txt`,
  article: { id: `a${i}`, text: `Text ${i}.` },
});

async function* ready(count: number): AsyncGenerator<SourceItem> {
  for (let i = 1; i <= count; i++) yield article(i);
}

async function* trickle(count: number, everyMs: number): AsyncGenerator<SourceItem> {
  for (let i = 1; i <= count; i++) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    yield article(i);
  }
}

describe('ingestAll', () => {
  it('writes a busy feed in full batches and sums their counts', async () => {
    const { ingester, batches } = recordingIngester();
    const summary = await ingestAll(ready(10), ingester, { concurrency: 1, batchSize: 4 });
    // The first writer starts on the first item; the rest wait in the buffer and go in full batches.
    expect(Math.max(...batches.map((b) => b.length))).toBe(4);
    expect(batches.filter((b) => b.length === 4).length).toBeGreaterThanOrEqual(2);
    expect(batches.flat()).toEqual(Array.from({ length: 10 }, (_, i) => `a${i + 1}`));
    expect(summary.articles).toEqual({ new: 10, updated: 0, skipped: 0, failed: 0 });
    expect(summary).toMatchObject({ nodesCreated: 20, relationshipsCreated: 30 });
  });

  it('does not hold back a slow feed to fill a batch', async () => {
    const { ingester, batches } = recordingIngester();
    await ingestAll(trickle(4, 30), ingester, { concurrency: 1, batchSize: 64 });
    expect(batches).toEqual([['a1'], ['a2'], ['a3'], ['a4']]);
  });

  it('fails an unreadable item alone and writes the others', async () => {
    const { ingester, batches } = recordingIngester();
    async function* items(): AsyncGenerator<SourceItem> {
      yield article(1);
      yield { origin: 'bad.txt', error: new AppError(ErrorCode.BAD_USER_INPUT, 'bad.txt: not UTF-8') };
      yield article(2);
    }
    const summary = await ingestAll(items(), ingester, { concurrency: 1, batchSize: 8 });
    expect(batches.flat()).toEqual(['a1', 'a2']);
    expect(summary.articles).toMatchObject({ new: 2, failed: 1 });
    expect(summary.failures).toEqual([
      { origin: 'bad.txt', reason: 'bad.txt: not UTF-8', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('fails every article of a batch whose write throws, and goes on', async () => {
    const { ingester } = recordingIngester({ failWith: new Error('Neo4j went away') });
    const summary = await ingestAll(ready(3), ingester, { concurrency: 2, batchSize: 2 });
    expect(summary.articles).toMatchObject({ new: 0, failed: 3 });
    expect(summary.failures.map((f) => f.code)).toEqual(['INTERNAL', 'INTERNAL', 'INTERNAL']);
  });

  it('stops taking articles once aborted, after the batches in flight', async () => {
    const { ingester, batches } = recordingIngester();
    const stop = new AbortController();
    const summary = await ingestAll(trickle(50, 2), ingester, {
      concurrency: 1,
      batchSize: 4,
      signal: stop.signal,
      onEvent: (_event, s) => {
        if (s.articles.new >= 3) stop.abort();
      },
    });
    expect(summary.interrupted).toBe(true);
    expect(summary.articles.new).toBeGreaterThanOrEqual(3);
    expect(summary.articles.new).toBe(batches.flat().length);
    expect(summary.articles.new).toBeLessThan(50);
  });
});

describe('ingestAll while Neo4j is unreachable', () => {
  const unavailable = () => new AppError(ErrorCode.GRAPH_UNAVAILABLE, 'Neo4j is unavailable');

  /** An ingester whose writes find Neo4j gone while `down()` says so; each attempt costs `attemptMs`. */
  function flakyGraph(
    clock: { t: number },
    down: () => boolean,
    attemptMs: number,
    refusal: () => AppError = unavailable,
  ) {
    const attempts: string[][] = [];
    const ingester: Ingester = {
      ingest: () => Promise.reject(new Error('not used')),
      async ingestBatch(articles) {
        attempts.push(articles.map((a) => a.id!));
        clock.t += attemptMs;
        const gone = down();
        return {
          outcomes: articles.map((a) =>
            gone
              ? { ok: false as const, error: refusal() }
              : { ok: true as const, articleId: a.id!, status: 'new' as const },
          ),
          nodesCreated: 0,
          nodesDeleted: 0,
          relationshipsCreated: 0,
          relationshipsDeleted: 0,
        };
      },
    };
    return { ingester, attempts };
  }

  it('tries a batch again through a short outage and loses nothing', async () => {
    const clock = { t: 0 };
    const { ingester, attempts } = flakyGraph(clock, () => clock.t >= 1_000 && clock.t < 6_000, 1_000);
    const slept: number[] = [];
    const summary = await ingestAll(ready(6), ingester, {
      concurrency: 1,
      batchSize: 2,
      outageLimitMs: 30_000,
      now: () => clock.t,
      sleep: async (ms) => {
        slept.push(ms);
        clock.t += ms;
      },
    });
    expect(summary.articles).toEqual({ new: 6, updated: 0, skipped: 0, failed: 0 });
    expect(summary.graphUnavailable).toBe(false);
    expect(attempts.length).toBeGreaterThan(3);
    expect(slept[0]).toBe(250);
  });

  it('stops once Neo4j has been unreachable for the limit, leaving the rest unread', async () => {
    const clock = { t: 0 };
    const { ingester, attempts } = flakyGraph(clock, () => clock.t > 2_000, 15_000);
    const summary = await ingestAll(ready(100), ingester, {
      concurrency: 1,
      batchSize: 4,
      outageLimitMs: 30_000,
      now: () => clock.t,
      sleep: async (ms) => void (clock.t += ms),
    });
    expect(summary.graphUnavailable).toBe(true);
    expect(summary.articles.new).toBe(0);
    // The first attempt's 15 s plus one more: the run gave up after about the limit, not one wait per batch.
    expect(attempts.length).toBeLessThanOrEqual(3);
    // Only the articles it was trying to write failed; the rest were never read, so a re-run resumes.
    expect(summary.articles.failed).toBe(attempts.at(-1)!.length);
    expect(summary.articles.failed).toBeLessThanOrEqual(4);
    expect(summary.failures[0]!.code).toBe('GRAPH_UNAVAILABLE');
  });

  it("tries a batch again while Neo4j refuses it as busy (locks held past the writer's retries)", async () => {
    const clock = { t: 0 };
    const busy = () => new AppError(ErrorCode.GRAPH_BUSY, 'Neo4j refused the write 9 times; try again');
    const { ingester, attempts } = flakyGraph(clock, () => clock.t < 3_000, 1_000, busy);
    const summary = await ingestAll(ready(4), ingester, {
      concurrency: 1,
      batchSize: 2,
      outageLimitMs: 30_000,
      now: () => clock.t,
      sleep: async (ms) => void (clock.t += ms),
    });
    expect(summary.articles).toEqual({ new: 4, updated: 0, skipped: 0, failed: 0 });
    expect(attempts.length).toBeGreaterThan(2);
  });

  it('without a limit fails those articles at once and goes on', async () => {
    const clock = { t: 0 };
    const { ingester } = flakyGraph(clock, () => true, 10);
    const summary = await ingestAll(ready(5), ingester, { concurrency: 1, batchSize: 2 });
    expect(summary.articles.failed).toBe(5);
    expect(summary.graphUnavailable).toBe(false);
  });
});
