// Forms of address before a name ("H.E.", "His Excellency", "Dr.", "Amb.", "Hon.") belong to neither the name nor
// the title before them, as official copy from African, South Asian and Gulf outlets writes them. Sentences are
// our own, in those shapes.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const people = (text: string) =>
  extract(text).persons.map((p) => ({ name: p.name, title: p.title, country: p.country }));

describe('a style of address before a name', () => {
  it.each([
    ['the abbreviation with its dots', 'Vice President H.E. Tomas Berenko of Molvania arrived on Monday.'],
    [
      'the abbreviation without its last dot',
      'Vice President H.E Tomas Berenko of Molvania arrived on Monday.',
    ],
    ['the style spelled out', 'Vice President His Excellency Tomas Berenko of Molvania arrived on Monday.'],
    ['a style and a doctor', 'Vice President H.E. Dr. Tomas Berenko of Molvania arrived on Monday.'],
  ])('is not part of the name nor of the title: %s', (_shape, text) => {
    expect(people(text)).toContainEqual(
      expect.objectContaining({ name: 'Tomas Berenko', title: 'Vice President' }),
    );
    expect(people(text).map((p) => p.name)).toEqual(['Tomas Berenko']);
  });

  it('leaves a stacked title before it whole ("Prime Minister of Kenya H.E X")', () => {
    const found = people('Prime Minister of Kenya H.E Odhiambo Wafula opened the session on Monday.');
    expect(found).toContainEqual({
      name: 'Odhiambo Wafula',
      title: 'Prime Minister of Kenya',
      country: 'KEN',
    });
  });

  it('leaves a title with a remit before it whole ("Minister for Trade and East African Cooperation Amb. X")', () => {
    const found = people(
      'Minister for Trade and East African Cooperation Amb. Rehema Kisanga said the talks went well.',
    );
    expect(found.map((p) => p.name)).toEqual(['Rehema Kisanga']);
    expect(found[0]?.title).toBe('Minister for Trade and East African Cooperation');
  });

  it('makes the name after it a person even with no title ("H.E Tomas Berenko began by ...")', () => {
    const text =
      'The summit opened in Addis Ababa. H.E Tomas Berenko began by thanking the hosts. He said the year had been hard.';
    expect(people(text).map((p) => p.name)).toContain('Tomas Berenko');
  });

  it('is no person when it stands alone ("His Highness, during the meeting, ...")', () => {
    const text =
      'His Highness Sheikh Rashid bin Saeed Al Nahyan received the envoys. His Highness, during the meeting, praised their work.';
    expect(people(text).map((p) => p.name)).toEqual(['Rashid bin Saeed Al Nahyan']);
  });
});

describe('an office set off by commas after another name', () => {
  it('stays that name\'s apposition, not the title of the next name ("X, Chairperson of ..., H.E. Y")', () => {
    const text =
      'Speakers included H.E. Tomas Berenko, Chairperson of the AU Commission, H.E. Dr. Odhiambo Wafula, Prime Minister of Kenya, and others.';
    const found = people(text);
    expect(found).toContainEqual(expect.objectContaining({ name: 'Tomas Berenko', title: 'Chairperson' }));
    expect(found.find((p) => p.name === 'Odhiambo Wafula')?.title).not.toMatch(/Chairperson/);
  });

  it('is still the title after an opening phrase ("In his remarks, Chairperson of ..., Y,")', () => {
    const found = people(
      'In his remarks, Chairperson of the African Union Commission, Tomas Berenko, praised the reform.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        name: 'Tomas Berenko',
        title: 'Chairperson of the African Union Commission',
      }),
    );
  });
});

describe('a style of address written in letters set apart', () => {
  it.each([
    ['The talks were opened by the President of Malawi, H. E. Chikondi Banda, on Monday.', 'Chikondi Banda'],
    [
      'The President of the Republic of Malawi H E Chikondi Banda received the envoy on Monday.',
      'Chikondi Banda',
    ],
  ])('%s', (text, name) => {
    const { persons } = extract(text);
    expect(persons.map((p) => p.name)).toEqual([name]);
    expect(persons[0]?.title).toContain('President');
  });
});

describe('an office before a style and a royal honorific', () => {
  it.each([
    [
      'Foreign Minister H.H. Sheikh Rashid bin Salem Al Nuaimi arrived in Cairo on Monday.',
      'Foreign Minister',
    ],
    [
      'Minister of Foreign Affairs HE Sheikh Rashid bin Salem Al Nuaimi met the delegation on Monday.',
      'Minister of Foreign Affairs',
    ],
  ])('%s', (text, title) => {
    const { persons } = extract(text);
    expect(persons.find((p) => p.name.startsWith('Rashid bin Salem'))?.title).toBe(title);
  });

  it('gives "the Minister of Foreign Affairs of <country>" to that country\'s minister', () => {
    const { meetings } = extract(
      'The Minister of Foreign Affairs, H.E. Dr. Khalid bin Salem Al Nuaimi, met the Minister of Foreign Affairs of ' +
        'the Republic of Madagascar, H.E. Lova Rakotobe, on the sidelines of the UN General Assembly.',
    );
    expect(meetings.flatMap((m) => m.participants)).toContain('person:lova-rakotobe');
  });
});
