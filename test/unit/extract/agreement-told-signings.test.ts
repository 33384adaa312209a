// Only the article's own telling makes a deal signed: a date given where the signing is told, or a year written
// with it. A date by "the truce took effect" dates the deal without saying anyone signed it, and a well-known
// agreement's signing date from the lexicon is no word of the article's.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const statuses = (text: string): (string | null)[] =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.map((a) => a.status);

describe('a deal told as signed', () => {
  it.each([
    ['a truce dated by its start', 'The ceasefire between Chad and Niger from March 12 has held.'],
    [
      'a ceasefire agreed on a date',
      'Chad and Niger agreed to a ceasefire on March 12 after a week of clashes.',
    ],
    [
      'a well-known agreement named without its signing',
      'Mexico said on Monday it still trades under the North American Free Trade Agreement.',
    ],
  ])('has no status: %s', (_shape, text) => {
    expect(statuses(text)).toEqual([null]);
  });

  it.each([
    ['a signing with its date', 'Chad and Niger signed a border treaty on March 12 in Niamey.'],
    ['a year written with the deal', 'Chad and Niger still disagree over the 1994 border treaty.'],
  ])('is signed: %s', (_shape, text) => {
    expect(statuses(text)).toEqual(['signed']);
  });
});
