// A country's name that is a person's given name: "Defence Minister Israel Katz" is one person, not the country
// and a surname; the country's name stays a country where no title stands before it.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('country names as given names', () => {
  it.each([
    ['Defence Minister Jordan Hale said on Monday that the truce would hold.', 'Jordan Hale'],
    ['The talks were attended by Interior Minister Chad Morrow and two envoys.', 'Chad Morrow'],
    ['"The border stays open," Foreign Minister Georgia Lane told reporters on Friday.', 'Georgia Lane'],
  ])('reads the country word after a title as the given name: %s', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  it('gives the speaker the whole name', () => {
    const result = extract('Defence Minister Jordan Hale said on Monday that the truce would hold.');
    const speaker = result.persons.find((p) => p.id === result.statements[0]?.speaker);
    expect(speaker?.name).toBe('Jordan Hale');
    expect(speaker?.title).toBe('Defence Minister');
  });

  it('reads the same two words elsewhere in the article as the name too', () => {
    const text =
      'Defence Minister Jordan Hale met the envoy in Cairo on Monday. Jordan Hale said later that the truce would hold.';
    expect(personNames(text)).toEqual(['Jordan Hale']);
  });

  it.each([
    'Prime Minister of Israel Benjamin Netanyahu said on Monday that the truce would hold.',
    'The newspaper Israel Hayom reported on Monday that the truce would hold, and the Israel Defense Forces agreed.',
  ])('keeps the country where no title stands right before it: %s', (text) => {
    expect(personNames(text).filter((name) => name.startsWith('Israel'))).toEqual([]);
    expect(extract(text).countries.map((c) => c.id)).toContain('ISR');
  });
});
