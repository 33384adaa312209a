// A stateless ingest worker in a Kafka consumer group: reads article messages, writes them through the ingester
// (one transaction per chunk of up to `batchSize` messages of one partition) and commits a partition's offset only
// after that transaction committed: at-least-once delivery over idempotent writes, so each article takes effect
// once. A message that is no article, or that the graph refuses (a changed article without replace), goes to the
// dead-letter topic with its reason. Neo4j being down or busy is not the message's fault: the chunk is retried,
// nothing is committed past it. Stopping (SIGTERM) or a rebalance lets the chunk in flight finish and commit, takes no more.
import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { ErrorCode, isAppError, isGraphRetry } from '../domain/errors.ts';
import type { Ingester, IngestOptions } from '../ingest/ingester.ts';
import type { SourceArticle } from '../ingest/sources/index.ts';
import type { Logger } from '../logger.ts';
import { parseArticleMessage } from './article-message.ts';
import { createProducer, ensureTopics } from './kafka-client.ts';

export interface WorkerOptions extends IngestOptions {
  topic: string;
  groupId: string;
  deadLetterTopic: string;
  /** Partitions processed at once (each with one write transaction in flight). */
  concurrency: number;
  /** Most messages per write transaction. */
  batchSize: number;
  /** How long the group waits for a silent worker before giving its partitions to the others. */
  sessionTimeoutMs?: number;
  /** Partitions of the topic when the worker has to create it. */
  partitions?: number;
  signal: AbortSignal;
  onCommit?: (commit: { partition: number; offset: string; stats: WorkerStats }) => void;
}

export interface WorkerStats {
  new: number;
  updated: number;
  skipped: number;
  deadLettered: number;
  /** Offsets committed (chunks whose transaction committed). */
  commits: number;
}

/** Headers a dead letter carries, beside the original key and value. */
export const DEAD_LETTER_HEADERS = {
  reason: 'diplograph-reason',
  code: 'diplograph-code',
  origin: 'diplograph-origin',
} as const;

/** kafkajs's default: a worker busy extracting a long chunk on a loaded machine is not taken for dead. */
export const DEFAULT_SESSION_TIMEOUT_MS = 30_000;
const HEARTBEAT_MS = 1_000;

export async function runWorker(
  deps: { kafka: Kafka; ingester: Ingester; logger: Logger },
  options: WorkerOptions,
): Promise<WorkerStats> {
  const { kafka, ingester, logger } = deps;
  const stats: WorkerStats = { new: 0, updated: 0, skipped: 0, deadLettered: 0, commits: 0 };
  await ensureTopics(kafka, [
    { topic: options.topic, numPartitions: options.partitions ?? 6 },
    { topic: options.deadLetterTopic, numPartitions: 1 },
  ]);
  const producer: Producer = createProducer(kafka);
  const sessionTimeout = options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS;
  const consumer: Consumer = kafka.consumer({
    groupId: options.groupId,
    sessionTimeout,
    heartbeatInterval: HEARTBEAT_MS,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  await consumer.connect();
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) =>
    logger.info({ assignment: payload.memberAssignment, memberId: payload.memberId }, 'joined the group'),
  );

  const deadLetter = async (message: KafkaMessage, origin: string, code: string, reason: string) => {
    const headers: IHeaders = {
      [DEAD_LETTER_HEADERS.reason]: reason,
      [DEAD_LETTER_HEADERS.code]: code,
      [DEAD_LETTER_HEADERS.origin]: origin,
    };
    await producer.send({
      topic: options.deadLetterTopic,
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    stats.deadLettered++;
    logger.warn({ origin, code, reason }, 'message sent to the dead-letter topic');
  };

  /** Writes one chunk of one partition's messages; resolves once every message in it is written or dead-lettered. */
  const processChunk = async (partition: number, chunk: KafkaMessage[]) => {
    const articles: { message: KafkaMessage; origin: string; article: SourceArticle }[] = [];
    for (const message of chunk) {
      const origin = `${options.topic}/${partition}@${message.offset}`;
      const item = parseArticleMessage(origin, message.value);
      if (item.error) await deadLetter(message, origin, item.error.code, item.error.message);
      else articles.push({ message, origin, article: item.article });
    }
    if (articles.length === 0) return;
    const written = await ingester.ingestBatch(
      articles.map((a) => a.article),
      options,
    );
    // Neo4j down or busy past the writer's retries: not the message's fault. The chunk is retried (from its first
    // message) instead of losing the article to the dead letters; its written articles are skipped the second time.
    for (const outcome of written.outcomes)
      if (!outcome.ok && isGraphRetry(outcome.error)) throw outcome.error;
    for (const [k, outcome] of written.outcomes.entries()) {
      if (outcome.ok) {
        stats[outcome.status]++;
        continue;
      }
      const { message, origin } = articles[k]!;
      const code = isAppError(outcome.error) ? outcome.error.code : ErrorCode.INTERNAL;
      await deadLetter(message, origin, code, (outcome.error as Error)?.message ?? String(outcome.error));
    }
  };

  const eachBatch = async (payload: EachBatchPayload) => {
    const { batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary } = payload;
    for (let at = 0; at < batch.messages.length; at += options.batchSize) {
      // Stopping or rebalancing: take no more; what is unresolved is fetched again by whoever owns the partition.
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(at, at + options.batchSize);
      // kafkajs heartbeats only when asked: keep the membership alive while the chunk is extracted and written.
      const beating = setInterval(() => void heartbeat().catch(() => {}), HEARTBEAT_MS);
      try {
        await processChunk(batch.partition, chunk);
      } finally {
        clearInterval(beating);
      }
      const last = chunk[chunk.length - 1]!.offset;
      resolveOffset(last);
      const next = (BigInt(last) + 1n).toString();
      // The write has committed: only now may the group forget these messages.
      await commitOffsetsIfNecessary({
        topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }],
      });
      stats.commits++;
      options.onCommit?.({ partition: batch.partition, offset: next, stats });
      await heartbeat();
    }
  };

  const crashed = new Promise<never>((_, reject) => {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      logger.error({ err: payload.error, restart: payload.restart }, 'consumer crashed');
      if (!payload.restart) reject(payload.error);
    });
  });
  crashed.catch(() => {});
  const stopped = new Promise<void>((resolve) => {
    if (options.signal.aborted) resolve();
    options.signal.addEventListener('abort', () => resolve(), { once: true });
  });

  try {
    await consumer.subscribe({ topics: [options.topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: options.concurrency,
      eachBatch,
    });
    await Promise.race([stopped, crashed]);
  } finally {
    // Waits for the chunks in flight to be written and committed, then leaves the group.
    await consumer.disconnect();
    await producer.disconnect();
  }
  return stats;
}
