// Quoted words a narrator lifts into their own sentence ("has been “automatically” extended, the spokesman said",
// "must hand over “exhaustive and detailed” records, he said"): the clause is the reporter's telling of what was
// said, attributed only after it or around it, and the marks lend it a word or two of the speaker's, not a
// sentence of their own. The statement is the reported clause; the fragment is no quote of it. A phrase lifted into a
// sentence that no one speaks at all is no one's: the running speaker does not take it.

import { articleWordFacts } from '../events/event-modality.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState, Range, Resources, Sentence, Word } from '../types.ts';
import { SUBJECT_CASE_PRONOUNS } from '../lexicon/speaker-words.ts';
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

/** At most this many words in a narrator's quoted phrase; a longer run of quoted words is a remark of its own. */
const MAX_ASIDE_WORDS = 6;

/** wink's tags that make quoted words a clause someone said, not a phrase a narrator lifts ("we will sign"). */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_CASE_PRONOUNS);

/**
 * Whether `quote` is a phrase the narrator lifts into a sentence that nobody speaks: 'Nepal wants the treaty to
 * reflect "changes and new realities"', 'An "unconditional and comprehensive" ceasefire topped the package'. The
 * quote opens after words of its sentence, holds a few words and no verb, and no speech verb or subject pronoun
 * stands before it in the sentence ("He called the pact a “historic step”" is his). Such words belong to no one the
 * sentence names, so the running speaker does not take them.
 */
export function isNarratorAside(
  state: ExtractState,
  resources: Resources,
  quote: Quote,
  sentence: Sentence,
): boolean {
  const { words, text } = state;
  if (quote.start <= sentence.start || /[.!?]$/.test(quote.content)) return false;
  const first = wordIndexAt(words, quote.start);
  const firstWord = words[first];
  if (!firstWord || firstWord.start >= quote.end || firstWord.sentence !== sentence.index) return false;
  let last = first;
  while (last + 1 < words.length && (words[last + 1]?.start ?? Infinity) < quote.end) last++;
  if (last - first + 1 > MAX_ASIDE_WORDS) return false;
  const { speechVerbs } = resources.lexicon;
  for (let i = first - 1; i >= 0; i--) {
    const word = words[i] as Word;
    if (word.sentence !== sentence.index) break;
    if (speechVerbs.has(word.lower) || SPEAKING_PRONOUNS.has(word.lower)) return false;
  }
  const facts = articleWordFacts(state, resources);
  const sentenceText = text.slice(sentence.start, sentence.end);
  for (let i = first; i <= last; i++) {
    const word = words[i] as Word;
    const pos = facts(sentenceText, word.start - sentence.start)?.pos;
    if (pos === undefined || CLAUSE_TAGS.has(pos)) return false;
  }
  return true;
}
