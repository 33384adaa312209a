// The verb a speech verb completes: "went on to say", "concluded (today) by stressing". The subject stands before
// that verb, not before the speech verb; speakerFor reads it there. Knows words only, no entities.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { SPEECH_CONTINUING_VERBS } from '../lexicon/speaker-words.ts';
import type { Word } from '../types.ts';

const CONTINUING: ReadonlySet<string> = new Set(SPEECH_CONTINUING_VERBS);

/** Word j's lower-case form, '' outside the text. (Module-level: no closure built per call on a hot path.) */
function lowerAt(words: readonly Word[], j: number): string {
  return words[j]?.lower ?? '';
}

/** Whether word j follows its word before after a single space. */
function spacedAt(words: readonly Word[], j: number): boolean {
  return words[j]?.gap === ' ';
}

/**
 * The index of the verb the speech verb at `k` completes, or -1: "went" in "Kheyre went on to say that ...",
 * "concluded" in "He concluded today by stressing that ..." (a time word may stand before "by").
 */
export function leadVerbBefore(words: readonly Word[], k: number, lexicon: Lexicon): number {
  if (
    lowerAt(words, k - 1) === 'to' &&
    lowerAt(words, k - 2) === 'on' &&
    CONTINUING.has(lowerAt(words, k - 3))
  )
    return spacedAt(words, k) && spacedAt(words, k - 1) && spacedAt(words, k - 2) ? k - 3 : -1;
  if (
    lowerAt(words, k - 1) !== 'by' ||
    !lexicon.participles.has(lowerAt(words, k)) ||
    !spacedAt(words, k) ||
    !spacedAt(words, k - 1)
  )
    return -1;
  const j = lexicon.roleVerbTimeWords.has(lowerAt(words, k - 2)) && spacedAt(words, k - 2) ? k - 3 : k - 2;
  return j >= 0 && spacedAt(words, j + 1) ? j : -1;
}

/**
 * The index of the speech verb that completes the verb at `j`, or -1: "say" after "went on to", "stressing" after
 * "concluded by". The other direction of leadVerbBefore, for a role standing before "went".
 */
export function speechAfterLeadVerb(words: readonly Word[], j: number, lexicon: Lexicon): number {
  if (!spacedAt(words, j + 1) || !spacedAt(words, j + 2)) return -1;
  if (
    CONTINUING.has(lowerAt(words, j)) &&
    lowerAt(words, j + 1) === 'on' &&
    lowerAt(words, j + 2) === 'to' &&
    spacedAt(words, j + 3)
  )
    return lexicon.speechVerbs.has(lowerAt(words, j + 3)) ? j + 3 : -1;
  return lowerAt(words, j + 1) === 'by' && lexicon.participles.has(lowerAt(words, j + 2)) ? j + 2 : -1;
}
