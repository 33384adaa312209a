// The dateline that opens a story or a paragraph: "SEOUL, Jan. 23 (Yonhap) --", "MUNICH (Reuters) - ", "Addis Ababa,
// 2 July 2014 (WIC) -". The one reader of its parts: the city (and so its country), the agency in brackets, and where
// the clause after it starts. Each reading keeps its own pattern, as strict as its users need.

import type { Gazetteer } from '../lexicon/build-gazetteer.ts';

/** "SEOUL, Jan. 23 (Yonhap) --": a dateline city in capitals at the start of a line. */
const DATELINE = /^([A-Z][A-Z.'’ -]{2,30}),/m;
/**
 * "Addis Ababa, 2 July 2014 (WIC) -", "Addis Ababa — Ministry of ...": a city in title case opening a line, before a
 * date, an agency in brackets or a dash (a sentence's "Moscow, which ..." has none of them).
 */
const TITLE_DATELINE =
  /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:,[ \t]*(?:\d|\p{Lu}\p{Ll}{2,8}\.? \d)|[ \t]*\(\p{Lu}|[ \t]+(?:--|—|–|-)[ \t])/mu;
/**
 * A dateline opening a story's first sentence: a place, maybe a date, maybe the source in brackets, then a dash or
 * colon. "SEOUL, Jan. 23 (Yonhap) --", "LONDON (Reuters) -", "TRIPOLI, Oct 26 (AFP):", "NEW DELHI (UrduPoint News /
 * Sputnik - 10th September, 2020)", and a title-case place only before a dash ("Addis Ababa -").
 */
export const DATELINE_LEAD = new RegExp(
  [
    String.raw`^[A-Z][A-Z .'’-]{2,30}(?:,[^—–:()\n]{0,40}?)?(?:\s*\([^()\n]{2,80}\)\s*(?:--|—|–|-|:)?|\s*(?:--|—|–|-|:))\s+`,
    String.raw`^\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,2}(?:,[^—–:()\n]{0,40}?)?\s*\([^()\n]{2,80}\)\s*(?:--|—|–|-|:)?\s+`,
    String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} (?:--|—|–|-) (?=\p{Lu})`,
  ].join('|'),
  'u',
);
/** How far into the text a dateline city may open a line. */
const CITY_REACH = 600;
/**
 * "TEHRAN, Jun. 05 (MNA) –", "Tehran (ISNA) -": a source in brackets between a line's dateline and its dash is the
 * news agency that filed the story.
 */
const DATELINE_SOURCE =
  /^\p{Lu}[\p{L} .'’-]{1,30}(?:,[^()\n]{0,40}?)?\s*\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)\s*(?:--|—|–|-|:)/mu;
/**
 * "(MENAFN) The Democratic Republic of Congo ...", "(CLO) Officials welcome ...": a source in brackets that opens a
 * line, before the story's first capital, is the news agency that filed it when no dateline precedes it.
 */
const LEAD_SOURCE = /^\((\p{Lu}[\p{Lu}\p{Ll}]{1,11})\)[ \t]*(?:(?:--|—|–|-)[ \t]*)?\p{Lu}/mu;
/** How far into the text a dateline's source may open a line. */
const SOURCE_REACH = 1000;
/**
 * A wire dateline opening a paragraph's first sentence ("MUNICH (Reuters) - ", "KYIV, Ukraine (AP) — "): an optional
 * place and date (no possessive: "Iran's ministry (MFA): " is a subject), the agency in brackets, then a dash or colon
 * and a space.
 */
const WIRE_DATELINE =
  /^(?:\p{Lu}[\p{L}.-]*(?:[ ,.]{1,2}[\p{L}\d.-]+){0,4} ?)?\(\p{Lu}[\p{L}/ -]{1,30}\) ?(?:--|—|–|-|:) (?=\p{Lu})/u;
/** A wire dateline is short: the place, a date and the agency. */
const MAX_WIRE_DATELINE_LENGTH = 80;

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The country of the article's dateline city, if the text has one near its start; `titleCase` also reads a city
 * written in title case ("Addis Ababa, 2 July 2014 (WIC) -"). A generic body the article names without a country of
 * its own ("the Foreign Ministry") is that country's.
 */
export function datelineCountry(text: string, gazetteer: Gazetteer, titleCase = false): string | null {
  const head = text.slice(0, CITY_REACH);
  const match = DATELINE.exec(head) ?? (titleCase ? TITLE_DATELINE.exec(head) : null);
  if (!match?.[1]) return null;
  const city = match[1].toLowerCase().split(/\s+/).map(capitalized).join(' ');
  const entry = gazetteer.phrases.get(city);
  if (entry?.kind === 'country') return entry.id;
  if (entry?.kind === 'city') return entry.country;
  return null;
}

/**
 * The source in brackets of the article's dateline ("Amman, April 20 (Petra) -") or, without one, of a line it opens
 * ("(MENAFN) The ..."): the match, its index in the text, and the source's name as its first group.
 */
export function datelineSource(text: string): RegExpExecArray | null {
  const head = text.slice(0, SOURCE_REACH);
  return DATELINE_SOURCE.exec(head) ?? LEAD_SOURCE.exec(head);
}

/**
 * Where the clause of the sentence opening at `sentenceStart` starts: after its wire dateline, if it has one. The
 * dateline says where and through whom the story was filed, and is no part of the clause after it.
 */
export function afterWireDateline(text: string, sentenceStart: number): number {
  if (sentenceStart > 0 && text[sentenceStart - 1] !== '\n') return sentenceStart;
  const dateline = WIRE_DATELINE.exec(text.slice(sentenceStart, sentenceStart + MAX_WIRE_DATELINE_LENGTH));
  return dateline ? sentenceStart + dateline[0].length : sentenceStart;
}
