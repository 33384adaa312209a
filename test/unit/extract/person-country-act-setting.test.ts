// A country named as where a person acted ("signed the truce in the Kenyan capital") is the host, not the country
// that person represents; one qualifying their title ("opposition leader in Kenya") is still theirs.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const countryOf = (text: string, name: string): string | null | undefined =>
  extract(text).persons.find((p) => p.name === name)?.country;

describe('a person whose only country in the sentence is where they acted', () => {
  it.each([
    ['the capital named by its nationality', 'in the Kenyan capital on Monday'],
    ['a city and its country', 'in Nairobi, Kenya, on Monday'],
    ['a neighbouring country', 'in neighbouring Kenya on Monday'],
  ])('gets no country from %s', (_shape, setting) => {
    const text = `Truce signed\nRebel commander Tomas Verlan signed a truce with the army ${setting}.`;
    expect(countryOf(text, 'Tomas Verlan')).toBeNull();
  });

  it('keeps a country that qualifies the title', () => {
    const text = 'Truce signed\nTomas Verlan, opposition leader in Kenya, welcomed the truce on Monday.';
    expect(countryOf(text, 'Tomas Verlan')).toBe('KEN');
  });
});
