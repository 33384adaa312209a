// Folds one article's two titles for one instrument into one agreement: "the Cessation of Hostilities Agreement"
// beside "the Agreement on the Cessation of Hostilities", "the Revitalized Agreement" beside its full title.

import { slug } from '../../domain/ids.ts';
import { INSTRUMENT_GENERIC_WORDS } from '../lexicon/agreement-reference-words.ts';
import {
  TITLE_FILLER_WORDS,
  TITLE_SETTING_APART_WORDS,
  TITLE_WEAK_WORDS,
} from '../lexicon/agreement-title-words.ts';
import { COUNT_WORDS } from '../lexicon/word-lists.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { Word } from '../types.ts';
import { pluralKind } from './agreement-mentions.ts';
import {
  dominantKind,
  foldFacts,
  foldMentions,
  foldParties,
  sidesOf,
  sidesOverlap,
  type Cluster,
} from './agreement-facts.ts';
import { kindsFit } from './resolve-known-agreements.ts';

/** The words of a cluster's title that tell which instrument it is ("Agreement on the Cessation of Hostilities" -> cessation, hostilities). */
function titleWords(cluster: Cluster, words: readonly Word[]): Set<string> | null {
  const title = cluster.known?.name ?? cluster.name;
  // A set ("signed three Memorandum of Understanding between ...", "the MoUs") is no one instrument of it.
  if (
    title === null ||
    cluster.mentions.some(
      (m) =>
        m.listed ||
        m.counted ||
        (m.name !== null && (pluralKind(m.surface) || countedAt(words, m.start, m.surface))),
    )
  )
    return null;
  const telling = slug(title)
    .split('-')
    .filter((w) => w !== '' && !INSTRUMENT_GENERIC_WORDS.has(w) && !TITLE_FILLER_WORDS.has(w));
  return telling.length > 0 ? new Set(telling) : null;
}

const sameSides = (a: Cluster, b: Cluster): boolean =>
  a.parties.length > 0 &&
  a.parties.length === b.parties.length &&
  a.parties.every((p) => b.parties.includes(p));

/**
 * Whether the shorter title holds nothing the longer lacks and the longer adds no word that sets another instrument
 * apart (a sequel's numeral, a year, "Comprehensive", "Protocol"). A shorter title of common words alone ("the
 * Comprehensive Economic Partnership Agreement") names the longer only for the same sides.
 */
function oneInstrument(a: Cluster, aWords: Set<string>, b: Cluster, bWords: Set<string>): boolean {
  const [short, long] = aWords.size <= bWords.size ? [aWords, bWords] : [bWords, aWords];
  for (const word of short) if (!long.has(word)) return false;
  for (const word of long)
    if (!short.has(word) && (TITLE_SETTING_APART_WORDS.has(word) || /\d/.test(word))) return false;
  return [...short].some((w) => !TITLE_WEAK_WORDS.has(w)) || sameSides(a, b);
}

/** Whether `a` keeps the name when joined with `b`: the one the data know, else the longer title, else the first. */
function keeps(
  a: Cluster,
  aWords: Set<string>,
  b: Cluster,
  bWords: Set<string>,
  all: readonly Cluster[],
): boolean {
  if ((a.known === null) !== (b.known === null)) return a.known !== null;
  if (aWords.size !== bWords.size) return aWords.size > bWords.size;
  return all.indexOf(a) < all.indexOf(b);
}

const COUNTS: ReadonlySet<string> = new Set(COUNT_WORDS);

/** Whether a count stands in or right before a title's mention ("signed three Memorandum of Understanding between ..."). */
function countedAt(words: readonly Word[], start: number, surface: string): boolean {
  if (surface.split(' ').some((w) => COUNTS.has(w.toLowerCase()))) return true;
  const before = words[wordIndexAt(words, start) - 1];
  return (
    before !== undefined && before.end <= start && (COUNTS.has(before.lower) || /^\d+$/.test(before.lower))
  );
}

/**
 * "the Agreement on the Cessation of Hostilities ... the Cessation of Hostilities Agreement", "the Ganges Water
 * Sharing Treaty ... the Ganges Agreement": two titles one of which holds every telling word of the other, of
 * fitting kinds and sides, are one instrument, unless the data know them as two. The one the data know, else the
 * longer title, keeps the name; a title that could be either of two others stays apart.
 */
export function joinNamedTwoWays(clusters: readonly Cluster[], words: readonly Word[]): Cluster[] {
  const titled = clusters.map((c) => [c, titleWords(c, words)] as const).filter((e) => e[1] !== null);
  if (titled.length < 2) return [...clusters];
  const folded = new Set<Cluster>();
  for (const [cluster, own] of titled) {
    if (folded.has(cluster) || own === null) continue;
    const kind = dominantKind(cluster);
    const targets = titled.filter(
      ([c, w]) =>
        c !== cluster &&
        w !== null &&
        !folded.has(c) &&
        // Two the data know as one are one node already; two they know apart stay apart.
        (c.known === null || cluster.known === null) &&
        keeps(c, w, cluster, own, clusters) &&
        kindsFit(kind, dominantKind(c)) &&
        sidesOverlap(sidesOf(cluster), sidesOf(c)) &&
        oneInstrument(cluster, own, c, w),
    );
    const [target] = targets;
    if (!target || new Set(targets.map(([c]) => c.known ?? c)).size > 1) continue;
    const into = target[0];
    folded.add(cluster);
    if (cluster.name) into.aliases.add(cluster.name);
    foldMentions(into, cluster);
    for (const [k, votes] of cluster.kinds) into.kinds.set(k, (into.kinds.get(k) ?? 0) + votes);
    foldParties(into, cluster);
    foldFacts(into, cluster);
  }
  return clusters.filter((c) => !folded.has(c));
}
