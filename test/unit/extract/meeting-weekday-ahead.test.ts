// A weekday told after a meeting word in a clause that looks ahead ("will hold a meeting in Oslo on Saturday",
// "a meeting ..., scheduled for Wednesday") is the next such day, not the one just past that the dates read.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const datesOf = (text: string, publishedAt: string): (string | null)[] =>
  extract(text, { publishedAt }).meetings.map((m) => m.date);

describe('a weekday of a meeting still ahead', () => {
  it.each([
    [
      'The foreign ministers of the Nordic Council will hold an extraordinary meeting in Oslo on Saturday under Foreign Minister Jonas Berg.',
      '2024-06-25',
      '2024-06-29',
    ],
    [
      'Norway has called for an urgent ministerial meeting of the Nordic Council, scheduled for Wednesday in Oslo.',
      '2024-06-29',
      '2024-07-03',
    ],
  ])('is the next one: %s', (text, publishedAt, date) => {
    expect(datesOf(text, publishedAt)).toEqual([date]);
  });

  it('is the next one after the day of the clause it is the purpose of', () => {
    expect(
      datesOf(
        'Several foreign ministers arrived in Norway Tuesday night to attend an urgent meeting of the Nordic Council Wednesday in Oslo.',
        '2024-06-25',
      ),
    ).toEqual(['2024-06-26']);
  });

  it('takes the day told after a meeting in a purpose phrase, not the day of the clause it is the purpose of', () => {
    expect(
      datesOf(
        'President Jonas Berg arrived in Norway on Monday to take part in the annual Nordic Council Summit, which he is due to open on Wednesday.',
        '2024-06-25',
      ),
    ).toEqual(['2024-06-26']);
  });

  it('leaves a meeting already held on the day just past', () => {
    expect(
      datesOf(
        'The foreign ministers of the Nordic Council held an extraordinary meeting in Oslo on Saturday under Foreign Minister Jonas Berg.',
        '2024-06-25',
      ),
    ).toEqual(['2024-06-22']);
  });
});
