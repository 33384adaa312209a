// Finds the well-known agreements an article names, by longest match of their names and aliases over the words
// ("the New START treaty", "JCPOA", "the Iran nuclear deal"); acronyms only as written, in capitals.

import { partiesKey, type AgreementIndex, type AgreementPhrase } from '../lexicon/build-agreement-index.ts';
import type { KnownAgreement } from '../lexicon/known-agreements.ts';
import type { Word } from '../types.ts';
import { slug } from '../../domain/ids.ts';
import { AGREEMENT_WORDS } from '../lexicon/event-words.ts';
import { articleCues, KNOWN_NAME_CUE } from './article-cues.ts';

export interface KnownMatch {
  agreement: KnownAgreement;
  /** First and last word of the match. */
  first: number;
  last: number;
  /** A title the article writes in lower case only ("the strategic arms reduction treaty"): see describesAnother. */
  inLowerCase: boolean;
}

const JOINING_GAPS = new Set([' ', '-', '–', '.-', '.–']);

/** Words joined into one name: a space, a hyphen, or an abbreviation's dot ("U.S.-Japan"). */
function joined(previous: Word, next: Word): boolean {
  return JOINING_GAPS.has(next.gap) || (next.gap === '. ' && previous.text.length <= 3);
}

/** The phrase a run of words spells and whether a longer one goes on from it. */
interface PhraseNode {
  phrase: AgreementPhrase | undefined;
  /** A proper prefix of a longer phrase: the scan reads the next word. */
  prefix: boolean;
  next: Map<string, PhraseNode>;
}

/**
 * The index's phrases and their prefixes as a tree of words, one tree per index: a scan steps a word at a time
 * instead of building and hashing ever longer keys (39 words a bench article start a known name; 0.07 finish one).
 */
const TREES = new WeakMap<AgreementIndex, ReadonlyMap<string, PhraseNode>>();
function treeOf(index: AgreementIndex): ReadonlyMap<string, PhraseNode> {
  const cached = TREES.get(index);
  if (cached) return cached;
  const tree = new Map<string, PhraseNode>();
  for (const key of [...index.prefixes, ...index.phrases.keys()]) {
    let level = tree;
    let node: PhraseNode | undefined;
    for (const word of key.split(' ')) {
      node = level.get(word);
      if (!node) level.set(word, (node = { phrase: undefined, prefix: false, next: new Map() }));
      level = node.next;
    }
    if (!node) continue;
    node.phrase = index.phrases.get(key);
    node.prefix = index.prefixes.has(key);
  }
  TREES.set(index, tree);
  return tree;
}

/** Whether a word from `first` to `last` is written with a capital. */
function anyCapital(words: readonly Word[], first: number, last: number): boolean {
  for (let at = first; at <= last; at++) if (words[at]?.cap) return true;
  return false;
}

function longestAt(
  words: readonly Word[],
  i: number,
  index: AgreementIndex,
  tree: ReadonlyMap<string, PhraseNode>,
): KnownMatch | null {
  let node = tree.get(words[i]?.lower ?? '');
  if (!node) return null;
  const path: PhraseNode[] = [node];
  for (let j = i + 1; j < words.length && j - i < index.maxWords && node.prefix; j++) {
    const previous = words[j - 1] as Word;
    const next = words[j] as Word;
    if (!joined(previous, next) || next.sentence !== previous.sentence) break;
    node = node.next.get(next.lower);
    if (!node) break;
    path.push(node);
  }
  for (let n = path.length; n >= 1; n--) {
    const phrase = path[n - 1]?.phrase;
    if (!phrase) continue;
    let exact = true;
    for (const [at, text] of phrase.exact) if (words[i + at]?.text !== text) exact = false;
    if (!exact) continue;
    const last = i + n - 1;
    return {
      agreement: phrase.agreement,
      first: i,
      last,
      inLowerCase: phrase.titled && !anyCapital(words, i, last),
    };
  }
  return null;
}

/** Every known agreement named in the words, left to right, without overlaps. */
export function findKnownAgreements(words: readonly Word[], index: AgreementIndex): KnownMatch[] {
  const out: KnownMatch[] = [];
  // Most words start no known name (about 39 of 500 a bench article do): their cue bits skip them.
  const tree = treeOf(index);
  const cues = articleCues(words, index);
  for (let i = 0; i < words.length; i++) {
    if (!((cues.at[i] ?? 0) & KNOWN_NAME_CUE)) continue;
    const match = longestAt(words, i, index, tree);
    if (!match) continue;
    out.push(match);
    i = match.last;
  }
  return out;
}

/**
 * Whether a known title the article writes in lower case describes another known agreement of the same parties that
 * it names in capitals: "the strategic arms reduction treaty" beside START II is START II, not START I; "a
 * comprehensive peace agreement" beside the Doha Document for Peace in Darfur is that document, not Sudan's 2005 deal.
 */
export function describesAnother(match: KnownMatch, all: readonly KnownMatch[]): boolean {
  const { parties } = match.agreement;
  if (!match.inLowerCase || parties.length === 0) return false;
  const sides = partiesKey(parties);
  return all.some(
    (other) =>
      !other.inLowerCase &&
      other.agreement !== match.agreement &&
      partiesKey(other.agreement.parties) === sides,
  );
}

/** The words of a known agreement's name and aliases, made once per agreement. */
const NAME_WORDS = new WeakMap<KnownAgreement, ReadonlySet<string>>();
function nameWordsOf(agreement: KnownAgreement): ReadonlySet<string> {
  let words = NAME_WORDS.get(agreement);
  if (!words) {
    words = new Set([agreement.name, ...agreement.aliases].flatMap((n) => slug(n).split('-')));
    NAME_WORDS.set(agreement, words);
  }
  return words;
}

/**
 * "Peace and Friendship Treaty": a name whose own words (not kind words, not short function words) are all words of
 * another known agreement's names too, so that it alone does not tell which of them an article means.
 */
export function sharedKnownName(surface: string, agreement: KnownAgreement, index: AgreementIndex): boolean {
  const own = slug(surface)
    .split('-')
    .filter((w) => w.length > 3 && !Object.hasOwn(AGREEMENT_WORDS, w));
  if (own.length === 0) return false;
  return index.all.some((other) => other !== agreement && own.every((w) => nameWordsOf(other).has(w)));
}
