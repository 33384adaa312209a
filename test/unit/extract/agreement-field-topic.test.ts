// "<kind> in <field>": an agreement named by the field it covers, not by where, when or how firmly it was made.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).agreements.map((a) => a.name);

describe('a field after "in"', () => {
  it.each([
    [
      'Kenya and Ghana will sign two agreements in cybersecurity and tourism.',
      'agreements in cybersecurity and tourism',
    ],
    [
      'Peru and Bolivia signed key agreements in anti-smuggling and customs data, officials said.',
      'agreements in anti-smuggling and customs data',
    ],
    [
      'Oman and Jordan signed a memorandum in the field of water management.',
      'memorandum in the field of water management',
    ],
  ])('names the agreement by its field: %s', (text, described) => {
    expect(names(text).some((n) => n.endsWith(described))).toBe(true);
  });

  it.each([
    'Kenya and Ghana reached an agreement in principle on trade, officials said.',
    'Kenya and Ghana signed a fisheries agreement in Nairobi on Monday.',
    'Kenya and Ghana signed a fisheries agreement in 2020.',
    'Kenya and Ghana signed a fisheries agreement in the capital.',
  ])('takes no place, time or standing for a field: %s', (text) => {
    expect(names(text).join(' ')).not.toMatch(/ in /);
  });

  it('leaves plural agreements with no field unnamed', () => {
    expect(names('Kenya and Ghana signed several agreements in Nairobi.')).toEqual([]);
  });
});
