// Whether a quote goes on from the same speaker's statement just before it ("“...,” he added"), so that the
// agreements those words were about are its own too; pure over the sentence and the two drafts.

import { ADDING_VERBS, ADDING_VERB_MAX_AT } from '../lexicon/agreement-reference-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState, StatementLike } from '../types.ts';

/**
 * Whether `draft` adds to `before`: the same speaker, in the sentence right after (or the same one), in a quote that
 * opens its sentence and an adding verb right after it ("“I appeal to both sides ...,” he added", "“...,” added
 * Qassemi"). Not "He added that Russia should be ready to ...", nor "said, adding that ...": a reported clause
 * brought in so as often makes a point of its own.
 */
export function addsTo(state: ExtractState, draft: StatementLike, before: StatementLike | null): boolean {
  if (!before || before.speaker !== draft.speaker || !draft.direct) return false;
  if (draft.sentence - before.lastSentence > 1 || draft.sentence < before.lastSentence) return false;
  const first = state.sentences[draft.sentence];
  const last = state.sentences[draft.lastSentence] ?? first;
  if (!first || !last || !/^[\s"“‘']*$/.test(state.text.slice(first.start, draft.content.start)))
    return false;
  const { words } = state;
  const after = wordIndexAt(words, draft.content.end);
  for (let k = 0; k < ADDING_VERB_MAX_AT; k++) {
    const word = words[after + k];
    if (!word || word.start >= last.end) break;
    if (ADDING_VERBS.has(word.lower)) return true;
  }
  return false;
}
