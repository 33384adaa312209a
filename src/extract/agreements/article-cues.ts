// Which words of an article belong to the word classes several agreement rules look for anywhere in it (kind words,
// the first words of well-known agreements' names, naming verbs, "signed as a witness", "warring parties", armies):
// read in one pass over the words and kept per article, so each rule skips the words (and the articles) that hold
// none of its class instead of reading them all.

import { AGREEMENT_WORDS } from '../lexicon/event-words.ts';
import {
  ARMY_SIDE_NOUNS,
  DENYING_MADE_VERBS,
  GOVERNMENT_SIDE_NOUNS,
  NAMING_VERBS,
  WITNESS_SIGNING_VERBS,
} from '../lexicon/agreement-mention-words.ts';
import { WARRING_SIDE_MODIFIERS } from '../lexicon/agreement-reference-words.ts';
import type { AgreementIndex } from '../lexicon/build-agreement-index.ts';
import type { Word } from '../types.ts';

/** A word class's bit. */
export const KIND_CUE = 1;
export const DENYING_CUE = 2;
/** The first word of a naming verb ("dubbed", "known as"). */
export const NAMING_CUE = 4;
export const WITNESS_SIGNING_CUE = 8;
export const WARRING_MODIFIER_CUE = 16;
export const ARMY_CUE = 32;
export const GOVERNMENT_CUE = 64;
/** A word a well-known agreement's name or alias starts with, in the index the article was read with. */
export const KNOWN_NAME_CUE = 128;

const CLASSES = new Map<string, number>();
const addClass = (words: Iterable<string>, bit: number): void => {
  for (const word of words) CLASSES.set(word, (CLASSES.get(word) ?? 0) | bit);
};
addClass(Object.keys(AGREEMENT_WORDS), KIND_CUE);
addClass(DENYING_MADE_VERBS, DENYING_CUE);
addClass(
  NAMING_VERBS.map((verb) => verb.split(' ')[0] ?? verb),
  NAMING_CUE,
);
addClass(WITNESS_SIGNING_VERBS, WITNESS_SIGNING_CUE);
addClass(WARRING_SIDE_MODIFIERS, WARRING_MODIFIER_CUE);
addClass(ARMY_SIDE_NOUNS, ARMY_CUE);
addClass(GOVERNMENT_SIDE_NOUNS, GOVERNMENT_CUE);

/** The classes with the first words of an index's names: a name's one-word prefixes and its one-word names. */
const WITH_NAMES = new WeakMap<AgreementIndex, ReadonlyMap<string, number>>();
function classesWith(index: AgreementIndex): ReadonlyMap<string, number> {
  const cached = WITH_NAMES.get(index);
  if (cached) return cached;
  const classes = new Map(CLASSES);
  for (const key of [...index.prefixes, ...index.phrases.keys()])
    if (!key.includes(' ')) classes.set(key, (classes.get(key) ?? 0) | KNOWN_NAME_CUE);
  WITH_NAMES.set(index, classes);
  return classes;
}

export interface ArticleCues {
  /** Each word's classes, as bits. */
  at: Uint8Array;
  /** The classes any word has. */
  any: number;
  /** The index whose names' first words are marked, if any. */
  index: AgreementIndex | null;
}

const CUES = new WeakMap<readonly Word[], ArticleCues>();

/**
 * The article's cue classes, word by word, read once; with `index`, the first words of its known names too (read
 * again only if the article was read with another index).
 */
export function articleCues(words: readonly Word[], index?: AgreementIndex): ArticleCues {
  const cached = CUES.get(words);
  if (cached && (index === undefined || cached.index === index)) return cached;
  const classes = index ? classesWith(index) : CLASSES;
  const at = new Uint8Array(words.length);
  let any = 0;
  for (let i = 0; i < words.length; i++) {
    const bits = classes.get((words[i] as Word).lower);
    if (bits === undefined) continue;
    at[i] = bits;
    any |= bits;
  }
  const cues = { at, any, index: index ?? null };
  CUES.set(words, cues);
  return cues;
}
