// Kafka-fed workers against a real broker (kafka-local) and the real Neo4j: three workers of one group over a
// 6-partition topic leave the graph of one `ingest` of the same articles, also when one of them is killed -9
// mid-stream; a poison message goes to the dead-letter topic with its reason, a write Neo4j refuses as busy does
// not; SIGTERM commits no offset ahead of its write.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { createGraphWriter } from '../../src/graph/graph-writer.ts';
import { ingestAll } from '../../src/ingest/ingest-all.ts';
import { createIngester } from '../../src/ingest/ingester.ts';
import { readSources } from '../../src/ingest/sources/index.ts';
import { AppError, ErrorCode } from '../../src/domain/errors.ts';
import type { Ingester } from '../../src/ingest/ingester.ts';
import { createLogger } from '../../src/logger.ts';
import { DEAD_LETTER_HEADERS, runWorker } from '../../src/queue/article-worker.ts';
import { graphFootprint, type Footprint } from './support/graph-footprint.ts';
import {
  committedOffsets,
  endOffsets,
  readTopic,
  startTestBroker,
  startWorker,
  sumOffsets,
  waitUntil,
  type TestBroker,
  type WorkerProcess,
} from './support/kafka.ts';
import { cliEnv, runCli } from './support/run-cli.ts';

// The issue asks for 2,000; 600 keep this file to about two minutes on a 2-core CI machine. Run the full size with
// KAFKA_TEST_ARTICLES=2000 npx vitest run --project integration test/integration/kafka-workers.test.ts
const ARTICLES = Number(process.env.KAFKA_TEST_ARTICLES ?? 600);
const PARTITIONS = 6;
const target = inject('neo4j');
const driver = createDriver(target);
const writer = createGraphWriter({ driver, database: target.database });
const corpus = [...generateCorpus({ seed: 1515, articles: ARTICLES })];
const ids = corpus.map((a) => a.id);
let dir: string;
let broker: TestBroker;
/** The graph one `ingest` of the corpus leaves. */
let once: Footprint;
const workers: WorkerProcess[] = [];

const footprint = () => graphFootprint(driver, target.database, ids);
const articlesIn = async (articleIds: readonly string[]) =>
  (
    await driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n', {
      ids: articleIds,
    })
  ).records[0]!.get('n') as number;

async function deleteArticles(articleIds: readonly string[]): Promise<void> {
  const queue = [...articleIds];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) await writer.deleteArticle(id);
    }),
  );
}

const env = () => cliEnv(target);
const publish = async (topic: string, file = join(dir, 'corpus.jsonl')) => {
  const run = await runCli(
    ['publish', file, '--brokers', broker.brokers, '--topic', topic, '--partitions', String(PARTITIONS)],
    env(),
  );
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { published: number };
};
const worker = (topic: string, group: string, extra: string[] = []) => {
  const w = startWorker(
    ['--brokers', broker.brokers, '--topic', topic, '--group', group, '--session-timeout', '15000', ...extra],
    env(),
  );
  workers.push(w);
  return w;
};
const allCommitted = (topic: string, group: string) => async () => {
  const [end, committed] = await Promise.all([
    endOffsets(broker.kafka, topic),
    committedOffsets(broker.kafka, group, topic),
  ]);
  return [...end].every(([partition, offset]) => committed.get(partition) === offset);
};
async function stopAll(list: WorkerProcess[]): Promise<(number | null)[]> {
  for (const w of list) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  return Promise.all(list.map((w) => w.exited));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-kafka-'));
  writeFileSync(join(dir, 'corpus.jsonl'), corpus.map((a) => JSON.stringify(a)).join('\n'));
  broker = await startTestBroker();
  await deleteArticles(ids);
  const ingester = createIngester({ extractor: createExtractor(), writer });
  const plain = await ingestAll(readSources([join(dir, 'corpus.jsonl')]), ingester, {
    concurrency: 2,
    batchSize: 32,
  });
  expect(plain.articles).toEqual({ new: ARTICLES, updated: 0, skipped: 0, failed: 0 });
  once = await footprint();
  await deleteArticles(ids);
}, 600_000);

