// An official of an intergovernmental body ("Chairperson of the Commission of the African Union (AU), Dr. X")
// represents no country, even when the sentence that introduces them names one; the organs of such a body ("African
// Union Commission") are intergovernmental too. Sentences are our own, in the shape of AU and ECOWAS releases.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const person = (text: string, name: string) => extract(text).persons.find((p) => p.name === name);

describe('an official of an intergovernmental body', () => {
  it('takes the title that a parenthesised acronym and a comma end, and no country', () => {
    const found = person(
      'Addis Ababa, 8 July 2015: The Chairperson of the Commission of the African Union (AU), Dr. Amara Toure, ' +
        'reiterates her deep concern at the situation in Burundi.',
      'Amara Toure',
    );
    expect(found?.title).toBe('Chairperson of the Commission of the African Union (AU)');
    expect(found?.country).toBeNull();
  });

  it('represents no country named later in the sentence ("... is following developments in the Comoros")', () => {
    const found = person(
      'The Chairperson of the African Union Commission, Amara Toure, is closely following developments in the Comoros.',
      'Amara Toure',
    );
    expect(found?.country).toBeNull();
  });
});

describe('an organ of an intergovernmental body', () => {
  it.each(['African Union Commission', 'ECOWAS Commission'])('%s is intergovernmental', (name) => {
    const result = extract(`The ${name} said on Monday that the mission would go ahead.`);
    expect(result.organizations.find((o) => o.name === name)?.kind).toBe('intergovernmental');
  });
});
