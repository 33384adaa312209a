// People, countries, organizations and places: rule families as tables, with names the gazetteer has never seen.

import { describe, expect, it } from 'vitest';
import { extract, surfaces } from './helpers.ts';

describe('people from titles and context', () => {
  it.each([
    [
      'Deputy Foreign Minister Andrey Rudenko spoke on Monday.',
      'Andrey Rudenko',
      'Deputy Foreign Minister',
      null,
    ],
    [
      'South Korean national security adviser Chang Ho-jin said the plan was ready.',
      'Chang Ho-jin',
      'national security adviser',
      'KOR',
    ],
    ['Russian President Vladimir Putin arrived.', 'Vladimir Putin', 'President', 'RUS'],
    ['Foreign Minister Zorana Valtic met her counterpart.', 'Zorana Valtic', 'Foreign Minister', null],
    [
      'Sergei Ryabkov, Russia’s deputy foreign minister, said talks were over.',
      'Sergei Ryabkov',
      'deputy foreign minister',
      'RUS',
    ],
    [
      'Brazilian Trade Minister Joana Pereira da Costa signed the deal.',
      'Joana Pereira da Costa',
      'Trade Minister',
      'BRA',
    ],
    [
      'Chinese Foreign Ministry spokesperson Guo Jiakun said Beijing objected.',
      'Guo Jiakun',
      'Foreign Ministry spokesperson',
      'CHN',
    ],
    ['The ruling party’s leader, Tomasz Wrobel, said he would resign.', 'Tomasz Wrobel', 'leader', null],
    [
      'Foreign Minister Ali Youssef al-Sharif wrote to the council.',
      'Ali Youssef al-Sharif',
      'Foreign Minister',
      null,
    ],
    ['The army, led by General Abdel Fattah al-Burhan, advanced.', 'Abdel Fattah al-Burhan', 'General', null],
    ['Minister of Finance Tolani Obuya met the envoy.', 'Tolani Obuya', 'Minister of Finance', null],
    [
      'He met Kenyan Cabinet Secretary for Foreign Affairs Wycliffe Omondi on Monday.',
      'Wycliffe Omondi',
      'Cabinet Secretary for Foreign Affairs',
      'KEN',
    ],
  ])('%s', (text, name, title, country) => {
    const person = extract(text).persons.find((p) => p.name === name);
    expect(person).toBeDefined();
    expect(person?.title?.toLowerCase()).toBe(title.toLowerCase());
    if (country) expect(person?.country).toBe(country);
  });

  it.each([
    [
      'a surname',
      'Deputy Foreign Minister Andrey Rudenko arrived. Rudenko said little.',
      'person:andrey-rudenko',
      'Rudenko',
    ],
    ['an honorific', 'President Vladimir Putin spoke. Mr Putin smiled.', 'person:vladimir-putin', 'Putin'],
    [
      'a title reference',
      'Russian President Vladimir Putin spoke. The Russian leader then left.',
      'person:vladimir-putin',
      'The Russian leader',
    ],
    [
      'a role reference',
      'Deputy Foreign Minister Andrey Rudenko spoke. The deputy foreign minister added more.',
      'person:andrey-rudenko',
      'The deputy foreign minister',
    ],
    [
      'a family name first',
      'North Korean leader Kim Jong-un arrived. Kim waved.',
      'person:kim-jong-un',
      'Kim',
    ],
    [
      'a hyphenated surname',
      'Iranian Foreign Minister Hossein Amir-Abdollahian spoke. Amir-Abdollahian left.',
      'person:hossein-amir-abdollahian',
      'Amir-Abdollahian',
    ],
  ])('resolves %s to the full person', (_name, text, id, surface) => {
    const result = extract(text);
    expect(surfaces(result, result.persons.find((p) => p.id === id)?.mentions ?? [])).toContain(surface);
  });

  it.each([
    [
      'a fuller name later',
      'Prince Faisal said the talks went well. Foreign ministers Faisal bin Farhan Al Saud and others met.',
      'person:faisal-bin-farhan-al-saud',
      'Faisal',
    ],
    [
      'an ambassador to a country',
      '"Allies are stronger," said U.S. Ambassador to the Philippines Dana Moreau.',
      'person:dana-moreau',
      'Dana Moreau',
    ],
  ])('finds %s', (_name, text, id, surface) => {
    const result = extract(text);
    expect(surfaces(result, result.persons.find((p) => p.id === id)?.mentions ?? [])).toContain(surface);
  });

  it('reads no person into a plural name after a title far back ("a series of ASEAN Summits")', () => {
    const result = extract('President Jokowi was due to attend a series of ASEAN Summits in Phnom Penh.');
    expect(result.persons.map((p) => p.name)).not.toContain('Summits');
  });

  it('keeps one node per person and bylines out', () => {
    const result = extract(
      'By Kim Mi-na, staff reporter\n\nNorth Korean leader Kim Jong-un met Russian President Vladimir Putin. Kim later left, and Putin stayed.',
    );
    expect(result.article.authors).toEqual(['Kim Mi-na']);
    expect(result.persons.map((p) => p.id).sort()).toEqual(['person:kim-jong-un', 'person:vladimir-putin']);
  });

  it.each([
    [
      'Reporting by',
      'Officials met.\n\nReporting by Anna Lee and Tom Park; Editing by Ed Stone',
      ['Anna Lee', 'Tom Park', 'Ed Stone'],
    ],
    ['By', 'By Jane Doe\n\nOfficials met.', ['Jane Doe']],
  ])('reads authors from a %s line', (_name, text, authors) => {
    expect(extract(text).article.authors).toEqual(expect.arrayContaining(authors));
  });
});

