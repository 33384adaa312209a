// Wire datelines ("MUNICH (Reuters) - ", "KYIV, Ukraine (AP) — ") that open a paragraph's first sentence: they say
// where and through whom the story was filed, and are no part of the clause after them.

/**
 * A wire dateline: an optional place and date (no possessive: "Iran's ministry (MFA): " is a subject), the agency
 * in brackets, then a dash or colon and a space.
 */
const WIRE_DATELINE =
  /^(?:\p{Lu}[\p{L}.-]*(?:[ ,.]{1,2}[\p{L}\d.-]+){0,4} ?)?\(\p{Lu}[\p{L}/ -]{1,30}\) ?(?:--|—|–|-|:) (?=\p{Lu})/u;
/** A dateline is short: the place, a date and the agency. */
const MAX_DATELINE_LENGTH = 80;

/** Where the clause of the sentence opening at `sentenceStart` starts: after its wire dateline, if it has one. */
export function afterWireDateline(text: string, sentenceStart: number): number {
  if (sentenceStart > 0 && text[sentenceStart - 1] !== '\n') return sentenceStart;
  const dateline = WIRE_DATELINE.exec(text.slice(sentenceStart, sentenceStart + MAX_DATELINE_LENGTH));
  return dateline ? sentenceStart + dateline[0].length : sentenceStart;
}
