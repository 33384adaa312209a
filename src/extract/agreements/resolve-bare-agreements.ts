// Settles the agreements known only by a bare reference ("the agreement", "sign deal" in a headline) that the
// grouping stage could not tie to an agreement before them: into the article's one main agreement, else none.

import { INTERCHANGEABLE_AGREEMENT_KINDS as INTERCHANGEABLE } from '../lexicon/event-words.ts';
import { dominantKind, foldMentions, STATUS_ORDER, type Cluster } from './agreement-facts.ts';

/** Nothing but a kind word: no name, description, relationship, party or signatory says which agreement it is. */
export function isBare(cluster: Cluster): boolean {
  return (
    cluster.name === null &&
    cluster.descriptor === null &&
    cluster.relationships.length === 0 &&
    cluster.parties.length === 0 &&
    cluster.signatories.length === 0
  );
}

/** A bare reference fits an agreement of its own kind word, or of one news uses for it. */
function compatible(bare: Cluster, target: Cluster): boolean {
  const kind = dominantKind(target);
  return [...bare.kinds.keys()].every(
    (k) => k === kind || (INTERCHANGEABLE.has(k) && INTERCHANGEABLE.has(kind)),
  );
}

/** The agreement a bare reference means: the article's most-mentioned one of a fitting kind, if only one leads. */
function targetFor(bare: Cluster, known: readonly Cluster[]): Cluster | undefined {
  const ranked = known
    .filter((c) => compatible(bare, c))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = ranked;
  return first && (!second || second.mentions.length < first.mentions.length) ? first : undefined;
}

/**
 * A bare reference becomes part of the agreement it can only mean in this article; the rest stay bare for the
 * article-level fallbacks (the two sides of a signing) to identify or leave unidentified. Its kind word is no
 * vote on the target's kind, so the target keeps the kind, and so the id, that other articles give it.
 */
export function resolveBareAgreements(clusters: readonly Cluster[]): Cluster[] {
  const known = clusters.filter((c) => !isBare(c));
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    // "a new agreement" said to be one more cannot be the main one, however bare.
    const another = cluster.mentions.every((m) => m.another);
    const target = isBare(cluster) && !another ? targetFor(cluster, known) : undefined;
    if (!target) {
      out.push(cluster);
      continue;
    }
    foldMentions(target, cluster);
    target.signedOn ??= cluster.signedOn;
    target.statedYear ??= cluster.statedYear;
    target.place ??= cluster.place;
    if ((STATUS_ORDER[cluster.status ?? ''] ?? 0) > (STATUS_ORDER[target.status ?? ''] ?? 0))
      target.status = cluster.status;
  }
  return out;
}
