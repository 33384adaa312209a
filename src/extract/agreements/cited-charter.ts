// A charter the article only cites as the principles its sides abide by ("relations based on the UN Charter, the
// Charter of the OIC and international law"): a yardstick named in passing, no agreement of the story.

import { slug } from '../../domain/ids.ts';
import {
  CHARTER_ACT_WORDS,
  CHARTER_CITING_WORDS,
  CHARTER_NAME_WORDS,
} from '../lexicon/agreement-act-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState } from '../types.ts';
import type { RawAgreement } from './agreement-mentions.ts';

/** How many words before a charter the word that cites it may stand, across a list of other charters. */
const CITING_REACH = 12;

/**
 * Whether a charter's mention follows, in its sentence, a word that cites it ("based on", "consistent with the
 * Purposes and Principles of", "as outlined in") with no act on it between ("signed", "violated"). Read before
 * clustering: a cited charter takes in no agreement described before it.
 */
export function citedCharter(raw: RawAgreement, state: ExtractState): boolean {
  const name = raw.known?.name ?? raw.name ?? '';
  if (
    !slug(name)
      .split('-')
      .some((w) => CHARTER_NAME_WORDS.has(w))
  )
    return false;
  const { words } = state;
  const first = wordIndexAt(words, raw.start);
  const sentence = words[first]?.sentence;
  for (let i = first - 1; i >= 0 && first - i <= CITING_REACH && words[i]?.sentence === sentence; i--) {
    const lower = words[i]?.lower ?? '';
    if (CHARTER_ACT_WORDS.has(lower)) return false;
    if (CHARTER_CITING_WORDS.has(lower)) return true;
  }
  return false;
}
