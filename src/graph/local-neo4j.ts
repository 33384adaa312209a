// The project's own default database: builds neo4j-local/ with Maven if needed, starts it on 127.0.0.1,
// waits for its READY line, reuses one already listening on the port, and stops only what it started.
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, ErrorCode } from '../domain/errors.ts';
import {
  buildLocalJavaProject,
  isLocalJavaProjectBuilt,
  startLocalJavaProcess,
  type LocalJavaProject,
} from '../local-process/local-java-process.ts';

export const NEO4J_LOCAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../neo4j-local');
const PROJECT: LocalJavaProject = {
  name: 'neo4j-local',
  dir: NEO4J_LOCAL_DIR,
  errorCode: ErrorCode.GRAPH_UNAVAILABLE,
};
const READY_TIMEOUT_MS = 180_000;

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
  return isLocalJavaProjectBuilt(PROJECT);
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
  buildLocalJavaProject(PROJECT, '');
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
  const child = await startLocalJavaProcess(PROJECT, {
    port: options.port,
    dataDir,
    heap: options.heap,
    mainClass: 'dev.diplograph.neo4jlocal.LocalNeo4j',
    args: [
      '--port',
      String(options.port),
      '--data',
      dataDir,
      '--pagecache',
      options.pageCache,
      '--parent-pid',
      String(process.pid),
    ],
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
  log(`started Neo4j on ${uri} (data in ${dataDir})`);
  return { uri, startedByUs: true, pid: child.pid, stop: child.stop };
}
