// Countries listed as the subject of one verb each speak the clause after it: "A, B and C said ...", with or
// without a serial comma, and with a stance verb as well as "said".
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD = 'Aid talks\n\nForeign ministers met in Amman on Tuesday to discuss aid.\n\n';

describe('a list of speakers before one verb', () => {
  it.each([
    ['without a serial comma', 'Egypt, Jordan and Bahrain said they would open two more crossings for aid.'],
    ['with a serial comma', 'Egypt, Jordan, and Bahrain said they would open two more crossings for aid.'],
  ])('gives the clause to every member of the list, %s', (_shape, sentence) => {
    expect(speakersOf(`${LEAD}${sentence}`, 'crossings')).toEqual(['BHR', 'EGY', 'JOR']);
  });

  it('reads a list of four before a stance verb', () => {
    const text = `${LEAD}Egypt, Iraq, Jordan and Bahrain welcomed the truce along the border.`;
    expect(speakersOf(text, 'truce')).toEqual(['BHR', 'EGY', 'IRQ', 'JOR']);
  });

  it('stops where the list does: a member after ", and" belongs to the clause before', () => {
    const text = `${LEAD}Egypt sent aid to Jordan, and Iraq and Bahrain said they would open two more crossings for aid.`;
    expect(speakersOf(text, 'crossings')).toEqual(['BHR', 'IRQ']);
  });
});

describe('two people joined by words that describe the second', () => {
  const OPEN = 'Ties deepen\n\nThe ministers met in Lima on Monday to review trade and fishing rights.\n\n';
  it.each([
    [
      'a counterpart set off by commas',
      'Peruvian Foreign Minister Elmer Schialer and his Chilean counterpart, Alberto van Klaveren, stressed the need to finish the fishing pact this year.',
      ['person:alberto-van-klaveren', 'person:elmer-schialer'],
    ],
    [
      'a counterpart without commas',
      'Peruvian Foreign Minister Elmer Schialer and his Chilean counterpart Alberto van Klaveren said the fishing pact would be signed this year.',
      ['person:alberto-van-klaveren', 'person:elmer-schialer'],
    ],
    [
      'a title before the second name',
      'President Dina Boluarte and Prime Minister Gustavo Adrianzen said the fishing pact would be signed this year.',
      ['person:dina-boluarte', 'person:gustavo-adrianzen'],
    ],
  ])('gives the clause to both, %s', (_shape, sentence, speakers) => {
    expect(speakersOf(`${OPEN}${sentence}`, 'fishing pact')).toEqual(speakers);
  });

  it('does not join a comma-split title to the next name', () => {
    const text = `${OPEN}Peru's Minister of Production, Fishing, and Trade, Sergio Gonzalez, said the fishing pact would be signed this year.`;
    expect(speakersOf(text, 'fishing pact')).not.toContain('person:fishing');
    expect(speakersOf(text, 'fishing pact').length).toBeLessThanOrEqual(1);
  });
});

describe('a speaker written as an initialism with its closing dot', () => {
  it('reads "The U.K." as the subject of the verb right after it', () => {
    const text = `${LEAD}The U.K. said it would send two more aid ships to the port.`;
    expect(speakersOf(text, 'aid ships')).toEqual(['GBR']);
  });

  it('reads a list whose members carry closing dots', () => {
    const text = `${LEAD}Kenya, the U.K., and Ghana said they would open two more crossings for aid.`;
    expect(speakersOf(text, 'crossings')).toEqual(['GBR', 'GHA', 'KEN']);
  });
});

describe('a list of bodies and states before one verb', () => {
  it('gives the clause to each body and each state', () => {
    const text = `${LEAD}The Arab League, the European Union, and Norway called for an immediate truce along the border.`;
    expect(speakersOf(text, 'truce')).toEqual(['NOR', 'org:arab-league', 'org:european-union']);
  });

  it('reads a state first and the bodies after it', () => {
    const text = `${LEAD}Norway, the Arab League and the European Union said they would fund two more crossings for aid.`;
    expect(speakersOf(text, 'crossings')).toEqual(['NOR', 'org:arab-league', 'org:european-union']);
  });
});

describe('a list whose members carry their acronyms in brackets', () => {
  it('gives the clause to every member, each named with its acronym', () => {
    const text = `${LEAD}The United Nations (UN), the Arab League (AL) and the European Union (EU) on Monday urged both armies to open the crossings.`;
    expect(speakersOf(text, 'crossings')).toEqual([
      'org:arab-league',
      'org:european-union',
      'org:united-nations',
    ]);
  });
});

describe('a list of speakers closing the sentence', () => {
  it.each([
    [
      'two states in a joint statement',
      'Two more crossings will open for aid, Jordan and Bahrain said in a joint statement.',
      ['BHR', 'JOR'],
    ],
    [
      'a state with a dotted name',
      'Two more crossings will open for aid, the U.S. and Jordan said on Monday.',
      ['JOR', 'USA'],
    ],
  ])('gives the clause before it to every member, %s', (_shape, sentence, speakers) => {
    expect(speakersOf(`${LEAD}${sentence}`, 'crossings')).toEqual(speakers);
  });

  it('leaves out a country the reported words end with', () => {
    const text = `${LEAD}Two more crossings will open for aid in Yemen, Jordan and Bahrain said in a joint statement.`;
    expect(speakersOf(text, 'crossings')).toEqual(['BHR', 'JOR']);
  });
});
