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

/** Months abbreviated without their period: "Jan 31" in a date, but "Jan Egeland" is a given name. No "May". */
export const ABBREVIATED_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
