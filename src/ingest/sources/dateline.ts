// Reads an article's publication date from the dateline in its first lines ("Posted on : 2024-06-26 17:10
// KST", "SEOUL, June 26, 2024 (Yonhap) --", "June 26, 2024"). Pure; returns undefined rather than guess.
import { findDates, type FoundDate } from './iso-date.ts';

export interface DatelineOptions {
  /** How many non-empty lines from the top may hold the dateline. */
  maxLines?: number;
}

export const DEFAULT_DATELINE_LINES = 10;

const PUBLISHED_LABEL = /^(?:posted|published|first published|released|dated?|created)\b/i;
const UPDATED_LABEL = /^(?:updated|modified|last updated|last modified|edited)\b/i;
const BYLINE = /^by\s/i;
// "SEOUL, " or "WASHINGTON, D.C., " or "Wednesday, ": capitalized words and commas, no digits, before the date.
const PLACE_PREFIX = /^\p{Lu}[\p{L}.'’ -]*(?:,\s*\p{Lu}[\p{L}.'’ -]*)*,\s+$/u;
const SEPARATORS = /^[\s,|·•:–—-]*$/;
const WEEKDAY_PREFIX = /^[\s,|·•:–—-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?[\s,|·•:–—-]*$/i;
const TIME_SUFFIX =
  /^[\s,|·•–—-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*(?:\(?(?:[A-Z]{2,5}|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\)?)?[\s.]*$/i;
// "SEOUL, June 26, 2024 (Yonhap) --": what may follow the date in an agency dateline.
const AGENCY_SUFFIX = /^[\s,]*(?:\([^)]*\)\s*)?(?:--|—|–|-|:|$)/;

type LineKind = 'published' | 'updated' | 'none';

function classify(line: string, date: FoundDate): LineKind {
  const before = line.slice(0, date.start);
  const after = line.slice(date.end);
  if (PUBLISHED_LABEL.test(line)) return 'published';
  if (UPDATED_LABEL.test(line)) return 'updated';
  if (BYLINE.test(line)) return 'published';
  if (WEEKDAY_PREFIX.test(before) && TIME_SUFFIX.test(after)) return 'published';
  if ((PLACE_PREFIX.test(before) || SEPARATORS.test(before)) && AGENCY_SUFFIX.test(after)) return 'published';
  return 'none';
}

/** Markdown emphasis and quote marks around a dateline are decoration, not content. */
function bareLine(line: string): string {
  return line.replace(/^[\s>#*_]+/, '').replace(/[\s*_]+$/, '');
}

/**
 * The publication date (YYYY-MM-DD) named by a dateline in the first lines of `text`, or undefined.
 * A date in running prose ("met on June 19, 2024, in Pyongyang") is not a dateline and is ignored;
 * an "Updated ..." line is used only when nothing says when the story was first published.
 */
export function parseDateline(text: string, options: DatelineOptions = {}): string | undefined {
  const maxLines = options.maxLines ?? DEFAULT_DATELINE_LINES;
  let updated: string | undefined;
  let seen = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = bareLine(raw);
    if (line === '') continue;
    if (++seen > maxLines) break;
    const date = findDates(line)[0];
    if (date === undefined) continue;
    const kind = classify(line, date);
    if (kind === 'published') return date.iso;
    if (kind === 'updated') updated ??= date.iso;
  }
  return updated;
}
