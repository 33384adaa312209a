// A meeting's place told after its partner's apposition ("met with X, the Taliban's interior minister, in Kabul",
// "met with his counterpart, X, in the Chinese capital Beijing"): the commas around it end no clause.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function placesOf(text: string): (string | null)[] {
  const result = extract(text);
  return result.meetings.map((m) =>
    m.place ? (result.places.find((p) => p.id === m.place)?.name ?? m.place) : null,
  );
}

describe('places past an apposition', () => {
  it.each([
    [
      'Somali Foreign Minister Ahmed Moallim Fiqi met with his Kenyan counterpart, Musalia Mudavadi, in the Kenyan capital Nairobi on Monday.',
      'Nairobi',
    ],
    [
      'Ethiopian Prime Minister Abiy Ahmed met with Salva Kiir, the president of South Sudan, in Juba to discuss the border.',
      'Juba',
    ],
    [
      "Qatar's Foreign Minister Mohammed bin Abdulrahman Al Thani met on Sunday with the Egyptian Foreign Minister Badr Abdelatty, in the Egyptian capital, Cairo.",
      'Cairo',
    ],
  ])('reads the place: %s', (text, place) => {
    expect(placesOf(text)).toEqual([place]);
  });

  it('does not step over a clause that opens after the partner', () => {
    expect(
      placesOf(
        'Kenyan President William Ruto met Chinese Foreign Minister Wang Yi, who arrived in Nairobi on Monday.',
      ),
    ).toEqual([null]);
  });

  it.each([
    [
      'Liberian President Joseph Boakai met Ghanaian President John Mahama on Friday at the Jubilee Hall, Government House, Accra, Ghana.',
      'Accra',
    ],
    [
      'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday at the Serena Beach Hotel, Mombasa.',
      'Mombasa',
    ],
    [
      'The 9th Ordinary Session of the Assembly of Heads of State and Government of the East African Community opened Monday, at the Julius Nyerere Hall in Arusha.',
      'Arusha',
    ],
  ])('reads the city past the building the meeting sat in: %s', (text, place) => {
    expect(placesOf(text)).toEqual([place]);
  });
});
