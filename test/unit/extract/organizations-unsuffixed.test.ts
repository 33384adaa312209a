// Self-proclaimed republics, armed groups and parties whose names end in no organization word ("Ministry",
// "Party", "Agency") are found only through the bundled data, by name or alias.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('organizations without a suffix word, from the bundled data', () => {
  it.each([
    ['Monitors said the Donetsk People’s Republic had pulled back its guns.', "Donetsk People's Republic"],
    ['Shelling near the line was blamed on the LPR by the mission.', "Luhansk People's Republic"],
    ['The truce does not cover fighters of Jabhat al-Nusra around the town.', 'Nusra Front'],
    ['Renamo fighters began handing in their weapons in the central province.', 'Renamo'],
    ['The DUP said it would study the new text before returning to Stormont.', 'Democratic Unionist Party'],
    [
      'The plan calls for the FDLR to be disarmed within ninety days.',
      'Democratic Forces for the Liberation of Rwanda',
    ],
  ])('%s -> %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('keeps one body when its long name and its acronym are both written', () => {
    const names = orgNames(
      'The EU signed a pact with the Organization of African, Caribbean and Pacific States on Monday. ' +
        'The OACPS said the pact would run for twenty years.',
    );
    expect(names.filter((name) => name.includes('Pacific States'))).toEqual([
      'Organization of African, Caribbean and Pacific States',
    ]);
  });
});

describe('a plus sign inside a grouping name', () => {
  it.each([
    'Iran and the P5+1 resumed their talks in Vienna on Thursday.',
    'The E3+3 told Tehran that the offer would not stay open for long.',
  ])('joins the name: %s', (text) => {
    expect(orgNames(text)).toContain('P5+1');
  });
});

describe('a name spelled with a lower-case Arabic article', () => {
  it.each([
    ['The offensive pushed into al-Qaeda held villages near the border.', 'Al-Qaeda'],
    ['Envoys said al-Nusra fighters had left the hills by Friday.', 'Nusra Front'],
  ])('starts at the article: %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('still leaves a family name hyphened to the article alone', () => {
    expect(orgNames('Spokesman Yahya al-Saree said the ships were warned.')).toEqual([]);
  });
});
