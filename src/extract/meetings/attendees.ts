// "The summit in Astana on Friday was attended by A, B and C", "the G20 Summit, which is scheduled to be held in New
// Delhi on September 9 and 10, will be attended by several world leaders including A, B and C": the agents of a
// passive of attending or chairing whose subject is the meeting word are its participants ("the meeting, chaired by X").

import {
  ATTENDANCE_BREAKERS,
  ATTENDANCE_PARTICIPLES,
  PASSIVE_AUXILIARIES,
  REDUCED_ATTENDANCE_PARTICIPLES,
} from '../lexicon/meeting-words.ts';
import { personsIn } from './meeting-agents.ts';
import { selfClauseSkip } from './self-clause.ts';
import type { ExtractState, Sentence, Word } from '../types.ts';

const PASSIVE = new RegExp(
  `\\b(?:${[...PASSIVE_AUXILIARIES].join('|')})(?: \\p{Ll}+ly| also)? (?:${ATTENDANCE_PARTICIPLES.join('|')}) by ` +
    // "the meeting, chaired by X", "a meeting chaired by X": the participle right after the meeting word.
    `|^,? (?:${REDUCED_ATTENDANCE_PARTICIPLES.join('|')}) by `,
  'u',
);
const BREAK = new RegExp(`\\b(?:${ATTENDANCE_BREAKERS.join('|')})\\b|;`, 'i');
/** A list item after ";" that goes on naming attendees: a capitalized name or title, maybe after "and". */
const LIST_ITEM = /^\s*(?:and\s+)?\p{Lu}/u;

/**
 * Where the "by" phrase starting at `start` ends: at a clause breaker, or at ";" unless the next item goes on with a
 * name ("attended by President X of Kenya; President Y of Uganda; and Z, Executive Secretary").
 */
function listEnd(text: string, start: number, end: number): number {
  let at = start;
  for (;;) {
    const tail = BREAK.exec(text.slice(at, end));
    if (!tail) return end;
    const stop = at + tail.index;
    if (tail[0] !== ';' || !LIST_ITEM.test(text.slice(stop + 1, end))) return stop;
    at = stop + 1;
  }
}

/** The persons of the "by" phrase of a passive of attending whose subject is the meeting word (in order). */
export function attendeesOf(state: ExtractState, word: Word, sentence: Sentence): string[] {
  const { text } = state;
  const from = word.end + selfClauseSkip(text, word.end, sentence.end);
  const rest = text.slice(from, Math.min(sentence.end, from + 120));
  // Both forms of the passive end in " by ": most stretches hold none, and the pattern is dear to run.
  if (!rest.includes(' by ')) return [];
  const passive = PASSIVE.exec(rest);
  if (!passive || BREAK.test(rest.slice(0, passive.index))) return [];
  const start = from + passive.index + passive[0].length;
  return personsIn(state.mentions, start, listEnd(text, start, sentence.end));
}
