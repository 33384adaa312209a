// Which words can open one of wink-nlp's negations, read from its negation machine: wink flags as negated every token
// after a negation pattern ("unlikely to", "failed to", "not") up to the next pattern or the end of its sentence, so a
// word with no opener before it in its sentence is never flagged, and its sentence need not be tagged to ask.

import model from 'wink-eng-lite-web-model';
import type { Word } from '../types.ts';
import { OTHERWISE_EVENT, perModelTables, type WinkCache } from './wink-model-tables.ts';

/** The negation machine's pattern kind that flags what follows it (negation-setter.js: "2" only ends a scope). */
const NEGATES = '1';

interface Reader {
  cache: WinkCache;
  /** The normal forms (lower case) of the first tokens of every negating pattern. */
  openers: ReadonlySet<string>;
  /** Each word's answer, kept once read (a word is asked again for every act word after it); bounded below. */
  known: Map<string, boolean>;
}
/** How many words' answers are kept before they are dropped and read again. */
const KEEP = 50_000;

function openersOf(cache: WinkCache, json: string): Set<string> {
  const [, , fsm, terminal] = JSON.parse(json) as [
    number,
    number,
    Record<string, Record<string, number>>,
    Record<string, string>,
  ];
  const value = cache.value;
  const openers = new Set<string>();
  // Whether a pattern through `state` negates: a negating terminal reached from it, directly or by `otherwise`.
  const seen = new Map<number, boolean>();
  const negates = (state: number): boolean => {
    const known = seen.get(state);
    if (known !== undefined) return known;
    seen.set(state, false);
    const found =
      terminal[state] === NEGATES ||
      Object.values(fsm[state] ?? {}).some((next) => next !== 0 && negates(next));
    seen.set(state, found);
    return found;
  };
  for (const [event, next] of Object.entries(fsm[0] ?? {}))
    if (event !== OTHERWISE_EVENT && negates(next)) openers.add(value(Number(event)));
  return openers;
}

/** The reader of the latest instance's tables, built again when a new instance has parsed them. */
const currentReader = perModelTables(({ cache }): Reader => {
  const machines = (model.negation as () => { machines: string[] })().machines;
  const openers = new Set(machines.flatMap((json) => [...openersOf(cache, json)]));
  return { cache, openers, known: new Map() };
});

/** Runs of letters: wink reads each as one token or the tokens its lexicon lists for it ("cannot": can, not). */
const RUNS = /[A-Za-z]+/g;
/** "didn't": wink's token "n't" has the normal "not". */
const NOT_SUFFIX = /n['’]t(?![A-Za-z])/;

/** Whether wink could read a token of `word` as one that opens a negation. */
function opens(r: Reader, word: Word): boolean {
  let answer = r.known.get(word.text);
  if (answer === undefined) {
    answer = read(r, word);
    if (r.known.size >= KEEP) r.known.clear();
    r.known.set(word.text, answer);
  }
  return answer;
}

function read(r: Reader, word: Word): boolean {
  if (NOT_SUFFIX.test(word.lower)) return true;
  const value = r.cache.value;
  for (const run of word.text.match(RUNS) ?? []) {
    if (r.openers.has(run.toLowerCase())) return true;
    for (const index of r.cache.lookup(run) ?? [])
      if (r.openers.has(value(r.cache.normal(index)))) return true;
  }
  return false;
}

/**
 * True when wink-nlp could flag words[k] as negated: a word before it in its sentence could open one of its negation
 * patterns (or the model's tables are not read yet). False: wink's flag is false for it.
 */
export function winkMayNegate(words: readonly Word[], k: number): boolean {
  const r = currentReader();
  if (r === null) return true;
  const sentence = words[k]?.sentence;
  for (let j = k - 1; j >= 0 && words[j]?.sentence === sentence; j--)
    if (opens(r, words[j] as Word)) return true;
  return false;
}
