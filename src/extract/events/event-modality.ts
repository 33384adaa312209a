// The modality of an act word: negated ("did not sign", "refused to condemn"), denied ("denied threatening"),
// hypothetical ("would sign if") or future ("will visit"), else asserted. wink-nlp marks the scope of not/never/n't;
// the lexicon's cue words, looked for just before the act within its clause, cover the rest.
import type { EventModality } from '../../domain/event-item.ts';
import {
  CLAUSE_BREAKERS,
  DENYING_BEFORE,
  FUTURE_BEFORE,
  HYPOTHETICAL_BEFORE,
  MODALITY_WINDOW,
  NEGATING_BEFORE,
  NEGATION_CUES,
} from '../lexicon/act-words.ts';
import type { Tokens } from 'wink-nlp';
import type { ExtractState, Resources, Sentence, Word } from '../types.ts';

const NEGATING = new Set(NEGATING_BEFORE);
const DENYING = new Set(DENYING_BEFORE);
const HYPOTHETICAL = new Set(HYPOTHETICAL_BEFORE);
const FUTURE = new Set(FUTURE_BEFORE);
/** not, never, no, and every "n't" (the word list keeps "didn't" one word). */
const NOT = /^(?:not|never|no)$|n['’]t$/;
const PUNCTUATION = /[,;:()“”"—–]|[.!?]\s/;
const CUES = new Set(NEGATION_CUES);

/**
 * Whether a word can open a negation or denial of an act after it, in wink's model or in modalityAt: a sentence
 * with none before an act cannot have it negated, so it need not be tagged to ask.
 */
export function negationCue(lower: string): boolean {
  return CUES.has(lower) || NEGATING.has(lower) || DENYING.has(lower) || NOT.test(lower);
}

/**
 * Whether a word of the sentence before words[k] could open a negation or denial of it. Most act words have none, and
 * then wink's negation flag is false for them without tagging their sentence.
 */
export function negationCueBefore(words: readonly Word[], k: number): boolean {
  const sentence = words[k]?.sentence;
  for (let j = k - 1; j >= 0 && words[j]?.sentence === sentence; j--) {
    if (negationCue(words[j]?.lower ?? '')) return true;
  }
  return false;
}

/** What wink-nlp says of the act word in its sentence: its part of speech and whether a negation scopes it. */
export interface WordFacts {
  pos: string;
  negated: boolean;
}

/** Answers the facts of the token that starts at `offset` in `sentence`. */
export type WordFactsOf = (sentence: string, offset: number) => WordFacts | null;

/** One tagged sentence: its tokens, the offsets they start at (ascending), each one's token index, facts read. */
interface SentenceFacts {
  tokens: Tokens;
  starts: number[];
  indexes: number[];
  facts: (WordFacts | undefined)[];
}

/**
 * Reads each sentence with wink-nlp once per article (several act words often share one) and answers the facts
 * of the token that starts at an offset in it.
 */
export function createWordFacts(resources: Resources): WordFactsOf {
  // wink's `its` helpers are the same for every instance; the tagger itself is built at its first use.
  const its = resources.nlp.its;
  // Per sentence: the tagged tokens, the offsets they start at (ascending) and each one's token index; facts read
  // on demand. Two arrays pushed to and searched, not a map grown token by token for the few offsets asked.
  // Each token's facts are kept once read: the stages ask again about the same words (a meeting verb, its adverbs).
  const read = new Map<string, SentenceFacts>();
  // The sentence asked last and its entry: callers ask about word after word of one sentence, mostly passing the
  // same string, which === matches by identity at once where the map would hash and compare its text again.
  let lastSentence: string | null = null;
  let lastEntry: SentenceFacts | undefined;
  return (sentence, offset) => {
    let entry = sentence === lastSentence ? lastEntry : read.get(sentence);
    if (!entry) {
      const tokens = resources.tagger.readDoc(sentence).tokens();
      const values = tokens.out(its.value) as string[];
      const starts: number[] = [];
      const indexes: number[] = [];
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i] ?? '';
        const index = sentence.indexOf(value, cursor);
        if (index < 0) continue;
        cursor = index + value.length;
        starts.push(index);
        indexes.push(i);
      }
      entry = { tokens, starts, indexes, facts: [] };
      read.set(sentence, entry);
    }
    lastSentence = sentence;
    lastEntry = entry;
    // The last token starting at the offset (an empty one shares its start with the next).
    const { starts, indexes } = entry;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    const i = starts[lo - 1] === offset ? indexes[lo - 1] : undefined;
    if (i === undefined) return null;
    let facts = entry.facts[i];
    if (!facts) {
      const token = entry.tokens.itemAt(i);
      facts = { pos: token.out(its.pos), negated: Boolean(token.out(its.negationFlag)) };
      entry.facts[i] = facts;
    }
    return facts;
  };
}

/** One reader per article, keyed by its sentence list, which every stage of one extraction shares. */
const perArticle = new WeakMap<readonly Sentence[], WordFactsOf>();

/**
 * The article's word facts: agreements, meetings and events ask about the same sentences, and tagging a sentence
 * with wink-nlp costs more than all three stages' rules on it, so each sentence is tagged once per article.
 */
export function articleWordFacts(state: ExtractState, resources: Resources): WordFactsOf {
  let facts = perArticle.get(state.sentences);
  if (!facts) {
    facts = createWordFacts(resources);
    perArticle.set(state.sentences, facts);
  }
  return facts;
}

/** wink's part-of-speech tag of the article's word i ('' when its sentence is unknown), tagging its sentence once. */
export function articlePosAt(state: ExtractState, resources: Resources): (i: number) => string {
  const facts = articleWordFacts(state, resources);
  // The text of the sentence asked last, sliced once for the words of one sentence asked in a row: the same string
  // each time lets the facts reader match it by identity.
  let lastIndex = -1;
  let lastText = '';
  return (i) => {
    const word = state.words[i];
    const sentence = word ? state.sentences[word.sentence] : undefined;
    if (!word || !sentence) return '';
    if (word.sentence !== lastIndex) {
      lastIndex = word.sentence;
      lastText = state.text.slice(sentence.start, sentence.end);
    }
    return facts(lastText, word.start - sentence.start)?.pos ?? '';
  };
}

/** The modality of words[i] from the words before it in its sentence (wink's negation flag passed in). */
export function modalityAt(words: readonly Word[], i: number, winkNegated: boolean): EventModality {
  const act = words[i];
  if (!act) return 'asserted';
  let denied = false;
  let negated = winkNegated;
  let hypothetical = false;
  let future = false;
  for (let k = i - 1, seen = 0; k >= 0 && seen < MODALITY_WINDOW; k--, seen++) {
    const word = words[k];
    const after = words[k + 1];
    if (!word || word.sentence !== act.sentence) break;
    if (after && PUNCTUATION.test(after.gap)) break;
    if (CLAUSE_BREAKERS.has(word.lower)) break;
    if (DENYING.has(word.lower)) denied = true;
    else if (NEGATING.has(word.lower) || NOT.test(word.lower)) negated = true;
    else if (HYPOTHETICAL.has(word.lower)) hypothetical = true;
    else if (FUTURE.has(word.lower)) future = true;
  }
  if (denied) return 'denied';
  if (negated) return 'negated';
  if (hypothetical) return 'hypothetical';
  if (future) return 'future';
  return 'asserted';
}
