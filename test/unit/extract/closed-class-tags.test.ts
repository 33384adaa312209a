// Proves, from wink-eng-lite-web-model's own tables, that each listed word gets only its listed tags in any sentence,
// so a rule may skip tagging a sentence to ask about it. Reads wink-nlp's internals: a model or wink-nlp upgrade that
// breaks an assumption below fails here, not silently in extraction.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CLOSED_CLASS_TAGS, FIXED_OPEN_CLASS_TAGS } from '../../../src/extract/lexicon/closed-class-tags.ts';
import { cannotBeTagged, mustBeTagged } from '../../../src/extract/text/tags-without-tagging.ts';
import type { Sentence, Word } from '../../../src/extract/types.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';

interface WinkCache {
  lookup(text: string): number[] | null;
  isOOV(text: string): boolean;
  mappedSpelling(index: number): number;
  normal(index: number): number;
  posOf(index: number): number;
  isMemberPOS(index: number, pos: number): boolean;
  value(index: number): string;
}
interface PosModel {
  machines: string[];
  transformers: Array<(pos: number, cache: WinkCache, rawTokens: number[], i: number) => number | string>;
}
interface CoreModel {
  pos: { hash: Record<string, number> };
  xpansions: Uint32Array;
}
type Machine = [
  number,
  number,
  Record<string, Record<string, number>>,
  Record<string, string>,
  Record<string, [number, number]>,
];

const require = createRequire(import.meta.url);
const Cache = require('wink-nlp/src/cache.js') as (core: CoreModel, featureFn: unknown) => WinkCache;
const winkModel = model as unknown as { core(): CoreModel; pos(): PosModel; featureFn: unknown };
const core = winkModel.core();
const cache = Cache(core, winkModel.featureFn);
const posModel = winkModel.pos();
const POS = core.pos.hash;
const TAG_NAMES = new Map(Object.entries(POS).map(([name, id]) => [id, name]));
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'ADV']);
/** wink's automaton `otherwise` event (automaton.js otherwiseN). */
const OTHERWISE = '2070003';

/** Each rule of a POS machine: the event (tag or tag hint) read at the token it retags, and the tag it sets. */
function rulesOf(machine: Machine): Array<{ event: string | undefined; target: number }> {
  const [, , fsm, terminal, marked] = machine;
  const rules: Array<{ event: string | undefined; target: number }> = [];
  const emit = (path: string[], state: number): void => {
    const target = terminal[state];
    if (target === undefined || target === '0') return;
    rules.push({ event: path[marked[state]?.[0] ?? 0], target: Number(target) });
  };
  const walk = (state: number, path: string[]): void => {
    expect(path.length).toBeLessThan(40);
    for (const [event, next] of Object.entries(fsm[state] ?? {})) {
      if (event === OTHERWISE) emit(path, next);
      else if (terminal[next] !== undefined) emit([...path, event], next);
      else walk(next, [...path, event]);
    }
  };
  walk(0, []);
  return rules;
}

/**
 * Every tag wink can give `word` when it is one token of its own lexeme: its default tag, and whatever a rule of
 * either machine may set where the token reads as one of its possible tags (a positive target only when the word's
 * tag cluster holds it, as wink's pos-updater requires; a negative one, forced, always).
 */
function possibleTags(word: string): Set<number> | string {
  const found = cache.lookup(word);
  if (found === null || cache.isOOV(word)) return 'not in the lexicon';
  if (found.length !== 1) return 'a contraction';
  const index = found[0] as number;
  const mapped = cache.mappedSpelling(index);
  // wink's pos-updater asks the cluster of the token's normal; its own and its mapped spelling's are added for safety.
  const clusters = [index, mapped, cache.normal(index)];
  const member = (pos: number): boolean => clusters.some((lexeme) => cache.isMemberPOS(lexeme, pos));
  // wink's default tag (tokens-mappers.js mapRawTokens2UIdOfDefaultPOS); only rules change it.
  const tags = new Set<number>([cache.posOf(mapped) || (POS.NOUN as number)]);
  const event = (pos: number): string => String(posModel.transformers[0]?.(pos, cache, [index], 0));
  for (const json of posModel.machines) {
    const events = new Set([...tags].map(event));
    for (const rule of rulesOf(JSON.parse(json) as Machine))
      if ((rule.event === undefined || events.has(rule.event)) && (rule.target < 0 || member(rule.target)))
        tags.add(Math.abs(rule.target));
  }
  return tags;
}

const names = (tags: Set<number> | string): string[] | string =>
  typeof tags === 'string' ? tags : [...tags].map((t) => TAG_NAMES.get(t) ?? String(t)).sort();

