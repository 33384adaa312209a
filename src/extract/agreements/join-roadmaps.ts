// A story's roadmap is one instrument however it calls it: "to present a roadmap for ending the war ... The AU
// roadmap calls for ...", "signed the roadmap for the peace talks ... urged the holdouts to sign the roadmap".
// Reads clusters only.

import type { Cluster } from './agreement-facts.ts';
import { foldFacts, foldMentions, foldParties, sidesOverlap } from './agreement-facts.ts';
import { AGREEMENT_SELF_DESCRIBING } from '../lexicon/event-words.ts';
import { isBare } from './resolve-bare-agreements.ts';
import { governedByAct } from './governed-by-act.ts';
import { AGREEMENT_DETERMINERS, PEACE_DESCRIPTOR_WORDS } from '../lexicon/agreement-mention-words.ts';
import { INDEFINITE_ARTICLES } from '../lexicon/agreement-reference-words.ts';
import type { ExtractState } from '../types.ts';
import { letterWords } from '../text/tokenize-words.ts';

const PEACE: ReadonlySet<string> = new Set(PEACE_DESCRIPTOR_WORDS);
const DETERMINERS: ReadonlySet<string> = new Set(AGREEMENT_DETERMINERS);

/** A roadmap of the story's own: its name or description has the kind word, and no mention calls it another. */
const roadmap = (c: Cluster): boolean =>
  c.known === null &&
  !c.statedYear &&
  !c.mentions.some((m) => m.another) &&
  letterWords(c.name ?? c.descriptor ?? '').some((w) => AGREEMENT_SELF_DESCRIBING.has(w));

/** How far before a roadmap its indefinite article may stand ("a clear-cut roadmap"). */
const ARTICLE_REACH = 4;

/**
 * "to develop a clear-cut roadmap to end the crisis", "to draw a roadmap for the talks": a roadmap still to be made,
 * an aim, when no verb signs or approves it.
 */
function sought(state: ExtractState, k: number): boolean {
  const { words } = state;
  const sentence = words[k]?.sentence;
  for (let d = k - 1; d >= Math.max(0, k - ARTICLE_REACH) && words[d]?.sentence === sentence; d--) {
    if (!INDEFINITE_ARTICLES.has(words[d]?.lower ?? '')) continue;
    return words[d - 2]?.lower === 'to' && !governedByAct(state.text, words, k, DETERMINERS);
  }
  return false;
}

/**
 * Unnamed roadmaps of one story are the roadmap it names, else its first, when their sides fit: one roadmap with
 * all their sides and the fullest description. Two named roadmaps
 * stay apart, and so does one whose sides are none of the other's ("the AU roadmap" beside "the IGAD roadmap").
 */
export function joinRoadmaps(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  const roadmaps = clusters.filter(roadmap);
  if (roadmaps.length === 0) return [...clusters];
  const named = roadmaps.filter((c) => c.name !== null);
  const out: Cluster[] = [];
  const targets: Cluster[] = [];
  for (const cluster of clusters) {
    if (!roadmaps.includes(cluster) || cluster.name !== null) {
      out.push(cluster);
      if (roadmaps.includes(cluster)) targets.push(cluster);
      continue;
    }
    const fitting = [...named, ...targets].filter(
      (c) => c !== cluster && sidesOverlap(c.parties, cluster.parties),
    );
    const target = named.length > 1 ? undefined : fitting[0];
    if (!target) {
      out.push(cluster);
      targets.push(cluster);
      continue;
    }
    foldMentions(target, cluster);
    foldFacts(target, cluster);
    foldParties(target, cluster);
    // "the roadmap ... a roadmap for ending the war": the description says more than the kind word alone.
    if (target.name === null && letterWords(target.descriptor ?? '').length === 1)
      target.descriptor = cluster.descriptor;
  }
  // "Under the terms of the agreement, ... outlined a strategic roadmap", "the roadmap and timeline identified in
  // their Beijing talks", "urged both parties ... to draw a roadmap": beside another instrument, a roadmap with no
  // name or side of its own in its phrase (the story's sides are not its own) is that one's content or an aim, no
  // second instrument. One a verb signs or approves ("ready to sign a roadmap", "a 60-day roadmap approved by both
  // sides") or a "peace roadmap" (its subject said, as before) stays.
  const ownless = (c: Cluster): boolean =>
    roadmap(c) &&
    c.name === null &&
    c.mentions.every((m) => {
      const words = letterWords(m.descriptor ?? '');
      return (
        m.parties.length === 0 &&
        !governedByAct(state.text, state.words, m.word, DETERMINERS) &&
        (m.descriptor === null ||
          (words.some((w) => AGREEMENT_SELF_DESCRIBING.has(w)) && !words.some((w) => PEACE.has(w))))
      );
    });
  const others = out.some((c) => !roadmap(c) && !isBare(c));
  return out.filter(
    (c) =>
      !(others && ownless(c)) &&
      !(roadmap(c) && c.mentions.every((m) => m.descriptor === null || sought(state, m.word))),
  );
}
