// Tells a deal of another time from the one in view by the year its signing is dated: "Israel and Jordan signed a
// peace deal in 1994" beside a gas deal signed on Monday, "signed a peace treaty on March 26, 1979" after "the Camp
// David Accords of 1978", "In 2013, the two countries signed an agreement" beside a memorandum still to be signed.
// Background history is not a retelling of the story's deal. Reads clusters and the headline.

import type { Cluster } from './agreement-facts.ts';
import { HEADLINE_MAKING_VERBS } from '../lexicon/agreement-act-words.ts';
import { REPLACEMENT_MODIFIERS } from '../lexicon/agreement-reference-words.ts';

/** How far before a mention its modifiers may stand when the mention's words leave them out (a headline's). */
const MODIFIER_REACH = 24;

/**
 * Told as new ("a new agreement", a headline's "new oil deal"): a deal not made before. A headline's mention is its
 * kind word alone, so the words just before it are read too.
 */
function toldAsNew(text: string, m: Cluster['mentions'][number]): boolean {
  const before = text
    .slice(Math.max(0, m.start - MODIFIER_REACH), m.start)
    .split(/\s+/)
    .slice(-3, -1);
  return [...`${m.surface} ${m.descriptor ?? ''}`.split(' '), ...before].some((w) =>
    REPLACEMENT_MODIFIERS.has(w.toLowerCase()),
  );
}

/** Whether the headline tells the deal made now ("Israel strikes 'historic' gas deal with Egypt"). */
function madeInHeadline(text: string, cluster: Cluster): boolean {
  if (!cluster.mentions.some((m) => m.headline === true)) return false;
  const lineEnd = text.indexOf('\n');
  return HEADLINE_MAKING_VERBS.test(text.slice(0, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * The year a deal's own signing is dated: the data's for a well-known one, else the article's; for the deal a
 * headline tells made now, the article's own year.
 */
function ownYear(text: string, cluster: Cluster, published: string | null): string | null {
  const dated = (cluster.known?.signedOn ?? cluster.signedOn ?? cluster.statedYear)?.slice(0, 4);
  if (dated) return dated;
  return published !== null && madeInHeadline(text, cluster) ? published.slice(0, 4) : null;
}

/**
 * Whether `told`, a telling read alone, is a making (signed, struck, reached) its sentence dates to a year before the
 * article's that is not the year of `inView`: one dated another year, or one not made yet (still proposed, or told
 * as new: "ready to discuss a new oil deal ... The two countries signed the agreement in 2006"). A date with no verb
 * of making ("the deal, the minister said on Monday") tells nothing of which deal it is.
 */
export function signedInAnotherYear(
  text: string,
  told: Cluster,
  inView: Cluster,
  published: string | null,
): boolean {
  if (!told.madeDated) return false;
  const year = told.signedOn?.slice(0, 4) ?? null;
  if (year === null || year >= (published ?? '9999').slice(0, 4)) return false;
  const own = ownYear(text, inView, published);
  return own !== null ? own !== year : toldOfItsTime(text, inView, published);
}

/** Whether a deal tells its time: a signing year, or not made yet. Only then can a dated telling be set apart. */
export function toldOfItsTime(text: string, inView: Cluster, published: string | null): boolean {
  return (
    ownYear(text, inView, published) !== null ||
    inView.status === 'proposed' ||
    inView.mentions.some((m) => toldAsNew(text, m))
  );
}
