// Finds calendar dates written the ways news pages write them and returns them as YYYY-MM-DD.
// Pure: no clock, no locale; only dates that carry a year are accepted (a date without one is a guess).
import { MONTH_NAMES_LOWER } from '../../domain/calendar.ts';
import { isIsoDate } from '../../domain/iso-date.ts';

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  start: number;
  end: number;
}

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

// Numeric forms are year-first only: 06/07/2024 means June or July depending on the country.
const PATTERNS: ReadonlyArray<{ re: RegExp; pick: (m: RegExpExecArray) => [string, string, string] }> = [
  {
    re: new RegExp(`\\b${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`, 'g'),
    pick: (m) => [m[1]!, m[2]!, m[3]!],
  },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), pick: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'), pick: (m) => [m[3]!, m[2]!, m[1]!] },
];

/** A real calendar day (domain's isIsoDate) in a plausible range, as YYYY-MM-DD; undefined for 2024-02-30. */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  if (year < 1800 || year > 2199) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function monthNumber(token: string): number {
  // The month regex only admits real names and abbreviations, so three letters identify the month.
  const prefix = token.toLowerCase().slice(0, 3);
  const index = MONTH_NAMES_LOWER.findIndex((name) => name.startsWith(prefix));
  return index >= 0 ? index + 1 : Number(token);
}

/** Every date in `text`, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, pick } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const [y, mo, d] = pick(m);
      const iso = isoFromParts(Number(y), monthNumber(mo), Number(d));
      if (iso !== undefined) found.push({ iso, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A metadata value ("2024-06-26T17:10:00+09:00", "Wed, 26 Jun 2024 08:10:00 GMT", "June 26, 2024") as
 * YYYY-MM-DD. The date part is kept as the publisher wrote it: converting to UTC would move evening
 * stories in Asia to the previous day.
 */
export function toIsoDate(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  return findDates(value.trim())[0]?.iso;
}