describe('countries', () => {
  it.each([
    ['name', 'South Korea protested.', 'KOR', 'South Korea'],
    ['alt spelling', 'The DPRK fired a missile.', 'PRK', 'North Korea'],
    ['demonym', 'Russian officials declined to comment.', 'RUS', 'Russia'],
    ['capital as metonymy', 'Seoul said it was ready.', 'KOR', 'South Korea'],
    ['seat of power', 'The Kremlin said nothing.', 'RUS', 'Russia'],
    ['White House', 'The White House said it would respond.', 'USA', 'United States'],
    ['Washington', 'Washington has denied it.', 'USA', 'United States'],
    ['abbreviation', 'The U.S. envoy arrived.', 'USA', 'United States'],
    ['hyphenated pair', 'The China-Russia statement was issued.', 'CHN', 'China'],
    ['the English name the country data no longer lists', 'Turkey offered to mediate.', 'TUR', 'Türkiye'],
  ])('%s', (_name, text, id, name) => {
    expect(extract(text).countries.find((c) => c.id === id)?.name).toBe(name);
  });

  it.each([
    ['a DRC city', 'Congo said its army held Bukavu. Congolese troops dug in.', ['COD'], 'COG'],
    ['no other mention', 'The rebels pushed into eastern Congo on Sunday.', ['COD'], 'COG'],
    [
      'Brazzaville',
      'Congo and Chad signed a trade pact in Brazzaville. The Congolese minister smiled.',
      ['COG'],
      'COD',
    ],
    [
      'Republic of Congo',
      'The Republic of Congo hosted the talks, Congolese officials said.',
      ['COG'],
      'COD',
    ],
  ])(
    'reads "Congo" and "Congolese" as the Congo the article names otherwise (%s)',
    (_name, text, ids, absent) => {
      const found = extract(text).countries.map((c) => c.id);
      expect(found).toEqual(expect.arrayContaining(ids));
      expect(found).not.toContain(absent);
    },
  );

  it.each([
    [
      'with a space',
      'S. Sudan army and rebels trade blame\nBoth sides accused each other of breaking the truce.',
    ],
    [
      'written close',
      'S.Sudan rebels agree to talks\nThe rebels said they would send a delegation next week.',
    ],
  ])('reads the headline short form of South Sudan as South Sudan, not Sudan (%s)', (_name, text) => {
    const found = extract(text).countries.map((c) => c.id);
    expect(found).toContain('SSD');
    expect(found).not.toContain('SDN');
  });

  it('makes a capital where a meeting happens a place in its country', () => {
    const result = extract(
      'The leaders held a summit in Pyongyang on June 19. Rudenko is currently in Tehran.',
    );
    expect(result.places).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'place:pyongyang', name: 'Pyongyang', country: 'PRK' }),
        expect.objectContaining({ id: 'place:tehran', name: 'Tehran', country: 'IRN' }),
      ]),
    );
    expect(result.countries.map((c) => c.id)).toEqual(expect.arrayContaining(['PRK', 'IRN']));
  });

  it('finds named places by their suffix, with the country from context', () => {
    const result = extract('They met at the Vostochny Cosmodrome in the Russian Far East last September.');
    expect(result.places).toContainEqual(
      expect.objectContaining({
        id: 'place:vostochny-cosmodrome',
        name: 'Vostochny Cosmodrome',
        country: 'RUS',
      }),
    );
  });
});

