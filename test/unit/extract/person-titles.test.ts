// Titles as South Asian, Gulf and UN texts write them: two offices joined by "and", hyphened title words in an
// apposition. Sentences are our own, in the shapes found in real news.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const titleOf = (text: string, name: string): string | null | undefined =>
  extract(text).persons.find((p) => p.name === name)?.title;

describe('two offices held at once', () => {
  it('keeps both offices joined by "and" before the name', () => {
    expect(
      titleOf(
        "Nepal's Deputy Prime Minister and Finance Minister Ram Bahadur Thapa said on Monday that talks would go on.",
        'Ram Bahadur Thapa',
      ),
    ).toBe('Deputy Prime Minister and Finance Minister');
  });

  it.each([
    [
      'Deputy Prime Minister and Minister of Foreign Affairs Salim Dar met Foreign Minister Kerem Aydin on Monday.',
      'Salim Dar',
      'Deputy Prime Minister and Minister of Foreign Affairs',
    ],
    [
      'Prime Minister and Minister of Foreign Affairs HE Sheikh Khalid bin Nasser Al Thani met Foreign Minister Kerem Aydin.',
      'Khalid bin Nasser Al Thani',
      'Prime Minister and Minister of Foreign Affairs',
    ],
    [
      'Adviser to the Prime Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr. Nasser Al Kuwari said the talks went on.',
      'Nasser Al Kuwari',
      'Official Spokesperson for the Ministry of Foreign Affairs',
    ],
  ])('keeps a first office joined by "and" before an office with a remit: %s', (text, name, title) => {
    expect(titleOf(text, name)).toBe(title);
  });

  it('gives "the prime minister said" to the holder of both offices, not to the guest named after him', () => {
    const { persons, statements } = extract(
      'Prime Minister and Minister of Foreign Affairs HE Sheikh Khalid bin Nasser Al Thani met Minister of Foreign Affairs of Turkey HE Kerem Aydin on Monday. ' +
        'The prime minister said the talks were useful.',
    );
    const holder = persons.find((p) => p.name === 'Khalid bin Nasser Al Thani');
    expect(statements.map((s) => s.speaker)).toEqual([holder?.id]);
  });

  it("does not join a second person's office to the first", () => {
    const { persons } = extract(
      'President Anura Kumara and Foreign Minister Vijitha Herath said on Monday that the visit went well.',
    );
    expect(persons.find((p) => p.name === 'Vijitha Herath')?.title).toBe('Foreign Minister');
  });
});

describe('hyphened title words in an apposition', () => {
  it('keeps "Secretary-General" whole after the name', () => {
    expect(
      titleOf(
        'Amina Rahman, Secretary-General of the League, met the delegation on Tuesday.',
        'Amina Rahman',
      ),
    ).toBe('Secretary-General');
  });

  it('keeps "Director-General" whole after the name', () => {
    expect(
      titleOf(
        'Tomas Berg, Director-General, told reporters on Friday that inspections would resume.',
        'Tomas Berg',
      ),
    ).toBe('Director-General');
  });
});

describe('a title with a named body and no "of"', () => {
  it('finds the person after "Speaker National Assembly"', () => {
    const { persons, organizations } = extract(
      'The envoy called on Speaker National Assembly Tariq Mahmood in Islamabad on Friday.',
    );
    expect(persons.find((p) => p.name === 'Tariq Mahmood')?.title).toBe('Speaker National Assembly');
    expect(organizations.map((o) => o.name)).toContain('National Assembly');
  });

  it('keeps the body word out of the name after "Chairman Senate", and names no one with it alone', () => {
    const { persons } = extract(
      'Chairman Senate Bilal Ahmed Khan met the delegation on Monday. Later the Chairman Senate held talks with the envoy.',
    );
    expect(persons.map((p) => p.name)).toEqual(['Bilal Ahmed Khan']);
    expect(persons[0]?.title).toBe('Chairman Senate');
  });

  it('reads "Chairman <Country> Senate" as the title', () => {
    const { persons } = extract('Chairman Pakistan Senate Bilal Khan will lead a delegation to Doha.');
    expect(persons.map((p) => [p.name, p.title])).toEqual([['Bilal Khan', 'Chairman Pakistan Senate']]);
  });
});

