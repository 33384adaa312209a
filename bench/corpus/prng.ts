// A seeded pseudo-random source (mulberry32) with the draws the corpus needs, including Zipf-weighted picks.
// Pure and deterministic: the same seed gives the same sequence on every machine and Node version.

/** mulberry32: 32-bit state, good enough statistics for synthetic text, and trivially reproducible. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws over one mulberry32 stream; every method consumes the stream in a fixed way. */
export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /** A seeded Fisher-Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** A new independent stream, so adding draws in one part of the generator does not shift another. */
  fork(salt: number): Rng {
    return new Rng((this.int(0x100000000) ^ Math.imul(salt, 0x9e3779b1)) >>> 0);
  }
}

/**
 * Picks items with probability proportional to 1 / rank^exponent: news returns to a few leaders and treaties
 * again and again and mentions the rest rarely. Index 0 is the most popular.
 */
export class Zipf<T> {
  private readonly cumulative: number[];

  constructor(
    readonly items: readonly T[],
    exponent = 1.05,
  ) {
    let total = 0;
    this.cumulative = items.map((_item, rank) => (total += 1 / Math.pow(rank + 1, exponent)));
  }

  sample(rng: Rng): T {
    const target = rng.float() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}