describe('the tags wink can give a closed-class word', () => {
  it('holds the assumptions the proof rests on', () => {
    // The POS machines skip a token whose tag equals the newline key; no tag is ever 0, so none is skipped.
    expect(cache.lookup(cache.value(0))?.[0]).toBe(0);
    for (let i = 3; i < core.xpansions.length; i += 4) expect(core.xpansions[i]).not.toBe(0);
  });

  it.each(Object.entries({ ...CLOSED_CLASS_TAGS, ...FIXED_OPEN_CLASS_TAGS }))('%s: %j', (word, tags) => {
    expect(names(possibleTags(word))).toEqual([...tags].sort());
  });

  it.each([['about'], ['as'], ['that'], ['also'], ['next'], ['such'], ['said']])(
    'finds that %s can be a modifier (the proof is not vacuous)',
    (word) => {
      const tags = names(possibleTags(word));
      expect(typeof tags !== 'string' && tags.some((t) => MODIFIERS.has(t))).toBe(true);
    },
  );

  it('agrees with the tagger on a sentence that holds the listed words', () => {
    const tagger = winkNLP(model, ['negation', 'pos']);
    const text =
      'Their leaders said that the talks with his and her aides would be held at the palace during the visit, ' +
      'and our envoy, who has been to its capital and is being sent into the region by rail, may have had a meeting.';
    const tokens = tagger.readDoc(text).tokens();
    const values = tokens.out() as string[];
    const tags = tokens.out(tagger.its.pos) as string[];
    const asked = values.flatMap((v, i) => {
      const listed = CLOSED_CLASS_TAGS[v];
      return listed ? [listed.includes(tags[i] ?? '') ? 'ok' : `${v} ${tags[i]}`] : [];
    });
    expect(asked.length).toBeGreaterThan(20);
    expect(asked.filter((a) => a !== 'ok')).toEqual([]);
  });
});

describe('cannotBeTagged', () => {
  const text = 'He held their talks, their. Of their';
  const sentence: Sentence = { index: 0, start: 0, end: 27, paragraph: 0, ignored: false };
  const word = (at: number): Word => {
    const found = splitWords(text).find((w) => w.start === at);
    if (!found) throw new Error(`no word at ${at}`);
    return { ...found, sentence: 0 };
  };

  it('answers for a listed word standing alone between spaces', () => {
    expect(cannotBeTagged(text, sentence, word(text.indexOf('their')), MODIFIERS)).toBe(true);
    expect(cannotBeTagged(text, sentence, word(text.indexOf('their')), new Set(['PRON']))).toBe(false);
  });

  it('leaves to the tagger a word touching punctuation, a capitalized one and one past the sentence', () => {
    expect(cannotBeTagged(text, sentence, word(text.indexOf('their.')), MODIFIERS)).toBe(false);
    expect(cannotBeTagged(text, { ...sentence, start: 28, end: text.length }, word(28), MODIFIERS)).toBe(
      false,
    );
    expect(cannotBeTagged(text, sentence, word(text.lastIndexOf('their')), MODIFIERS)).toBe(false);
    expect(cannotBeTagged(text, sentence, word(text.indexOf('held')), MODIFIERS)).toBe(false);
  });
});

describe('mustBeTagged', () => {
  const text = 'They planned such talks, such. The next summit is likely';
  const sentence: Sentence = { index: 0, start: 0, end: text.length, paragraph: 0, ignored: false };
  const word = (at: number): Word => {
    const found = splitWords(text).find((w) => w.start === at);
    if (!found) throw new Error(`no word at ${at}`);
    return { ...found, sentence: 0 };
  };

  it('answers for a word whose every possible tag is asked for, standing alone', () => {
    expect(mustBeTagged(text, sentence, word(text.indexOf('such')), MODIFIERS)).toBe(true);
    expect(mustBeTagged(text, sentence, word(text.indexOf('next')), MODIFIERS)).toBe(true);
    expect(mustBeTagged(text, sentence, word(text.indexOf('likely')), MODIFIERS)).toBe(true);
    expect(mustBeTagged(text, sentence, word(text.indexOf('such')), new Set(['ADJ']))).toBe(false);
  });

  it('leaves to the tagger a word touching punctuation, an unlisted one and a closed-class one of other tags', () => {
    expect(mustBeTagged(text, sentence, word(text.indexOf('such.')), MODIFIERS)).toBe(false);
    expect(mustBeTagged(text, sentence, word(text.indexOf('planned')), MODIFIERS)).toBe(false);
    expect(mustBeTagged(text, sentence, word(text.indexOf('The')), MODIFIERS)).toBe(false);
    expect(mustBeTagged(text, sentence, word(text.indexOf('is')), MODIFIERS)).toBe(false);
  });
});