describe('a royal honorific after the office', () => {
  it('gives "President", not "President Sheikh"', () => {
    expect(
      titleOf(
        'President Sheikh Hamdan bin Rashid Al Nahyan received the envoy on Monday.',
        'Hamdan bin Rashid Al Nahyan',
      ),
    ).toBe('President');
  });

  it('gives "Minister of Energy", not "Minister of Energy Prince"', () => {
    expect(
      titleOf('Minister of Energy Prince Turki bin Saud attended the signing on Monday.', 'Turki bin Saud'),
    ).toBe('Minister of Energy');
  });

  it('keeps "Crown Prince", where the honorific word is the office', () => {
    expect(titleOf('Crown Prince Turki bin Saud received the envoy on Monday.', 'Turki bin Saud')).toBe(
      'Crown Prince',
    );
  });

  it('reads "Amir" before "Sheikh" as the title, and "Amir" hyphened or before a name as a name', () => {
    const { persons } = extract(
      "Kuwait's Amir Sheikh Jaber bin Nasser Al Sabah received Iranian Foreign Minister Reza Amir-Tehrani on Monday. " +
        'Amir Haidari, a lawmaker, said the talks went well.',
    );
    const byName = new Map(persons.map((p) => [p.name, p]));
    expect(byName.get('Jaber bin Nasser Al Sabah')?.title).toBe('Amir');
    expect(byName.get('Jaber bin Nasser Al Sabah')?.country).toBe('KWT');
    expect(byName.get('Reza Amir-Tehrani')?.title).toBe('Foreign Minister');
    expect([...byName.keys()]).toContain('Amir Haidari');
  });
});

describe('a later mention spelled otherwise', () => {
  it('joins "Sadeqi" to "Farid Sadeghi" (as "Araqchi" to "Araghchi") and gives him the statement', () => {
    const result = extract(
      'Foreign Minister Farid Sadeghi met the envoy on Monday. Sadeqi said the talks were useful.',
    );
    expect(result.persons.map((p) => p.name)).toEqual(['Farid Sadeghi']);
    expect(result.statements.map((s) => s.speaker)).toEqual([result.persons[0]?.id]);
  });

  it('joins "Kadhafi" to "Gaddafi"', () => {
    const { persons, statements } = extract(
      'Libyan leader Omar Gaddafi met the envoy. Kadhafi said the talks were useful.',
    );
    expect(persons.map((p) => p.name)).toEqual(['Omar Gaddafi']);
    expect(statements[0]?.speaker).toBe(persons[0]?.id);
  });

  it('does not join short names that only sound alike', () => {
    const { statements } = extract('Foreign Minister Ali Gul met the envoy. Kul said the talks were useful.');
    expect(statements.map((s) => s.speaker)).not.toContain('person:ali-gul');
  });
});

