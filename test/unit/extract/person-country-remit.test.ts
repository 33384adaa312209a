// A title whose remit ends in "of" and a country's name ("Minister of Foreign Affairs of the Republic of Molvania
// X Y", "Prime Minister of Russia X Y") runs into the name after it, as Central and South Asian official copy
// writes it; a name before a comma ends such a title. Sentences are our own, in those shapes.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const people = (text: string) =>
  extract(text).persons.map((p) => ({ name: p.name, title: p.title, country: p.country }));

describe('a title ending in "of" and a country before a name', () => {
  it.each([
    [
      'Minister of Foreign Affairs of the Republic of Uzbekistan Dilshod Karimov held talks on Monday.',
      {
        name: 'Dilshod Karimov',
        title: 'Minister of Foreign Affairs of the Republic of Uzbekistan',
        country: 'UZB',
      },
    ],
    [
      'The envoy met Prime Minister of Russia Pavel Sergeyev on Monday.',
      { name: 'Pavel Sergeyev', title: 'Prime Minister of Russia', country: 'RUS' },
    ],
  ])('%s', (text, person) => {
    expect(people(text)).toContainEqual(person);
  });

  it('keeps where an ambassador is posted out of his country ("Ambassador to the Philippines X")', () => {
    const found = people('U.S. Ambassador to the Philippines Laura Dennison said the drills would go ahead.');
    expect(found.find((p) => p.name === 'Laura Dennison')?.country).toBe('USA');
  });
});

describe('a name before a comma', () => {
  it('ends the title there, so the outlet after the comma is no person', () => {
    const text =
      'The premier met with Prime Minister of Russia Pavel Sergeyev, Steppewire reports with reference to the press service.';
    const found = people(text);
    expect(found.map((p) => p.name)).not.toContain('Steppewire');
    expect(found).toContainEqual({
      name: 'Pavel Sergeyev',
      title: 'Prime Minister of Russia',
      country: 'RUS',
    });
  });
});

describe('an acronym in parentheses inside a title', () => {
  it.each([
    [
      'The Chair of the African Union (AU) Commission, Tomas Berenko, said the summit would act.',
      'Chair of the African Union (AU) Commission',
    ],
    [
      'The Chairperson of the African Union (AU) Commission Tomas Berenko welcomed the agreement on Monday.',
      'Chairperson of the African Union (AU) Commission',
    ],
  ])('is read through, so the name after the title is a person: %s', (text, title) => {
    const found = people(`Summit news\n\n${text}`);
    expect(found.map((p) => p.name)).toEqual(['Tomas Berenko']);
    expect(found[0]?.title).toBe(title);
  });

  it('gives the person the statement of the sentence', () => {
    const result = extract(
      'Summit news\n\nThe Chair of the African Union (AU) Commission, Tomas Berenko, said the summit would act.',
    );
    expect(result.statements.map((s) => s.speaker)).toEqual(['person:tomas-berenko']);
  });
});
