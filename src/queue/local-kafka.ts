// The project's own Kafka broker (kafka-local/): starts it on 127.0.0.1 with a data folder, waits for its READY line,
// and stops only what it started. For tests and benchmarks; a deployment points --brokers at its own Kafka.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { AppError, ErrorCode } from '../domain/errors.ts';

export const KAFKA_LOCAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../kafka-local');
const JAR = join(KAFKA_LOCAL_DIR, 'target', 'kafka-local.jar');
const LIB = join(KAFKA_LOCAL_DIR, 'target', 'lib');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

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
  return existsSync(JAR) && existsSync(LIB);
}

function buildLocalKafka(log: (message: string) => void): void {
  log('building kafka-local with Maven (first time only; downloads Kafka from Maven Central)');
  const result = spawnSync('mvn', ['-B', '-q', '-Dstyle.color=never', 'package', '-DskipTests'], {
    cwd: KAFKA_LOCAL_DIR,
    stdio: 'inherit',
  });
  if (result.status !== 0 || !isLocalKafkaBuilt()) {
    throw new AppError(
      ErrorCode.INTERNAL,
      `building kafka-local failed (mvn exit ${String(result.status)}); it needs Java 17+ and Maven 3`,
    );
  }
}

export async function startLocalKafka(options: LocalKafkaOptions): Promise<LocalKafka> {
  const log = options.log ?? (() => {});
  if (!isLocalKafkaBuilt()) buildLocalKafka(log);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const heap = options.heap ?? '512m';
  const child = spawn(
    'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn',
      '-cp',
      `${JAR}:${LIB}/*`,
      'dev.diplograph.kafkalocal.LocalKafka',
      '--port',
      String(options.port),
      '--data',
      dataDir,
      '--parent-pid',
      String(process.pid),
      '--watch-stdin',
    ],
    // stdin stays open while we live: its end (our exit, even a kill -9) stops the broker.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const processLog = createWriteStream(join(dataDir, 'kafka-local.log'), { flags: 'a' });
  child.stderr?.pipe(processLog);
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  await waitForReady(child, options.port, processLog);
  const brokers = `127.0.0.1:${options.port}`;
  log(`started Kafka on ${brokers} (data in ${dataDir})`);
  return {
    brokers,
    pid: child.pid!,
    stop: async () => {
      process.off('exit', killOnExit);
      await stopChild(child);
      processLog.end();
    },
  };
}

function waitForReady(child: ChildProcess, port: number, processLog: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolveReady, rejectReady) => {
    const recent: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectReady(new AppError(ErrorCode.INTERNAL, `kafka-local did not become ready on port ${port}`));
    }, READY_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      processLog.write(`${line}\n`);
      recent.push(line);
      if (recent.length > 20) recent.shift();
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectReady(
        new AppError(
          ErrorCode.INTERNAL,
          `kafka-local exited with code ${String(code)} before it was ready (is port ${port} free? see kafka-local.log in the data folder)`,
          { details: { output: recent.join('\n') } },
        ),
      );
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
