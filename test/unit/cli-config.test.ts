import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../dist/cli/main.js');

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('diplograph with a bad configuration', () => {
  it.each([
    [['migrate'], { NEO4J_URI: 'localhost:7687' }, 'NEO4J_URI'],
    [['serve'], { PORT: 'eighty' }, 'PORT'],
    [['serve'], { NEO4J_URI: 'bolt://x:1', PORT: '99999' }, 'PORT'],
  ])('diplograph %j exits 2 with one line naming the variable, before connecting', (args, env, variable) => {
    const started = Date.now();
    const result = run(args, env);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^diplograph: Invalid configuration: ${variable} `));
    // It failed on validation: nothing waited for a database or bound a port.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.stdout).toBe('');
  });
});
