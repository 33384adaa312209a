// Well-known outlets and bodies of the Middle East, Africa and South Asia come from the bundled data, by name or alias.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('regional organizations from the bundled data', () => {
  it.each([
    ['The talks were held at the Amiri Diwan in Doha, according to a statement.', 'Amiri Diwan'],
    ['Kenyan President William Ruto told Press TV that the corridor would open.', 'Press TV'],
    ['The envoy briefed OCHA on the convoy, Sudan Tribune reported.', 'Sudan Tribune'],
    [
      'The envoy briefed OCHA on the convoy, Sudan Tribune reported.',
      'United Nations Office for the Coordination of Humanitarian Affairs',
    ],
    [
      'Negotiators from the TPLF met federal officials in Pretoria, Addis Standard reported.',
      "Tigray People's Liberation Front",
    ],
    ['Foreign Minister Ishaq Dar spoke to Geo News after the meeting.', 'Geo News'],
  ])('%s -> %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });
});
