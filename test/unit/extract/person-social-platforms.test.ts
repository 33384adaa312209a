// A social platform named alone is where words were posted ("In a post on X, the premier said"), never a person
// the apposition or title beside it describes.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('social platforms are no persons', () => {
  it.each([
    'In a post on X, the premier said the talks with the visiting envoy had been warm and cordial.',
    'The truce was announced on the official Twitter account of the presidency late on Friday.',
    'The ministry said on its official Facebook page that the envoy would arrive on Monday.',
  ])('reads no person in: %s', (text) => {
    expect(personNames(text)).toEqual([]);
  });

  it('keeps the official named after the platform', () => {
    expect(
      personNames(
        'Also on Twitter, Regional Commissioner for Peace and Security Amina Odera confirmed the breakthrough.',
      ),
    ).toEqual(['Amina Odera']);
  });

  it('leaves the premier as the speaker of a post on X', () => {
    const result = extract(
      'Prime Minister Tomas Rell met the envoy on Monday. In a post on X, the premier said the talks had been "warm and cordial".',
    );
    const speakers = result.statements.map((s) => result.persons.find((p) => p.id === s.speaker)?.name);
    expect(speakers).toEqual(['Tomas Rell']);
  });
});
