// The country of an article's dateline city: "SEOUL, Jan. 23 (Yonhap) --", "Addis Ababa, 2 July 2014 (WIC) -",
// "Addis Ababa — Ministry of Foreign Affairs has ...". A generic body the article names without a country of its own
// ("the Foreign Ministry", "Ministry of Foreign Affairs") is that country's.

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
/** How far into the text a dateline may open a line. */
const DATELINE_REACH = 600;

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The country of the article's dateline city, if the text has one near its start; `titleCase` also reads a city
 * written in title case ("Addis Ababa, 2 July 2014 (WIC) -").
 */
export function datelineCountry(text: string, gazetteer: Gazetteer, titleCase = false): string | null {
  const head = text.slice(0, DATELINE_REACH);
  const match = DATELINE.exec(head) ?? (titleCase ? TITLE_DATELINE.exec(head) : null);
  if (!match?.[1]) return null;
  const city = match[1].toLowerCase().split(/\s+/).map(capitalized).join(' ');
  const entry = gazetteer.phrases.get(city);
  if (entry?.kind === 'country') return entry.id;
  if (entry?.kind === 'city') return entry.country;
  return null;
}
