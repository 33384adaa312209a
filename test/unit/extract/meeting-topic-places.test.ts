// The "in" after a topic noun ("the conflict in South Sudan", "the military coup in Niger", "a ceasefire in Gaza")
// tells where the topic is, not where the meeting sits.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function placesOf(text: string): (string | null)[] {
  const result = extract(text);
  return result.meetings.map((m) =>
    m.place ? (result.places.find((p) => p.id === m.place)?.name ?? m.place) : null,
  );
}

describe('topic places', () => {
  it.each([
    'West African leaders opened a summit focused on the military coup in Niger on Thursday.',
    'Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni to discuss the conflict in South Sudan.',
    'The rebels engaged in talks with mediators about their operations in the Red Sea, a spokesman said.',
  ])('is no meeting place: %s', (text) => {
    expect(placesOf(text)).not.toContainEqual(expect.stringMatching(/Niger|South Sudan|Red Sea/));
  });

  it('still reads the place the meeting sits in after the topic', () => {
    expect(
      placesOf(
        'Kenyan President William Ruto held talks on the crisis in Sudan in Nairobi with Ugandan President Yoweri Museveni.',
      ),
    ).toEqual(['Nairobi']);
  });

  it('reads "a ceasefire in the Gaza Strip" as the topic too', () => {
    expect(
      placesOf(
        'Egyptian Foreign Minister Badr Abdelatty held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on a ceasefire in the Gaza Strip.',
      ),
    ).not.toContainEqual(expect.stringMatching(/Gaza/));
  });
});
