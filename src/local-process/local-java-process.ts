// The child-process part of the project's own local services (neo4j-local, kafka-local): a Java main from a Maven
// project's target/, started on a port, ready when it prints a READY line, stopped with SIGTERM (SIGKILL if it
// hangs), and killed when this process exits. Each service adds only its own flags and messages.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AppError, type ErrorCode } from '../domain/errors.ts';

const STOP_TIMEOUT_MS = 30_000;
/** The last lines of output kept for the error of a process that exits before it is ready. */
const RECENT_LINES = 20;

/** One of the project's Maven-built services: its folder, jar and the error code its failures carry. */
export interface LocalJavaProject {
  /** neo4j-local or kafka-local: names the process in messages and its log file. */
  name: string;
  dir: string;
  errorCode: ErrorCode;
}

export interface LocalJavaProcessOptions {
  port: number;
  dataDir: string;
  heap: string;
  mainClass: string;
  /** JVM flags beyond the heap, and the main's own arguments. */
  jvmArgs?: string[];
  args: string[];
  /** Keep stdin open as a pipe: its end (our exit, even a kill -9) tells a service that watches it to stop. */
  pipeStdin?: boolean;
  readyTimeoutMs: number;
}

export interface LocalJavaProcess {
  pid: number | undefined;
  stop(): Promise<void>;
}

const jarOf = (project: LocalJavaProject) => join(project.dir, 'target', `${project.name}.jar`);
const libOf = (project: LocalJavaProject) => join(project.dir, 'target', 'lib');

export function isLocalJavaProjectBuilt(project: LocalJavaProject): boolean {
  return existsSync(jarOf(project)) && existsSync(libOf(project));
}

/** `mvn package` in the project's folder; throws the project's error when no jar comes out. */
export function buildLocalJavaProject(project: LocalJavaProject, failureHint: string): void {
  const result = spawnSync('mvn', ['-B', '-q', '-Dstyle.color=never', 'package', '-DskipTests'], {
    cwd: project.dir,
    stdio: 'inherit',
  });
  if (result.status !== 0 || !isLocalJavaProjectBuilt(project)) {
    throw new AppError(
      project.errorCode,
      `building ${project.name} failed (mvn exit ${String(result.status)})${failureHint}`,
    );
  }
}

/** Starts the service's Java main and resolves once it printed READY; its stderr and stdout go to DATA/NAME.log. */
export async function startLocalJavaProcess(
  project: LocalJavaProject,
  options: LocalJavaProcessOptions,
): Promise<LocalJavaProcess> {
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      ...(options.jvmArgs ?? []),
      '-cp',
      `${jarOf(project)}:${libOf(project)}/*`,
      options.mainClass,
      ...options.args,
    ],
    { stdio: [options.pipeStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] },
  );
  const processLog = createWriteStream(join(options.dataDir, `${project.name}.log`), { flags: 'a' });
  child.stderr?.pipe(processLog);
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  await waitForReady(project, child, options, processLog);
  return {
    pid: child.pid,
    stop: async () => {
      process.off('exit', killOnExit);
      await stopChild(child);
      processLog.end();
    },
  };
}

function waitForReady(
  project: LocalJavaProject,
  child: ChildProcess,
  options: LocalJavaProcessOptions,
  processLog: NodeJS.WritableStream,
): Promise<void> {
  const { name, errorCode } = project;
  const { port, readyTimeoutMs } = options;
  return new Promise((resolveReady, rejectReady) => {
    const recent: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      const seconds = Math.round(readyTimeoutMs / 1000);
      rejectReady(
        new AppError(errorCode, `${name} did not become ready on port ${port} within ${seconds} s`),
      );
    }, readyTimeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      processLog.write(`${line}\n`);
      recent.push(line);
      if (recent.length > RECENT_LINES) recent.shift();
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectReady(
        new AppError(
          errorCode,
          `${name} exited with code ${String(code)} before it was ready (is port ${port} free? see ${name}.log in the data folder)`,
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
