// Calendar arithmetic on YYYY-MM-DD strings for the corpus, in UTC so the host's time zone never matters.
// Pure: no clock; every date comes from the seed.
import { MONTH_NAMES } from '../../src/domain/calendar.ts';
import type { Rng } from './prng.ts';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** A day in [from, to], both included. */
export function randomDate(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(daysBetween(from, to) + 1));
}

export function weekday(iso: string): string {
  return WEEKDAYS[new Date(toMs(iso)).getUTCDay()]!;
}

/** "June 19" */
export function monthDay(iso: string): string {
  return `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;
}

/** "June 19, 2024" */
export function longDate(iso: string): string {
  return `${monthDay(iso)}, ${iso.slice(0, 4)}`;
}

/** "June 2024" */
export function monthYear(iso: string): string {
  return `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** How a story dated `today` refers to `day`: "on Wednesday" within the week, "on June 19" in the year, else with the year. */
export function relativeDay(day: string, today: string): string {
  const gap = daysBetween(day, today);
  if (gap === 0) return 'on ' + weekday(day);
  if (gap > 0 && gap < 7) return 'on ' + weekday(day);
  if (day.slice(0, 4) === today.slice(0, 4)) return 'on ' + monthDay(day);
  return 'on ' + longDate(day);
}
