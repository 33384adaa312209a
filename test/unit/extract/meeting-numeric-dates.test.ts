// A date written in numbers ("03/05/2021") reads day first in many outlets and month first in others: when both
// numbers could be the month, the reading nearer the publication date is the one meant.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const datesOf = (text: string, publishedAt: string): (string | null)[] =>
  extract(text, { publishedAt }).meetings.map((m) => m.date);

describe('a date written in numbers', () => {
  it.each([
    [
      'On 03/05/2021, Foreign Minister Jonas Berg met with his Danish counterpart Lars Holm in Oslo to discuss fisheries.',
      '2021-05-04',
      '2021-05-03',
    ],
    [
      'Foreign Minister Jonas Berg met his Danish counterpart Lars Holm in Oslo on 05/03/2021 to discuss fisheries.',
      '2021-05-04',
      '2021-05-03',
    ],
    [
      'Foreign Minister Jonas Berg met his Danish counterpart Lars Holm in Oslo on 05/03/2021 to discuss fisheries.',
      '2021-03-06',
      '2021-03-05',
    ],
  ])('is read by the publication date: %s (published %s)', (text, publishedAt, date) => {
    expect(datesOf(text, publishedAt)).toEqual([date]);
  });

  it('keeps a date whose order is plain', () => {
    expect(
      datesOf(
        'Foreign Minister Jonas Berg met his Danish counterpart Lars Holm in Oslo on 18/03/2021 to discuss fisheries.',
        '2021-03-20',
      ),
    ).toEqual(['2021-03-18']);
  });
});
