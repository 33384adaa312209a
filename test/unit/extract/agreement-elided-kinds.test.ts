// "signed an agreement on fisheries and another on road transport": the kind word said once stands for a second
// instrument, told by "another" and its subject; each is an agreement of its own, of the same sides.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) => extract(text, { publishedAt: '2024-03-14' }).agreements;

describe('a second instrument told only by "another"', () => {
  it.each([
    [
      'another and its subject',
      'Kenya, Uganda sign accords\nKenya and Uganda signed an agreement on fisheries and another on road transport in Kampala.',
      ['fisheries', 'road transport'],
    ],
    [
      'the first told with its sides before its subject, the second by who signed it',
      'Kenya, Uganda sign accords\nKenyan Foreign Minister Musalia Mudavadi said he had signed a memorandum with his Ugandan counterpart on fisheries, and another between the two health ministries.',
      ['fisheries', 'health ministries'],
    ],
  ])('is two agreements: %s', (_shape, text, subjects) => {
    const found = agreements(text);
    expect(found).toHaveLength(2);
    for (const subject of subjects) expect(found.some((a) => a.name.includes(subject))).toBe(true);
    for (const agreement of found) expect(agreement.parties.sort()).toEqual(['KEN', 'UGA']);
  });

  it('is no agreement when "another" is a person', () => {
    const text =
      'Kenya, Uganda talks\nRuto met Museveni and another official on Friday to discuss a trade agreement.';
    expect(agreements(text)).toHaveLength(1);
  });
});
