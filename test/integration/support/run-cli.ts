// Runs the `diplograph` command as a user would, in its own process, against a given Neo4j.
import { spawn } from 'node:child_process';
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

export function runCli(args: string[], env: Record<string, string>, stdin = ''): Promise<CliRun> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolveRun({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
