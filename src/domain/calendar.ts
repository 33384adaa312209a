// Calendar words shared by every layer that reads or writes dates in English news text. Pure data.

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Lower-case month names, for matching words already folded to lower case. */
export const MONTH_NAMES_LOWER: readonly string[] = MONTH_NAMES.map((name) => name.toLowerCase());

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
