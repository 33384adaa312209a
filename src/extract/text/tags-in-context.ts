// The tags wink-nlp can give a word where it stands, read from the model's own rule machines and the words around it,
// without tagging its sentence. wink gives each word its lexicon tag, then each of its two machines retags the first
// token of every pattern it matches (a short run of neighbouring tags or tag hints). A retag can only happen where
// some pattern fits the word and its neighbours' possible tags (model-tags.ts), so when none fits the word keeps its
// tag: "accused" between "has" and "Tehran" is a verb. Unsure (a neighbour touching punctuation, an unknown word)
// answers null: ask the tagger.

import type { Sentence, Word } from '../types.ts';
import { modelTags } from './model-tags.ts';
import {
  FALLBACK_TAG,
  perModelTables,
  type MachineMatch,
  type PosModel,
  type WinkCache,
} from './wink-model-tables.ts';

type Transformer = PosModel['transformers'][number];
/** A match a machine can make: the events of its tokens, the one it retags, the tag it sets (negative: forced). */
type Retag = MachineMatch;
/** wink's automaton end-of-sentence event (automaton.js eosTokenN). */
const END = '2070000';

/** A machine's matches, or null when one retags a token past its events (wink's `otherwise` fallback): unread. */
function retagsOf(matches: readonly MachineMatch[] | null): readonly Retag[] | null {
  return matches === null || matches.some(({ events, at }) => at >= events.length) ? null : matches;
}

function byRetagged(retags: readonly Retag[]): Map<string, Retag[]> {
  const by = new Map<string, Retag[]>();
  for (const retag of retags) {
    const event = retag.events[retag.at] as string;
    by.set(event, [...(by.get(event) ?? []), retag]);
  }
  return by;
}

interface Reader {
  cache: WinkCache;
  transformer: Transformer;
  /** Per machine, its retags by the event they read at the token they retag. */
  machines: Map<string, Retag[]>[];
  tagIds: Map<string, number>;
  tagNames: Map<number, string>;
  /** The most tokens a match spans beyond the one it retags. */
  reach: number;
  /** Per known word: its lexeme and the events it can show the machines (tag hint, or its possible tags). */
  tokens: Map<string, { index: number; events: ReadonlySet<string> } | null>;
}

/** The reader of the latest instance's tables (null when a machine is unread), built again for new tables. */
const currentReader = perModelTables(
  ({ cache, transformer, machines: matches, tagIds, tagNames }): Reader | null => {
    const machines = matches.map(retagsOf);
    if (!transformer || machines.some((m) => m === null)) return null;
    return {
      cache,
      transformer,
      machines: (machines as Retag[][]).map(byRetagged),
      reach: Math.max(...(machines as Retag[][]).flat().map((retag) => retag.events.length)) - 1,
      tagIds,
      tagNames,
      tokens: new Map(),
    };
  },
);

/** Letters only: wink's tokenizer reads such a word, standing alone, as one token of that very text. */
const LETTERS = /^[A-Za-z]+$/;

/** The lexeme of a known word read as one token, and the events it can show the machines; null: unsure. */
function tokenOf(r: Reader, word: string): { index: number; events: ReadonlySet<string> } | null {
  const cached = r.tokens.get(word);
  if (cached !== undefined) return cached;
  const found = r.cache.lookup(word);
  const tags = modelTags(word);
  let token: { index: number; events: ReadonlySet<string> } | null = null;
  if (found !== null && found.length === 1 && tags !== null) {
    const index = found[0] as number;
    const events = new Set<string>();
    for (const name of tags) {
      const id = r.tagIds.get(name);
      if (id === undefined) return null;
      events.add(String(r.transformer(id, r.cache, [index], 0)));
    }
    token = { index, events };
    // Only the model's own words (modelTags answers null for any other): bounded by its lexicon.
    r.tokens.set(word, token);
  }
  return token;
}

/** What may stand at a token offset from the word: nothing, anything, or one of these events. */
type Slot = 'none' | 'any' | ReadonlySet<string>;
const END_SLOT: ReadonlySet<string> = new Set([END]);

/**
 * The slots on one side of words[k] (step -1 or 1), as far as `reach`: each neighbour that is a known word standing
 * between single spaces gives its events; the sentence's edge gives the end event (after) or nothing (before); the
 * first neighbour of any other kind, and all beyond it, may be anything.
 */
