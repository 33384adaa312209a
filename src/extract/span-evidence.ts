// The evidence a graph node carries for an entity (person, country, organization, place): the sentence around its
// first mention, or around the first occurrence of its name. Pure; decided here so the writer only maps fields.

import type { Evidence } from '../domain/extraction-result.ts';
import { isSpace } from './text/is-space.ts';

const NO_EVIDENCE: Evidence = { sentence: '', start: 0, end: 0 };

/** Sentence punctuation that ends a sentence when white space follows, with at most one closing quote between. */
function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63; // . ! ?
}
function isCloseQuote(code: number): boolean {
  return code === 34 || code === 0x201d || code === 0x2019; // " ” ’
}

/** Where a sentence ending `[.!?]["”’]?\s` at `at` ends (past its space), or -1; never reads at or past `limit`. */
function stopEndAt(text: string, at: number, limit: number): number {
  if (!isStop(text.charCodeAt(at))) return -1;
  if (at + 2 < limit && isCloseQuote(text.charCodeAt(at + 1)) && isSpace(text.charCodeAt(at + 2)))
    return at + 3;
  if (at + 1 < limit && isSpace(text.charCodeAt(at + 1))) return at + 2;
  return -1;
}

/** The end of the last sentence ending before `start` (as `/.*[.!?]["”’]?\s/s` over the prefix), or 0. */
export function lastSentenceEnd(text: string, start: number): number {
  for (let at = start - 2; at >= 0; at--) {
    const end = stopEndAt(text, at, start);
    if (end >= 0) return end;
  }
  return 0;
}

/** Where the first sentence ending or line break at or after `from` starts (as `/[.!?]["”’]?\s|\n|$/`). */
export function nextSentenceStop(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    if (text.charCodeAt(at) === 10 || stopEndAt(text, at, text.length) >= 0) return at;
  }
  return text.length;
}

/**
 * The span [start, end) with the line-bounded sentence around it, cut at sentence punctuation. The graph has
 * always stored this form for entity nodes, so it stays as it is rather than following wink's sentences.
 */
export function spanEvidence(text: string, start: number, end: number): Evidence {
  const lineStart = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0;
  const sentenceStart = Math.max(lineStart, lastSentenceEnd(text, start));
  const sentenceEnd = Math.min(text.length, nextSentenceStop(text, end) + 1);
  return { sentence: text.slice(sentenceStart, sentenceEnd).trim(), start, end };
}

/** Evidence at the first mention, else at the first occurrence of the name, else none. */
export function entityEvidence(
  text: string,
  mentions: readonly { start: number; end: number }[],
  name: string,
): Evidence {
  const first = mentions[0];
  if (first) return spanEvidence(text, first.start, first.end);
  const at = text.indexOf(name);
  return at >= 0 ? spanEvidence(text, at, at + name.length) : NO_EVIDENCE;
}
