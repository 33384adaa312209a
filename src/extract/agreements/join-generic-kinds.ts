// Folds an unnamed deal told by a generic kind word ("a maritime deal with Somaliland") into the one agreement of a
// specific kind the article names with fitting sides ("a memorandum of understanding with Somaliland"). Reads clusters.

import { slug } from '../../domain/ids.ts';
import { GENERIC_AGREEMENT_KINDS } from '../lexicon/event-words.ts';
import { INSTRUMENT_GENERIC_WORDS, NAME_TAIL_OPENERS } from '../lexicon/agreement-reference-words.ts';
import type { ExtractState } from '../types.ts';
import { kindOf, oneInstrument, sidesFit, sidesOf, type Cluster } from './agreement-facts.ts';
import { foldIntoOnlyFit } from './fold-into-only-fit.ts';
import { partyNameWords } from './party-mentions.ts';
import { sameStem } from './resolve-bare-agreements.ts';

/** The words of what it is called that say its subject: no kind noun, joiner, "with" or side ("maritime", "grain corridor"). */
export function topicWords(state: ExtractState, parties: readonly string[], called: string | null): string[] {
  const sides = new Set(parties.flatMap((p) => partyNameWords(state, p)));
  return slug(called ?? '')
    .split('-')
    .filter(
      (w) => w.length > 2 && !INSTRUMENT_GENERIC_WORDS.has(w) && !NAME_TAIL_OPENERS.has(w) && !sides.has(w),
    );
}

/** A document the article calls by its name or a description, not a relationship alone ("in close partnership"). */
const document = (c: Cluster): boolean =>
  (c.name !== null || c.known !== null || c.descriptor !== null) && !c.mentions.every((m) => m.relationship);

const sharesSentence = (a: Cluster, b: Cluster): boolean =>
  a.mentions.some((m) => b.mentions.some((o) => o.sentence === m.sentence));

/**
 * "Ethiopia reached a controversial maritime deal with Somaliland ... a memorandum of understanding with Somaliland
 * that gives it access to the sea", "the Somaliland port agreement ... the memorandum of understanding signed in Addis
 * Ababa": news calls a memorandum, a declaration or an initiative by a generic kind word too. An unnamed deal of a
 * generic kind is the article's one agreement of a specific kind whose sides fit its own, when that one's title says
 * no subject of its own, or one it shares ("the grain corridor agreement", "the Black Sea Grain Initiative"). Two told
 * in one sentence ("signed a trade agreement and a memorandum of understanding") are two; with two candidates on
 * either side, all stay as they are.
 */
export function joinGenericKinds(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  const generic = clusters.filter(
    (c) => c.name === null && c.known === null && GENERIC_AGREEMENT_KINDS.has(kindOf(c)) && oneInstrument(c),
  );
  const specific = clusters.filter(
    (c) =>
      kindOf(c) !== 'treaty' && !GENERIC_AGREEMENT_KINDS.has(kindOf(c)) && oneInstrument(c) && document(c),
  );
  if (generic.length === 0 || specific.length === 0) return [...clusters];
  const fits = (g: Cluster, s: Cluster): boolean => {
    if (!sidesFit(g.parties, sidesOf(s)) || sharesSentence(g, s)) return false;
    const sides = [...g.parties, ...sidesOf(s)];
    const own = topicWords(state, sides, s.known?.name ?? s.name ?? s.descriptor);
    if (own.length === 0) return true;
    const told = topicWords(state, sides, g.descriptor);
    return told.some((w) => own.some((o) => sameStem(w, o)));
  };
  const folded = foldIntoOnlyFit(generic, specific, fits, { withParties: true });
  return clusters.filter((c) => !folded.has(c));
}
