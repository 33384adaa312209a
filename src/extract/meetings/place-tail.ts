// Where the stretch after a meeting word its place is read in ends: at a clause's end, but not at the commas around
// its partner's apposition when the place follows them ("met with Sirajuddin Haqqani, the Taliban's interior
// minister, in Kabul", "met with his Iranian counterpart, Hossein Amir Abdollahian, in the Chinese capital Beijing").

import { APPOSITION_PLACE_LEADS, CITY_NOUNS, PLACE_CLAUSE_BOUNDARIES } from '../lexicon/meeting-words.ts';
import { startingIn } from '../mention-index.ts';
import type { EntityMention } from '../types.ts';

const PLACE_TAIL = new RegExp(`,|;|:|\\b(?:${PLACE_CLAUSE_BOUNDARIES.join('|')})\\b`, 'g');
/** A place preposition right after a comma: ", in Kabul", ", in the Chinese capital". */
const PLACE_AFTER_COMMA = new RegExp(`^, (?:${APPOSITION_PLACE_LEADS.join('|')}) `);
/** "in the Chinese capital, Beijing": a settlement noun before the comma, its city after. */
const CITY_BEFORE_COMMA = new RegExp(`\\b(?:${CITY_NOUNS.join('|')})$`);
/** An apposition between two commas: no clause punctuation, no more than this many characters. */
const APPOSITION = /^, ([^,;:.]{1,60}),/;
/** How far past the usual stretch the place may be read once an apposition is stepped over. */
export const APPOSITION_REACH = 130;

/** Whether a person's name ends right at offset `at`. */
function personEndsAt(mentions: readonly EntityMention[], at: number): boolean {
  return startingIn(mentions, Math.max(0, at - 80), at).some((m) => m.kind === 'person' && m.end === at);
}

/**
 * The end offset of the place reading from `from` to `end`: at the first clause boundary, stepping over a comma
 * after the partner ("Wang Yi, in the Chinese capital, Beijing") or around the partner's apposition, when "in/at"
 * follows; the stretch is then read up to `reach`.
 */
export function placeTail(
  text: string,
  mentions: readonly EntityMention[],
  from: number,
  end: number,
  reach: number,
): number {
  const stretch = text.slice(from, reach);
  PLACE_TAIL.lastIndex = 0;
  let stepped = false;
  for (let tail = PLACE_TAIL.exec(stretch); tail; tail = PLACE_TAIL.exec(stretch)) {
    const at = from + tail.index;
    if (tail[0] !== ',') return at;
    const rest = text.slice(at, reach);
    if (stepped && CITY_BEFORE_COMMA.test(text.slice(from, at))) continue;
    if (personEndsAt(mentions, at) && PLACE_AFTER_COMMA.test(rest)) {
      stepped = true;
      continue;
    }
    const apposition = APPOSITION.exec(rest);
    if (!apposition || !PLACE_AFTER_COMMA.test(rest.slice(apposition[0].length - 1))) return at;
    const closing = at + apposition[0].length - 1;
    if (!(personEndsAt(mentions, at) || personEndsAt(mentions, closing))) return at;
    stepped = true;
    PLACE_TAIL.lastIndex = closing - from + 1;
  }
  return stepped ? reach : end;
}
