// Folds a sideless description of a deal ("a peace deal") into the one sideless description that narrows it ("a peace
// deal on power-sharing"): news names its deal in few words first, then in full. Reads clusters.

import { NARROWING_PREPOSITIONS } from '../lexicon/agreement-mention-words.ts';
import { oneInstrument, oneStanding, untitledSidelessDescription, type Cluster } from './agreement-facts.ts';
import { foldIntoOnlyFit } from './fold-into-only-fit.ts';

/** Told only by a description, with no side, signer, name, known identity or year, and not said to be another. */
const describedOnly = (c: Cluster): boolean =>
  untitledSidelessDescription(c) &&
  c.statedYear === null &&
  oneInstrument(c) &&
  !c.mentions.some((m) => m.another);

/** "peace deal on power-sharing" narrows "peace deal": the same words, then a preposition that says which deal. */
function narrows(full: string, short: string): boolean {
  if (full === short) return true;
  if (!full.startsWith(`${short} `)) return false;
  return NARROWING_PREPOSITIONS.has(full.slice(short.length + 1).split(' ')[0] ?? '');
}

/** A proposal is not the deal made; a telling that says no standing may be either. */
const standingsFit = (a: Cluster, b: Cluster): boolean =>
  a.status === null || b.status === null || oneStanding(a, b);

/**
 * "China has called on the parties to implement a peace deal ... A peace deal on power-sharing was signed on Sunday",
 * "a memorandum of understanding is a binding agreement ... a memorandum of understanding in a ...": with no sides to
 * tell them apart, a short description is the one fuller description of the article that narrows it. Two fuller
 * ones ("a peace deal on prisoners ... a peace deal on water") leave it apart.
 */
export function joinSidelessNarrowings(clusters: readonly Cluster[]): Cluster[] {
  const told = clusters.filter(describedOnly);
  if (told.length < 2) return [...clusters];
  const described = new Map(told.map((c) => [c, (c.descriptor ?? '').toLowerCase()]));
  const fits = (short: Cluster, full: Cluster): boolean =>
    narrows(described.get(full) ?? '', described.get(short) ?? '') && standingsFit(full, short);
  // Several short tellings may all be the one fuller description.
  const folded = foldIntoOnlyFit(told, told, fits, { soleCandidate: false });
  return clusters.filter((c) => !folded.has(c));
}
