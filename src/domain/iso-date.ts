// The one test of "a calendar date written YYYY-MM-DD", shared by every edge that takes a date (CLI flags,
// GraphQL input, JSON Lines, the ExtractionResult schema). Pure.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day: 2024-02-29 is one, 2023-02-29, 2024-13-01 and 2024-6-1 are not. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
