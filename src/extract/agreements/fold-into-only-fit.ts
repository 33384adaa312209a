// The loop the cluster joins share: fold each candidate into the one target it fits. Each join keeps its own `fits`.

import { foldFacts, foldMentions, foldParties, type Cluster } from './agreement-facts.ts';

export interface OnlyFitFolding {
  /**
   * Whether a target that another candidate fits too takes neither (default true): two tellings that could each be
   * it leave it unsure which one is. False where several short tellings may all be one fuller one.
   */
  readonly soleCandidate?: boolean;
  /** Whether the target takes the parties of a candidate folded into it too (default false). */
  readonly withParties?: boolean;
}

/**
 * Folds each candidate, in order, into the one target it fits (never itself nor one already folded), and returns the
 * candidates folded. A candidate that fits two targets stays apart. `fits` is asked anew for each candidate, after the
 * folds before it: a fold gives its target the candidate's mentions, facts and, `withParties`, sides.
 */
export function foldIntoOnlyFit(
  candidates: readonly Cluster[],
  targets: readonly Cluster[],
  fits: (candidate: Cluster, target: Cluster) => boolean,
  { soleCandidate = true, withParties = false }: OnlyFitFolding = {},
): ReadonlySet<Cluster> {
  const folded = new Set<Cluster>();
  for (const candidate of candidates) {
    const fitting = targets.filter((t) => t !== candidate && !folded.has(t) && fits(candidate, t));
    const [target] = fitting;
    if (!target || fitting.length > 1) continue;
    if (soleCandidate && candidates.some((other) => other !== candidate && fits(other, target))) continue;
    folded.add(candidate);
    if (withParties) foldParties(target, candidate);
    foldMentions(target, candidate);
    foldFacts(target, candidate);
  }
  return folded;
}
