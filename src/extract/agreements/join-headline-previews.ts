// Folds an agreement only a headline tells of ("Israel and Hamas agree to ceasefire and hostage release deal") into
// the agreement the article's body then describes: a headline previews its story's main agreement.

import type { Word } from '../types.ts';
import { dominantKind, foldFacts, foldMentions, type Cluster } from './agreement-facts.ts';
import { pluralKind } from './agreement-mentions.ts';
import { kindsFit } from './resolve-known-agreements.ts';

/** "sign 7 MoUs", "sign cooperation pacts": a headline's plural previews several instruments, not one. */
const plural = (word: Word | undefined): boolean => word !== undefined && pluralKind(word.lower);

/** Told of in the headline alone, as one unnamed instrument that is not said to be another. */
function headlineOnly(cluster: Cluster, words: readonly Word[]): boolean {
  return (
    cluster.name === null &&
    cluster.known === null &&
    cluster.mentions.length > 0 &&
    cluster.mentions.every((m) => m.headline === true && !m.another && !m.listed && !plural(words[m.word]))
  );
}

/** Sides that could be one agreement's: either names none, or one's are all the other's. */
function sidesFit(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.every((p) => b.includes(p)) || b.every((p) => a.includes(p));
}

/**
 * "Cambodia and Thailand agree to ceasefire ... agreed to an immediate ceasefire", "President signs new trade deal
 * with Canada and Mexico ... signed the United States-Mexico-Canada Agreement": the headline's instrument is the
 * body's most-mentioned one, when that one leads alone and its kind and sides fit. A headline with no body agreement
 * to fold into keeps its own.
 */
export function joinHeadlinePreviews(clusters: readonly Cluster[], words: readonly Word[]): Cluster[] {
  const previews = clusters.filter((c) => headlineOnly(c, words));
  if (previews.length === 0) return [...clusters];
  const body = clusters
    .filter((c) => !previews.includes(c))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [main, second] = body;
  if (!main || (second && second.mentions.length === main.mentions.length)) return [...clusters];
  const mainKind = main.known?.kind ?? dominantKind(main);
  const mainSides = main.known?.parties ?? main.parties;
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    const joins =
      previews.includes(cluster) &&
      kindsFit(dominantKind(cluster), mainKind) &&
      sidesFit(cluster.parties, mainSides);
    if (!joins) {
      out.push(cluster);
      continue;
    }
    foldMentions(main, cluster);
    if (!main.known)
      for (const party of cluster.parties) if (!main.parties.includes(party)) main.parties.push(party);
    foldFacts(main, cluster);
  }
  return out;
}