afterAll(async () => {
  for (const w of workers) w.child.kill('SIGKILL');
  await deleteArticles(ids);
  await driver.close();
  await broker?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 300_000);

describe('three workers in one group', () => {
  it('leave the graph of one ingest of the same articles', async () => {
    expect(await publish('articles-3w')).toEqual({ published: ARTICLES, failed: [] });
    const three = [1, 2, 3].map(() => worker('articles-3w', 'three'));
    await waitUntil('every offset is committed', allCommitted('articles-3w', 'three'), 420_000);
    expect(await stopAll(three)).toEqual([0, 0, 0]);
    const stats = three.map((w) => JSON.parse(w.stdout()) as Record<string, number>);
    // Each article was written once (new) and none twice; a re-delivered one would be skipped.
    expect(stats.reduce((n, s) => n + s.new!, 0)).toBe(ARTICLES);
    expect(stats.filter((s) => s.new! > 0).length).toBeGreaterThan(1);
    expect(await footprint()).toEqual(once);
    await deleteArticles(ids);
  }, 600_000);
});

describe('a worker killed with -9 mid-stream', () => {
  it('has its partitions taken over, and the graph is the same: nothing lost, nothing doubled', async () => {
    await publish('articles-kill');
    const three = [1, 2, 3].map(() => worker('articles-kill', 'kill'));
    // Kill one once the group has made some progress, long before the end.
    await waitUntil(
      'a tenth of the articles is committed',
      async () => sumOffsets(await committedOffsets(broker.kafka, 'kill', 'articles-kill')) >= ARTICLES / 10,
      300_000,
    );
    three[0]!.child.kill('SIGKILL');
    expect(sumOffsets(await committedOffsets(broker.kafka, 'kill', 'articles-kill'))).toBeLessThan(ARTICLES);
    await waitUntil('every offset is committed', allCommitted('articles-kill', 'kill'), 420_000);
    expect(await stopAll(three.slice(1))).toEqual([0, 0]);
    expect(await footprint()).toEqual(once);
    await deleteArticles(ids);
  }, 600_000);
});

describe('a message that is no article', () => {
  it('lands in the dead-letter topic with its reason, and the rest are written', async () => {
    const good = corpus.slice(0, 5);
    const poison = [
      { key: 'not-json', value: 'not json' },
      { key: 'empty', value: '' },
      { key: 'no-text', value: JSON.stringify({ title: 'A headline without a story' }) },
      { key: 'wrong-type', value: JSON.stringify({ text: 42 }) },
      { key: 'binary', value: Buffer.from([0x7b, 0x00, 0xff, 0x7d]) },
    ];
    const producer = broker.kafka.producer();
    await producer.connect();
    const admin = broker.kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'articles-poison', numPartitions: 2 }],
    });
    await admin.disconnect();
    await producer.send({
      topic: 'articles-poison',
      messages: [
        ...good.slice(0, 2).map((a) => ({ key: a.id, value: JSON.stringify(a) })),
        ...poison,
        ...good.slice(2).map((a) => ({ key: a.id, value: JSON.stringify(a) })),
      ],
    });
    await producer.disconnect();

    const one = worker('articles-poison', 'poison');
    await waitUntil('every offset is committed', allCommitted('articles-poison', 'poison'), 120_000);
    expect(await stopAll([one])).toEqual([0]);
    expect(JSON.parse(one.stdout())).toMatchObject({ new: 5, deadLettered: poison.length });
    expect(await articlesIn(good.map((a) => a.id))).toBe(5);

    const letters = await readTopic(broker.kafka, 'articles-poison.dead-letter');
    const reasons = Object.fromEntries(letters.map((m) => [m.key, m.headers[DEAD_LETTER_HEADERS.reason]]));
    expect(reasons).toEqual({
      'not-json': expect.stringMatching(/invalid JSON/),
      empty: expect.stringMatching(/is empty/),
      'no-text': expect.stringMatching(/needs a non-empty "text" or "html" field/),
      'wrong-type': expect.stringMatching(/text: /),
      binary: expect.stringMatching(/NUL bytes/),
    });
    for (const letter of letters) {
      expect(letter.headers[DEAD_LETTER_HEADERS.code]).toBe('BAD_USER_INPUT');
      expect(letter.headers[DEAD_LETTER_HEADERS.origin]).toMatch(/^articles-poison\/[01]@\d+$/);
    }
    expect(letters.find((m) => m.key === 'not-json')?.value).toBe('not json');
    await deleteArticles(good.map((a) => a.id));
  }, 300_000);
});

