// Answers "can wink tag this word with one of these tags where it stands?" from the model's rule machines and the
// word's neighbours (tags-in-context.ts), without tagging its sentence: a sure "never" spares a stage its tagging.

import type { Sentence, Word } from '../types.ts';
import { tagsInContext } from './tags-in-context.ts';

/**
 * True when wink-nlp gives words[k] none of `tags` in `sentence` wherever its neighbours lead its rules ("said"
 * before "talks" is a verb, never an adjective). False means only "ask the tagger".
 */
export function neverTaggedHere(
  text: string,
  sentence: Sentence,
  words: readonly Word[],
  k: number,
  tags: ReadonlySet<string>,
): boolean {
  const possible = tagsInContext(text, sentence, words, k);
  if (possible === null) return false;
  for (const tag of possible) if (tags.has(tag)) return false;
  return true;
}
