// Folds an agreement the story first tells of by a description ("a new security pact with the US", "an agreement
// between Somalia and Ethiopia") into the title it gives later for the same sides. Reads clusters.

import { slug } from '../../domain/ids.ts';
import { GENERIC_AGREEMENT_KINDS } from '../lexicon/event-words.ts';
import { INSTRUMENT_GENERIC_WORDS, NAME_TAIL_OPENERS } from '../lexicon/agreement-reference-words.ts';
import type { Word } from '../types.ts';
import { kindOf, oneInstrument, sidesOf, titled, type Cluster } from './agreement-facts.ts';
import { pluralKind } from './agreement-mentions.ts';
import { foldIntoOnlyFit } from './fold-into-only-fit.ts';
import { kindsFit } from './resolve-known-agreements.ts';
import { sameStem } from './resolve-bare-agreements.ts';

/** The words of a title or description that say its subject: no kind noun or joiner ("security", "modernizing"). */
const topicWords = (called: string | null): string[] =>
  slug(called ?? '')
    .split('-')
    .filter((w) => w.length > 2 && !INSTRUMENT_GENERIC_WORDS.has(w) && !NAME_TAIL_OPENERS.has(w));

/** One instrument the story describes: no title, not one of a list, a tally, a plural or "another" one. */
const described = (c: Cluster, words: readonly Word[]): boolean =>
  !titled(c) &&
  !c.mentions.every((m) => m.relationship) &&
  oneInstrument(c) &&
  !c.mentions.some((m) => pluralKind(words[m.word]?.lower ?? ''));

const firstAt = (c: Cluster): number => c.mentions[0]?.start ?? Infinity;

/**
 * "Pakistan's cabinet approved a new security pact with the US ... approval to sign the Communication Interoperability
 * and Security Memorandum of Agreement between Pakistan and the US", "Putin ordered to sign an agreement with Abkhazia
 * ... an Agreement between the Russian Federation and the Republic of Abkhazia on financing ...": a described
 * instrument told before a title is given is that title, when every side the description names is the title's, their
 * kinds fit (a generic "pact" or "deal" fits any), and the description says no subject the title lacks. A
 * description that fits two titles, or a title two descriptions fit, stays apart.
 */
export function joinLeadTitles(clusters: readonly Cluster[], words: readonly Word[]): Cluster[] {
  const titles = clusters.filter((c) => titled(c) && !c.mentions.some((m) => m.listed || m.counted));
  if (titles.length === 0) return [...clusters];
  const fits = (d: Cluster, t: Cluster): boolean => {
    const sides = sidesOf(t);
    if (d.parties.length === 0 || sides.length === 0) return false;
    // Every side the description or any of its mentions names is the title's: a side of its own may be another deal's.
    if (!d.parties.every((p) => sides.includes(p))) return false;
    if (!d.mentions.every((m) => m.parties.every((p) => sides.includes(p)))) return false;
    if (firstAt(d) >= firstAt(t)) return false;
    if (!GENERIC_AGREEMENT_KINDS.has(kindOf(d)) && !kindsFit(kindOf(d), kindOf(t))) return false;
    const told = topicWords(d.descriptor);
    if (told.length === 0) return true;
    const own = topicWords(t.known?.name ?? t.name);
    return told.every((w) => own.some((o) => sameStem(w, o)));
  };
  const candidates = clusters.filter((c) => described(c, words));
  const folded = foldIntoOnlyFit(candidates, titles, fits);
  return clusters.filter((c) => !folded.has(c));
}
