// "They reiterated ...", "Furthermore both leaders stressed ..." some sentences after a meeting was told: a plural
// subject that names no one near it speaks for the participants of the meeting the story told last, when nothing
// says it means someone else.

import { startingIn } from '../mention-index.ts';
import type { ExtractState, Word } from '../types.ts';

/** How many paragraphs after the one that tells the meeting a bare "they" may still mean its participants. */
const THEY_REACH_PARAGRAPHS = 1;

/**
 * The participants of the meeting mentioned last before the plural subject headed by `head` (`counted` of them when
 * the phrase says how many): two or more, people or countries as the meeting step found them; none otherwise.
 * Only a phrase that counts them ("both leaders", "the two sides": as many as the meeting had), or "they" in the
 * paragraph that tells the meeting or the next with no other person or body named since: an uncounted "the
 * leaders", "the ministers" may mean every leader of a summit or another group, and "they" after a third person or
 * a body, or paragraphs later, means someone else.
 */
export function meetingParticipants(state: ExtractState, head: Word, counted: number): string[] {
  const they = head.lower === 'they';
  if (counted === 0 && !they) return [];
  let last: { id: string; end: number; sentence: number } | null = null;
  for (const mention of state.meetingMentions) {
    if (mention.start >= head.start) break;
    last = mention;
  }
  if (last === null) return [];
  const id = last.id;
  const participants = state.meetings.find((m) => m.id === id)?.participants ?? [];
  if (participants.length < 2 || (counted > 0 && participants.length !== counted)) return [];
  if (they) {
    const told = state.sentences[last.sentence]?.paragraph ?? 0;
    const here = state.sentences[head.sentence]?.paragraph ?? 0;
    if (here - told > THEY_REACH_PARAGRAPHS) return [];
    const sides = new Set(participants);
    const others = startingIn(state.mentions, last.end, head.start).some(
      (m) => (m.kind === 'person' || m.kind === 'org') && !sides.has(m.id),
    );
    if (others) return [];
  }
  return [...participants];
}
