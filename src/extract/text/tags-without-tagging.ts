// Answers "could wink tag this word with one of these tags?" without tagging its sentence, for the closed-class
// words whose every possible tag the model fixes (lexicon/closed-class-tags.ts); any other word needs the tagger.

import { CLOSED_CLASS_TAGS } from '../lexicon/closed-class-tags.ts';
import type { Sentence, Word } from '../types.ts';

const TAGS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(CLOSED_CLASS_TAGS));

/**
 * True when wink-nlp can tag `word` with none of `tags` in `sentence`: a listed word, exactly as listed (lower case),
 * standing alone between spaces or the sentence's ends, so that wink's tokenizer makes it one token of that very
 * lexeme (a word touching punctuation, "their,", is left to the tagger). False means only "ask the tagger".
 */
export function cannotBeTagged(
  text: string,
  sentence: Sentence,
  word: Word,
  tags: ReadonlySet<string>,
): boolean {
  const possible = TAGS.get(word.text);
  return (
    possible !== undefined &&
    (word.start === sentence.start ||
      (word.start > sentence.start && text.charCodeAt(word.start - 1) === 32)) &&
    (word.end === sentence.end || (word.end < sentence.end && text.charCodeAt(word.end) === 32)) &&
    !possible.some((tag) => tags.has(tag))
  );
}
