// wink's model tables, as its `core()` parses them, a word cache over them (wink-nlp/src/cache.js, which wink does not
// export), and the matches of its part-of-speech rule machines: what sentence-hint-words.ts, model-tags.ts,
// tags-in-context.ts and their kin read to learn, from the model itself, which words can matter to the sentence
// splitter and which tags a word can take. The latest instance's tables are read once (latestTablesReading) and each
// reader keeps what it derives from them by perModelTables, built again only when a new instance parses new tables.

import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import { latestModelTables } from './wink-instance.ts';

/** The part of wink's word cache read here. */
export interface WinkCache {
  intrinsicSize(): number;
  lookup(text: string): number[] | null;
  isOOV(text: string): boolean;
  mappedSpelling(index: number): number;
  normal(index: number): number;
  posOf(index: number): number;
  isMemberPOS(index: number, pos: number): boolean;
  property(index: number, name: string): unknown;
  value(index: number): string;
}

const requireCjs = createRequire(import.meta.url);
const Cache = requireCjs('wink-nlp/src/cache.js') as (core: unknown, featureFn: unknown) => WinkCache;

/** A cache of its own over `core`: it is only read here, and answers as the model would. */
export function modelCache(core: unknown): WinkCache {
  return Cache(core, model.featureFn);
}

/** The tables the latest wink instance parsed, or (before any was built) the model's, parsed here once (~65 ms). */
let parsedHere: unknown = null;
export function modelTables(): unknown {
  return latestModelTables() ?? (parsedHere ??= (model.core as () => unknown)());
}

/** A rule machine as wink exports it (automaton.js exportJSON): its state table, final states' targets, marked tokens. */
export type WinkMachine = [
  number,
  number,
  Record<string, Record<string, number>>,
  Record<string, string>,
  Record<string, [number, number]>,
];
/** wink's automaton `otherwise` event (automaton.js otherwiseN). */
export const OTHERWISE_EVENT = '2070003';
/** wink's fallback tag when a word has none (tokens-mappers.js: NOUN). */
export const FALLBACK_TAG = 8;

/** wink's part-of-speech model: its two rule machines, and the transformer that turns a token's tag into an event. */
export interface PosModel {
  machines: string[];
  transformers: Array<(pos: number, cache: WinkCache, rawTokens: number[], i: number) => number | string>;
}
export const posModel = (): PosModel => (model.pos as () => PosModel)();

/** A match a machine can make: the events of its tokens, the one it marks (retags), its target (negative: forced). */
export interface MachineMatch {
  events: string[];
  at: number;
  target: number;
}
/** Deeper than any path of the model's machines (3 and 4 tokens); a machine with a deeper one is left unread. */
const MAX_PATH = 40;

/**
 * Every match a machine can make (automaton.js recognize): the events from its root to a final state, or to a state
 * whose `otherwise` falls back on a shorter pattern's final state when the longer one fails there. Null when a path
 * is deeper than MAX_PATH.
 */
export function machineMatches(machine: WinkMachine): MachineMatch[] | null {
  const [, , fsm, terminal, marked] = machine;
  const matches: MachineMatch[] = [];
  let tooDeep = false;
  const add = (events: string[], state: number): void => {
    const target = terminal[state];
    if (target === undefined || target === '0') return;
    matches.push({ events, at: marked[state]?.[0] ?? 0, target: Number(target) });
  };
  const walk = (state: number, path: string[]): void => {
    if (path.length >= MAX_PATH) {
      tooDeep = true;
      return;
    }
    for (const [event, next] of Object.entries(fsm[state] ?? {})) {
      if (event === OTHERWISE_EVENT) {
        add(path, next);
        continue;
      }
      const events = [...path, event];
      add(events, next);
      walk(next, events);
    }
  };
  walk(0, []);
  return tooDeep ? null : matches;
}

/** The part of the model's tables read here (wink types them as unknown: they are internal). */
interface CoreTables {
  pos: { hash: Record<string, number> };
}

/** The latest instance's tables as every reader here reads them, read once per tables. */
export interface ModelTablesReading {
  /** The tables themselves, as wink's `core()` parsed them. */
  core: unknown;
  /**
   * A word cache of its own over the tables: it is only read (it never adds a word), and answers as the model would,
   * so a word an instance has learned past the model's own is out of its vocabulary.
   */
  cache: WinkCache;
  /** wink's transformer of a token's tag into a machine event (its first). */
  transformer: PosModel['transformers'][number] | undefined;
  /** Per part-of-speech machine, every match it can make; null: a machine too deep to read. */
  machines: Array<MachineMatch[] | null>;
  /** The tag ids by name and names by id (the tables' `pos.hash`). */
  tagIds: Map<string, number>;
  tagNames: Map<number, string>;
}
let reading: ModelTablesReading | null = null;

/** The latest wink instance's tables, read once; null before any instance has parsed them. */
export function latestTablesReading(): ModelTablesReading | null {
  const core = latestModelTables();
  if (core === null) return null;
  if (reading?.core !== core) {
    const pos = posModel();
    const hash = (core as CoreTables).pos.hash;
    reading = {
      core,
      cache: modelCache(core),
      transformer: pos.transformers[0],
      machines: pos.machines.map((json) => machineMatches(JSON.parse(json) as WinkMachine)),
      tagIds: new Map(Object.entries(hash)),
      tagNames: new Map(Object.entries(hash).map(([name, id]) => [id, name])),
    };
  }
  return reading;
}

/**
 * A reader's own derivation of the latest tables (`derive` runs once per tables, when a new instance has parsed them),
 * or null before any instance has.
 */
export function perModelTables<T>(derive: (tables: ModelTablesReading) => T): () => T | null {
  let from: ModelTablesReading | null = null;
  let derived: T | null = null;
  return () => {
    const tables = latestTablesReading();
    if (tables === null) return null;
    if (tables !== from) {
      derived = derive(tables);
      from = tables;
    }
    return derived;
  };
}
