// A story that names one country's warring sides ("Sudan's warring parties", "the rival factions in Libya") tells of
// a civil war: "the two sides" of its truce are that war's, not the countries named most (the mediators, the host).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[][] =>
  extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => [...(a.parties ?? [])].sort());

describe('the truce of a country whose warring sides the story names', () => {
  it.each([
    [
      'mediators who urge the sides',
      'Kenya and Ethiopia urge Somalia’s warring parties to agree new truce\nKenya and Ethiopia have called on Somalia’s warring parties to commit to a fresh ceasefire agreement. Kenya and Ethiopia have been mediating between the warring parties for weeks. Kenya and Ethiopia will monitor the ceasefire.',
      ['KEN', 'ETH'],
    ],
    [
      'the place the envoy told of it from',
      'Chad truce agreed\nChad’s warring parties have agreed to a truce, the envoy said in Niamey, Niger, on Friday. The envoy met both sides in Niger before the agreement. Niger will host the next round.',
      ['NER'],
    ],
  ])('has no mediator or host for a side: %s', (_shape, text, outsiders) => {
    const found = parties(text).flat();
    expect(found.length).toBeLessThan(2);
    for (const outsider of outsiders) expect(found).not.toContain(outsider);
  });

  it('keeps the pair of a story about two countries', () => {
    const text =
      'Kenya, Ethiopia sign trade pact\nKenya and Ethiopia signed a trade agreement in Nairobi on Sunday. The two sides said the agreement would cut tariffs. Kenya and Ethiopia will meet again in June.';
    expect(parties(text)).toContainEqual(['ETH', 'KEN']);
  });
});
