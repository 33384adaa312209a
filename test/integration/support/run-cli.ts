// Runs the `diplograph` command as a user would, in its own process, against a given Neo4j: to completion
// (runCli), or started and left running (startCli: workers, long ingests, benchmarks).
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../../dist/cli/main.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Neo4jEnvTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** The environment a user would set to point the CLI at a database. */
export function cliEnv(target: Neo4jEnvTarget, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

export interface CliProcess {
  child: ChildProcess;
  /** Its standard output so far. */
  stdout(): string;
  /** Once it exited and its output is read (stderr is '' when it went to `stderrTo`). */
  finished: Promise<CliRun>;
}

export interface StartCliOptions {
  stdin?: string;
  /** Where its stderr goes instead of being kept (a long run's log file). */
  stderrTo?: NodeJS.WritableStream;
  /** Node's own flags before the script (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export function startCli(
  args: string[],
  env: Record<string, string>,
  options: StartCliOptions = {},
): CliProcess {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  if (options.stderrTo) child.stderr.pipe(options.stderrTo);
  else child.stderr.on('data', (chunk) => (stderr += chunk));
  const finished = new Promise<CliRun>((resolveRun) =>
    child.on('close', (status) => resolveRun({ status, stdout, stderr })),
  );
  child.stdin.end(options.stdin ?? '');
  return { child, stdout: () => stdout, finished };
}

export function runCli(args: string[], env: Record<string, string>, stdin = ''): Promise<CliRun> {
  return startCli(args, env, { stdin }).finished;
}
