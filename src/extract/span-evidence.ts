// The evidence a graph node carries for an entity (person, country, organization, place): the sentence around its
// first mention, or around the first occurrence of its name. Pure; decided here so the writer only maps fields.

import type { Evidence } from '../domain/extraction-result.ts';

const NO_EVIDENCE: Evidence = { sentence: '', start: 0, end: 0 };

function lastSentenceEnd(before: string): number {
  const match = /.*[.!?]["”’]?\s/s.exec(before);
  return match ? match[0].length : 0;
}

/**
 * The span [start, end) with the line-bounded sentence around it, cut at sentence punctuation. The graph has
 * always stored this form for entity nodes, so it stays as it is rather than following wink's sentences.
 */
export function spanEvidence(text: string, start: number, end: number): Evidence {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(before.lastIndexOf('\n') + 1, lastSentenceEnd(before));
  const after = text.slice(end).search(/[.!?]["”’]?\s|\n|$/);
  const sentenceEnd = Math.min(text.length, end + after + 1);
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
