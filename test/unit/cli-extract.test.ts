// `diplograph extract` as a user runs it: JSON for one article, JSON Lines in order for many, and one readable
// line with exit 2 for input that holds no article. No database involved.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionResult } from '../../src/domain/extraction-result.ts';

const BIN = resolve(import.meta.dirname, '../../dist/cli/main.js');
const SEED = resolve(import.meta.dirname, '../../../shared/articles/000_e2f08d4d0a4a9df8.txt');
let dir: string;

function extract(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, [BIN, 'extract', ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-extract-cli-'));
  writeFileSync(
    join(dir, 'page.html'),
    `<html><head><title>Talks resume</title><meta property="article:published_time" content="2025-02-11T08:00:00Z">
     <script>document.write("Putin said: 'injected'")</script><style>p{}</style></head>
     <body><article><h1>Talks resume</h1><p>Japanese Foreign Minister Takeshi Iwaya met South Korean Foreign Minister Cho Tae-yul in Seoul on Monday.</p>
     <p>"We will meet again next month," Iwaya told reporters.</p></article></body></html>`,
  );
  writeFileSync(
    join(dir, 'batch.jsonl'),
    [
      JSON.stringify({
        id: 'one',
        text: 'NATO Secretary General Mark Rutte said on Tuesday that allies must spend more.',
        publishedAt: '2025-02-11',
      }),
      '{broken',
      JSON.stringify({ id: 'three', text: '"We are ready," Chinese Foreign Minister Wang Yi told Xinhua.' }),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'empty.txt'), ' \n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1]));
  writeFileSync(join(dir, 'huge.txt'), 'Putin said. '.repeat(200_000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diplograph extract', () => {
  it('prints one valid ExtractionResult for the seed article', () => {
    const run = extract([SEED, '--published', '2024-06-26', '--url', 'https://example.org/a']);
    expect(run.status).toBe(0);
    const result = ExtractionResult.parse(JSON.parse(run.stdout));
    expect(result.article).toMatchObject({ url: 'https://example.org/a', publishedAt: '2024-06-26' });
    expect(result.persons.map((p) => p.name)).toContain('Andrey Rudenko');
  });

  it('reads HTML without letting scripts into the text', () => {
    const run = extract([join(dir, 'page.html')]);
    expect(run.status).toBe(0);
    const result = ExtractionResult.parse(JSON.parse(run.stdout));
    expect(result.text).not.toContain('injected');
    expect(result.article.publishedAt).toBe('2025-02-11');
  });

  it('streams JSON Lines in order, keeping a bad line in its place and exiting 2', () => {
    const run = extract([join(dir, 'batch.jsonl')]);
    expect(run.status).toBe(2);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].article.id).toBe('one');
    expect(lines[1]).toMatchObject({
      origin: expect.stringMatching(/batch\.jsonl:2$/),
      error: { code: 'BAD_USER_INPUT' },
    });
    expect(lines[2].article.id).toBe('three');
  });

  it('reads stdin', () => {
    const run = extract(
      ['-', '--published', '2025-01-01'],
      'Chinese Foreign Minister Wang Yi said on Monday that talks would continue.',
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).article.publishedAt).toBe('2025-01-01');
  });

  it.each([
    ['an empty file', 'empty.txt', /empty|no article/i],
    ['binary bytes', 'binary.txt', /NUL|binary|UTF-8/i],
    ['an oversized file', 'huge.txt', /too large|larger|limit|MB/i],
    ['a missing file', 'missing.txt', /no such file/],
  ])('refuses %s with one line and exit 2', (_what, file, message) => {
    const run = extract([join(dir, file)]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('refuses a malformed --published date', () => {
    const run = extract([SEED, '--published', 'June 26']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--published must be a date YYYY-MM-DD/);
  });

  it('survives hostile text (quote storms, long tokens, control characters) with a result', () => {
    const hostile = `${'"'.repeat(5000)} said ${'a'.repeat(50_000)} \u202e\u0007 “${'said that '.repeat(2000)}”`;
    const run = extract(['-'], hostile);
    expect(run.status).toBe(0);
    ExtractionResult.parse(JSON.parse(run.stdout));
  });
});