describe('organizations', () => {
  it.each([
    ['Rudenko told Sputnik on Monday.', 'Sputnik', 'news agency'],
    ['Photo by (TASS/Yonhap)', 'Yonhap', 'news agency'],
    ['NATO said it would respond.', 'North Atlantic Treaty Organization', 'intergovernmental'],
    ['Leaders of the Mekong Riparian Council met.', 'Mekong Riparian Council', 'other'],
    ['The Ruritanian Workers Party won.', 'Ruritanian Workers Party', 'party'],
    ['A spokesman for the Ministry of Coastal Affairs spoke.', 'Ministry of Coastal Affairs', 'ministry'],
    ['The Baltic Sea Dialogue convened.', 'Baltic Sea Dialogue', 'intergovernmental'],
    ['Officials at the Lagos Maritime Agency agreed.', 'Lagos Maritime Agency', 'other'],
    ['Jordan’s state news outlet, the Petra News Agency, reported it.', 'Petra News Agency', 'news agency'],
  ])('%s', (text, name, kind) => {
    expect(extract(text).organizations.find((o) => o.name === name)?.kind).toBe(kind);
  });

  it('names a country’s lower-case ministry after the country', () => {
    const result = extract('North Korea’s foreign ministry denounced the drill.');
    expect(result.organizations.map((o) => o.name)).toContain('North Korean Foreign Ministry');
  });

  it.each([
    ['the foreign ministry of Niger said', 'Nigerien Foreign Ministry'],
    ['the foreign ministry in Niamey said', 'Nigerien Foreign Ministry'],
    ['the Foreign Ministry in Ghana said', 'Ghanaian Foreign Ministry'],
  ])('gives "%s" the ministry of the country named after it, not the country', (words, name) => {
    const result = extract(
      `Truce agreed\n\nThe two rebel groups have agreed to a ten-day truce, ${words} on Monday.`,
    );
    const names = new Map(result.organizations.map((o) => [o.id, o.name]));
    expect(result.statements.map((s) => names.get(s.speaker) ?? s.speaker)).toEqual([name]);
  });

  it('reads "the foreign office" as the country’s foreign ministry, as "the foreign ministry" is read', () => {
    const result = extract(
      'Kenya hails truce\n\nNAIROBI: Kenya welcomed the ten-day truce between the two rebel groups.\n\n' +
        '"We hope the truce will hold," said the foreign office in a statement.',
    );
    const office = result.organizations.find((o) => o.name === 'Kenyan Foreign Office');
    expect(office?.aliases).toContain('Foreign Office');
    expect(result.statements.filter((s) => s.direct).map((s) => s.speaker)).toEqual([office?.id]);
  });

  it('keeps a capital after "of" out of a ministry: a city names no country there', () => {
    const result = extract(
      'Truce agreed\n\nThe two rebel groups met, the foreign ministry of Niamey said on Monday.',
    );
    expect(result.organizations.map((o) => o.name)).not.toContain('Nigerien Foreign Ministry');
  });

  it('reads a ministry acronym with its country as that country’s ministry', () => {
    const names = (text: string): string[] => extract(text).organizations.map((o) => o.name);
    expect(names('The envoys met in Bishkek, the Kyrgyz MFA said.')).toContain('Kyrgyz Foreign Ministry');
    expect(names('A spokesman of Nepal MoFA said the visit was useful.')).toContain(
      'Nepalese Foreign Ministry',
    );
    expect(names('The MFA of Georgia summoned the envoy.')).toContain('Georgian Foreign Ministry');
    // Without a country the acronym names no ministry.
    expect(names('The MFA summoned the envoy.')).toEqual([]);
  });

  it('names "<Country>’s Ministry of Foreign Affairs" after the country, as it does "Foreign Ministry"', () => {
    const speakers = (text: string): string[] => {
      const result = extract(text);
      const names = new Map(result.organizations.map((o) => [o.id, o.name]));
      return result.statements.map((s) => names.get(s.speaker) ?? s.speaker);
    };
    expect(
      speakers(
        'Plan rejected\n\nChad’s Ministry of Foreign Affairs said on Monday that any settlement must respect its borders.',
      ),
    ).toContain('Chadian Ministry of Foreign Affairs');
  });

  it('keeps acronyms as aliases and later mentions', () => {
    const result = extract('Ministers of the Asia Cooperation Dialogue (ACD) met. The ACD agreed.');
    const acd = result.organizations.find((o) => o.name === 'Asia Cooperation Dialogue');
    expect(acd?.aliases).toContain('ACD');
    expect(acd?.mentions.length).toBeGreaterThanOrEqual(2);
  });
});
