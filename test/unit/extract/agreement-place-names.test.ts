// "welcomed the ceasefire agreement in Goma": an agreement whose sides the article never names is told apart from
// the other ceasefires of news by the place it is in or was signed in.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-03-12' }).agreements.map((a) => a.name);

describe('an agreement with no sides named', () => {
  it.each([
    [
      'a ceasefire in a town',
      'The Arab League on Tuesday welcomed the ceasefire agreement in Goma, its spokesman Karim Haddad said, calling on all parties to respect it.',
      'Goma ceasefire agreement',
    ],
    [
      'a peace agreement signed in a city',
      'The warring parties signed a peace agreement in Bamako on Monday. "We will work to implement the deal," Minister Amadou Keita said.',
      'Bamako peace agreement',
    ],
  ])('takes the name of its place: %s', (_shape, text, name) => {
    expect(names(text)).toContain(name);
  });

  it('keeps the name its sides give it', () => {
    expect(
      names('Mali and Niger signed a border agreement in Bamako on Monday, officials said.').join(),
    ).not.toMatch(/^Bamako/);
  });
});
