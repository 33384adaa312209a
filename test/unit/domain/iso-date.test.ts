// The one date test every edge uses: a real calendar day written YYYY-MM-DD, nothing looser.
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/domain/iso-date.ts';

describe('isIsoDate', () => {
  it.each([
    ['2024-06-26', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-06-00', false],
    ['2024-6-1', false],
    ['26/06/2024', false],
    ['2024-06-26T10:00:00Z', false],
    [' 2024-06-26', false],
    ['', false],
  ])('%j -> %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