function slots(
  r: Reader,
  text: string,
  sentence: Sentence,
  words: readonly Word[],
  k: number,
  step: 1 | -1,
  reach: number,
): Slot[] {
  const out: Slot[] = [];
  let word = words[k] as Word;
  for (let d = 1; d <= reach; d++) {
    if (step < 0 ? word.start === sentence.start : word.end === sentence.end) {
      // Past the text's last token wink reads the end event, then nothing; before its first, nothing.
      for (let rest = d; rest <= reach; rest++) out.push(step > 0 && rest === d ? END_SLOT : 'none');
      return out;
    }
    const next = words[k + d * step];
    const space = step < 0 ? word.start - 1 : word.end;
    const joined =
      next !== undefined &&
      next.sentence === word.sentence &&
      text.charCodeAt(space) === 32 &&
      (step < 0 ? next.end === word.start - 1 : next.start === word.end + 1) &&
      LETTERS.test(next.text) &&
      (step < 0 ? next.start === sentence.start || text.charCodeAt(next.start - 1) === 32 : true) &&
      (step > 0 ? next.end === sentence.end || text.charCodeAt(next.end) === 32 : true);
    const token = joined ? tokenOf(r, next.text) : null;
    if (!token) {
      for (let rest = d; rest <= reach; rest++) out.push('any');
      return out;
    }
    out.push(token.events);
    word = next as Word;
  }
  return out;
}

// The two helpers below stay outside tagsInContext, which runs for many words of an article: a named closure inside
// it would be built (and, under tsx's keepNames, renamed) at every call.

/** Whether a slot takes the event: anything, or a set holding it. */
function fits(slot: Slot | undefined, event: string): boolean {
  return slot === 'any' || (slot !== undefined && slot !== 'none' && slot.has(event));
}

/** Whether any of the lexemes may take part of speech `pos` (wink's pos-updater check). */
function memberOfAny(cache: WinkCache, lexemes: readonly number[], pos: number): boolean {
  return lexemes.some((lexeme) => cache.isMemberPOS(lexeme, pos));
}

/**
 * Every tag wink-nlp can give words[k] in `sentence` (tagged as one text), from its lexicon tag and the retags its
 * machines could make given the neighbours' possible tags; null when unsure (the word touches punctuation, is not
 * letters only, or is unknown to the model). A set of one tag means wink gives it that tag; a set without a tag
 * means it never does.
 */
export function tagsInContext(
  text: string,
  sentence: Sentence,
  words: readonly Word[],
  k: number,
): ReadonlySet<string> | null {
  const word = words[k];
  if (!word || !LETTERS.test(word.text)) return null;
  const alone =
    (word.start === sentence.start || text.charCodeAt(word.start - 1) === 32) &&
    (word.end === sentence.end || text.charCodeAt(word.end) === 32);
  if (!alone) return null;
  const r = currentReader();
  if (r === null) return null;
  const own = tokenOf(r, word.text);
  if (own === null) return null;
  const { cache, transformer } = r;
  const index = own.index;
  const mapped = cache.mappedSpelling(index);
  // As model-tags.ts: the clusters wink's pos-updater may ask, its own and its mapped spelling's added for safety.
  const clusters = [index, mapped, cache.normal(index)];
  const before = slots(r, text, sentence, words, k, -1, r.reach);
  const after = slots(r, text, sentence, words, k, 1, r.reach);
  const tags = new Set<number>([cache.posOf(mapped) || FALLBACK_TAG]);
  for (const byEvent of r.machines) {
    const events = new Set<string>();
    for (const pos of tags) events.add(String(transformer(pos, cache, [index], 0)));
    const added: number[] = [];
    for (const event of events)
      for (const { events: path, at, target } of byEvent.get(event) ?? []) {
        let matches = true;
        for (let o = 0; o < path.length && matches; o++) {
          if (o === at) continue;
          const slot = o < at ? before[at - o - 1] : after[o - at - 1];
          matches = fits(slot, path[o] as string);
        }
        if (matches && (target < 0 || memberOfAny(cache, clusters, target))) added.push(Math.abs(target));
      }
    for (const tag of added) tags.add(tag);
  }
  const names = new Set<string>();
  for (const tag of tags) {
    const name = r.tagNames.get(tag);
    if (name === undefined) return null;
    names.add(name);
  }
  return names;
}