describe("a write Neo4j refuses as busy past the writer's retries", () => {
  it('is retried with its chunk, not dead-lettered: every article is written once', async () => {
    const articles = corpus.slice(0, 12);
    const busyId = articles[5]!.id;
    const real = createIngester({ extractor: createExtractor(), writer });
    // The real ingester, writing to the real Neo4j, except that the first write of one article comes back as lock
    // contention that outlived the retries (what a 4-worker 100k run once met and dead-lettered).
    let refused = 0;
    const ingester: Ingester = {
      ...real,
      async ingestBatch(batch, options) {
        const result = await real.ingestBatch(
          batch.filter((a) => a.id !== busyId || refused > 0),
          options,
        );
        if (refused > 0 || !batch.some((a) => a.id === busyId)) return result;
        refused++;
        const outcomes = [...result.outcomes];
        outcomes.splice(
          batch.findIndex((a) => a.id === busyId),
          0,
          {
            ok: false,
            error: new AppError(ErrorCode.GRAPH_BUSY, 'Neo4j refused the write 9 times (transient error)'),
          },
        );
        return { ...result, outcomes };
      },
    };
    const topic = 'articles-busy';
    const admin = broker.kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    await admin.disconnect();
    const producer = broker.kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: articles.map((a) => ({ key: a.id, value: JSON.stringify(a) })) });
    await producer.disconnect();

    const stop = new AbortController();
    const running = runWorker(
      { kafka: broker.kafka, ingester, logger: createLogger('silent') },
      {
        topic,
        groupId: 'busy',
        deadLetterTopic: `${topic}.dead-letter`,
        concurrency: 1,
        batchSize: 4,
        signal: stop.signal,
      },
    );
    await waitUntil('every offset is committed', allCommitted(topic, 'busy'), 120_000);
    stop.abort();
    const stats = await running;
    expect(refused).toBe(1);
    expect(stats.deadLettered).toBe(0);
    expect(await readTopic(broker.kafka, `${topic}.dead-letter`)).toEqual([]);
    expect(await articlesIn(articles.map((a) => a.id))).toBe(articles.length);
    // The refused article's chunk counts once, from its second try: its other three were written on the first try
    // and are skipped on the second.
    expect(stats).toMatchObject({ new: articles.length - 3, skipped: 3, deadLettered: 0 });
    await deleteArticles(articles.map((a) => a.id));
  }, 300_000);
});

describe('SIGTERM', () => {
  it('finishes the articles in flight and commits no offset ahead of its write', async () => {
    await publish('articles-term');
    const one = worker('articles-term', 'term', ['--batch-size', '8', '--concurrency', '2']);
    await waitUntil(
      'some offsets are committed',
      async () => sumOffsets(await committedOffsets(broker.kafka, 'term', 'articles-term')) >= 40,
      300_000,
    );
    one.child.kill('SIGTERM');
    expect(await one.exited).toBe(0);
    const committed = await committedOffsets(broker.kafka, 'term', 'articles-term');
    expect(sumOffsets(committed)).toBeLessThan(ARTICLES);

    const messages = await readTopic(broker.kafka, 'articles-term');
    const below = messages.filter((m) => m.offset < (committed.get(m.partition) ?? 0n)).map((m) => m.key!);
    expect(below.length).toBe(sumOffsets(committed));
    // Every committed message is in the graph ...
    expect(await articlesIn(below)).toBe(below.length);
    // ... and the stop wrote nothing it did not commit: the chunks in flight finished and were committed.
    expect(await articlesIn(ids)).toBe(below.length);
    await deleteArticles(ids);
  }, 300_000);
});
