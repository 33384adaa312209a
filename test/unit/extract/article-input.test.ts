// What the article input brings besides its text: the source's bylines travel with it into the result.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const TEXT = 'By Mary Major\n\nPresident Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday.';

describe('the article input', () => {
  it('keeps the bylines the source gives, before those found in the text, each once', () => {
    const result = extract(TEXT, { publishedAt: '2024-06-19', authors: ['Jane Roe', 'Mary Major'] });
    expect(result.article.authors).toEqual(['Jane Roe', 'Mary Major']);
  });

  it('takes the bylines of the text alone when the source gives none', () => {
    expect(extract(TEXT, { publishedAt: '2024-06-19' }).article.authors).toEqual(['Mary Major']);
  });

  it('refuses a publication date that is not a calendar day', () => {
    expect(() => extract(TEXT, { publishedAt: '2024-02-30' })).toThrow(/publishedAt/);
  });
});
