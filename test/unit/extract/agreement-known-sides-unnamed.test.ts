// A known agreement's name made of common words ("Comprehensive Peace Agreement", "Peace and Friendship Treaty") is
// that agreement only when the article names one of its sides; otherwise it is the article's own deal, or the known
// one of the sides the article does name.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string, publishedAt = '2019-05-06') =>
  extract(text, { publishedAt }).agreements.map((a) => ({ name: a.name, parties: [...a.parties].sort() }));

describe('a known name of common words in a story on other sides', () => {
  it('is a description of the story’s own deal when written in lower case', () => {
    const found = agreements(
      'Mali and Niger signed a comprehensive peace agreement on Sunday in Niamey, ending years of border clashes. ' +
        '"This agreement opens a new chapter," Malian Foreign Minister Awa Traore said.',
    );
    expect(found.map((a) => a.name)).not.toContain('Comprehensive Peace Agreement');
    expect(found.some((a) => a.parties.includes('MLI') && a.parties.includes('NER'))).toBe(true);
  });

  it('is the known treaty of the sides the article names when capitalized', () => {
    const found = agreements(
      'India is willing to revisit the 1950 Peace and Friendship Treaty with Nepal, Foreign Minister Raj Kumar said on Tuesday.',
    );
    expect(found.map((a) => a.name)).toEqual(['Treaty of Peace and Friendship between India and Nepal']);
  });

  it('stays the known agreement when the article names one of its sides', () => {
    const found = agreements(
      'Sudan marked the anniversary of the Comprehensive Peace Agreement on Sunday, officials in Khartoum said.',
    );
    expect(found.map((a) => a.name)).toEqual(['Comprehensive Peace Agreement']);
  });
});
