// An organization's "of" tail ends where an office or a form of address opens a person's name: "Ministry of
// External Affairs Spokesperson X" is the ministry and a person, not one organization. Sentences are our own, in
// shapes of South Asian, African and Gulf official copy.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('the "of" tail of an organization before a person', () => {
  it.each([
    [
      'an office',
      'Ministry of Coastal Affairs Spokesperson Ravi Menon said the talks went well.',
      'Ravi Menon',
    ],
    [
      'an office opening the sentence',
      'The Ministry of Coastal Affairs Ambassador Ravi Menon received the buses.',
      'Ravi Menon',
    ],
    [
      'a form of address',
      'The President of the Union of Comoros H.E Ahmed Bakar Youssouf opened the session.',
      'Ahmed Bakar Youssouf',
    ],
  ])('ends before %s', (_shape, text, name) => {
    const result = extract(text);
    expect(result.persons.map((p) => p.name)).toContain(name);
    expect(result.organizations.map((o) => o.name).join(' | ')).not.toContain(name);
  });

  it('keeps the ministry itself', () => {
    const result = extract('Ministry of Coastal Affairs Spokesperson Ravi Menon said the talks went well.');
    expect(result.organizations.map((o) => o.name)).toContain('Ministry of Coastal Affairs');
  });

  it('leaves a known organization one organization when an office follows its name', () => {
    const result = extract(
      'Organization of Islamic Cooperation Secretary General Ahmed Bakar Youssouf called for restraint.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['Organisation of Islamic Cooperation']);
  });

  it('keeps an office that ends the name ("Office of the President")', () => {
    const result = extract('The Office of the President said the visit was postponed.');
    expect(result.organizations.map((o) => o.name)).toContain('Office of the President');
  });
});

describe('a title with a remit that names a service', () => {
  it('makes no organization of the connector left after the title ("Chief of Army Staff X")', () => {
    const result = extract('The envoy called on the Chief of Army Staff Gen. Tariq Mehmood on Monday.');
    expect(result.organizations.map((o) => o.name)).toEqual([]);
    expect(result.persons.find((p) => p.name === 'Tariq Mehmood')?.title).toBe('Chief of Army Staff');
  });
});

describe('two names joined by "and" in one capitalized run', () => {
  it.each([
    [
      'a name ending in an organization suffix',
      'The pact links the Lakeland Export Authority and Hillford Trade Centre in a joint fund.',
      ['Lakeland Export Authority', 'Hillford Trade Centre'],
    ],
    [
      'a known organization',
      'The minister held talks with NATO and European Union envoys on Monday.',
      ['European Union', 'North Atlantic Treaty Organization'],
    ],
  ])('splits after %s', (_shape, text, names) => {
    const result = extract(text);
    const found = result.organizations.map((o) => o.name);
    for (const name of names) expect(found).toContain(name);
    expect(found.join(' | ')).not.toMatch(/ and /);
  });

  it('keeps an "and" that joins the words of one name', () => {
    const result = extract('The Ministry of Fisheries and Coastal Development said the talks went well.');
    expect(result.organizations.map((o) => o.name)).toContain(
      'Ministry of Fisheries and Coastal Development',
    );
  });
});

describe('a date after a connector', () => {
  it('is no part of the name ("the Ministry of Coastal Affairs on Thursday")', () => {
    const result = extract('The Ministry of Coastal Affairs on Thursday said the buses had arrived.');
    expect(result.organizations.map((o) => o.name)).toContain('Ministry of Coastal Affairs');
  });
});

describe('a hyphenated modifier before a name', () => {
  it('is no part of the name ("the Norway-backed Coastal Reform Committee")', () => {
    const result = extract('The Norway-backed Coastal Reform Committee said it would comply.');
    expect(result.organizations.map((o) => o.name)).toContain('Coastal Reform Committee');
    expect(result.organizations.map((o) => o.name).join(' | ')).not.toContain('-backed');
  });
});

