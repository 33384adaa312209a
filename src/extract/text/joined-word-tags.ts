// "Could wink tag this word with one of these tags?" for a word joined to others by hyphens or en-dashes ("Russia" in
// "the Russia–Norway treaty"), which tags-without-tagging.ts leaves to the tagger: wink's tokenizer cuts such a run
// into its words and dashes unless the run is one of the model's words, holds a currency code, or opens or closes with
// a part the model keeps hyphenated ("co-", "-wise"); each word is then one token of that very text, whose possible
// tags model-tags.ts reads from the model's tables.

import type { Sentence, Word } from '../types.ts';
import { modelTags } from './model-tags.ts';
import { modelCache, type WinkCache } from './wink-model-tables.ts';
import { latestModelTables } from './wink-instance.ts';

/** Letters-only words joined by single hyphens or en-dashes: wink's word pattern takes the run whole, then cuts it. */
const JOINED_RUN = /^[A-Za-z]+(?:[-–][A-Za-z]+)+$/;
/** Letters only: the word is one of the run's parts. */
const LETTERS = /^[A-Za-z]+$/;
/** Currency codes wink's tokenizer splits off anywhere in a run before it reads words (compile-trex's rtc list). */
const CURRENCY_CODES = /USD|AUD|INR|GBP/;

interface ModelTables {
  preserve: { prefix: Record<string, unknown>; suffix: Record<string, unknown> };
}
let lexicon: { core: unknown; cache: WinkCache } | null = null;

/** The model's tables and a word cache of its own over them, or null before any wink instance has read them. */
function tables(): { core: ModelTables; cache: WinkCache } | null {
  const core = latestModelTables();
  if (core === null) return null;
  if (lexicon === null || lexicon.core !== core) lexicon = { core, cache: modelCache(core) };
  return { core: core as ModelTables, cache: lexicon.cache };
}

/**
 * True when wink-nlp can tag `word` with none of `tags` in `sentence`, where the word is one of a run of letters-only
 * words joined by hyphens or en-dashes standing between spaces or the sentence's ends. False means only "ask the
 * tagger" (another shape of word, a run wink keeps whole, a word the model does not know).
 */
export function neverTaggedJoined(
  text: string,
  sentence: Sentence,
  word: Word,
  tags: ReadonlySet<string>,
): boolean {
  const joinedBefore = word.start > sentence.start && isDash(text.charCodeAt(word.start - 1));
  const joinedAfter = word.end < sentence.end && isDash(text.charCodeAt(word.end));
  const own = text.slice(word.start, word.end);
  if ((!joinedBefore && !joinedAfter) || !LETTERS.test(own)) return false;
  let start = word.start;
  while (start > sentence.start && text.charCodeAt(start - 1) !== 32) start--;
  let end = word.end;
  while (end < sentence.end && text.charCodeAt(end) !== 32) end++;
  const run = text.slice(start, end);
  if (!JOINED_RUN.test(run) || CURRENCY_CODES.test(run)) return false;
  const model = tables();
  if (model === null || model.cache.lookup(run) !== null) return false;
  const parts = run.split(/[-–]/);
  const { prefix, suffix } = model.core.preserve;
  // Read as wink reads them (recursive-tokenizer.js pushHyphenatedToken), inherited keys included.
  if (prefix[parts[0] ?? ''] || suffix[parts[parts.length - 1] ?? '']) return false;
  const possible = modelTags(own);
  if (possible === null) return false;
  for (const tag of possible) if (tags.has(tag)) return false;
  return true;
}

function isDash(code: number): boolean {
  return code === 45 || code === 8211;
}
