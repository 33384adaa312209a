// The project's own Kafka broker (kafka-local/): starts it on 127.0.0.1 with a data folder, waits for its READY line,
// and stops only what it started. For tests and benchmarks; a deployment points --brokers at its own Kafka.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode } from '../domain/errors.ts';
import {
  buildLocalJavaProject,
  isLocalJavaProjectBuilt,
  startLocalJavaProcess,
  type LocalJavaProject,
} from '../local-process/local-java-process.ts';

export const KAFKA_LOCAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../kafka-local');
const PROJECT: LocalJavaProject = {
  name: 'kafka-local',
  dir: KAFKA_LOCAL_DIR,
  errorCode: ErrorCode.INTERNAL,
};
const READY_TIMEOUT_MS = 120_000;

export interface LocalKafkaOptions {
  port: number;
  dataDir: string;
  /** JVM heap, e.g. 512m. */
  heap?: string;
  log?: (message: string) => void;
}

export interface LocalKafka {
  /** host:port, as `--brokers` takes it. */
  brokers: string;
  /** The broker process id (tests kill it to check recovery). */
  pid: number;
  stop(): Promise<void>;
}

export function isLocalKafkaBuilt(): boolean {
  return isLocalJavaProjectBuilt(PROJECT);
}

export async function startLocalKafka(options: LocalKafkaOptions): Promise<LocalKafka> {
  const log = options.log ?? (() => {});
  if (!isLocalKafkaBuilt()) {
    log('building kafka-local with Maven (first time only; downloads Kafka from Maven Central)');
    buildLocalJavaProject(PROJECT, '; it needs Java 17+ and Maven 3');
  }
  const dataDir = resolve(options.dataDir);
  const child = await startLocalJavaProcess(PROJECT, {
    port: options.port,
    dataDir,
    heap: options.heap ?? '512m',
    mainClass: 'dev.diplograph.kafkalocal.LocalKafka',
    jvmArgs: ['-Dorg.slf4j.simpleLogger.defaultLogLevel=warn'],
    args: [
      '--port',
      String(options.port),
      '--data',
      dataDir,
      '--parent-pid',
      String(process.pid),
      '--watch-stdin',
    ],
    // stdin stays open while we live: its end (our exit, even a kill -9) stops the broker.
    pipeStdin: true,
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
  const brokers = `127.0.0.1:${options.port}`;
  log(`started Kafka on ${brokers} (data in ${dataDir})`);
  return { brokers, pid: child.pid!, stop: child.stop };
}
