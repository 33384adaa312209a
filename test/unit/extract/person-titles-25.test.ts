// Titles as South Asian, Gulf and UN texts write them: two offices joined by "and", hyphened title words in an
// apposition. Sentences are our own, in the shapes found in real news.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const titleOf = (text: string, name: string): string | null | undefined =>
  extract(text).persons.find((p) => p.name === name)?.title;

describe('two offices held at once', () => {
  it('keeps both offices joined by "and" before the name', () => {
    expect(
      titleOf(
        "Nepal's Deputy Prime Minister and Finance Minister Ram Bahadur Thapa said on Monday that talks would go on.",
        'Ram Bahadur Thapa',
      ),
    ).toBe('Deputy Prime Minister and Finance Minister');
  });

  it("does not join a second person's office to the first", () => {
    const { persons } = extract(
      'President Anura Kumara and Foreign Minister Vijitha Herath said on Monday that the visit went well.',
    );
    expect(persons.find((p) => p.name === 'Vijitha Herath')?.title).toBe('Foreign Minister');
  });
});

describe('hyphened title words in an apposition', () => {
  it('keeps "Secretary-General" whole after the name', () => {
    expect(
      titleOf(
        'Amina Rahman, Secretary-General of the League, met the delegation on Tuesday.',
        'Amina Rahman',
      ),
    ).toBe('Secretary-General');
  });

  it('keeps "Director-General" whole after the name', () => {
    expect(
      titleOf(
        'Tomas Berg, Director-General, told reporters on Friday that inspections would resume.',
        'Tomas Berg',
      ),
    ).toBe('Director-General');
  });
});

describe('a title with a named body and no "of"', () => {
  it('finds the person after "Speaker National Assembly"', () => {
    const { persons, organizations } = extract(
      'The envoy called on Speaker National Assembly Tariq Mahmood in Islamabad on Friday.',
    );
    expect(persons.find((p) => p.name === 'Tariq Mahmood')?.title).toBe('Speaker National Assembly');
    expect(organizations.map((o) => o.name)).toContain('National Assembly');
  });

  it('keeps the body word out of the name after "Chairman Senate", and names no one with it alone', () => {
    const { persons } = extract(
      'Chairman Senate Bilal Ahmed Khan met the delegation on Monday. Later the Chairman Senate held talks with the envoy.',
    );
    expect(persons.map((p) => p.name)).toEqual(['Bilal Ahmed Khan']);
    expect(persons[0]?.title).toBe('Chairman Senate');
  });

  it('reads "Chairman <Country> Senate" as the title', () => {
    const { persons } = extract('Chairman Pakistan Senate Bilal Khan will lead a delegation to Doha.');
    expect(persons.map((p) => [p.name, p.title])).toEqual([['Bilal Khan', 'Chairman Pakistan Senate']]);
  });
});
