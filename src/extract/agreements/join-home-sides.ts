// Folds a country's unnamed ceasefire ("Sudan's warring parties agreed to a truce") into the one its own forces made
// ("the truce between the army and the RSF"): in a war inside one state, the state stands for its sides. Reads
// clusters and the article's organizations.

import { slug } from '../../domain/ids.ts';
import { CEASEFIRE_NAME_WORDS, INSTRUMENT_GENERIC_WORDS } from '../lexicon/agreement-reference-words.ts';
import type { ExtractState } from '../types.ts';
import { foldFacts, foldMentions, oneInstrument, type Cluster, oneStanding } from './agreement-facts.ts';

/** An unnamed, unknown instrument that may stand for one deal: not one of a list, a tally or "another" one. */
const unnamedSingle = (c: Cluster): boolean => c.name === null && c.known === null && oneInstrument(c);

/** The words of its description that say more than its kind ("humanitarian", "three-day"), split at hyphens. */
function termWords(c: Cluster): string[] {
  return slug(c.descriptor ?? '')
    .split('-')
    .filter((w) => w !== '' && !CEASEFIRE_NAME_WORDS.has(w) && !INSTRUMENT_GENERIC_WORDS.has(w));
}

/** Whether a description is of the ceasefire family ("three-day ceasefire", "humanitarian truce"). */
const ceasefire = (c: Cluster): boolean =>
  slug(c.descriptor ?? '')
    .split('-')
    .some((w) => CEASEFIRE_NAME_WORDS.has(w));

/** The one country a cluster is given as its only side ("Sudan ceasefire"), if so. */
function loneCountry(state: ExtractState, c: Cluster): string | null {
  const [only] = c.parties;
  return c.parties.length === 1 && only !== undefined && state.countries.has(only) ? only : null;
}

/** Whether every side is `country` or a force of its own (an army, a movement of that country), one at least a force. */
function homeForces(state: ExtractState, c: Cluster, country: string): boolean {
  let force = false;
  for (const p of c.parties) {
    if (p === country) continue;
    const org = state.organizations.get(p);
    if (!org || org.country !== country || org.kind === 'intergovernmental') return false;
    force = true;
  }
  return force;
}

/** Terms that do not tell two truces apart: one's words are all the other's (a "truce" and a "humanitarian truce"). */
function termsFit(a: Cluster, b: Cluster): boolean {
  const aw = termWords(a);
  const bw = termWords(b);
  return aw.every((w) => bw.includes(w)) || bw.every((w) => aw.includes(w));
}

/**
 * Dates that may be one truce's: either unsaid, or of one month. A day read off "from the end of the current truce"
 * or the report's weekday is loose; truces of one war a month apart are two.
 */
const sameMonth = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a.slice(0, 7) === b.slice(0, 7);

/**
 * "Sudan's army agrees to extend current truce ... the humanitarian truce with the Rapid Support Forces", "Sudan's
 * warring parties have agreed to a three-day ceasefire ... the agreement between the Sudanese Armed Forces and ...":
 * an unnamed ceasefire given its country as its only side is the ceasefire that country's own forces (its army, a
 * movement of it) made, when the article tells of one such and their terms, dates and standing do not tell them
 * apart (nor dates a month apart); that one's sides stand. Either is the ceasefire by its description, or the other a bare "the agreement".
 * Two of either (a 72-hour truce and a seven-day one) stay apart.
 */
export function joinHomeSides(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  const folded = new Set<Cluster>();
  for (const home of clusters) {
    const country = loneCountry(state, home);
    if (country === null || !unnamedSingle(home)) continue;
    const homes = clusters.filter((c) => loneCountry(state, c) === country && unnamedSingle(c));
    const forces = clusters.filter((c) => unnamedSingle(c) && homeForces(state, c, country));
    const [inner] = forces;
    if (homes.length !== 1 || forces.length !== 1 || !inner) continue;
    const described = (c: Cluster): boolean => c.descriptor === null || ceasefire(c);
    const fits =
      (ceasefire(home) || ceasefire(inner)) &&
      described(home) &&
      described(inner) &&
      termsFit(home, inner) &&
      oneStanding(home, inner) &&
      sameMonth(home.signedOn, inner.signedOn);
    if (!fits) continue;
    // The fuller description names it ("humanitarian truce" over "truce").
    if (termWords(home).length > termWords(inner).length || inner.descriptor === null)
      inner.descriptor = home.descriptor;
    foldMentions(inner, home);
    for (const [kind, votes] of home.kinds) inner.kinds.set(kind, (inner.kinds.get(kind) ?? 0) + votes);
    foldFacts(inner, home);
    folded.add(home);
  }
  return folded.size === 0 ? [...clusters] : clusters.filter((c) => !folded.has(c));
}
