// A body's sitting named in one sentence and given its day and place in a later one whose subject is the sitting
// ("The meeting will take place on Wednesday in Jeddah"), or past a day told between the body's name and its place
// ("a meeting of the Peace and Security Council on Tuesday in Addis Ababa").

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function meetingsOf(text: string, publishedAt: string) {
  const result = extract(text, { publishedAt });
  return result.meetings.map((m) => ({
    place: m.place ? (result.places.find((p) => p.id === m.place)?.name ?? m.place) : null,
    date: m.date,
  }));
}

describe('particulars of a sitting told after it', () => {
  it.each([
    [
      'The Arab League will convene an emergency meeting of its permanent delegates on the crisis. The meeting will take place on Sunday in Cairo.',
      { place: 'Cairo', date: '2024-03-10' },
    ],
    [
      'Oman asked for an extraordinary meeting of the Gulf ministerial council to discuss the shipping attacks. The meeting will be held tomorrow, Friday, 8 March 2024, at the council headquarters in Muscat.',
      { place: 'Muscat', date: '2024-03-08' },
    ],
    [
      'Kenya has requested a meeting of the regional bloc on the border clashes. The meeting will be held on March 12 and 13, 2024, at the bloc headquarters in Nairobi.',
      { place: 'Nairobi', date: '2024-03-12' },
    ],
  ])('takes the day and place of a later sentence on the sitting: %s', (text, expected) => {
    expect(meetingsOf(text, '2024-03-07')).toEqual([expected]);
  });

  it('reads the place past the day told after the body’s name', () => {
    const text =
      'Ghana has called a ministerial meeting of the African Union Peace and Security Council on Thursday in Addis Ababa to review the situation in the Sahel.';
    expect(meetingsOf(text, '2024-03-04').map((m) => m.place)).toEqual(['Addis Ababa']);
  });

  it('leaves a sitting told before without a place when the later sentence names none', () => {
    const text =
      'The Arab League will convene an emergency meeting of its permanent delegates on the crisis. The meeting will discuss aid to Gaza, officials in Cairo said.';
    expect(meetingsOf(text, '2024-03-07').map((m) => m.place)).toEqual([null]);
  });
});
