// Folds an agreement the article calls by a city's name ("the Washington agreement", "the Washington accord") into
// the one agreement its sentences tell was made in that city: a city names the agreement signed there.

import { slug } from '../../domain/ids.ts';
import { AGREEMENT_WORDS } from '../lexicon/event-words.ts';
import { startingIn } from '../mention-index.ts';
import type { ExtractState } from '../types.ts';
import { dominantKind, foldFacts, foldMentions, type Cluster } from './agreement-facts.ts';
import { kindsFit } from './resolve-known-agreements.ts';

/** The city an unknown agreement's name is, with kind words alone after it ("Washington accord" -> "Washington"). */
function cityOfName(cluster: Cluster): string | null {
  if (cluster.known !== null || cluster.name === null) return null;
  const [city, ...rest] = cluster.name.split(' ');
  if (city === undefined || rest.length === 0) return null;
  return rest.every((w) => Object.hasOwn(AGREEMENT_WORDS, slug(w))) ? city : null;
}

/** Whether a sentence of the cluster's own, not one that also calls it by the city, names the city as a place. */
function madeIn(
  state: ExtractState,
  cluster: Cluster,
  city: string,
  citySentences: ReadonlySet<number>,
): boolean {
  const seen = new Set<number>();
  for (const mention of cluster.mentions) {
    if (seen.has(mention.sentence) || citySentences.has(mention.sentence)) continue;
    seen.add(mention.sentence);
    const sentence = state.sentences[mention.sentence];
    if (!sentence) continue;
    const named = startingIn(state.mentions, sentence.start, sentence.end).some(
      (m) => (m.kind === 'place' || m.via === 'capital') && state.text.slice(m.start, m.end) === city,
    );
    if (named) return true;
  }
  return false;
}

/**
 * "the peace agreement signed in Washington between the DRC and Rwanda ... to complement the Washington agreement":
 * a name that is a city and kind words is the one other agreement, of a fitting kind and with every side it names,
 * whose own sentences place it in that city. With none, or several, it stays apart.
 */
export function joinCityNames(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  const folded = new Set<Cluster>();
  for (const cluster of clusters) {
    const city = cityOfName(cluster);
    if (city === null) continue;
    const citySentences = new Set(cluster.mentions.map((m) => m.sentence));
    const kind = dominantKind(cluster);
    const targets = clusters.filter(
      (c) =>
        c !== cluster &&
        !folded.has(c) &&
        cityOfName(c) === null &&
        // A charter or convention open to every state is signed in a city too, by no side of this story.
        (c.known === null || c.known.parties.length > 0) &&
        kindsFit(kind, dominantKind(c)) &&
        cluster.parties.every((p) => c.parties.includes(p)) &&
        madeIn(state, c, city, citySentences),
    );
    // Two clusters the data know as one agreement are one target: they are joined as one node later.
    const [target] = targets;
    if (!target || new Set(targets.map((c) => c.known ?? c)).size > 1) continue;
    folded.add(cluster);
    foldMentions(target, cluster);
    foldFacts(target, cluster);
  }
  return clusters.filter((c) => !folded.has(c));
}
