// Folds a deal told with only one of its sides ("the US agreement", "this memorandum" with the signer's country) into
// the one agreement of its kind the article tells with that side and others. Reads clusters.

import type { ExtractState } from '../types.ts';
import {
  foldFacts,
  foldMentions,
  kindOf,
  oneInstrument,
  sidesOf,
  signingDatesFit,
  titled,
  type Cluster,
  oneStanding,
} from './agreement-facts.ts';
import { subjectOf } from './join-sideless-copies.ts';
import { kindOnlyTitle } from './kind-only-title.ts';
import { sameStem } from './resolve-bare-agreements.ts';
import { kindsFit } from './resolve-known-agreements.ts';

/** The one country a cluster is given as its only side, if so: a movement or union alone says less of the deal. */
function loneCountry(state: ExtractState, c: Cluster): string | null {
  const sides = sidesOf(c);
  const [only] = sides;
  return sides.length === 1 && only !== undefined && state.countries.has(only) ? only : null;
}

/** Of one subject (a word of one stem), or either names none: "the trade agreement" is not the defence pact. */
function sameSubject(state: ExtractState, narrow: Cluster, wide: Cluster): boolean {
  const sides = sidesOf(wide);
  const own = subjectOf(state, wide, sides);
  const words = subjectOf(state, narrow, sides);
  return own.length === 0 || words.length === 0 || words.some((w) => own.some((o) => sameStem(w, o)));
}

/**
 * "Russia and the US issued a joint statement on the agreement ... 'We reached the agreement after long
 * discussions,' Putin said ... the White House welcomed the agreement reached with Russia"; "Cyprus and the UK signed a
 * Memorandum of Strategic Partnership ... Cleverly said it was a pleasure to sign this Memorandum of Understanding":
 * a sentence that names one side of the deal makes an agreement of that side alone. It is the deal the article tells
 * with that side and others when that is the only one: of a fitting kind (not a proposal or plan of unknown kind) and
 * subject, of the same standing, with no other signing date or year of its own. The deal
 * with its sides keeps its name.
 */
export function joinLoneSides(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  const lone = clusters.filter(
    (c) => oneInstrument(c) && c.known === null && c.statedYear === null && loneCountry(state, c) !== null,
  );
  if (lone.length === 0) return [...clusters];
  const sided = clusters.filter((c) => oneInstrument(c) && sidesOf(c).length >= 2);
  const fits = (narrow: Cluster, wide: Cluster): boolean =>
    sidesOf(wide).includes(loneCountry(state, narrow) ?? '') &&
    kindOf(narrow) !== 'other' &&
    kindsFit(kindOf(narrow), kindOf(wide)) &&
    sameSubject(state, narrow, wide) &&
    oneStanding(narrow, wide) &&
    signingDatesFit(narrow, wide);
  const folded = new Set<Cluster>();
  for (const narrow of lone) {
    const targets = sided.filter((c) => !folded.has(c) && fits(narrow, c));
    const [target] = targets;
    // Two deals of that side: which one it tells is not known. A title beside the deal's own is another instrument.
    if (!target || new Set(targets.map((c) => c.known ?? c)).size > 1) continue;
    if (narrow.name !== null && titled(target) && !kindOnlyTitle(narrow.name)) continue;
    folded.add(narrow);
    foldMentions(target, narrow);
    foldFacts(target, narrow);
  }
  return folded.size === 0 ? [...clusters] : clusters.filter((c) => !folded.has(c));
}
