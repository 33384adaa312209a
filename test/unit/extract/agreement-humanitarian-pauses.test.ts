// "a four-day humanitarian pause agreed by the army and the rebels": the UN's and mediators' word for a short truce is
// an agreement when it is made, announced or kept, not when it is only called for, nor any other pause.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-03-12' }).agreements.map((a) => a.name);

describe('a humanitarian pause', () => {
  it.each([
    [
      'made by its sides',
      'Envoy Lamine Diop said on Monday that the humanitarian pause agreed to by the army and the Northern Front had let convoys reach Kidal.',
    ],
    [
      'announced, in its noun phrase',
      'The Arab League welcomed on Tuesday the announced three-day humanitarian pause in Kidal, its spokesman Karim Haddad said.',
    ],
  ])('is an agreement when %s', (_, text) => {
    expect(names(text).join()).toMatch(/humanitarian pause/);
  });

  it.each([
    [
      'only called for',
      'Envoy Lamine Diop urged a humanitarian pause in Kidal on Monday, saying convoys could not reach the town.',
    ],
    [
      'not humanitarian',
      'The Arab League said on Tuesday that the talks in Algiers would take a pause until April.',
    ],
  ])('is none when %s', (_, text) => {
    expect(names(text).join()).not.toMatch(/pause/);
  });
});
