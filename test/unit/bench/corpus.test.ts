// The synthetic corpus: byte-identical for a seed, the requested size, news-shaped non-empty articles,
// entities that recur with Zipf-like popularity, and readable by the source reader as JSON Lines.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusArticle } from '../../../bench/corpus/generate.ts';
import { buildWorld } from '../../../bench/corpus/world.ts';
import { ArticleInput } from '../../../src/domain/extraction-result.ts';
import { readSources } from '../../../src/ingest/sources/index.ts';

const corpus = (seed: number, articles: number): CorpusArticle[] => [...generateCorpus({ seed, articles })];
const jsonl = (articles: CorpusArticle[]): string => articles.map((a) => `${JSON.stringify(a)}\n`).join('');
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('generateCorpus', () => {
  const SEED = 20240626;
  const sample = corpus(SEED, 400);

  it('is byte-identical for the same seed and differs for another', () => {
    expect(jsonl(corpus(SEED, 400))).toBe(jsonl(sample));
    expect(jsonl(corpus(SEED + 1, 50))).not.toBe(jsonl(sample.slice(0, 50)));
  });

  it('is prefix-stable: the first N articles do not depend on how many follow', () => {
    expect(jsonl(corpus(SEED, 25))).toBe(jsonl(sample.slice(0, 25)));
  });

  it.each([0, 1, 37])('yields exactly %i articles', (n) => {
    expect(corpus(3, n)).toHaveLength(n);
  });

  it('writes valid, non-empty, news-sized articles with unique ids', () => {
    expect(new Set(sample.map((a) => a.id)).size).toBe(sample.length);
    for (const article of sample) {
      expect(ArticleInput.safeParse(article).success).toBe(true);
      expect(article.title?.length).toBeGreaterThan(10);
      expect(article.text.startsWith(`${article.title}\n\n`)).toBe(true);
      expect(article.publishedAt! >= '2023-01-01' && article.publishedAt! <= '2025-06-30').toBe(true);
      expect(words(article.text)).toBeGreaterThanOrEqual(400);
      expect(words(article.text)).toBeLessThanOrEqual(700);
      const blocks = article.text.split('\n\n').length;
      expect(blocks).toBeGreaterThanOrEqual(8);
      expect(blocks).toBeLessThanOrEqual(16);
      expect(article.text).not.toMatch(/undefined|\{\w+\}|NaN|\s[,.]\s/);
    }
  });

  it('uses the shapes real news uses: both datelines, quotes with speakers, captions, bylines', () => {
    const texts = sample.map((a) => a.text);
    const some = (re: RegExp) => texts.filter((t) => re.test(t)).length;
    expect(some(/^Posted on : \d{4}-\d{2}-\d{2} \d{2}:\d{2} KST/m)).toBeGreaterThan(20);
    expect(some(/^[A-Z][A-Z .’'-]+, [A-Z][a-z]+ \d{1,2} \([A-Za-z ]+\) -- /m)).toBeGreaterThan(20);
    expect(some(/[”"] [A-Z][\p{L}-]+ told [A-Z]/u)).toBeGreaterThan(20);
    expect(some(/ said: [“"]/)).toBeGreaterThan(20);
    expect(some(/,[”"] the [a-z ]+ added\./)).toBeGreaterThan(20);
    expect(some(/\(left\) and .* shake hands/)).toBeGreaterThan(20);
    expect(some(/^By .+, staff reporter$/m)).toBeGreaterThan(20);
    expect(some(/^Reporting by .+; Editing by .+$/m)).toBeGreaterThan(20);
    expect(some(/according to the Kremlin|the Kremlin said/)).toBeGreaterThan(0);
  });

  it('makes entities recur with a long tail, as real coverage does', () => {
    const world = buildWorld(SEED);
    expect(world.allLeaders.length).toBeGreaterThanOrEqual(300);
    expect(world.countries.items.length).toBeGreaterThanOrEqual(190);
    const articlesMentioning = (name: string) => sample.filter((a) => a.text.includes(name)).length;
    const leaderCounts = world.allLeaders.map((l) => articlesMentioning(l.name)).sort((a, b) => b - a);
    expect(leaderCounts[0]).toBeGreaterThanOrEqual(40); // the most covered leader is in 10%+ of articles
    expect(leaderCounts.filter((n) => n >= 10).length).toBeGreaterThanOrEqual(10);
    expect(leaderCounts.filter((n) => n >= 1 && n <= 2).length).toBeGreaterThanOrEqual(20); // the long tail
    const agreementCounts = world.agreements.items
      .map((a) => articlesMentioning(a.name))
      .sort((a, b) => b - a);
    expect(agreementCounts[0]).toBeGreaterThanOrEqual(10);
    expect(agreementCounts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(50);
  });

  it('fills every slot for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        for (const article of generateCorpus({ seed, articles: 3 })) {
          expect(article.text).not.toMatch(/undefined|\{\w+\}|NaN/);
          expect(words(article.text)).toBeGreaterThan(300);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('reads back through the source reader as JSON Lines, and the CLI writes the same bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diplograph-corpus-'));
    try {
      const expected = jsonl(corpus(11, 30));
      const viaCli = join(dir, 'cli.jsonl');
      const result = spawnSync(
        process.execPath,
        ['bin/run-ts.js', 'bench/generate-corpus.ts', '--articles', '30', '--seed', '11', '--out', viaCli],
        { encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(await readFile(viaCli, 'utf8')).toBe(expected);

      const file = join(dir, 'corpus.jsonl');
      await writeFile(file, expected);
      const items = [];
      for await (const item of readSources([file])) items.push(item);
      expect(items.filter((item) => item.error)).toEqual([]);
      expect(items.map((item) => item.article?.id)).toEqual(corpus(11, 30).map((a) => a.id));
      expect(items.map((item) => item.article?.publishedAt)).toEqual(
        corpus(11, 30).map((a) => a.publishedAt),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
