// Given names written out before a known person's surname ("President Yoweri Kaguta Museveni") are that person's
// name in full: kept as an alias, as gold names a person by the fullest form the article writes.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const personsOf = (text: string): [string, string[]][] =>
  extract(text).persons.map((p) => [p.name, [...p.aliases].sort()]);

describe('given names before a known surname', () => {
  it.each([
    [
      'President Yoweri Kaguta Museveni opened the summit in Kampala on Friday.',
      'Yoweri Museveni',
      'Yoweri Kaguta Museveni',
    ],
    [
      'Egypt was represented by Foreign Minister Sameh Hassan Shoukry at the talks.',
      'Sameh Shoukry',
      'Sameh Hassan Shoukry',
    ],
    [
      'The envoy carried a message from President Emmerson D. Mnangagwa to Lusaka.',
      'Emmerson Mnangagwa',
      'Emmerson D. Mnangagwa',
    ],
  ])('keeps the full form as an alias: %s', (text, name, alias) => {
    const persons = personsOf(text);
    expect(persons.map(([n]) => n)).toEqual([name]);
    expect(persons[0]?.[1]).toContain(alias);
  });

  it.each([
    [
      'Belarus was represented by President Aleksandr Lukashenko at the forum.',
      'Alexander Lukashenko',
      'Aleksandr Lukashenko',
    ],
    ['Foreign Minister Andriy Sybiha arrived in Warsaw on Tuesday.', 'Andrii Sybiha', 'Andriy Sybiha'],
    ['The letter was signed by President Hasan Rouhani in Tehran.', 'Hassan Rouhani', 'Hasan Rouhani'],
  ])('keeps the article spelling of the given name as an alias: %s', (text, name, alias) => {
    const persons = personsOf(text);
    expect(persons.map(([n]) => n)).toEqual([name]);
    expect(persons[0]?.[1]).toContain(alias);
  });

  it('adds no alias from words that do not start with the given name', () => {
    const persons = personsOf('The delegation of Kaguta Museveni arrived in Nairobi on Friday.');
    expect(persons.flatMap(([, aliases]) => aliases).filter((a) => a.includes('Kaguta'))).toEqual([]);
  });
});
