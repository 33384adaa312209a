// The verb a speech verb completes: "went on to say", "concluded (today) by stressing". The subject stands before
// that verb, not before the speech verb; speakerFor reads it there. Knows words only, no entities.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { SPEECH_CONTINUING_VERBS } from '../lexicon/speaker-words.ts';
import type { Word } from '../types.ts';

const CONTINUING: ReadonlySet<string> = new Set(SPEECH_CONTINUING_VERBS);

/**
 * The index of the verb the speech verb at `k` completes, or -1: "went" in "Kheyre went on to say that ...",
 * "concluded" in "He concluded today by stressing that ..." (a time word may stand before "by").
 */
export function leadVerbBefore(words: readonly Word[], k: number, lexicon: Lexicon): number {
  const at = (j: number): string => words[j]?.lower ?? '';
  const spaced = (j: number): boolean => words[j]?.gap === ' ';
  if (at(k - 1) === 'to' && at(k - 2) === 'on' && CONTINUING.has(at(k - 3)))
    return spaced(k) && spaced(k - 1) && spaced(k - 2) ? k - 3 : -1;
  if (at(k - 1) !== 'by' || !lexicon.participles.has(at(k)) || !spaced(k) || !spaced(k - 1)) return -1;
  const j = lexicon.roleVerbTimeWords.has(at(k - 2)) && spaced(k - 2) ? k - 3 : k - 2;
  return j >= 0 && spaced(j + 1) ? j : -1;
}

/**
 * The index of the speech verb that completes the verb at `j`, or -1: "say" after "went on to", "stressing" after
 * "concluded by". The other direction of leadVerbBefore, for a role standing before "went".
 */
export function speechAfterLeadVerb(words: readonly Word[], j: number, lexicon: Lexicon): number {
  const at = (i: number): string => words[i]?.lower ?? '';
  const spaced = (i: number): boolean => words[i]?.gap === ' ';
  if (!spaced(j + 1) || !spaced(j + 2)) return -1;
  if (CONTINUING.has(at(j)) && at(j + 1) === 'on' && at(j + 2) === 'to' && spaced(j + 3))
    return lexicon.speechVerbs.has(at(j + 3)) ? j + 3 : -1;
  return at(j + 1) === 'by' && lexicon.participles.has(at(j + 2)) ? j + 2 : -1;
}
