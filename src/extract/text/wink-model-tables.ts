// wink's model tables, as its `core()` parses them, and a word cache over them (wink-nlp/src/cache.js, which wink does
// not export): what sentence-hint-words.ts and model-tags.ts read to learn, from the model itself, which words can
// matter to the sentence splitter and which tags a word can ever take.

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
