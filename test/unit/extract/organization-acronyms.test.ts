// An acronym in parentheses ties a name to the organization the acronym already names, spelt another way or by an
// old name; an acronym a known name inside the run spells out stays with that inner body.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgs = (text: string): { name: string; aliases: readonly string[] }[] =>
  extract(text).organizations.map((o) => ({ name: o.name, aliases: o.aliases }));

describe('a known acronym after a name', () => {
  it.each([
    [
      'Envoys of the Intergovernmental Authority for Development (IGAD) met the two generals in Nairobi on Monday.',
      'Intergovernmental Authority on Development',
      'Intergovernmental Authority for Development',
    ],
    [
      'The Organization of the Islamic Conference (OIC) said on Sunday that the summit had been a success.',
      'Organisation of Islamic Cooperation',
      'Organization of the Islamic Conference',
    ],
    [
      'Directors of the US Central Intelligence Agency (CIA) and Mossad will travel to Doha on Wednesday.',
      'Central Intelligence Agency',
      'US Central Intelligence Agency',
    ],
  ])('%s', (text, name, alias) => {
    const found = orgs(text).filter((o) => o.aliases.includes(alias) || o.name === alias);
    expect(found.map((o) => o.name)).toEqual([name]);
  });

  it('leaves a longer body whose inner name the acronym spells out', () => {
    const names = orgs(
      'He met the director of the Office of the Foreign Affairs Commission of the Communist Party of China (CPC) in Beijing.',
    ).map((o) => o.name);
    expect(names).toContain('Communist Party of China');
    expect(names).toContain('Office of the Foreign Affairs Commission of the Communist Party of China');
  });
});

describe('a head that names a body only before the acronym its name spells', () => {
  it.each([
    [
      'The mediators asked the Transitional Government of National Unity (TGoNU) to open the roads to Malakal.',
      'Transitional Government of National Unity',
      'TGoNU',
    ],
    [
      'The envoys told both armies to let the Ceasefire and Transitional Security Arrangements Monitoring Mechanism (CTSAMM) visit the barracks.',
      'Ceasefire and Transitional Security Arrangements Monitoring Mechanism',
      'CTSAMM',
    ],
    [
      'Diplomats said the Government of National Unity (GNU) in Khartoum had accepted the plan.',
      'Government of National Unity',
      'GNU',
    ],
  ])('%s', (text, name, acronym) => {
    expect(orgs(text)).toContainEqual({ name, aliases: [acronym] });
  });

  it('leaves the same heads without an acronym as common nouns', () => {
    expect(
      orgs('The new transitional government said a joint monitoring mechanism would visit the barracks.'),
    ).toEqual([]);
    expect(
      orgs('The Unity Government said on Monday that the Monitoring Mechanism had visited Malakal.'),
    ).toEqual([]);
  });
});
