// A joint statement is an agreement where its sides sign or adopt it, or are named with it; one only issued or read
// out, by no side the article names, is what its authors said.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const declarations = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-10' })
    .agreements.filter((a) => a.kind === 'declaration')
    .map((a) => a.name);

describe('a joint statement only issued or read out', () => {
  it.each([
    [
      'issued by go-betweens to set out their plans',
      'The envoys of the four donor states issued a joint statement on Thursday outlining their plans to end the fighting in the north.',
    ],
    [
      'read out at a news conference',
      'The full text has not been published, but a joint statement listing its main points was read out at the news conference.',
    ],
  ])('is no agreement when %s', (_shape, text) => {
    expect(declarations(text)).toEqual([]);
  });
});

describe('a joint statement its sides put their names to', () => {
  it.each([
    ['signed by leaders the sentence does not name', 'The leaders also signed a joint statement on Monday.'],
    [
      'adopted at a summit',
      'The two leaders adopted a joint statement at the end of their meeting on Monday.',
    ],
    [
      'issued by two named states',
      'Chile and Peru issued a joint statement on their maritime border on Monday.',
    ],
  ])('stays an agreement when %s', (_shape, text) => {
    expect(declarations(text)).toHaveLength(1);
  });
});
