// Folds an agreement only a headline tells of ("Israel and Hamas agree to ceasefire and hostage release deal") into
// the agreement the article's body then describes: a headline previews its story's main agreement.

import { AGREEMENT_WORDS } from '../lexicon/event-words.ts';
import type { Word } from '../types.ts';
import {
  dominantKind,
  foldFacts,
  foldMentions,
  foldParties,
  oneOfSeveral,
  sidesFit,
  sidesOf,
  type Cluster,
} from './agreement-facts.ts';
import { pluralKind } from './agreement-mentions.ts';
import { introducedAsOlder } from './replaced-agreements.ts';
import { kindsFit } from './resolve-known-agreements.ts';

/** "sign 7 MoUs", "sign cooperation pacts": a headline's plural previews several instruments, not one. */
const plural = (word: Word | undefined): boolean => word !== undefined && pluralKind(word.lower);

/** Told of in the headline alone, as one unnamed instrument that is not said to be another. */
function headlineOnly(cluster: Cluster, words: readonly Word[]): boolean {
  return (
    cluster.name === null &&
    cluster.known === null &&
    cluster.mentions.length > 0 &&
    cluster.mentions.every((m) => m.headline === true && !m.another && !m.listed && !plural(words[m.word]))
  );
}

/** The kind a headline's kind word says ("deal"), whatever kind the agreement it names is known as. */
const headlineKind = (lower: string | undefined): string =>
  lower !== undefined && Object.hasOwn(AGREEMENT_WORDS, lower) ? (AGREEMENT_WORDS[lower] ?? '') : '';

/**
 * "Cambodia and Thailand agree to ceasefire ... agreed to an immediate ceasefire", "President signs new trade deal
 * with Canada and Mexico ... signed the United States-Mexico-Canada Agreement": the headline's instrument is the
 * body's most-mentioned one, when that one leads alone and its kind and sides fit. A headline with no body agreement
 * to fold into keeps its own.
 */
export function joinHeadlinePreviews(clusters: readonly Cluster[], words: readonly Word[]): Cluster[] {
  const previews = clusters.filter((c) => headlineOnly(c, words));
  if (previews.length === 0) return [...clusters];
  const body = clusters
    .filter((c) => !previews.includes(c))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [main, second] = body;
  if (!main || (second && second.mentions.length === main.mentions.length)) return [...clusters];
  const mainKind = main.known?.kind ?? dominantKind(main);
  const mainSides = sidesOf(main);
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    const joins =
      previews.includes(cluster) &&
      kindsFit(dominantKind(cluster), mainKind) &&
      sidesFit(cluster.parties, mainSides);
    if (!joins) {
      out.push(cluster);
      continue;
    }
    foldMentions(main, cluster);
    if (!main.known) foldParties(main, cluster);
    foldFacts(main, cluster);
  }
  return out;
}

/**
 * "Somalia: Ethiopia-Somaliland port deal 'null and void' / Landlocked Ethiopia has signed an initial agreement with
 * ...", "... Ankara Declaration Paves the Way / ... Somalia and Ethiopia have agreed on a joint declaration to resolve
 * their disputes": a story's lead retells the agreement its headline names. The body's first agreement, when it goes
 * by no name and is not said to be another, is the headline's named one, if only one is named there and their kinds
 * and sides fit.
 */
export function joinLeadRetellings(
  text: string,
  clusters: readonly Cluster[],
  words: readonly Word[],
  headline: boolean,
): Cluster[] {
  const inHeadline = (m: Cluster['mentions'][number]): boolean =>
    m.headline === true || (headline && m.sentence === 0);
  const headed = clusters.filter((c) => (c.name !== null || c.known !== null) && c.mentions.some(inHeadline));
  const [named] = headed;
  // "EU and ACP reach a milestone towards the replacement of the Cotonou Agreement / ... reached an agreement on a
  // political treaty": the lead tells of the deal that replaces the one the headline names.
  if (!named || headed.length > 1 || introducedAsOlder(text, named)) return [...clusters];
  let lead: Cluster | undefined;
  let leadAt = Infinity;
  for (const cluster of clusters)
    for (const m of cluster.mentions)
      if (!inHeadline(m) && m.start < leadAt) {
        leadAt = m.start;
        lead = cluster;
      }
  if (!lead || lead === named || lead.name !== null || lead.known !== null) return [...clusters];
  const first = lead.mentions.find((m) => m.start === leadAt);
  if (!first || oneOfSeveral(first) || plural(words[first.word])) return [...clusters];
  if (lead.mentions.some((m) => inHeadline(m) || m.another)) return [...clusters];
  // The kind it is known as, or the one the headline calls it ("port deal" for a memorandum).
  const leadKind = dominantKind(lead);
  const fits =
    kindsFit(leadKind, named.known?.kind ?? dominantKind(named)) ||
    named.mentions.some((m) => inHeadline(m) && kindsFit(leadKind, headlineKind(words[m.word]?.lower)));
  if (!fits) return [...clusters];
  if (!sidesFit(lead.parties, sidesOf(named))) return [...clusters];
  foldMentions(named, lead);
  if (!named.known) foldParties(named, lead);
  foldFacts(named, lead);
  return clusters.filter((c) => c !== lead);
}

/** The year an agreement was made, as the article or the record of a well-known one says. */
const madeYear = (cluster: Cluster): number | null => {
  const date = cluster.known?.signedOn ?? cluster.signedOn ?? cluster.statedYear;
  return date ? Number(date.slice(0, 4)) : null;
};

/**
 * "Doors not closed for other nations to join Pak-Saudi defence pact / ... joining the Pakistan-Saudi Arabia security
 * pact ... Islamabad and Riyadh formalised a landmark Strategic Mutual Defence Agreement": a headline tells of its
 * story's agreement by a description, and the body only later gives its title. When the article names one agreement
 * alone, outside its headline, made this year or the last (not one recalled from the past), the one unnamed
 * instrument the headline tells of is that one, if their kinds, sides and status fit.
 */
export function joinLaterTitles(
  clusters: readonly Cluster[],
  words: readonly Word[],
  headline: boolean,
  publishedAt: string | null,
): Cluster[] {
  const inHeadline = (m: Cluster['mentions'][number]): boolean =>
    m.headline === true || (headline && m.sentence === 0);
  const named = clusters.filter((c) => c.name !== null || c.known !== null);
  const [titled] = named;
  if (!titled || named.length > 1 || titled.mentions.some(inHeadline)) return [...clusters];
  const told = clusters.filter((c) => c !== titled && c.mentions.some(inHeadline));
  const [preview] = told;
  if (!preview || told.length > 1) return [...clusters];
  if (preview.mentions.some((m) => oneOfSeveral(m) || plural(words[m.word]))) return [...clusters];
  const year = madeYear(titled);
  const published = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  if (year === null || published === null || published - year > 1) return [...clusters];
  if (!kindsFit(dominantKind(preview), titled.known?.kind ?? dominantKind(titled))) return [...clusters];
  if (!sidesFit(preview.parties, sidesOf(titled))) return [...clusters];
  if (preview.status !== null && titled.status !== null && preview.status !== titled.status)
    return [...clusters];
  foldMentions(titled, preview);
  if (!titled.known) foldParties(titled, preview);
  foldFacts(titled, preview);
  return clusters.filter((c) => c !== preview);
}
