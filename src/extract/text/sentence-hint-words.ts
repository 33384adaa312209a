// The words of plain ASCII letters that wink's sentence-boundary machine can read past the first token of a pattern.
// From any state but its start, the machine (wink-eng-lite-web-model) moves only on a paragraph break, a punctuation
// hint ("." "!" "?" brackets, quotes), an abbreviation with a capital, "," or a dash, and the sentence hint a model
// word carries: about 170 capitalised words ("After", "According", "The") and "btw". Any other word of ASCII letters
// ends every pattern, so maskInsideSentences keeps no chunk after it. The words are read from the model, not listed.

import { modelCache, modelTables } from './wink-model-tables.ts';

/** The model's core tables read here (wink types them as unknown: they are internal). */
interface CoreTables {
  features: { lexeme: { list: string[] } };
  xpansions: ArrayLike<number>;
}

const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * The model's words of ASCII letters whose token carries a sentence hint as wink's SBD transformer maps it: the hint of
 * its normal (spelling mapped) or of the word itself, or of the first token of its expansion ("Cannot" -> "Can").
 * A word the model lacks takes its lower case as normal, so a caller checks the lower case too ("BTw" -> "btw").
 */
export function readSentenceHintWords(core: CoreTables): Set<string> {
  const cache = modelCache(core);
  const hinted = (index: number): boolean =>
    Boolean(cache.property(index, 'sbdHint')) || Boolean(cache.property(cache.normal(index), 'sbdHint'));
  const words = new Set<string>();
  const lexemes = core.features.lexeme.list;
  for (let index = 0; index < cache.intrinsicSize(); index++) {
    const word = lexemes[index] ?? '';
    if (!ASCII_LETTERS.test(word)) continue;
    const tokens = cache.lookup(word) ?? [index];
    // A contraction's first token: its lexeme, and its normal by the pointer into the expansions.
    const first = tokens.length > 1 ? [tokens[0] ?? index, core.xpansions[tokens[1] ?? 0] ?? index] : [];
    if (hinted(index) || first.some(hinted)) words.add(word);
  }
  return words;
}

let modelHintWords: Set<string> | null = null;

/** The model's sentence hint words, read once from the tables a wink instance parsed (or from the model itself). */
export function sentenceHintWords(): ReadonlySet<string> {
  modelHintWords ??= readSentenceHintWords(modelTables() as CoreTables);
  return modelHintWords;
}
