// The sides of a deal told after a participle: "the accord signed between A and B", "a deal was reached between A and
// B", "the pact signed by A and B". A go-between's "brokered by" names no side.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[][] =>
  extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => [...(a.parties ?? [])].sort());

describe('the sides after a participle', () => {
  it.each([
    [
      'a government and a movement after "signed between"',
      'Envoy urges patience\nThe peace agreement signed between the Ethiopian government and TPLF needs patience and goodwill, the envoy told reporters on Monday.',
      ['ETH', 'org:tigray-peoples-liberation-front'],
    ],
    [
      'a passive "was reached between"',
      'Prisoners to go home\nA prisoner swap deal was reached between the Yemeni government and the Houthis in March, the envoy said on Monday.',
      ['YEM', 'org:houthis'],
    ],
    [
      'two countries and a time after them',
      'Tariffs to fall\nThe trade pact concluded between Ghana and Togo last month will cut tariffs on farm goods, the minister said on Monday.',
      ['GHA', 'TGO'],
    ],
    [
      'the agents of a signing after "signed by"',
      'Truce holds\nThe ceasefire agreement signed by the Sudanese Armed Forces and the Rapid Support Forces is holding in Darfur, the envoy said on Monday.',
      ['org:rapid-support-forces', 'org:sudanese-armed-forces'],
    ],
  ])('reads them: %s', (_shape, text, sides) => {
    expect(parties(text)).toContainEqual(sides);
  });

  it('takes no broker after "brokered by" for a side', () => {
    const text =
      'Calm returns\nThe truce brokered by Qatar is holding across the border region, a spokesman said on Monday.';
    expect(parties(text).flat()).not.toContain('QAT');
  });
});