describe('"Sultan" as a given name in a chain of "son of" names', () => {
  const names = (text: string): string[] => extract(text).persons.map((p) => p.name);

  it('keeps "bin Sultan" inside the name', () => {
    expect(names('Prince Fahd bin Sultan bin Abdulaziz said the talks went well.')).toEqual([
      'Fahd bin Sultan bin Abdulaziz',
    ]);
  });

  it('reads "Sultan bin X" as a name, and "Sultan X bin Y" as the title', () => {
    const { persons } = extract(
      "Sultan bin Rashid Al Mazrouei, the minister of industry, met the envoy. Oman's Sultan Hamad bin Tarik received him later.",
    );
    expect(persons.map((p) => [p.name, p.title]).sort()).toEqual([
      ['Hamad bin Tarik', 'Sultan'],
      ['Sultan bin Rashid Al Mazrouei', 'minister'],
    ]);
  });

  it.each([
    [
      'The accord was signed by His Excellency Sultan Al Nuaimi, Assistant Minister of Energy, on Monday.',
      'Sultan Al Nuaimi',
    ],
    ['Sultan Al-Kaabi, the deputy minister of trade, met the envoy in Abu Dhabi.', 'Sultan Al-Kaabi'],
    [
      'The talks were attended by Khalid Sultan Rashid Al Mansoori, Ambassador to Egypt.',
      'Khalid Sultan Rashid Al Mansoori',
    ],
    [
      'The deal was inked by Dr. Saif bin Hamad Sultan Al Marri, Minister of State, in Doha.',
      'Saif bin Hamad Sultan Al Marri',
    ],
  ])('reads "Sultan" before the article or between two name words as a name word: %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('keeps "Sultan" the title after a demonym and before a given name', () => {
    const { persons } = extract(
      'Omani Sultan Faris bin Tarik received the envoy. His Majesty Sultan Hamad met him later.',
    );
    expect(persons.map((p) => [p.name, p.title]).sort()).toEqual([
      ['Faris bin Tarik', 'Sultan'],
      ['Hamad', 'Sultan'],
    ]);
  });

  it('finds a "son of" name without a title, but not one a place name goes on with', () => {
    expect(
      names(
        'Saeed bin Hamad Al Kaabi welcomed the delegation. They toured the Rashid bin Saeed Space Centre.',
      ),
    ).toEqual(['Saeed bin Hamad Al Kaabi']);
  });
});

describe('a royal honorific before the name and the office after it', () => {
  it('takes the office from the apposition', () => {
    const { persons } = extract(
      'Sheikh Hamdan bin Rashid Al Nahyan, UAE Vice President, hosted Sheikh Jassim bin Ali Al-Thani, Chief of the Amiri Diwan, on Monday.',
    );
    expect(persons.map((p) => [p.name, p.title]).sort()).toEqual([
      ['Hamdan bin Rashid Al Nahyan', 'Vice President'],
      ['Jassim bin Ali Al-Thani', 'Chief'],
    ]);
  });

  it('keeps the honorific when no office follows, and an office before the name over one after it', () => {
    const { persons } = extract(
      'Sheikh Hamdan bin Rashid Al Nahyan met the envoy. Crown Prince Khalid bin Fahd, the Saudi minister, met him too.',
    );
    expect(persons.map((p) => [p.name, p.title]).sort()).toEqual([
      ['Hamdan bin Rashid Al Nahyan', 'Sheikh'],
      ['Khalid bin Fahd', 'Crown Prince'],
    ]);
  });
});

describe("an envoy's full rank after the title", () => {
  it.each([
    'Samir Oduya, Ambassador Extraordinary and Plenipotentiary of Kenya in Pakistan, said the accord was a breakthrough.',
    'The accords were signed by Foreign Minister Lina Moto and by Carl Beyer, US Ambassador Extraordinary and Plenipotentiary to Angola.',
  ])('is no person: %s', (text) => {
    const names = extract(`Accord signed\n\n${text}`).persons.map((p) => p.name);
    expect(names).not.toContain('Extraordinary');
    expect(names).not.toContain('Plenipotentiary');
  });
});

describe('a name before a title that runs on past its head', () => {
  it.each([
    [
      'Samir Oduya, Ambassador Extraordinary and Plenipotentiary of Kenya in Pakistan, said the accord was a breakthrough.',
      'person:samir-oduya',
    ],
    [
      'Tarek Mansi, a special envoy of the UN Secretary General, said the mission will send troops to help the accord.',
      'person:tarek-mansi',
    ],
  ])('is a person who speaks: %s', (text, id) => {
    expect(extract(`Accord signed\n\n${text}`).statements.map((s) => s.speaker)).toContain(id);
  });
});

describe('a mission beside a speech verb', () => {
  it.each([
    'THE Chinese Embassy in Manila claimed on Thursday that an understanding had been reached. Later, the Chinese Embassy said that officials had been briefed.',
    'The Chinese Embassy in Manila on Friday confirmed the understanding. The Chinese Embassy said the supply missions could go on.',
  ])('is no person: %s', (text) => {
    const names = extract(`Understanding confirmed\n\n${text}`).persons.map((p) => p.name);
    expect(names).not.toContain('Embassy');
  });
});

