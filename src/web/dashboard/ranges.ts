// Date arithmetic on YYYY-MM-DD strings for the dashboard: a bucket's last day, a default range, readable labels.
import { isIsoDate } from '../../domain/iso-date.ts';

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last day of the week or month that starts on `start`. */
export function bucketEnd(start: string, interval: 'WEEK' | 'MONTH'): string {
  if (interval === 'WEEK') return addDays(start, 6);
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1, 0);
  return date.toISOString().slice(0, 10);
}

/** Two years up to the last dated statement (or article), from the first of a month. */
export function defaultRange(last: string | null | undefined): { from: string; to: string } {
  const to = last && isIsoDate(last) ? last : new Date().toISOString().slice(0, 10);
  const from = `${Number(to.slice(0, 4)) - 2}-${to.slice(5, 7)}-01`;
  return { from: addDays(bucketEnd(from, 'MONTH'), 1), to };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function bucketLabel(start: string, interval: 'WEEK' | 'MONTH'): string {
  const month = MONTHS[Number(start.slice(5, 7)) - 1] ?? start.slice(5, 7);
  return interval === 'WEEK'
    ? `${Number(start.slice(8, 10))} ${month} ${start.slice(0, 4)}`
    : `${month} ${start.slice(0, 4)}`;
}
