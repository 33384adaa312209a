// The deterministic synthetic corpus: a seeded world and a stream of articles about it.
// Pure: same {seed, articles} -> the same articles, byte for byte, on every run.
import type { ArticleInput } from '../../src/domain/extraction-result.ts';
import { writeArticle } from './article.ts';
import { Rng } from './prng.ts';
import { buildWorld } from './world.ts';

export interface CorpusOptions {
  seed: number;
  articles: number;
}

export type CorpusArticle = ArticleInput & { id: string };

/** Lazily yields `articles` articles; each has its own forked stream, so article N does not depend on the text of N-1. */
export function* generateCorpus({ seed, articles }: CorpusOptions): Generator<CorpusArticle> {
  const world = buildWorld(seed);
  const root = new Rng(seed ^ 0x5eed);
  const width = Math.max(6, String(articles).length);
  for (let i = 0; i < articles; i++) {
    yield writeArticle(root.fork(i), world, `synthetic-${seed}-${String(i + 1).padStart(width, '0')}`);
  }
}
