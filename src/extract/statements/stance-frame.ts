// Whether a verb opens a stance frame of the lexicon ("drew attention to", "took exception to"): a stance stated
// by a verb and its fixed words, which the reported-speech and role-speaker rules treat as one stance verb.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import {
  MAX_STANCE_FRAME_GAP_WORDS,
  MAX_STANCE_OWNER_MODIFIERS,
  STANCE_OWNER_PRONOUNS,
  type StanceFrame,
} from '../lexicon/stance-frames.ts';
import type { Word } from '../types.ts';

/** Space, or the "'s " of a possessive, which tokenizing leaves in the gap ("the envoy's attention"). */
const PHRASE_GAP = /^(?: |['’]s )$/;

/** Whether the frame's fixed words start at word `at`, within one clause (no punctuation between). */
function wordsAt(words: readonly Word[], at: number, frame: StanceFrame): boolean {
  return frame.words.every((w, i) => {
    const word = words[at + i];
    return word !== undefined && word.lower === w && (i === 0 ? PHRASE_GAP.test(word.gap) : word.gap === ' ');
  });
}

/**
 * Whether the gap words [from, to) name an owner and at most a modifier or two after it: "its strong", "the Syrian
 * government's" (the "'s " stands in the gap of the word after the owner's head).
 */
function ownerGap(words: readonly Word[], from: number, to: number): boolean {
  let owner = STANCE_OWNER_PRONOUNS.has(words[from]?.lower ?? '') ? from : -1;
  for (let j = from + 1; j <= to && owner === -1; j++)
    if (/^['’]s $/.test(words[j]?.gap ?? '')) owner = j - 1;
  return owner !== -1 && to - owner - 1 <= MAX_STANCE_OWNER_MODIFIERS;
}

/** The index of the last word of the stance frame the verb at word k opens, or -1. */
export function stanceFrameEnd(words: readonly Word[], k: number, lexicon: Lexicon): number {
  const frames = lexicon.stanceFrames.get(words[k]?.lower ?? '');
  if (!frames) return -1;
  for (const frame of frames) {
    if (!frame.owned && wordsAt(words, k + 1, frame)) return k + frame.words.length;
    if (!frame.gap) continue;
    // "drew the envoy's attention to": a short noun phrase before the frame's words, within the clause.
    for (let j = k + 2; j <= k + 1 + MAX_STANCE_FRAME_GAP_WORDS; j++) {
      const word = words[j];
      if (!word || !PHRASE_GAP.test(word.gap)) break;
      if (wordsAt(words, j, frame) && (!frame.owned || ownerGap(words, k + 1, j)))
        return j + frame.words.length - 1;
    }
  }
  return -1;
}
