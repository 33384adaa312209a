// When a meeting mention's sentence says when: time phrases that stand between a subject and its verb ("Xi on
// Tuesday met ..."), and the one day a sentence names when none stands near the meeting word.

import type { ExtractState } from '../types.ts';

/**
 * How many words, ending at word j, form a date phrase of its sentence, with the preposition before it ("on
 * Tuesday", "on March 3", "last week"); 0 when word j is not the end of one.
 */
export function timeWordsBefore(state: ExtractState, j: number): number {
  const word = state.words[j];
  if (!word) return 0;
  const date = state.dates.find(
    (d) =>
      d.sentence === word.sentence && d.start <= word.start && d.end >= word.end && d.end <= word.end + 1,
  );
  if (!date) return 0;
  let first = j;
  while (first > 0 && (state.words[first - 1]?.start ?? -1) >= date.start) first--;
  // chrono's span may leave out the preposition: "on Tuesday", "in March".
  if (/^(?:on|in)$/.test(state.words[first - 1]?.lower ?? '')) first--;
  return j - first + 1;
}

/**
 * "Ruto and Hassan on Friday agreed to reopen the border during their phone conversation": a sentence that names
 * exactly one day dates the meeting it tells of, however far the day stands from the meeting word.
 */
export function soleDayOf(state: ExtractState, sentence: number): string | null {
  const days = state.dates.filter((d) => d.sentence === sentence && d.value.length === 10);
  const values = new Set(days.map((d) => d.value));
  const all = state.dates.filter((d) => d.sentence === sentence);
  return values.size === 1 && all.length === days.length ? (days[0]?.value ?? null) : null;
}
