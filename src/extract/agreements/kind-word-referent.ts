// Which agreement a bare definite kind noun ("the deal", "the agreement") means when the one just named never went
// by that noun, and when "the agreement to end the conflict" only says what the one just named is for. Read by
// find-agreements.

import { KIND_WORD_REFERENCE_NOUNS } from '../lexicon/agreement-reference-words.ts';
import type { Cluster } from './agreement-facts.ts';
import type { RawAgreement } from './agreement-mentions.ts';

/** The kind noun a mention ends on: "the deal" -> "deal", "Beijing Agreement" -> "agreement". */
function headNoun(surface: string): string {
  const words = surface
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/[^\p{L}-]+/u);
  return words[words.length - 1] ?? '';
}

/**
 * Whether `surface` ends on the kind noun `noun`: the same as `headNoun(surface) === noun`, the whole noun read only
 * for a surface that holds it (every cluster's every mention is asked, for every bare "the deal").
 */
export function endsOnNoun(surface: string, noun: string): boolean {
  return surface.toLowerCase().includes(noun) && headNoun(surface) === noun;
}

/**
 * "... accused the other of violating the permanent ceasefire. Kiir repeated his concerns about the deal", after a
 * lead about a peace deal; "... based on the UN Charter, the Charter of the OIC ... advancing the agreement's
 * implementation", after the Beijing Agreement: a bare "the deal" or "the agreement" right after an instrument the
 * article never called by that noun is the story's agreement that it did call so, named before that instrument and
 * mentioned at least as often. Otherwise the one just named keeps it ("agreed a ceasefire ... the agreement").
 */
export function kindWordReferent(clusters: readonly Cluster[], target: Cluster, raw: RawAgreement): Cluster {
  if (!raw.definite) return target;
  const noun = headNoun(raw.surface);
  if (!KIND_WORD_REFERENCE_NOUNS.has(noun)) return target;
  // Not a named closure: tsx renames each one at every call, and this runs per definite mention.
  if (target.mentions.some((m) => endsOnNoun(m.surface, noun))) return target;
  // Called so in the body by its name, a description or a definite reference ("the Beijing Agreement", "a peace deal",
  // "the accord"), not by a headline that only previews the agreement, nor by "work toward agreement".
  const namedSo = (c: Cluster): boolean =>
    c.mentions.some(
      (m) =>
        endsOnNoun(m.surface, noun) &&
        m.headline !== true &&
        (m.name !== null || m.descriptor !== null || m.definite),
    );
  const first = (c: Cluster): number => c.mentions[0]?.start ?? Infinity;
  const last = (c: Cluster): number => c.mentions[c.mentions.length - 1]?.start ?? -1;
  const story = clusters
    .filter(
      (c) =>
        c !== target &&
        namedSo(c) &&
        first(c) < first(target) &&
        c.mentions.length >= target.mentions.length &&
        !c.mentions.every((m) => m.another || m.listed),
    )
    .sort((a, b) => b.mentions.length - a.mentions.length || last(b) - last(a));
  return story[0] ?? target;
}

/** "agreement to end the conflict": a kind noun whose only words after the determiner are what it is for. */
const PURPOSE_ONLY = new RegExp(`^(?:${[...KIND_WORD_REFERENCE_NOUNS].join('|')}) to [a-z]+\\b`, 'i');

/**
 * "... signed a cease-fire agreement on Monday. ... the two warring parties signed the agreement to end the
 * conflict", "urged the swift implementation of the agreement to restore confidence": a definite kind noun described
 * only by what it is for, within two sentences of the agreement just named, is that agreement (the caller checks its
 * kind fits; "an agreement to end the conflict" would be one more).
 */
export function purposeRedescribes(focus: Cluster | null, raw: RawAgreement): Cluster | undefined {
  if (!focus || !raw.definite || raw.another || raw.parties.length > 0) return undefined;
  if (!PURPOSE_ONLY.test(raw.descriptor ?? '')) return undefined;
  const last = focus.mentions[focus.mentions.length - 1]?.sentence ?? -9;
  return raw.sentence - last <= 2 ? focus : undefined;
}
