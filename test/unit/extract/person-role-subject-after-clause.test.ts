// "... a truce in the Lumeria Valley, a spokesman for the president said": a role phrase that runs into its own
// speech verb with no comma closing it is the subject of that verb. The capitalized word before its comma ends the
// reported clause; it is no person the role describes.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('a role speaking after a clause names no person before its comma', () => {
  it.each([
    'Both sides agreed to a truce across Veldan, a spokeswoman for the prime minister said on Sunday.',
    'The ceasefire will start with the festival of Navaro, the regional envoy has said.',
  ])('reads no person in: %s', (text) => {
    expect(personNames(text)).toEqual([]);
  });

  it('keeps a name the apposition closes with a comma', () => {
    expect(
      personNames(
        'The truce held overnight, and Orvel Danaskin, the regional envoy, said it should be extended.',
      ),
    ).toEqual(['Orvel Danaskin']);
  });

  it('keeps a lone surname set off after a quote', () => {
    expect(
      personNames(
        'Danaskin arrived on Monday. "The truce holds," Danaskin, the regional envoy said on Tuesday.',
      ),
    ).toEqual(['Danaskin']);
  });
});
