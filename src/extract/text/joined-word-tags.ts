// "Could wink tag this word with one of these tags?" for two shapes of word tags-without-tagging.ts leaves to the
// tagger, answered from the model's tables (model-tags.ts) where wink's tokenizer is sure to read the word as one token
// of that very text:
// - a word joined to others by hyphens or en-dashes ("Russia" in "the Russia–Norway treaty"): wink cuts the run into
//   its words and dashes unless the run is one of the model's words, holds a currency code, or opens or closes with a
//   part the model keeps hyphenated ("co-", "-wise");
// - a word with one closing mark after it ("ministers’ meeting", "said:"): wink cuts the mark off unless the two are
//   one of the model's words ("etc.").

import type { Sentence, Word } from '../types.ts';
import { modelTags } from './model-tags.ts';
import { latestTablesReading, type WinkCache } from './wink-model-tables.ts';

/** Letters-only words joined by single hyphens or en-dashes: wink's word pattern takes the run whole, then cuts it. */
const JOINED_RUN = /^[A-Za-z]+(?:[-–][A-Za-z]+)+$/;
/** Letters only: the word is one of the run's parts. */
const LETTERS = /^[A-Za-z]+$/;
/** Currency codes wink's tokenizer splits off anywhere in a run before it reads words (compile-trex's rtc list). */
const CURRENCY_CODES = /USD|AUD|INR|GBP/;

interface ModelTables {
  preserve: { prefix: Record<string, unknown>; suffix: Record<string, unknown> };
}

/** The model's tables and a word cache over them, or null before any wink instance has read them. */
function tables(): { core: ModelTables; cache: WinkCache } | null {
  const read = latestTablesReading();
  return read === null ? null : { core: read.core as ModelTables, cache: read.cache };
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

/** The closing marks wink cuts off a word standing before a space (its "word and right punctuation" category). */
const CLOSING_MARKS: ReadonlySet<number> = new Set([...'’”"])}…,.!;?/:'].map((mark) => mark.charCodeAt(0)));

/**
 * True when wink-nlp can tag `word` with none of `tags` in `sentence`, where the word, letters only and two or more of
 * them, stands after a space (or opens the sentence) with one closing mark after it and then a space or the sentence's
 * end. False means only "ask the tagger".
 */
export function neverTaggedBeforeMark(
  text: string,
  sentence: Sentence,
  word: Word,
  tags: ReadonlySet<string>,
): boolean {
  const end = word.end;
  if (end >= sentence.end || !CLOSING_MARKS.has(text.charCodeAt(end))) return false;
  if (end + 1 < sentence.end && text.charCodeAt(end + 1) !== 32) return false;
  if (
    word.start !== sentence.start &&
    (word.start < sentence.start || text.charCodeAt(word.start - 1) !== 32)
  )
    return false;
  const own = text.slice(word.start, end);
  if (own.length < 2 || !LETTERS.test(own)) return false;
  const model = tables();
  if (model === null || model.cache.lookup(text.slice(word.start, end + 1)) !== null) return false;
  const possible = modelTags(own);
  if (possible === null) return false;
  for (const tag of possible) if (tags.has(tag)) return false;
  return true;
}

function isDash(code: number): boolean {
  return code === 45 || code === 8211;
}
