// A title of kind words alone ("Memorandum of Understanding", "Framework Agreement", "Declaration of Peace") names no
// one instrument: every article has one, so its topic or its sides must say which.

import {
  foldFacts,
  foldMentions,
  foldParties,
  oneInstrument,
  sidesFit,
  sidesOf,
  type Cluster,
} from './agreement-facts.ts';
import {
  TITLE_FILLER_WORDS,
  TITLE_KIND_ONLY_WORDS,
  TITLE_WEAK_WORDS,
} from '../lexicon/agreement-title-words.ts';

/** Whether every word of a title is a kind word, a filler or a weak word, and one of them a kind word. */
export function kindOnlyTitle(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  const plain = (w: string): boolean =>
    TITLE_KIND_ONLY_WORDS.has(w) || TITLE_FILLER_WORDS.has(w) || TITLE_WEAK_WORDS.has(w);
  return words.every(plain) && words.some((w) => TITLE_KIND_ONLY_WORDS.has(w));
}

/**
 * "Ethiopia defends sea access deal ... 'No party will be affected by this MOU [Memorandum of Understanding],' the
 * statement read", "... nullifying a deal between Ethiopia and Somaliland ... the illegal Memorandum of Understanding":
 * a title of kind words alone names no instrument of its own, so in an article that tells of one other agreement, in
 * view before it and with sides that fit, it is that agreement by its document's title.
 */
export function joinKindOnlyTitles(clusters: readonly Cluster[]): Cluster[] {
  const [first, second, ...more] = clusters;
  if (!first || !second || more.length > 0) return [...clusters];
  const titled = (c: Cluster): boolean => c.name !== null && c.known === null && kindOnlyTitle(c.name);
  const title = titled(second) ? second : titled(first) ? first : null;
  const other = title === first ? second : first;
  if (!title || titled(other) || other.name !== null) return [...clusters];
  const titleAt = title.mentions.find((m) => m.name !== null)?.start ?? -1;
  if ((other.mentions[0]?.start ?? Infinity) > titleAt) return [...clusters];
  if (!oneInstrument(title)) return [...clusters];
  if (!sidesFit(title.parties, sidesOf(other))) return [...clusters];
  if (title.name !== null) other.aliases.add(title.name);
  foldMentions(other, title);
  if (!other.known) foldParties(other, title);
  foldFacts(other, title);
  return [other];
}
