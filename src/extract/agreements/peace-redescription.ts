// A story's ceasefire and "the peace agreement" it later calls it are one instrument: "signed an agreement on a
// permanent cessation of hostilities ... the peace agreement signed today". Reads clusters only.

import type { Cluster } from './agreement-facts.ts';
import { foldFacts, foldMentions, oneStanding } from './agreement-facts.ts';
import { CEASEFIRE_NAME_WORDS } from '../lexicon/agreement-reference-words.ts';
import { PEACE_DESCRIPTOR_WORDS } from '../lexicon/agreement-mention-words.ts';
import { letterWords } from '../text/tokenize-words.ts';

const PEACE: ReadonlySet<string> = new Set(PEACE_DESCRIPTOR_WORDS);

/** An unnamed ceasefire ("a permanent ceasefire", "an agreement on a cessation of hostilities", "a new truce"). */
const ceasefire = (c: Cluster): boolean =>
  c.name === null &&
  c.known === null &&
  c.descriptor !== null &&
  letterWords(c.descriptor).some((w) => CEASEFIRE_NAME_WORDS.has(w));

/** "the peace agreement", "the peace deal" and bare references only: no sides, year or other subject of its own. */
function peaceOnly(c: Cluster): boolean {
  if (c.name !== null || c.known !== null || c.descriptor === null || c.parties.length > 0 || c.statedYear)
    return false;
  const kindWord = c.descriptor.split(' ').pop()?.toLowerCase() ?? '';
  const words = letterWords(c.descriptor).filter((w) => w !== kindWord);
  return (
    words.length > 0 &&
    words.every((w) => PEACE.has(w)) &&
    c.mentions.every((m) => !m.another && (m.definite || m.descriptor === null))
  );
}

/**
 * "delegates signed an agreement on a "permanent cessation of hostilities" ... "Implementation of the peace
 * agreement signed today is critical"", "brokered a truce ... The peace deal was sealed on Wednesday": a definite
 * peace agreement after the article's one earlier ceasefire of the same standing is that ceasefire. With two such
 * ceasefires, or a proposal against a deal reached, it stays apart.
 */
export function joinPeaceRedescriptions(clusters: readonly Cluster[]): Cluster[] {
  const ceasefires = clusters.filter(ceasefire);
  if (ceasefires.length === 0) return [...clusters];
  const first = (c: Cluster): number => c.mentions[0]?.start ?? -1;
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    const earlier = peaceOnly(cluster)
      ? ceasefires.filter((c) => c !== cluster && first(c) < first(cluster) && oneStanding(c, cluster))
      : [];
    // "a new ceasefire" beside an older truce: which one the peace deal is, the words do not say.
    const only =
      earlier.length === 1 && !earlier[0]?.mentions.some((m) => m.another) ? earlier[0] : undefined;
    if (!only) {
      out.push(cluster);
      continue;
    }
    foldMentions(only, cluster);
    foldFacts(only, cluster);
  }
  return out;
}
