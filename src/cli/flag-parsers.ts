// Parsers for command-line flag values: each returns the value or throws BAD_USER_INPUT naming the flag.
// Loaded for every command, so they import nothing heavier than domain/.
import { AppError, ErrorCode } from '../domain/errors.ts';
import { isIsoDate } from '../domain/iso-date.ts';

export const wholeNumber = (name: string, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `${name} must be a whole number from 1 to ${max} (got ${JSON.stringify(value)})`,
    );
  }
  return n;
};

export const isoDate = (name: string) => (value: string) => {
  if (!isIsoDate(value)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `${name} must be a date YYYY-MM-DD (got ${JSON.stringify(value)})`,
    );
  }
  return value;
};