describe("a role owned by a body after the name's comma", () => {
  it.each([
    ["The envoy is expected to meet Karim Nazari, the Taliban's acting minister of mines.", 'Karim Nazari'],
    ["The delegation called on Anwar Saleh, the RSF's deputy commander, in Nairobi.", 'Anwar Saleh'],
  ])('%s', (text, name) => {
    expect(extract(text).persons.map((p) => p.name)).toContain(name);
  });
});

describe('an undersecretary as a title', () => {
  it.each([
    [
      'The ministry quoted Malawian Foreign Ministry undersecretary Grace Phiri as saying the talks would resume.',
      'Grace Phiri',
    ],
    ['Trade Undersecretary Paulo Reyes said on Monday that the deal was close.', 'Paulo Reyes'],
  ])('reads the name after "undersecretary" as a titled person: %s', (text, name) => {
    expect(
      extract(text)
        .persons.find((p) => p.name === name)
        ?.title?.toLowerCase(),
    ).toContain('undersecretary');
  });
});

describe('a remit whose closing noun runs into the name', () => {
  it.each([
    [
      'Minister of Foreign Affairs and International Cooperation Yusuf Abdi Warsame said on Monday that both sides would sign.',
      'Yusuf Abdi Warsame',
      'Minister of Foreign Affairs and International Cooperation',
    ],
    [
      'UN Special Coordinator for the Middle East Peace Process Lena Storvik said the truce was fragile.',
      'Lena Storvik',
      'Special Coordinator for the Middle East Peace Process',
    ],
    [
      'State Minister of Trade and Regional Integration Galgalo Dida met the delegation on Tuesday.',
      'Galgalo Dida',
      'State Minister of Trade and Regional Integration',
    ],
  ])('%s', (text, name, title) => {
    const { persons } = extract(text);
    expect(persons.map((p) => p.name)).toEqual([name]);
    expect(persons[0]?.title).toContain(title);
  });
});

describe("a title's remit that runs back over another person's name", () => {
  it.each([
    [
      'Palestinian President Samuel Haddad dismissed the idea of amending the Arab Peace Initiative on Monday.',
      'Samuel Haddad',
    ],
    ['The two leaders proposed to nominate President Joe Biden for the Nobel Peace Prize.', 'Joe Biden'],
  ])('names only the holder, not the capitals after the remit: %s', (text, name) => {
    expect(extract(text).persons.map((p) => p.name)).toEqual([name]);
  });
});

describe('two initials after a title', () => {
  it.each([
    [
      'Talks\nForeign Minister KM Rafiqul Hasan today said the accord was fair.',
      'KM Rafiqul Hasan',
      'Foreign Minister',
    ],
    [
      'Talks\nForeign Secretary SR Anwar Kabir met the envoy on Monday.',
      'SR Anwar Kabir',
      'Foreign Secretary',
    ],
  ])('starts the name with them: %s', (text, name, title) => {
    const { persons } = extract(text);
    expect(persons.map((p) => [p.name, p.title])).toEqual([[name, title]]);
  });

  it("keeps a title's own abbreviation out of the name", () => {
    const { persons } = extract('Talks\nCabinet Secretary PS Jacob Mwangi met the envoy on Monday.');
    expect(persons.map((p) => p.name)).toEqual(['Jacob Mwangi']);
  });
});

describe('a councillor as a title', () => {
  it.each([
    [
      'Swiss Federal Councillor Anna Keller said the trade pact would open new markets.',
      'Anna Keller',
      'Councillor',
    ],
    ['Cabinet Councilor Ri Song Chol led the northern delegation to the talks.', 'Ri Song Chol', 'Councilor'],
  ])('keeps the title out of the name: %s', (text, name, title) => {
    const persons = extract(text).persons;
    expect(persons.map((p) => p.name)).toEqual([name]);
    expect(persons[0]?.title).toContain(title);
  });
});
