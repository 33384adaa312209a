// The pair a meeting word names ("talks between Pakistan and Afghanistan were held in Doha"): its "and" joins the
// sides, the place after it is still read.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function placesOf(text: string): (string | null)[] {
  const result = extract(text);
  return result.meetings.map((m) =>
    m.place ? (result.places.find((p) => p.id === m.place)?.name ?? m.place) : null,
  );
}

describe('places after a pair of sides', () => {
  it.each([
    ['Talks between Kenya and Somalia were held in Nairobi on Sunday.', 'Nairobi'],
    ['Indirect talks between Iran and the United States took place in Muscat on Saturday.', 'Muscat'],
    ['Negotiations between the army and the RSF resumed in Jeddah on Sunday.', 'Jeddah'],
    ['A meeting between Ruto and Museveni was held in Entebbe on Sunday.', 'Entebbe'],
  ])('reads the place: %s', (text, place) => {
    expect(placesOf(text)).toEqual([place]);
  });
});
