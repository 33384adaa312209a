// An unnamed holder of a vague role introduced with "a"/"an" ("a senior official said"): a later "the official"
// goes back to them, not to someone named elsewhere. Read by person references and by role speakers.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import type { EntityMention, Word } from '../types.ts';

/** How many words an indefinite role phrase may hold between its article and its head ("a senior US official"). */
const MAX_INDEFINITE_WORDS = 4;

/**
 * Where the article last introduced an unnamed holder of a vague role ("a senior official said", "an Israeli
 * official told") before word `before`: the offset of that phrase's article, or -1. "The Israeli official" after
 * it goes back to that unnamed one (the nearest compatible mention, as in CoreNLP's sieve), not to a person of
 * that country named elsewhere.
 */
export function unnamedIntroduction(
  words: readonly Word[],
  head: string,
  before: number,
  lexicon: Lexicon,
): number {
  if (!lexicon.unnamedRoleHeads.has(head)) return -1;
  for (let k = before - 1; k >= 0; k--) {
    if ((words[k] as Word).lower !== head) continue;
    for (let j = k - 1; j >= 0 && k - j <= MAX_INDEFINITE_WORDS; j--) {
      if ((words[j + 1] as Word).gap !== ' ') break;
      const lower = (words[j] as Word).lower;
      if (lower === 'a' || lower === 'an') return (words[j] as Word).start;
    }
  }
  return -1;
}

/** Among candidate ids, the last one named in [from, to): after an unnamed one's introduction, only they compete. */
export function namedSince(
  ids: readonly string[],
  mentions: readonly EntityMention[],
  from: number,
  to: number,
): string | null {
  let found: string | null = null;
  for (const mention of mentions)
    if (mention.kind === 'person' && ids.includes(mention.id) && mention.start >= from && mention.start < to)
      found = mention.id;
  return found;
}
