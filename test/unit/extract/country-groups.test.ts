// Counted plural subjects that mean countries, on sentences written for the test: "the two countries expressed
// ...", "both nations affirmed ...", and "the two sides said ..." where no people are named for the sides.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD =
  'Neighbours sign water accord\n\nKenya and Ethiopia signed a water-sharing accord in Nairobi on Tuesday.\n\n';

describe('counted groups of countries as speakers', () => {
  it.each([
    'In a joint communique issued at the end of the visit, the two countries expressed satisfaction with their growing trade ties.',
    'Both nations affirmed their support for settling border disputes through dialogue.',
    'In a joint communique issued at the end of the visit, the two sides said they would open a new border crossing next year.',
  ])('gives "%s" to each of the two countries just named', (sentence) => {
    const words = sentence.includes('trade')
      ? 'trade ties'
      : sentence.includes('dialogue')
        ? 'dialogue'
        : 'crossing';
    expect(speakersOf(`${LEAD}${sentence}`, words)).toEqual(['ETH', 'KEN']);
  });

  it('counts "the three countries" and leaves a group that names more countries than it counts', () => {
    const three = `Gulf talks\n\nOman, Qatar and Kuwait held talks in Muscat on Monday.\n\nThe three countries welcomed the progress made towards a regional trade pact.`;
    expect(speakersOf(three, 'regional trade pact')).toEqual(['KWT', 'OMN', 'QAT']);
    const two = `Gulf talks\n\nOman, Qatar and Kuwait held talks in Muscat on Monday.\n\nThe two countries welcomed the progress made towards a regional trade pact.`;
    expect(speakersOf(two, 'regional trade pact')).toEqual([]);
  });

  it('does not take the countries a quote names for the group', () => {
    const text = `Summit ends\n\nLeaders met in Riyadh on Monday. “We welcome the dialogue between Kenya and Somalia,” the declaration said.\n\nBoth countries stressed the need for closer cooperation against piracy.`;
    expect(speakersOf(text, 'piracy')).toEqual([]);
  });
});
