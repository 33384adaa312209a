// Folds a deal told with its sides and the country that hosted it ("the Türkiye–Somalia–Ethiopia joint declaration"
// made in Ankara) into the same deal told with its sides alone ("the Ankara Declaration"). Reads clusters and places.

import { GENERIC_AGREEMENT_KINDS } from '../lexicon/event-words.ts';
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
import { kindsFit } from './resolve-known-agreements.ts';

/** The one side `wide` has beyond every side of `narrow`, if that is all that sets them apart. */
function extraSide(wide: Cluster, narrow: Cluster): string | null {
  const x = sidesOf(wide);
  const y = sidesOf(narrow);
  if (y.length === 0 || x.length !== y.length + 1 || !y.every((p) => x.includes(p))) return null;
  return x.find((p) => !y.includes(p)) ?? null;
}

/** The country of the city either was made in ("signed in Ankara", "the Beijing Declaration ... in Beijing"). */
function hostedBy(state: ExtractState, country: string, a: Cluster, b: Cluster): boolean {
  return [a.place, b.place].some((p) => p !== null && state.places.get(p)?.country === country);
}

/**
 * "Erdogan ... revealed that both parties had reached an agreement on a joint declaration ... According to the Ankara
 * Declaration, both parties agreed ...", "Wang Yi hailed the agreement by 14 Palestinian factions ... signing the
 * Beijing Declaration": news names the host that brokered a deal beside its sides, and the sentence that does so
 * makes a second agreement of it. Two agreements are one when one has every side of the other and one more, a country
 * where either was made, at most one has a title, their kinds fit (or one is a generic "deal"), neither alone is a
 * proposal, their dates fit, and each is the other's only such agreement. The sides without the host stand; the
 * title, else the narrower telling, names it. A trilateral deal of three signers made nowhere the article says stays
 * apart from the bilateral one.
 */
export function joinHostSides(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  const open = clusters.filter((c) => oneInstrument(c) && sidesOf(c).length > 0);
  if (open.length < 2) return [...clusters];
  const alike = (wide: Cluster, narrow: Cluster): boolean => {
    if (wide === narrow || (titled(wide) && titled(narrow))) return false;
    const host = extraSide(wide, narrow);
    if (host === null || host.startsWith('org:') || !hostedBy(state, host, wide, narrow)) return false;
    const x = kindOf(wide);
    const y = kindOf(narrow);
    if (!kindsFit(x, y) && !GENERIC_AGREEMENT_KINDS.has(x) && !GENERIC_AGREEMENT_KINDS.has(y)) return false;
    return oneStanding(wide, narrow) && signingDatesFit(wide, narrow);
  };
  const folded = new Set<Cluster>();
  for (const wide of open) {
    const narrows = open.filter((c) => alike(wide, c));
    const [narrow] = narrows;
    if (!narrow || narrows.length > 1 || folded.has(narrow) || folded.has(wide)) continue;
    if (open.filter((c) => alike(c, narrow)).length > 1) continue;
    // A title names it (a known one keeps the data's parties, the host maybe among them); else the sides alone do.
    const [keep, fold] = titled(wide) ? [wide, narrow] : [narrow, wide];
    keep.descriptor ??= fold.descriptor;
    folded.add(fold);
    foldMentions(keep, fold);
    foldFacts(keep, fold);
  }
  return folded.size === 0 ? [...clusters] : clusters.filter((c) => !folded.has(c));
}
