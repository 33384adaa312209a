// Every part-of-speech tag wink-nlp can ever give a word of its model's lexicon, read from the model's own tables (the
// word's default tag, and what either rule machine may set where the word stands), so that a rule whose answer no
// possible tag could change need not tag the sentence. A word the model does not know gets a guessed tag: "any".
// The same reading proves the closed-class list (test/unit/extract/closed-class-tags.test.ts).

import {
  FALLBACK_TAG,
  perModelTables,
  type MachineMatch,
  type ModelTablesReading,
} from './wink-model-tables.ts';

interface Rule {
  /** The event (tag or tag hint) the rule reads at the token it retags; undefined: any. */
  event: string | undefined;
  /** The tag it sets: a negative one is forced, a positive one only set where the word's tag cluster holds it. */
  target: number;
}

/** A machine's rules as read at the token they retag; null: a machine too deep to read, every word answers "any". */
function rulesOf(matches: readonly MachineMatch[] | null): Rule[] | null {
  return matches?.map(({ events, at, target }) => ({ event: events[at], target })) ?? null;
}

interface Reader {
  /** The tables read (their cache, transformer and tag names). */
  tables: ModelTablesReading;
  machines: Array<Rule[] | null>;
  known: Map<string, ReadonlySet<string> | null>;
}

/** The reader of the latest instance's tables, built again when a new instance has parsed them. */
const currentReader = perModelTables((tables): Reader => ({
  tables,
  machines: tables.machines.map(rulesOf),
  known: new Map(),
}));

function readTags(r: Reader, word: string): ReadonlySet<string> | null {
  const { cache, transformer, tagNames } = r.tables;
  const found = cache.lookup(word);
  // Not in the lexicon (wink guesses its tag) or a contraction (read as several tokens): any.
  if (found === null || found.length !== 1 || cache.isOOV(word) || !transformer) return null;
  const index = found[0] as number;
  const mapped = cache.mappedSpelling(index);
  // wink's pos-updater asks the cluster of the token's normal; its own and its mapped spelling's are added for safety.
  const clusters = [index, mapped, cache.normal(index)];
  const member = (pos: number): boolean => clusters.some((lexeme) => cache.isMemberPOS(lexeme, pos));
  // wink's default tag (tokens-mappers.js mapRawTokens2UIdOfDefaultPOS); only the machines' rules change it.
  const tags = new Set<number>([cache.posOf(mapped) || FALLBACK_TAG]);
  for (const rules of r.machines) {
    if (rules === null) return null;
    const events = new Set([...tags].map((pos) => String(transformer(pos, cache, [index], 0))));
    for (const rule of rules)
      if ((rule.event === undefined || events.has(rule.event)) && (rule.target < 0 || member(rule.target)))
        tags.add(Math.abs(rule.target));
  }
  const names = new Set<string>();
  for (const tag of tags) {
    const name = tagNames.get(tag);
    if (name === undefined) return null;
    names.add(name);
  }
  return names;
}

/**
 * Every tag wink-nlp can give `word` when its tokenizer reads it as one token of exactly that text, or null: any (a
 * word the model does not know, or before any instance has read its tables). Cached per word; only the model's own
 * words are kept, so the cache is bounded by its lexicon.
 */
export function modelTags(word: string): ReadonlySet<string> | null {
  const r = currentReader();
  if (r === null) return null;
  const cached = r.known.get(word);
  if (cached !== undefined) return cached;
  const tags = readTags(r, word);
  if (tags !== null) r.known.set(word, tags);
  return tags;
}
