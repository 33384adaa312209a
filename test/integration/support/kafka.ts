// Kafka for integration tests: a private kafka-local broker on a free port, and what a test asks of a topic
// (end offsets, a group's committed offsets, every message) through a plain kafkajs client.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import { startLocalKafka } from '../../../src/queue/local-kafka.ts';
import { freePort } from '../../setup/free-port.ts';
import { BIN } from './run-cli.ts';

export interface TestBroker {
  brokers: string;
  kafka: Kafka;
  stop(): Promise<void>;
}

export async function startTestBroker(): Promise<TestBroker> {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-test-kafka-'));
  const local = await startLocalKafka({ port: await freePort(), dataDir, heap: '384m' });
  const kafka = new Kafka({
    clientId: 'diplograph-test',
    brokers: [local.brokers],
    logLevel: logLevel.NOTHING,
  });
  return {
    brokers: local.brokers,
    kafka,
    async stop() {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Next offset to be written, per partition. */
export async function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(offsets.map((o) => [o.partition, BigInt(o.high)]));
  } finally {
    await admin.disconnect();
  }
}

/** The group's committed offset per partition (0 where it committed none). */
export async function committedOffsets(
  kafka: Kafka,
  groupId: string,
  topic: string,
): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return new Map(offsets!.partitions.map((p) => [p.partition, p.offset === '-1' ? 0n : BigInt(p.offset)]));
  } finally {
    await admin.disconnect();
  }
}

export const sumOffsets = (offsets: Map<number, bigint>): number =>
  Number([...offsets.values()].reduce((a, b) => a + b, 0n));

export interface ReadMessage {
  partition: number;
  offset: bigint;
  key: string | undefined;
  value: string | undefined;
  headers: Record<string, string>;
}

/** Every message of the topic, read by a throwaway group from the beginning up to the current end. */
export async function readTopic(kafka: Kafka, topic: string): Promise<ReadMessage[]> {
  const end = await endOffsets(kafka, topic);
  const total = sumOffsets(end);
  const messages: ReadMessage[] = [];
  if (total === 0) return messages;
  const consumer = kafka.consumer({ groupId: `reader-${topic}-${Date.now()}-${Math.random()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        messages.push({
          partition,
          offset: BigInt(message.offset),
          key: message.key?.toString(),
          value: message.value?.toString(),
          headers: headerStrings(message.headers),
        });
        if (messages.length >= total) resolve();
      },
    });
  });
  await consumer.disconnect();
  return messages;
}

function headerStrings(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, String(v)]));
}

/** Polls `check` until it is true or `timeoutMs` passed (then throws with `what`); a failed check counts as false. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A broker that is still electing a group's coordinator answers with retriable errors: not yet.
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

export interface WorkerProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `diplograph worker ...` in its own process, as an operator would run it. */
export function startWorker(args: string[], env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
