// The pair a meeting word names right after it ("talks between Pakistan and Afghanistan were held in Doha"): its
// "and" joins the two sides, it ends no clause the place is read in.

import { PAIR_LEAD } from '../lexicon/meeting-words.ts';

/**
 * " between Pakistan and Afghanistan", " between the army and the RSF": the lead, a first side without clause
 * punctuation, "and", and a capitalized second side (maybe after "the").
 */
const BETWEEN_PAIR = new RegExp(
  `^ ${PAIR_LEAD} [^,;:.]{1,60}? and (?:the )?\\p{Lu}[\\p{L}’'.-]*(?: \\p{Lu}[\\p{L}’'.-]*)*`,
  'u',
);
/** How far after the meeting word the pair may run. */
const BETWEEN_PAIR_REACH = 100;

/** How many characters after a meeting word the pair of sides it names takes (0 when there is none). */
export function betweenPairSkip(text: string, wordEnd: number, sentenceEnd: number): number {
  const match = BETWEEN_PAIR.exec(text.slice(wordEnd, Math.min(sentenceEnd, wordEnd + BETWEEN_PAIR_REACH)));
  return match ? match[0].length : 0;
}
