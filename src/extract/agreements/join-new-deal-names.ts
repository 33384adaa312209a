// Folds the deal a story calls new ("the new pact", "a new partnership agreement") into the name the story gives it
// ("the United States-Mexico-Canada Agreement", "the Samoa agreement"), when the story tells it beside an older deal it
// replaces. Reads clusters, after the known agreements are read.

import { REPLACING_VERBS } from '../lexicon/agreement-reference-words.ts';
import type { ExtractState, Range } from '../types.ts';
import { sidesFit, sidesOf, titled, type Cluster } from './agreement-facts.ts';
import { foldIntoOnlyFit } from './fold-into-only-fit.ts';
import { calledNew, introducedAsOlder, olderKnown } from './replaced-agreements.ts';

/**
 * Where the article writes a replacing verb ("replaces", "superseded"): each run of letters that is one, read once per
 * article, not once per pair of mentions (mentions start and end at word bounds, so a run between two is a whole word).
 */
export function replacingVerbs(text: string): Range[] {
  const verbs: Range[] = [];
  for (const run of text.matchAll(/\p{L}+/gu))
    if (REPLACING_VERBS.has(run[0].toLowerCase()))
      verbs.push({ start: run.index, end: run.index + run[0].length });
  return verbs;
}

/**
 * Whether a sentence tells the new deal and the named one together, the named one not as what the new one replaces
 * ("the new treaty will replace the Treaty of Friendship and the Moscow and Pyongyang Declarations").
 */
function toldTogether(verbs: readonly Range[], told: Cluster, named: Cluster): boolean {
  return told.mentions.some((m) =>
    named.mentions.some(
      (o) =>
        o.sentence === m.sentence &&
        !(m.end <= o.start && verbs.some((v) => v.start >= m.end && v.end <= o.start)),
    ),
  );
}

/**
 * "The new pact replaces the 25-year-old NAFTA ... reach an agreement on a new free trade pact ... The United
 * States-Mexico-Canada Agreement (USMCA) replaces NAFTA", "sign a new partnership agreement ... This agreement will
 * succeed the Cotonou agreement and will be called the Samoa agreement": in a story of a deal replacing an older one
 * (a well-known one signed years before, as the Cotonou agreement of 2000, or one told as earlier or as the object of
 * a replacing verb, "replaces" or "supersedes"; "succeed" is not read as one), an unnamed deal it calls new is the one
 * titled deal, not the older, that a sentence tells together with it (not after a replacing verb too) and whose sides
 * fit. With two candidates either way, all stay as they are.
 */
export function joinNewDealNames(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  const published = state.input.publishedAt ?? null;
  const older = new Set(clusters.filter((c) => olderKnown(c, published) || introducedAsOlder(state.text, c)));
  if (older.size === 0) return [...clusters];
  const unnamedNew = clusters.filter((c) => !titled(c) && !older.has(c) && c.mentions.some(calledNew));
  if (unnamedNew.length === 0) return [...clusters];
  const titledNow = clusters.filter((c) => titled(c) && !older.has(c));
  const verbs = replacingVerbs(state.text);
  const fits = (told: Cluster, named: Cluster): boolean =>
    sidesFit(told.parties, sidesOf(named)) && toldTogether(verbs, told, named);
  const folded = foldIntoOnlyFit(unnamedNew, titledNow, fits, { withParties: true });
  return clusters.filter((c) => !folded.has(c));
}
