// The project's own default database: builds neo4j-local/ with Maven if needed, starts it on 127.0.0.1,
// waits for its READY line, reuses one already listening on the port, and stops only what it started.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, createWriteStream } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { AppError, ErrorCode } from '../domain/errors.ts';

export const NEO4J_LOCAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../neo4j-local');
const JAR = join(NEO4J_LOCAL_DIR, 'target', 'neo4j-local.jar');
const LIB = join(NEO4J_LOCAL_DIR, 'target', 'lib');
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  log?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  /** False when an instance was already running on the port and we only reuse it. */
  startedByUs: boolean;
  /** The Java process's id when we started it (chaos tests kill it). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export function isLocalNeo4jBuilt(): boolean {
  return existsSync(JAR) && existsSync(LIB);
}

/** What is missing to build neo4j-local, or null when Java and Maven are both on the PATH. */
export function missingBuildTools(): string | null {
  const missing = ['java', 'mvn'].filter(
    (tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).status !== 0,
  );
  if (missing.length === 0) return null;
  return (
    `${missing.join(' and ')} not found on the PATH: the local Neo4j needs Java 17+ and Maven 3. ` +
    'Install them, or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use another Neo4j 5.26 with APOC.'
  );
}

export function buildLocalNeo4j(log: (message: string) => void = () => {}): void {
  const missing = missingBuildTools();
  if (missing) throw new AppError(ErrorCode.GRAPH_UNAVAILABLE, missing);
  log('building neo4j-local with Maven (first time only; downloads Neo4j from Maven Central)');
  const result = spawnSync('mvn', ['-B', '-q', '-Dstyle.color=never', 'package', '-DskipTests'], {
    cwd: NEO4J_LOCAL_DIR,
    stdio: 'inherit',
  });
  if (result.status !== 0 || !isLocalNeo4jBuilt()) {
    throw new AppError(
      ErrorCode.GRAPH_UNAVAILABLE,
      `building neo4j-local failed (mvn exit ${result.status})`,
    );
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (open: boolean) => {
      socket.destroy();
      resolvePort(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${options.port}`;
  if (await isPortOpen(options.port)) {
    log(`reusing the Neo4j already listening on ${uri}`);
    return { uri, startedByUs: false, pid: undefined, stop: async () => {} };
  }
  if (!isLocalNeo4jBuilt()) buildLocalNeo4j(log);

  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      `${JAR}:${LIB}/*`,
      'dev.diplograph.neo4jlocal.LocalNeo4j',
      '--port',
      String(options.port),
      '--data',
      dataDir,
      '--pagecache',
      options.pageCache,
      '--parent-pid',
      String(process.pid),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const processLog = createWriteStream(join(dataDir, 'neo4j-local.log'), { flags: 'a' });
  child.stderr?.pipe(processLog);
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  await waitForReady(child, options.port, processLog);
  log(`started Neo4j on ${uri} (data in ${dataDir})`);
  return {
    uri,
    startedByUs: true,
    pid: child.pid,
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
      rejectReady(
        new AppError(
          ErrorCode.GRAPH_UNAVAILABLE,
          `neo4j-local did not become ready on port ${port} within 180 s`,
        ),
      );
    }, READY_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
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
          ErrorCode.GRAPH_UNAVAILABLE,
          `neo4j-local exited with code ${code} before it was ready (is port ${port} free? see neo4j-local.log in the data folder)`,
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
