// One-to-one matching of gold items to predicted items under a match predicate (maximum bipartite matching),
// so a prediction is never credited twice and the order of items does not change the score.

export interface Matching {
  /** [goldIndex, predictedIndex] pairs. */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly unmatchedGold: readonly number[];
  readonly unmatchedPredicted: readonly number[];
}

export function matchOneToOne<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  isMatch: (g: G, p: P) => boolean,
): Matching {
  const candidates = gold.map((g) => predicted.flatMap((p, j) => (isMatch(g, p) ? [j] : [])));
  const ownerOf = new Array<number>(predicted.length).fill(-1);

  // Kuhn's augmenting paths: small inputs (tens of items per article), so the simple algorithm is enough.
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (const j of candidates[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const owner = ownerOf[j] ?? -1;
      if (owner === -1 || tryAssign(owner, seen)) {
        ownerOf[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) tryAssign(i, new Array<boolean>(predicted.length).fill(false));

  const pairs: Array<readonly [number, number]> = [];
  const matchedGold = new Set<number>();
  ownerOf.forEach((i, j) => {
    if (i >= 0) {
      pairs.push([i, j]);
      matchedGold.add(i);
    }
  });
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    unmatchedGold: gold.flatMap((_, i) => (matchedGold.has(i) ? [] : [i])),
    unmatchedPredicted: predicted.flatMap((_, j) => ((ownerOf[j] ?? -1) >= 0 ? [] : [j])),
  };
}

/**
 * Matches with the first predicate, then the leftovers with the next, and so on: a match by name is never
 * displaced by a weaker match by kind and parties just because that makes the matching larger.
 */
export function matchInTiers<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  tiers: ReadonlyArray<(g: G, p: P) => boolean>,
): Matching {
  let pairs: Array<readonly [number, number]> = [];
  let goldLeft = gold.map((_, i) => i);
  let predLeft = predicted.map((_, j) => j);
  for (const isMatch of tiers) {
    const m = matchOneToOne(goldLeft, predLeft, (i, j) => isMatch(gold[i] as G, predicted[j] as P));
    pairs = pairs.concat(m.pairs.map(([a, b]) => [goldLeft[a] ?? -1, predLeft[b] ?? -1] as const));
    goldLeft = m.unmatchedGold.map((a) => goldLeft[a] ?? -1);
    predLeft = m.unmatchedPredicted.map((b) => predLeft[b] ?? -1);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { pairs, unmatchedGold: goldLeft, unmatchedPredicted: predLeft };
}
