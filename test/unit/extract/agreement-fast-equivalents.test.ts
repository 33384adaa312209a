// Faster forms of agreement computations give what the plain forms gave: the kind most mentions tell, and whether a
// mention ends on a kind noun.
import { describe, expect, it } from 'vitest';
import { dominantKind, type Cluster } from '../../../src/extract/agreements/agreement-facts.ts';
import { endsOnNoun } from '../../../src/extract/agreements/kind-word-referent.ts';

/** A small deterministic generator, so each run checks the same varied cases. */
function numbers(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const withKinds = (entries: [string, number][]): Cluster => ({ kinds: new Map(entries) }) as Cluster;

/** The plain form: every vote sorted, most first (a stable sort keeps the first voted for on a tie). */
const sortedDominantKind = (cluster: Cluster): string =>
  [...cluster.kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';

/** The plain form: the last word of the lower-cased surface, a possessive left off. */
const headNoun = (surface: string): string => {
  const words = surface
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/[^\p{L}-]+/u);
  return words[words.length - 1] ?? '';
};

describe('dominantKind', () => {
  it('is the kind with most votes, the first one voted for on a tie, as sorting the votes gave', () => {
    expect(dominantKind(withKinds([]))).toBe('other');
    expect(
      dominantKind(
        withKinds([
          ['memorandum', 10],
          ['treaty', 100],
        ]),
      ),
    ).toBe('treaty');
    expect(
      dominantKind(
        withKinds([
          ['deal', 1],
          ['ceasefire', 1],
        ]),
      ),
    ).toBe('deal');
    const next = numbers(7);
    const kinds = ['treaty', 'deal', 'memorandum', 'ceasefire', 'declaration', 'other'];
    for (let i = 0; i < 2000; i++) {
      const entries: [string, number][] = [];
      for (const kind of kinds)
        if (next() < 0.5) entries.push([kind, [1, 10, 100][Math.floor(next() * 3)] as number]);
      const cluster = withKinds(entries.sort(() => next() - 0.5));
      expect(dominantKind(cluster)).toBe(sortedDominantKind(cluster));
    }
  });
});

describe('endsOnNoun', () => {
  it('says whether a mention ends on the kind noun, as reading its last word did', () => {
    expect(endsOnNoun('the deal', 'deal')).toBe(true);
    expect(endsOnNoun("the deal's", 'deal')).toBe(true);
    expect(endsOnNoun('the Deal.', 'deal')).toBe(false);
    expect(endsOnNoun('the ideal', 'deal')).toBe(false);
    expect(endsOnNoun('the deal-breaker', 'deal')).toBe(false);
    expect(endsOnNoun('the Beijing Agreement', 'agreement')).toBe(true);
    const pieces = [
      'the',
      ' ',
      'deal',
      'Deal',
      'agreement',
      'AGREEMENT',
      '-',
      "'s",
      '’s',
      '.',
      'ideal',
      'é',
      'İ',
      '𝐀',
      ',',
      '',
    ];
    const nouns = ['deal', 'agreement', 'accord'];
    const next = numbers(11);
    for (let i = 0; i < 5000; i++) {
      let surface = '';
      const length = Math.floor(next() * 6);
      for (let j = 0; j < length; j++) surface += pieces[Math.floor(next() * pieces.length)];
      for (const noun of nouns) expect(endsOnNoun(surface, noun)).toBe(headNoun(surface) === noun);
    }
  });
});
