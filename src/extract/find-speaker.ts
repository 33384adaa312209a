// Resolves who speaks in an attribution window: a person, a country (a demonym, "Seoul", "the Kremlin") or an
// organization named there, or a pronoun pointing back to the last speaker or person. Also reads the channel.

import { startingIn } from './mention-index.ts';
import type { EntityMention, ExtractState, StatementLike } from './types.ts';

const SPEAKER_KINDS = new Set(['person', 'country', 'org']);
const PRONOUN = /^(?:he|she|He|She)$/;
/** "told Sputnik", "in an interview with Sputnik", "speaking to Yonhap": the outlet that carried the words. */
const CHANNEL_CUE =
  /(?:\btold|\btelling|\binterview with|\bspeaking (?:to|with)|\bquoted by|\bcomments to|\bremarks to|\bwrote (?:in|on)|\bstatement to|\bbriefing (?:for|with))(?: the| a)? $/;

/** The speaker named in [from, to): the mention nearest the verb (last before it, or first after it). */
export function speakerIn(
  state: ExtractState,
  from: number,
  to: number,
  nearestFirst: boolean,
): EntityMention | null {
  const candidates = startingIn(state.mentions, from, to).filter(
    (m) =>
      SPEAKER_KINDS.has(m.kind) &&
      m.end <= to &&
      !(m.kind === 'country' && state.mentions.some((p) => p.kind === 'place' && p.start === m.start)),
  );
  if (candidates.length === 0) return null;
  if (nearestFirst) return candidates[0] ?? null;
  // The last mention before the verb, but an enclosing longer mention wins over one inside it.
  let best = candidates[candidates.length - 1] ?? null;
  for (const candidate of candidates)
    if (best && candidate.end === best.end && candidate.end - candidate.start > best.end - best.start)
      best = candidate;
  return best;
}

/** "he"/"she" in [from, to): the last statement's person speaker nearby, else the last person named before. */
export function pronounSpeaker(
  state: ExtractState,
  from: number,
  to: number,
  sentence: number,
  statements: readonly StatementLike[],
): string | null {
  const window = state.text.slice(from, to).split(/\s+/);
  if (!window.some((w) => PRONOUN.test(w))) return null;
  const last = statements[statements.length - 1];
  if (last && last.speaker.startsWith('person:') && sentence - last.sentence <= 2) return last.speaker;
  const fromSentence = state.sentences[Math.max(0, sentence - 3)]?.start ?? 0;
  const persons = startingIn(state.mentions, fromSentence, from).filter((m) => m.kind === 'person');
  return persons[persons.length - 1]?.id ?? null;
}

/** The outlet org in [from, to) introduced by "told" or "interview with", if any. */
export function channelIn(state: ExtractState, from: number, to: number): string | null {
  for (const mention of startingIn(state.mentions, from, to)) {
    if (mention.kind !== 'org') continue;
    if (CHANNEL_CUE.test(state.text.slice(Math.max(from, mention.start - 40), mention.start)))
      return mention.id;
  }
  return null;
}
