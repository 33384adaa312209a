// bench:extract's breakdown accounts for the whole instrumented pass: every stage, wink's two readDoc uses, the rest.

import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate.ts';
import { measureBreakdown } from '../../../bench/lib/extract-breakdown.ts';
import { PIPELINE } from '../../../src/extract/pipeline.ts';

describe('extraction time breakdown', () => {
  it('names every stage and both wink uses, and its shares add up to the pass', async () => {
    const corpus = [...generateCorpus({ seed: 7, articles: 80 })];
    const breakdown = await measureBreakdown(corpus);
    for (const stage of PIPELINE) expect(breakdown.percent).toHaveProperty(`stage ${stage.name}`);
    expect(breakdown.percent['wink sentence splitting']).toBeGreaterThan(0);
    expect(breakdown.percent['wink part-of-speech tagging']).toBeGreaterThan(0);
    expect(breakdown.taggedSentencesPerArticle).toBeGreaterThan(0);
    const shares = Object.entries(breakdown.percent)
      .filter(([key]) => !key.includes('garbage'))
      .reduce((sum, [, share]) => sum + share, 0);
    expect(shares).toBeGreaterThan(98);
    expect(shares).toBeLessThan(102);
  }, 60_000);
});
