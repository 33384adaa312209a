// Table tests for the dateline parser: the shapes real wires and papers use, and prose that must not count.
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../../src/ingest/sources/dateline.ts';
import { findDates, toIsoDate } from '../../../../src/ingest/sources/iso-date.ts';

describe('parseDateline', () => {
  it.each([
    [
      'Hankyoreh stamp',
      'Headline\n\nPosted on : 2024-06-26 17:10 KST Modified on : 2024-06-27 09:00 KST',
      '2024-06-26',
    ],
    ['agency dateline with year', 'SEOUL, March 14, 2024 (Yonhap) -- South Korea said...', '2024-03-14'],
    ['agency dateline, em dash', 'WASHINGTON, D.C., Jan. 5, 2023 — The State Department', '2023-01-05'],
    ['date-only line', 'Headline\nJune 26, 2024\nBody text.', '2024-06-26'],
    ['weekday and time', 'Wednesday, June 26, 2024 5:10 PM KST', '2024-06-26'],
    ['day-month-year', '26 June 2024\nText', '2024-06-26'],
    ['ISO date alone', '2024-06-26\nText', '2024-06-26'],
    ['dotted Korean style', 'Published 2024.06.26 17:10', '2024-06-26'],
    ['published label', 'Published: Sept. 3, 2024', '2024-09-03'],
    ['byline with date', 'By Jane Doe | June 26, 2024', '2024-06-26'],
    ['markdown emphasis', '# Title\n\n*Published June 26, 2024*', '2024-06-26'],
    ['updated only as fallback', 'Updated: 2024-07-01\nText', '2024-07-01'],
    ['published wins over earlier updated', 'Updated 2024-07-01\nPosted on 2024-06-26', '2024-06-26'],
  ])('%s', (_name, text, expected) => {
    expect(parseDateline(text)).toBe(expected);
  });

  it.each([
    ['agency dateline without a year', 'SEOUL, March 14 (Yonhap) -- North Korea fired...'],
    ['date inside prose', 'Putin and Kim met in Pyongyang on June 19, 2024, and signed a treaty.'],
    ['impossible date', 'Posted on : 2024-02-30'],
    ['ambiguous numeric date', 'Posted 06/07/2024'],
    ['no date', 'Just a headline\nAnd a paragraph.'],
    ['empty', ''],
  ])('%s -> undefined', (_name, text) => {
    expect(parseDateline(text)).toBeUndefined();
  });

  it('looks only at the first lines', () => {
    const text = `${'line\n'.repeat(12)}June 26, 2024`;
    expect(parseDateline(text)).toBeUndefined();
    expect(parseDateline(text, { maxLines: 20 })).toBe('2024-06-26');
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2024-06-26T17:10:00+09:00', '2024-06-26'],
    ['2024-06-26T23:30:00Z', '2024-06-26'],
    ['Wed, 26 Jun 2024 08:10:00 GMT', '2024-06-26'],
    ['June 26th, 2024', '2024-06-26'],
    ['2024-6-2', '2024-06-02'],
    ['yesterday', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s -> %s', (value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });

  it('finds dates in order with their offsets', () => {
    expect(findDates('from 2024-01-02 to March 3, 2024')).toEqual([
      { iso: '2024-01-02', start: 5, end: 15 },
      { iso: '2024-03-03', start: 19, end: 32 },
    ]);
  });
});
