// Folds a sideless description that names no subject of its own ("the crucial deal") or only a truce ("the ceasefire
// agreement") into the one sideless deal that says what it is about, in an article that gives no deal a side. Reads
// clusters.

import { CEASEFIRE_NAME_WORDS } from '../lexicon/agreement-reference-words.ts';
import { GENERIC_AGREEMENT_KINDS } from '../lexicon/event-words.ts';
import type { ExtractState } from '../types.ts';
import {
  kindOf,
  oneInstrument,
  oneStanding,
  signingDatesFit,
  sidesOf,
  untitledSidelessDescription,
  type Cluster,
} from './agreement-facts.ts';
import { foldIntoOnlyFit } from './fold-into-only-fit.ts';
import { subjectOf } from './join-sideless-copies.ts';
import { toldByAge } from './replaced-agreements.ts';
import { sameStem } from './resolve-bare-agreements.ts';
import { kindsFit } from './resolve-known-agreements.ts';

const truceWord = (word: string): boolean => CEASEFIRE_NAME_WORDS.has(word);

/** "the new agreement", "the original accord": a telling that says which of an old and a new deal it is. */
const toldAnyByAge = (c: Cluster): boolean =>
  c.mentions.some((m) => toldByAge(`${m.surface} ${m.descriptor ?? ''}`));

/** A proposal is not the deal made; a telling that says no standing may be either. */
const standingsFit = (a: Cluster, b: Cluster): boolean =>
  a.status === null || b.status === null || oneStanding(a, b);

/**
 * "the peace deal was signed Thursday ... the talks that hammered out the crucial deal", "urged them to honor the
 * Cessation of Hostilities Agreement ... to implement the ceasefire agreement": join-sideless-copies folds such a
 * telling into a deal with sides; when the article gives none a side, it is the one sideless deal with a subject it
 * can be: of a fitting kind and standing, with no other signing date, and of its truce where it names one ("truce",
 * "ceasefire" and "cessation" are one subject). Two such deals, or two tellings that could each be it, leave all apart.
 */
export function joinSidelessRetellings(
  clusters: readonly Cluster[],
  state: ExtractState,
  carriesNews: (c: Cluster) => boolean,
): Cluster[] {
  if (clusters.length < 2 || clusters.some((c) => sidesOf(c).length > 0)) return [...clusters];
  const subjects = new Map(clusters.map((c) => [c, subjectOf(state, c, [])]));
  const subject = (c: Cluster): readonly string[] => subjects.get(c) ?? [];
  const told = clusters.filter(
    (c) =>
      untitledSidelessDescription(c) &&
      c.statedYear === null &&
      oneInstrument(c) &&
      !carriesNews(c) &&
      !toldAnyByAge(c) &&
      subject(c).every(truceWord),
  );
  if (told.length === 0) return [...clusters];
  const targets = clusters.filter(
    (c) => subject(c).length > 0 && !subject(c).every(truceWord) && !carriesNews(c),
  );
  const fits = (retelling: Cluster, target: Cluster): boolean => {
    const kind = kindOf(retelling);
    const other = kindOf(target);
    if (!kindsFit(kind, other) && !GENERIC_AGREEMENT_KINDS.has(kind) && !GENERIC_AGREEMENT_KINDS.has(other))
      return false;
    if (!standingsFit(retelling, target) || !signingDatesFit(retelling, target)) return false;
    const words = subject(retelling);
    const own = subject(target);
    return words.length === 0 || own.some((o) => truceWord(o) || words.some((w) => sameStem(w, o)));
  };
  const folded = foldIntoOnlyFit(told, targets, fits);
  return folded.size === 0 ? [...clusters] : clusters.filter((c) => !folded.has(c));
}
