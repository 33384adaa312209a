// A government that makes peace with armed groups of its own country, the groups unnamed ("the Malian government and
// six armed movements"): the peace deal is that country's, not a deal without sides or of the host that mediated it.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[][] =>
  extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => [...(a.parties ?? [])].sort());

describe('the peace deal of a government and its armed groups', () => {
  it.each([
    [
      'the government named before the groups',
      'Niger parties sign peace deal in Algiers\nThe rival camps of Niger on Monday signed a peace agreement at the close of talks hosted by the Algerian government. "The agreement opens a new chapter," the chief negotiator said. The talks between the Nigerien government and seven armed groups began in March.',
      ['NER'],
    ],
    [
      'the government of the country, then its groups',
      'Peace pact signed in Bamako\nGovernment of Mali and armed groups finalized the signing of the Kidal Peace Accord on Wednesday in a ceremony in the capital. The accord was reached in Algiers last month.',
      ['MLI'],
    ],
    [
      'a bare government beside the rebels',
      'Chad hails peace pact\nFor the Chadian government, this agreement marks a new beginning. "We have sealed a peace agreement between the government and the nine rebel movements," the minister said. Chad will host the follow-up talks.',
      ['TCD'],
    ],
    [
      'a government accusing rebels, no joiner between',
      'Truce breached in Chad\nThe Chadian government on Friday accused rebel fighters of breaching the truce. "The ceasefire is already broken," a spokesman said in N\'Djamena.',
      ['TCD'],
    ],
    [
      "a country's army facing rebels",
      'Army blames rebels for broken truce\nThe Malian army on Sunday blamed rebels for violating the ceasefire declared for the holiday. The rebels denied the charge.',
      ['MLI'],
    ],
  ])('gives the deal its country: %s', (_shape, text, sides) => {
    expect(parties(text)).toContainEqual(sides);
  });

  it('leaves a deal of two countries to them', () => {
    const text =
      'Kenya, Ethiopia sign border pact\nKenya and Ethiopia signed a border peace agreement in Nairobi on Sunday. The Kenyan government and the opposition welcomed the agreement.';
    expect(parties(text)).toContainEqual(['ETH', 'KEN']);
  });

  it("takes no rebel group's own Army for a government's", () => {
    const text =
      'Truce holds in the north\nA spokesman for the Free Syrian Army, the main rebel group, said the ceasefire was holding on Monday. Turkey and Jordan welcomed the truce.';
    expect(parties(text).flat()).not.toContain('SYR');
  });

  it('gives no side where the government stands beside no armed opponent', () => {
    const text =
      'Peace agreement hailed\nThe Nigerien government and the Algerian mediators praised a peace agreement signed on Monday. The agreement takes effect in June.';
    expect(parties(text).flat()).not.toContain('NER');
  });
});
