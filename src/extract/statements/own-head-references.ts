// "The AU urged all stakeholders to uphold the letter and spirit of the framework": a deal's form noun standing for
// the one agreement named before it whose own name has that noun.

import {
  AGREEMENT_BACK_REFERENCE_NOUNS,
  DEFINITE_DETERMINERS,
  NAME_FORM_ARTICLES,
  NAME_FORM_LINK_WORDS,
  OWN_HEAD_BACK_REFERENCES,
} from '../lexicon/agreement-reference-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { nameWords } from './agreement-name-words.ts';
import type { ExtractState, Range } from '../types.ts';

/** Capitalized title words a mention may leave out before it ("Comprehensive Border [Agreement]"). */
const TITLE_MAX_WORDS = 4;

const kindNouns: ReadonlySet<string> = new Set(Object.keys(AGREEMENT_BACK_REFERENCE_NOUNS));

/**
 * Whether the words before a mention lead its name in with `noun` ("Doha Framework for a [Comprehensive Peace
 * Agreement]"): the agreement stage named only the part after the link word, but the article's name has the noun.
 */
function ledInBy(state: ExtractState, mention: Range, noun: string): boolean {
  const { words } = state;
  const first = wordIndexAt(words, mention.start);
  const sentence = words[first]?.sentence;
  let k = first - 1;
  // "Framework for a Comprehensive Border [Agreement]": the title's own capitals the mention left out.
  while (k > first - 1 - TITLE_MAX_WORDS && words[k]?.cap && words[k]?.sentence === sentence) k--;
  if (NAME_FORM_ARTICLES.has(words[k]?.lower ?? '')) k--;
  const link = words[k];
  const head = words[k - 1];
  return (
    link !== undefined &&
    head !== undefined &&
    head.sentence === sentence &&
    NAME_FORM_LINK_WORDS.has(link.lower) &&
    head.cap &&
    head.lower === noun
  );
}

/**
 * Whether the word at `i` is a form noun right after a definite determiner and the head of its phrase: no complement
 * of its own after it ("the exchange of views", "the framework for cooperation"), no kind noun it modifies.
 */
export function ownHeadReferenceAt(state: ExtractState, i: number): boolean {
  const { words } = state;
  const word = words[i];
  if (!word || !OWN_HEAD_BACK_REFERENCES.has(word.lower)) return false;
  const before = words[i - 1];
  const next = words[i + 1];
  if (!before || before.sentence !== word.sentence || !DEFINITE_DETERMINERS.has(before.lower)) return false;
  if (next?.sentence !== word.sentence) return true;
  // 'the "framework" agreement': a modifier of the kind noun after it, not a head of its own.
  return !NAME_FORM_LINK_WORDS.has(next.lower) && !kindNouns.has(next.lower);
}

/**
 * The one agreement named before `at` whose name, aliases or lead-in words in the text have `noun`, if there is
 * exactly one: "the framework" in a story on one framework agreement, not in one that names two.
 */
export function ownHeadAgreement(state: ExtractState, noun: string, at: number): string | null {
  const byId = new Map(state.agreements.map((a) => [a.id, a]));
  const headed = new Set<string>();
  for (const mention of startingIn(state.agreementMentions, 0, at)) {
    const agreement = byId.get(mention.id);
    if (!agreement) continue;
    if (nameWords(agreement).has(noun) || ledInBy(state, mention, noun)) headed.add(agreement.id);
  }
  return headed.size === 1 ? ([...headed][0] ?? null) : null;
}
