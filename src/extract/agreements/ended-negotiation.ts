// "After two weeks of intensive negotiations, the sides reached a deal": talks told as behind the deal tell no
// negotiation still going on. Read only where a negotiation cue stands, over the few words before it.
import { ENDED_NEGOTIATION_OPENERS } from '../lexicon/event-words.ts';

/** The opener and up to four words ("after months of intensive") right before the cue. */
const ENDED_BEFORE = new RegExp(
  `\\b(?:${ENDED_NEGOTIATION_OPENERS.join('|')})\\s+(?:[\\w-]+\\s+){0,4}$`,
  'i',
);
/** How far before the cue the opener may start. */
const REACH = 50;

/** Whether the negotiation cue at `index` of `body` tells talks already behind. */
export function isEndedNegotiation(body: string, index: number): boolean {
  return ENDED_BEFORE.test(body.slice(Math.max(0, index - REACH), index));
}
