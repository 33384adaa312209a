// "The two leaders agreed ... They reiterated ...": the plural subject opening the sentence before a "they", which
// the "they" goes on with. Finds where it stands; who it means is the plural-subject rules' to say.

import { COUNTRY_GROUP_HEADS, SIDE_SUBJECT_HEADS } from '../lexicon/speaker-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';
import type { Sentence, Word } from '../types.ts';

const SIDE_HEADS: ReadonlySet<string> = new Set(SIDE_SUBJECT_HEADS);
const COUNTRY_HEADS: ReadonlySet<string> = new Set(COUNTRY_GROUP_HEADS);

/** How many sentences back a chain of "they" may follow the plural subject it goes on with. */
export const MAX_THEY_HOPS = 3;
/** How many words a plural subject's phrase may take up to its head ("the two foreign ministers"). */
const MAX_SUBJECT_WORDS = 3;

/**
 * The verb right after the plural subject that opens the sentence before `sentence` ("The two leaders agreed ...",
 * "They reiterated ...", "Speaking in Rabat, the two sides stressed ..."), in the same paragraph or the one before.
 * Null when that sentence opens with no such subject.
 */
export function previousGroupVerb(
  ctx: StatementContext,
  sentence: Sentence,
): { verb: number; sentence: number } | null {
  const { words, sentences } = ctx.state;
  const { lexicon } = ctx.resources;
  const prior = sentences[sentence.index - 1];
  if (!prior || sentence.paragraph - prior.paragraph > 1) return null;
  let clause = -1;
  for (let j = wordIndexAt(words, prior.start); j < words.length; j++) {
    const head = words[j] as Word;
    if (head.start >= prior.end) return null;
    // The subject opens the sentence or the clause after an opening phrase ("Speaking in Rabat, the two sides").
    if (head.start === prior.start || /^, $/.test(head.gap)) clause = j;
    const plural =
      head.lower === 'they'
        ? clause === j
        : j - clause <= MAX_SUBJECT_WORDS &&
          (lexicon.groupSubjectHeads.has(head.lower) ||
            SIDE_HEADS.has(head.lower) ||
            COUNTRY_HEADS.has(head.lower));
    if (!plural) continue;
    const verb = lexicon.groupSubjectFillers.has(words[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    const word = words[verb];
    return word && !word.cap && word.sentence === prior.index ? { verb, sentence: prior.index } : null;
  }
  return null;
}
