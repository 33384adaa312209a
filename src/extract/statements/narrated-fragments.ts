// Quoted words a narrator lifts into their own sentence ("has been “automatically” extended, the spokesman said",
// "must hand over “exhaustive and detailed” records, he said"): the clause is the reporter's telling of what was
// said, attributed only after it or around it, and the marks lend it a word or two of the speaker's, not a
// sentence of their own. The statement is the reported clause; the fragment is no quote of it.

import { articleWordFacts } from '../events/event-modality.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState, Range, Resources } from '../types.ts';
import type { Quote } from './find-quotes.ts';

/** At most this many words in a fragment; a longer run of quoted words is a remark even without a verb. */
const MAX_FRAGMENT_WORDS = 4;

/**
 * wink's tags of the words a lifted fragment is made of: modifiers that color the clause ("automatically",
 * "exhaustive and detailed"). A verb makes the quoted words a clause of their own; a noun makes them a phrase the
 * speaker coined ("a 'guiding star'", a "complete ceasefire"), which the quote keeps.
 */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'CCONJ', 'PUNCT']);

/**
 * Whether `quote`, opening inside the narrated `clause`, is a fragment of it: words of the clause stand before it,
 * it holds a few words, and all of them are modifiers (by wink's tags in its sentence).
 */
export function isNarratedFragment(
  state: ExtractState,
  resources: Resources,
  quote: Quote,
  clause: Range,
): boolean {
  const { words, text } = state;
  const first = wordIndexAt(words, quote.start);
  const firstWord = words[first];
  // The quote opens the clause: its words are what the clause says, not a word lifted into it.
  if (!firstWord || firstWord.start >= quote.end || first === 0) return false;
  const before = words[first - 1];
  if (!before || before.start < clause.start) return false;
  let last = first;
  while (last + 1 < words.length && (words[last + 1]?.start ?? Infinity) < quote.end) last++;
  if (last - first + 1 > MAX_FRAGMENT_WORDS) return false;
  const sentence = state.sentences[firstWord.sentence];
  if (!sentence) return false;
  const facts = articleWordFacts(state, resources);
  const sentenceText = text.slice(sentence.start, sentence.end);
  for (let i = first; i <= last; i++) {
    const word = words[i];
    if (!word || word.sentence !== firstWord.sentence) return false;
    const pos = facts(sentenceText, word.start - sentence.start)?.pos;
    if (pos === undefined || !MODIFIER_TAGS.has(pos)) return false;
  }
  return true;
}
