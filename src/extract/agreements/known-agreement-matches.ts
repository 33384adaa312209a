// Finds the well-known agreements an article names, by longest match of their names and aliases over the words
// ("the New START treaty", "JCPOA", "the Iran nuclear deal"); acronyms only as written, in capitals.

import type { AgreementIndex } from '../lexicon/build-agreement-index.ts';
import type { KnownAgreement } from '../lexicon/known-agreements.ts';
import type { Word } from '../types.ts';

export interface KnownMatch {
  agreement: KnownAgreement;
  /** First and last word of the match. */
  first: number;
  last: number;
}

const JOINING_GAPS = new Set([' ', '-', '–', '.-', '.–']);

/** Words joined into one name: a space, a hyphen, or an abbreviation's dot ("U.S.-Japan"). */
function joined(previous: Word, next: Word): boolean {
  return JOINING_GAPS.has(next.gap) || (next.gap === '. ' && previous.text.length <= 3);
}

function longestAt(words: readonly Word[], i: number, index: AgreementIndex): KnownMatch | null {
  const keys: string[] = [];
  let key = words[i]?.lower ?? '';
  keys.push(key);
  for (let j = i + 1; j < words.length && j - i < index.maxWords && index.prefixes.has(key); j++) {
    const previous = words[j - 1] as Word;
    const next = words[j] as Word;
    if (!joined(previous, next) || next.sentence !== previous.sentence) break;
    key += ` ${next.lower}`;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const phrase = index.phrases.get(keys[n - 1] ?? '');
    if (!phrase) continue;
    let exact = true;
    for (const [at, text] of phrase.exact) if (words[i + at]?.text !== text) exact = false;
    if (exact) return { agreement: phrase.agreement, first: i, last: i + n - 1 };
  }
  return null;
}

/**
 * The words a known name can start with: its phrases' one-word prefixes and its one-word phrases, as one set per
 * index. A word holds no space, so the longer keys could never match it; left out, the set every word of an
 * article is looked up in is a seventh of the size (389 keys, not 2,858).
 */
const STARTS = new WeakMap<AgreementIndex, ReadonlySet<string>>();
function startsOf(index: AgreementIndex): ReadonlySet<string> {
  let starts = STARTS.get(index);
  if (!starts) {
    starts = new Set([...index.prefixes, ...index.phrases.keys()].filter((key) => !key.includes(' ')));
    STARTS.set(index, starts);
  }
  return starts;
}

/** Every known agreement named in the words, left to right, without overlaps. */
export function findKnownAgreements(words: readonly Word[], index: AgreementIndex): KnownMatch[] {
  const out: KnownMatch[] = [];
  // One look-up per word, not two: most words start no known name (about 39 of 500 a bench article do).
  const starts = startsOf(index);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || !starts.has(word.lower)) continue;
    const match = longestAt(words, i, index);
    if (!match) continue;
    out.push(match);
    i = match.last;
  }
  return out;
}
