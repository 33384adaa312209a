// A further sitting of sides already met ("The two sides agreed to meet again next Saturday", "will hold follow-up
// meetings"): told with nobody of its own, it is held by the sides of the talks told before it.

import type { MeetingItem } from '../../domain/extraction-result.ts';
import { FOLLOW_UP_AFTER, FOLLOW_UP_BEFORE, FOLLOW_UP_GAP } from '../lexicon/meeting-words.ts';
import { clausePunctuationBefore } from '../text/clause-punctuation.ts';
import type { Word } from '../types.ts';

/** Kinds a further sitting is told as, and the kinds whose sides it takes: talks and meetings, not visits or calls. */
const SITTING_KINDS: ReadonlySet<MeetingItem['kind']> = new Set(['talks', 'meeting']);

/** Whether the meeting word k tells a further sitting: "meet again", "follow-up meetings", "next round of talks". */
export function followUpAt(words: readonly Word[], k: number, kind: MeetingItem['kind']): boolean {
  const word = words[k];
  if (!word || !SITTING_KINDS.has(kind)) return false;
  const next = words[k + 1];
  if (next && next.sentence === word.sentence && FOLLOW_UP_AFTER.has(next.lower)) return true;
  for (let j = k - 1; j >= Math.max(0, k - FOLLOW_UP_GAP); j--) {
    const before = words[j] as Word;
    if (before.sentence !== word.sentence || clausePunctuationBefore(words[j + 1])) return false;
    if (FOLLOW_UP_BEFORE.has(before.lower)) return true;
  }
  return false;
}

interface Sitting {
  kind: MeetingItem['kind'];
  start: number;
  participants: string[];
  mentions: readonly { followUp?: boolean }[];
}

/**
 * Gives each further sitting that names nobody the participants of the nearest talks or meeting told before it,
 * when those name someone; `sittings` are in the order their first mentions stand in the text.
 */
export function followUpParticipants(sittings: readonly Sitting[]): void {
  for (const [i, sitting] of sittings.entries()) {
    if (sitting.participants.length > 0 || !sitting.mentions.some((m) => m.followUp)) continue;
    const earlier = sittings
      .slice(0, i)
      .filter(
        (s) => SITTING_KINDS.has(s.kind) && s.start < sitting.start && !s.mentions.some((m) => m.followUp),
      )
      .at(-1);
    if (earlier) sitting.participants.push(...earlier.participants);
  }
}
