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
