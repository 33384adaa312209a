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
  it.each([
    [
      'later in its clause, with the region word before it',
      'A truce agreed by the warring parties in northern Yemen began at dawn on Monday, a spokesman for the Arab League said.',
      'Northern Yemen truce',
    ],
    [
      'a country its compass word begins',
      'The Arab League on Friday welcomed another peace deal in South Sudan, its spokesman Karim Haddad said.',
      'South Sudan peace deal',
    ],
  ])('finds its place %s', (_shape, text, name) => {
    expect(names(text)).toContain(name);
  });

  it('takes no demonym for its place', () => {
    expect(
      names(
        'The Arab League welcomed the ceasefire agreed in the Turkish city of Antalya, its spokesman said.',
      ).join(),
    ).not.toMatch(/Turkish/);
  });

  it('takes no sides from the go-betweens who arranged it', () => {
    const found = names(
      'The warring sides agreed to a truce arranged by Egypt and Qatar. The truce took effect in Gaza, Egyptian and Qatari officials said.',
    );
    expect(found).toContain('Gaza truce');
    expect(found.join()).not.toMatch(/Egypt/);
  });
});
