// Whether a verb opens a stance frame of the lexicon ("drew attention to", "took exception to"): a stance stated
// by a verb and its fixed words, which the reported-speech and role-speaker rules treat as one stance verb.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { MAX_STANCE_FRAME_GAP_WORDS, type StanceFrame } from '../lexicon/stance-frames.ts';
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

/** The index of the last word of the stance frame the verb at word k opens, or -1. */
export function stanceFrameEnd(words: readonly Word[], k: number, lexicon: Lexicon): number {
  const frames = lexicon.stanceFrames.get(words[k]?.lower ?? '');
  if (!frames) return -1;
  for (const frame of frames) {
    if (wordsAt(words, k + 1, frame)) return k + frame.words.length;
    if (!frame.gap) continue;
    // "drew the envoy's attention to": a short noun phrase before the frame's words, within the clause.
    for (let j = k + 2; j <= k + 1 + MAX_STANCE_FRAME_GAP_WORDS; j++) {
      const word = words[j];
      if (!word || !PHRASE_GAP.test(word.gap)) break;
      if (wordsAt(words, j, frame)) return j + frame.words.length - 1;
    }
  }
  return -1;
}