describe('a holder named after a title, then "and" and an organization', () => {
  it.each([
    [
      'The envoy will call on Prime Minister Jonas Berg and National Assembly Speaker Ana Silva.',
      'Jonas Berg',
      'National Assembly',
    ],
    [
      'Talks between the government envoy Tomas Ortega and Coastal Liberation Front envoy Ana Silva resumed.',
      'Tomas Ortega',
      'Coastal Liberation Front',
    ],
  ])('keeps the holder a person: %s', (text, person, org) => {
    const result = extract(text);
    expect(result.persons.map((p) => p.name)).toContain(person);
    expect(result.organizations.map((o) => o.name)).toContain(org);
  });

  it('leaves an "and" inside a name after "of the" ("Secretary-General of the Economic and Social Council")', () => {
    const result = extract('The Secretary-General of the Economic and Social Council spoke.');
    expect(result.organizations.map((o) => o.name)).toContain('Economic and Social Council');
  });
});

describe('an organization named in the "of the" tail of a body that belongs to it', () => {
  it.each([
    [
      'a known party',
      'The Standing Bureau of the Communist Party of China met in Beijing on Monday.',
      'Communist Party of China',
    ],
    [
      'an unknown party',
      'The Central Committee of the Green Harvest Party of Moldova met on Monday.',
      'Green Harvest Party of Moldova',
    ],
    [
      'an unknown council',
      'The Legal Assembly of the Council of Lakes ruled on the case.',
      'Council of Lakes',
    ],
  ])('lists %s as its own organization', (_shape, text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toContain(name);
  });

  it('adds no organization for a country in the tail', () => {
    const names = extract('The Security Council of the Russian Federation met on Monday.').organizations.map(
      (o) => o.name,
    );
    expect(names).toEqual(['Security Council of the Russian Federation']);
  });
});

describe('a found name that a longer found name opens before its tail', () => {
  it.each([
    [
      'a "for" tail',
      'The Kuwaiti Fund for Rural Growth signed the loan. The Kuwaiti Fund said it was glad.',
      'Kuwaiti Fund for Rural Growth',
      'Kuwaiti Fund',
    ],
    [
      'an "of" tail',
      'The Ministry of Coastal Affairs of Moldova said on Monday that the Ministry of Coastal Affairs would reply.',
      'Ministry of Coastal Affairs of Moldova',
      'Ministry of Coastal Affairs',
    ],
  ])('is the short form of the body with %s', (_shape, text, name, short) => {
    const orgs = extract(text).organizations;
    expect(orgs.map((o) => o.name)).toEqual([name]);
    expect([...(orgs[0]?.aliases ?? [])]).toContain(short);
  });

  it('leaves two bodies whose longer name adds no tail', () => {
    const names = extract(
      'The Coastal Council met. The Coastal Council Secretariat said it would reply.',
    ).organizations.map((o) => o.name);
    expect(names.length).toBeGreaterThanOrEqual(1);
    expect(names).toContain('Coastal Council');
  });
});

describe('a point of the compass opening a name', () => {
  it.each([
    [
      'Leaders of the Southern Transitional Council arrived in Riyadh on Monday.',
      'Southern Transitional Council',
    ],
    ['A summit of the Eastern Africa Standby Force will meet in Nairobi.', 'Eastern Africa Standby Force'],
    ['The Western Coastal Authority (WCA) approved the plan on Friday.', 'Western Coastal Authority'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toContain(name);
  });
});

describe('a name run on into the person who heads the body', () => {
  it.each([
    [
      'The head of the Atomic Energy Organization of Iran Mohammad Eslami spoke in Tehran.',
      'Atomic Energy Organization of Iran',
    ],
    [
      'Secretary General of the Organization of Turkic States Leyla Sarova said the summit was useful.',
      'Organization of Turkic States',
    ],
  ])('%s', (text, name) => {
    const names = extract(text).organizations.map((o) => o.name);
    expect(names).toContain(name);
    expect(names.filter((n) => n.startsWith(`${name} `))).toEqual([]);
  });
});

describe('the complement of a "for the" tail', () => {
  const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

  it.each([
    [
      'Troops loyal to the Supreme Council for the Protection of the Republic took the airport.',
      'Supreme Council for the Protection of the Republic',
    ],
    [
      'A spokesman for the National Committee for the Defence of the People (CNDC) said talks would resume.',
      'National Committee for the Defence of the People',
    ],
    [
      'Colonel Ali Bako, head of the Transitional Council for the Salvation of the Homeland of Chad, arrived.',
      'Transitional Council for the Salvation of the Homeland',
    ],
    [
      'The Ministerial Council of the Cooperation Council for the Arab States of the Gulf met on Monday.',
      'Gulf Cooperation Council',
    ],
  ])('%s -> %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('keeps a plain "of" tail with its country', () => {
    expect(orgNames('The Democratic Forces for the Liberation of Rwanda rejected the plan.')).toContain(
      'Democratic Forces for the Liberation of Rwanda',
    );
  });
});

