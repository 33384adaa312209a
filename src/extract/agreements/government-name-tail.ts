// A body named after the accord it rests on ("the Government of National Accord", "the Government of National
// Unity"): the title after "Government of" is the body's, no agreement of the story.

import { GOVERNMENT_SIDE_NOUNS } from '../lexicon/agreement-mention-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState } from '../types.ts';
import type { RawAgreement } from './agreement-mentions.ts';

const GOVERNMENT: ReadonlySet<string> = new Set(GOVERNMENT_SIDE_NOUNS);

/**
 * Whether a named agreement is the tail of a government's own name: "the internationally recognised Government of
 * National Accord (GNA)". The government word is capitalized, as a name's head is; "a government of national accord"
 * in lower case is a plan and stays a mention.
 */
export function governmentNameTail(raw: RawAgreement, state: ExtractState): boolean {
  if (raw.name === null) return false;
  const { words } = state;
  // The mention may start at its kind word ("Accord"); the name stands before it.
  const nameAt = state.text.lastIndexOf(raw.name, raw.end);
  const first = wordIndexAt(words, nameAt >= 0 && nameAt < raw.start ? nameAt : raw.start);
  const of = words[first - 1];
  const head = words[first - 2];
  return (
    of?.lower === 'of' &&
    head !== undefined &&
    head.cap &&
    head.sentence === of.sentence &&
    GOVERNMENT.has(head.lower)
  );
}
