// Answers "could wink tag this word with one of these tags?" and "must it?" without tagging its sentence, for the
// words whose every possible tag the model fixes (lexicon/closed-class-tags.ts); any other word needs the tagger.

import { CLOSED_CLASS_TAGS, FIXED_OPEN_CLASS_TAGS } from '../lexicon/closed-class-tags.ts';
import type { Sentence, Word } from '../types.ts';
import { modelTags } from './model-tags.ts';

const TAGS: ReadonlyMap<string, readonly string[]> = new Map([
  ...Object.entries(CLOSED_CLASS_TAGS),
  ...Object.entries(FIXED_OPEN_CLASS_TAGS),
]);

/**
 * Every tag wink-nlp can give `word` in `sentence`, when it is a listed word, exactly as listed (lower case),
 * standing alone between spaces or the sentence's ends, so that wink's tokenizer makes it one token of that very
 * lexeme (a word touching punctuation, "their,", is left to the tagger); else undefined: ask the tagger.
 */
function possibleTags(text: string, sentence: Sentence, word: Word): readonly string[] | undefined {
  const possible = TAGS.get(word.text);
  return possible !== undefined && standsAlone(text, sentence, word) ? possible : undefined;
}

/** Whether `word` stands between spaces or its sentence's ends. */
function standsAlone(text: string, sentence: Sentence, word: Word): boolean {
  return (
    (word.start === sentence.start ||
      (word.start > sentence.start && text.charCodeAt(word.start - 1) === 32)) &&
    (word.end === sentence.end || (word.end < sentence.end && text.charCodeAt(word.end) === 32))
  );
}

/** Letters only: wink's tokenizer reads such a word, standing alone, as one token of that very text. */
const LETTERS = /^[A-Za-z]+$/;

/**
 * True when wink-nlp's model can tag `word` with none of `tags` in `sentence`, for any word of its lexicon ("cooperation"
 * is never a verb nor a preposition), letters only and standing alone; an unknown word may take any tag. False means
 * only "ask the tagger".
 */
export function neverTagged(
  text: string,
  sentence: Sentence,
  word: Word,
  tags: ReadonlySet<string>,
): boolean {
  if (cannotBeTagged(text, sentence, word, tags)) return true;
  if (!LETTERS.test(word.text) || !standsAlone(text, sentence, word)) return false;
  const possible = modelTags(word.text);
  if (possible === null) return false;
  for (const tag of possible) if (tags.has(tag)) return false;
  return true;
}

/** True when wink-nlp can tag `word` with none of `tags` in `sentence`. False means only "ask the tagger". */
export function cannotBeTagged(
  text: string,
  sentence: Sentence,
  word: Word,
  tags: ReadonlySet<string>,
): boolean {
  const possible = possibleTags(text, sentence, word);
  return possible !== undefined && !possible.some((tag) => tags.has(tag));
}

/**
 * True when wink-nlp can tag `word` with nothing but one of `tags` in `sentence` ("likely" is an adjective or an
 * adverb wherever it stands). False means only "ask the tagger".
 */
export function mustBeTagged(
  text: string,
  sentence: Sentence,
  word: Word,
  tags: ReadonlySet<string>,
): boolean {
  const possible = possibleTags(text, sentence, word);
  return possible !== undefined && possible.every((tag) => tags.has(tag));
}