describe("a minister's portfolio", () => {
  const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

  it.each([
    'The minister of Territorial Administration and Decentralization, Issa Kone, read the statement.',
    'Minister of Civil Service Administration Ana Lee said the reform would continue.',
  ])('%s names no organization', (text) => {
    expect(orgNames(text)).toEqual([]);
  });

  it('keeps the body a head leads', () => {
    expect(orgNames('The head of the National Disaster Administration spoke in Lusaka.')).toContain(
      'National Disaster Administration',
    );
  });
});

describe('a suffix word that opens the title "Cabinet Secretary"', () => {
  const names = (text: string): string[] => extract(text).organizations.map((o) => o.name);

  it.each([
    ["Kenya's Interior Cabinet Secretary Amina Otieno said the border would reopen on Monday.", []],
    [
      'The Ministry of Roads and Transport Cabinet Secretary Amina Otieno met the delegation in Mombasa.',
      ['Ministry of Roads and Transport'],
    ],
    [
      'The Office of the Prime Cabinet Secretary said on Friday that the envoys had met.',
      ['Office of the Prime Cabinet Secretary'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a second title after "and" opens the body it heads', () => {
  it.each([
    [
      'Perthes, envoy to Libya and Head of United Nations Support Mission in Libya (UNSMIL), arrived on Monday.',
      ['United Nations Support Mission in Libya'],
    ],
    [
      'The deals were signed in the presence of Investment Minister Khalid Al Falih and Chief of Army Staff General Asim Munir.',
      [],
    ],
    ['He was received by Osman Saleh and Speaker of Parliament Tesfay Ghebre in Asmara.', []],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('an "of <country>" tail before an unknown person', () => {
  it.each([
    [
      'a spokesperson',
      'The Spokesperson of the Ministry of Fisheries of Ghana Kwesi Appiah Danso has told reporters the deal holds.',
      'Ministry of Fisheries of Ghana',
      'Kwesi Appiah Danso',
    ],
    [
      'a signatory',
      'The memorandum was signed by Secretary of the Ministry of Water and Forests of Peru Lucia Quispe and the envoy.',
      'Ministry of Water and Forests of Peru',
      'Lucia Quispe',
    ],
  ])('ends the name at the country before %s', (_shape, text, organization, person) => {
    const result = extract(text);
    expect(result.organizations.map((o) => o.name)).toContain(organization);
    expect(result.persons.map((p) => p.name)).toContain(person);
  });

  it('keeps capitals that end in a suffix of their own inside the name', () => {
    const result = extract('The Bank of Ghana Financial Stability Council met on Monday.');
    expect(result.organizations.map((o) => o.name).join(' | ')).toContain(
      'Bank of Ghana Financial Stability Council',
    );
  });
});

describe('an "of" tail with a demonym', () => {
  it('keeps the capitals after the demonym inside the name', () => {
    const result = extract('The Union of Spanish Speaking Nations welcomed the accord on Monday.');
    expect(result.organizations.map((o) => o.name)).toContain('Union of Spanish Speaking Nations');
  });
});
