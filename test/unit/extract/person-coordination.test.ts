// People named without a title beside someone who has one: a full name coordinated by "and" with a person is a
// person, a plural title shared by both names is not part of either, and a cardinal is titled like a pope.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('names coordinated with a person', () => {
  it.each([
    ['The talks between Finnish President Sauli Niinisto and Marta Kovacs ended on Monday.', 'Marta Kovacs'],
    ['Marta Kovacs and Finnish President Sauli Niinisto met in Turku on Monday.', 'Marta Kovacs'],
    [
      'President Niinisto spoke. The deal keeps a promise by Presidents Marta Kovacs and Sauli Niinisto last year.',
      'Marta Kovacs',
    ],
    ['The accord followed mediation by Pope Leo XIV and Cardinal Pietro Rossi in 1984.', 'Pietro Rossi'],
  ] as const)('"%s" names %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it('leaves a capitalized run with no person beside it alone', () => {
    expect(names('Trade between Northern Provinces and Lake Districts grew last year.')).toEqual([]);
  });

  it('does not take a plural title into the name', () => {
    expect(
      names(
        'President Niinisto spoke. The deal keeps a promise by Presidents Marta Kovacs and Sauli Niinisto.',
      ),
    ).not.toContain('Presidents Marta Kovacs');
  });
});

describe('names each followed by their country', () => {
  it.each([
    [
      'The bloc named Presidents Amadou Diallo Keita of Senegal and Kofi Mensah Asante of Ghana as mediators.',
      ['Amadou Diallo Keita', 'Kofi Mensah Asante'],
    ],
    [
      'The meeting was attended by Félix Tshisekedi of DR Congo, Kwame Boateng of Ghana and Ama Serwaa Owusu of Togo.',
      ['Ama Serwaa Owusu', 'Félix Tshisekedi', 'Kwame Boateng'],
    ],
  ])('%s', (text, names) => {
    expect(
      extract(text)
        .persons.map((p) => p.name)
        .sort(),
    ).toEqual(names);
  });
});
