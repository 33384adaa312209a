// A wink-nlp instance that reads each article as a new instance would. wink adds every word its model lacks to the
// instance's own tables, and its tokenizer then splits at those words: once one article has written "H.E Dr. X", a
// later "H.E. Bola Tinubu" reads "H.E" "." and the sentence loses its subject. So what an article yielded depended on
// the articles the process had read before it. Here the tokenizer sees, past the model's own words, only those the
// current article has written; the others stay in the tables (their features are not computed again, which
// forgetting them outright cost ~5% of extraction time) but are hidden.

import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink feature table: values by index, and the index of each value (what the tokenizer looks words up in). */
interface FeatureTable {
  list: string[];
  hash: Record<string, number | undefined>;
}

/**
 * Words learned past the model's own before the instance is built again (~70 ms): a bound on what a long-running
 * worker keeps, reached only after a great many articles (each adds the words no article before it had).
 */
export const RENEW_AFTER_LEARNED = 200_000;

type Annotation = 'sbd' | 'negation' | 'pos';

/** The model tables the latest instance parsed (parsing them again costs ~65 ms): read by wink-model-tables.ts. */
let latestCore: unknown = null;
export function latestModelTables(): unknown {
  return latestCore;
}

/** wink types a model's parts as unknown (they are internal): this is the shape of `core()` that is read here. */
type CoreTables = () => { features: Record<string, FeatureTable> };

/**
 * The model's custom-entity part, read once: its loader JSON-encodes its own previous result on every call, so the
 * text doubles its escapes with each instance built and the twentieth build of a process throws "Invalid string length".
 */
let customEntityModel: unknown = null;
function metaCER(): unknown {
  customEntityModel ??= (model.metaCER as () => unknown)();
  return customEntityModel;
}

export interface ForgetfulWink {
  /** The instance to read the current article with; a new one after `forgetArticle` has renewed it. */
  readonly nlp: WinkMethods;
  /** Hides the words learned so far: the next article is read as by a new instance. */
  forgetArticle(): void;
}

/** The part of wink's word cache that is read and replaced here (cache.js: `lookup` answers the tokenizer). */
interface WordCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
}

type FeatureFunction = (text: string, category: number, cache: WordCache) => unknown;

export function createForgetfulWink(
  annotations: readonly Annotation[],
  renewAfterLearned = RENEW_AFTER_LEARNED,
): ForgetfulWink {
  let lexemes: FeatureTable = { list: [], hash: {} };
  let modelWords = 0;
  // The words this article has written: the only ones past the model's own the tokenizer may know, as in a new
  // instance. Words of earlier articles stay in the tables (their features are not computed again) but are hidden.
  // Kept as the number of the article that last wrote each learned word (by its index past the model's own), not
  // as a set of strings: no set to fill and empty per article, and the lookup reads an array, not a hash.
  let article = 1;
  let writtenIn: number[] = [];
  const write = (index: number | undefined): void => {
    if (index !== undefined && index >= modelWords) writtenIn[index - modelWords] = article;
  };
  // Per learned word (by its index past the model's own), the index of its lower case: looked up once, not again in
  // each later article that writes the word (it is added again there, hidden before).
  let lowerOf: number[] = [];
  /** Marks a word and its lower case written; both are in the tables by then (wink adds the two together). */
  const writeWord = (text: string, index: number | undefined): void => {
    write(index);
    const learned = index !== undefined && index >= modelWords ? index - modelWords : -1;
    let lowerIndex = learned < 0 ? undefined : lowerOf[learned];
    if (lowerIndex === undefined) {
      const lower = text.toLowerCase();
      lowerIndex = lower === text ? index : lexemes.hash[lower];
      if (learned >= 0 && lowerIndex !== undefined) lowerOf[learned] = lowerIndex;
    }
    if (lowerIndex !== index) write(lowerIndex);
  };
  const hidden = new WeakSet<WordCache>();
  const hideEarlierWords = (cache: WordCache): void => {
    if (hidden.has(cache)) return;
    hidden.add(cache);
    const { lookup, add } = cache;
    cache.lookup = (text) => {
      const found = lookup(text);
      if (found === null) return null;
      // A learned word's lookup answers its own index (only the model's words are contractions).
      const index = found[0] ?? 0;
      return index >= modelWords && writtenIn[index - modelWords] !== article ? null : found;
    };
    cache.add = (text, category) => {
      const index = add(text, category);
      writeWord(text, index);
      return index;
    };
  };
  const build = (): WinkMethods =>
    winkNLP(
      {
        ...model,
        // wink parses its tables afresh for each instance: keep this one's words to count what it learns.
        core() {
          const core = (model.core as CoreTables)();
          lexemes = core.features.lexeme as FeatureTable;
          modelWords = lexemes.list.length;
          writtenIn = [];
          lowerOf = [];
          latestCore = core;
          return core;
        },
        // The cache hands itself to the feature functions of each new word (and its lower case): the first one
        // replaces its lookup; each marks its word written before the part-of-speech feature looks up the lower case
        // (the cache's add marks it only once added).
        featureFn(config: unknown) {
          const features = (model.featureFn as (c: unknown) => Record<string, FeatureFunction>)(config);
          return Object.fromEntries(
            Object.entries(features).map(([name, feature]) => [
              name,
              (text: string, category: number, cache: WordCache) => {
                hideEarlierWords(cache);
                writeWord(text, lexemes.hash[text]);
                return feature(text, category, cache);
              },
            ]),
          );
        },
        metaCER,
      },
      [...annotations],
    );
  let nlp = build();
  return {
    get nlp(): WinkMethods {
      return nlp;
    },
    forgetArticle(): void {
      article++;
      if (lexemes.list.length - modelWords > renewAfterLearned) nlp = build();
    },
  };
}
