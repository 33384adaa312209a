// The Kafka connection of workers and publishers (kafkajs): one client per process, its logs through our pino
// logger, and the topics they need created when missing. All Kafka IO of the project goes through src/queue/.
import {
  Kafka,
  logLevel as KafkaLogLevel,
  Partitioners,
  type Admin,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import { AppError, ErrorCode } from '../domain/errors.ts';
import type { Logger } from '../logger.ts';

export interface KafkaOptions {
  /** host:port[,host:port...] */
  brokers: string[];
  clientId: string;
  logger: Logger;
}

/** "a:9092, b:9092" -> ["a:9092", "b:9092"]; refuses anything that is not host:port. */
export function parseBrokers(raw: string): string[] {
  const brokers = raw
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const bad = brokers.filter(
    (b) => !/^[A-Za-z0-9._-]+:\d{1,5}$/.test(b) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(b),
  );
  if (brokers.length === 0 || bad.length > 0) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `--brokers must be HOST:PORT[,HOST:PORT...] (got ${JSON.stringify(raw)})`,
    );
  }
  return brokers;
}

export function createKafka(options: KafkaOptions): Kafka {
  const log = options.logger.child({ component: 'kafka' });
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: process.env.KAFKAJS_DEBUG ? KafkaLogLevel.DEBUG : KafkaLogLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...fields } = entry;
        if (level <= KafkaLogLevel.ERROR) log.error(fields, message);
        else if (level === KafkaLogLevel.WARN) log.warn(fields, message);
        else log.debug(fields, message);
      },
    retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 10_000 },
  });
}

/** Creates each topic that does not exist yet; an existing topic is left as it is (its partitions too). */
export async function ensureTopics(
  kafka: Kafka,
  topics: { topic: string; numPartitions: number }[],
): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({ ...t, replicationFactor: -1 })),
    });
  } finally {
    await admin.disconnect();
  }
}

/** A producer that partitions by key as the Java client does (murmur2), so any client agrees where an article goes. */
export function createProducer(kafka: Kafka): Producer {
  return kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}
