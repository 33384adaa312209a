// Meetings named by the capital they sit in ("the Lima talks", "the Oslo summit"): the capital before the meeting
// noun is where the meeting is, not the government the name stands for elsewhere ("Lima said").

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function meetingPlaces(text: string): (string | null)[] {
  const result = extract(text);
  return result.meetings.map((m) =>
    m.place ? (result.places.find((p) => p.id === m.place)?.name ?? m.place) : null,
  );
}

describe('meetings named by their capital', () => {
  it.each([
    [
      'The rebel commander said his fighters would not quit the Lima talks over the prisoner exchange.',
      'Lima',
    ],
    [
      'Delegates complained that little had changed since the Oslo summit on fishing quotas last spring.',
      'Oslo',
    ],
    ['Asked about the Nairobi negotiations, the spokesman said progress was slow.', 'Nairobi'],
  ])('places the meeting in the capital: %s', (text, place) => {
    expect(meetingPlaces(text)).toEqual([place]);
  });

  it('keeps a capital that stands for its government out of places', () => {
    const result = extract('Lima rejected the proposal on Monday, the foreign ministry said.');
    expect(result.meetings).toEqual([]);
    expect(result.places.map((p) => p.name)).not.toContain('Lima');
  });
});

describe('meetings placed in a town no list knows', () => {
  it.each([
    ['The two prime ministers issued a joint statement from the summit in Nadi on Sunday.', 'Nadi'],
    ['Fisheries officials from Norway and Iceland held talks in Tromso last week.', 'Tromso'],
  ])('places the meeting in the town named after "in": %s', (text, place) => {
    expect(meetingPlaces(text)).toEqual([place]);
  });

  it('takes no month for a town', () => {
    const result = extract('Norway and Iceland held talks in January on fishing quotas.');
    expect(result.places.map((p) => p.name)).not.toContain('January');
  });
});
