// Stances whose particle comes after the day the news names, on sentences written for the test: "X called Thursday
// for ...", "X urged Monday on ...": the day between the verb and its particle does not hide the stance.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD = 'Ceasefire calls\n\nDiplomats gathered in Geneva this week.\n\n';

describe('stances with the day between the verb and its particle', () => {
  it.each([
    [
      'Norway and Chile called Thursday for an immediate halt to the fighting in the border region.',
      'halt',
      ['CHL', 'NOR'],
    ],
    [
      'Kenya called Monday on both armies to return to the negotiating table in Jeddah.',
      'negotiating',
      ['KEN'],
    ],
  ])('reads "%s" as a stance', (sentence, words, speakers) => {
    expect(speakersOf(`${LEAD}${sentence}`, words as string)).toEqual(speakers);
  });

  it('still reads a phone call on a day as no stance', () => {
    expect(
      speakersOf(`${LEAD}Kenya called Monday to congratulate the new president of Chile.`, 'congratulate'),
    ).toEqual([]);
  });
});
