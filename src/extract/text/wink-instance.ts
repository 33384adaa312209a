// A wink-nlp instance that forgets, after each article, the words it learned from it. wink adds every word its model
// lacks to the instance's own tables, and its tokenizer then splits at those words: once one article has written
// "H.E Dr. X", a later "H.E. Bola Tinubu" reads "H.E" "." and the sentence loses its subject. Without forgetting, what
// an article yields would depend on the articles the process read before it, and the tables would grow with every
// new word a long-running worker sees.

import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink feature table: values by index, and the index of each value (what the tokenizer looks words up in). */
interface FeatureTable {
  list: string[];
  hash: Record<string, number | undefined>;
}

/** The model tables wink grows while it reads: words, and the prefixes, suffixes and shapes of new words. */
const LEARNING_FEATURES = ['lexeme', 'prefix', 'suffix', 'shape'] as const;

/**
 * Entries the forgotten words may leave in the tables (~20-60 an article; the index forgets them, the value list
 * keeps them) before the instance is built again, ~70 ms: about every few thousand articles, well under 1% of the time.
 */
export const RENEW_AFTER_LEARNED = 200_000;

type Annotation = 'sbd' | 'negation' | 'pos';

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
  /** Forgets the words learned since the last call: the next article is read as by a new instance. */
  forgetArticle(): void;
}

export function createForgetfulWink(
  annotations: readonly Annotation[],
  renewAfterLearned = RENEW_AFTER_LEARNED,
): ForgetfulWink {
  let tables: FeatureTable[] = [];
  let sizes: number[] = [];
  let built = 0;
  const build = (): WinkMethods => {
    // wink parses its tables afresh for each instance in `core()`: keep this instance's to forget from them.
    const instance = winkNLP(
      {
        ...model,
        core() {
          const core = (model.core as CoreTables)();
          tables = LEARNING_FEATURES.map((name) => core.features[name] as FeatureTable);
          return core;
        },
        metaCER,
      },
      [...annotations],
    );
    sizes = tables.map((t) => t.list.length);
    built = tables.reduce((sum, t) => sum + t.list.length, 0);
    return instance;
  };
  let nlp = build();
  return {
    get nlp(): WinkMethods {
      return nlp;
    },
    forgetArticle(): void {
      let learned = -built;
      tables.forEach((table, t) => {
        const from = sizes[t] ?? table.list.length;
        for (let i = from; i < table.list.length; i++) delete table.hash[table.list[i] as string];
        sizes[t] = table.list.length;
        learned += table.list.length;
      });
      if (learned > renewAfterLearned) nlp = build();
    },
  };
}
