// The verb a speech verb completes: "went on to say", "concluded (today) by stressing", "took the opportunity to
// stress". The subject stands before that verb, not before the speech verb; speakerFor reads it there. Knows words
// only, no entities.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import {
  MAX_PLATFORM_WORDS,
  OCCASION_SPEECH_INFINITIVES,
  OCCASION_TAKING_VERBS,
  SPEECH_CONTINUING_VERBS,
  SPEECH_OCCASION_NOUNS,
  SPEECH_PLATFORM_WORDS,
} from '../lexicon/speaker-words.ts';
import type { Word } from '../types.ts';

const CONTINUING: ReadonlySet<string> = new Set(SPEECH_CONTINUING_VERBS);
const TAKING: ReadonlySet<string> = new Set(OCCASION_TAKING_VERBS);
const OCCASIONS: ReadonlySet<string> = new Set(SPEECH_OCCASION_NOUNS);
const PLATFORMS: ReadonlySet<string> = new Set(SPEECH_PLATFORM_WORDS);
const OCCASION_INFINITIVES: ReadonlyMap<string, string> = new Map(
  Object.entries(OCCASION_SPEECH_INFINITIVES),
);

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
  if (OCCASION_INFINITIVES.has(lowerAt(words, k))) {
    const taking = occasionVerbBefore(words, k);
    if (taking !== -1) return taking;
  }
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

/**
 * The index of the verb that takes an occasion or a platform for the infinitive at `k`, or -1: "took" in "took the
 * opportunity to stress ...", "took to X to announce ...", "used his Telegram channel to say ...". The words between
 * are single-spaced: a comma or quote mark there ends the phrase.
 */
function occasionVerbBefore(words: readonly Word[], k: number): number {
  if (lowerAt(words, k - 1) !== 'to' || !spacedAt(words, k) || !spacedAt(words, k - 1)) return -1;
  // "took the occasion to", "seized the chance to".
  if (OCCASIONS.has(lowerAt(words, k - 2)))
    return lowerAt(words, k - 3) === 'the' &&
      TAKING.has(lowerAt(words, k - 4)) &&
      spacedAt(words, k - 2) &&
      spacedAt(words, k - 3)
      ? k - 4
      : -1;
  // "took to social media to", "used his official X account to": a platform word among a few words.
  let platform = false;
  for (let j = k - 2; j >= 0 && k - 2 - j <= MAX_PLATFORM_WORDS; j--) {
    if (!spacedAt(words, j + 1)) return -1;
    const lower = lowerAt(words, j);
    if (TAKING.has(lower)) return platform ? j : -1;
    if (lower === 'to' && TAKING.has(lowerAt(words, j - 1)) && spacedAt(words, j))
      return platform ? j - 1 : -1;
    platform ||= PLATFORMS.has(lower);
  }
  return -1;
}

/**
 * The finite form the speech rules read an infinitive at `k` as when a taken occasion or platform governs it
 * ("stressed" for "took the opportunity to stress"), or undefined: a bare infinitive reports nothing on its own.
 */
export function occasionSpeechForm(words: readonly Word[], k: number): string | undefined {
  const finite = OCCASION_INFINITIVES.get(lowerAt(words, k));
  return finite !== undefined && occasionVerbBefore(words, k) !== -1 ? finite : undefined;
}
