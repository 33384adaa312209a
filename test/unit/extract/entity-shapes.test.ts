// Entities by shape: a known name joined to a participle by a hyphen ("Taliban-ruled", "US-backed") is still a
// mention of it, and a country that brokers or backs an agreement is not one of its parties; a ministry named
// without its country belongs to the country whose minister of that portfolio was named.

import { describe, expect, it } from 'vitest';
import { KNOWN_ORGANIZATIONS } from '../../../src/extract/lexicon/known-organizations.ts';
import { KNOWN_WORLD_ORGANIZATIONS } from '../../../src/extract/lexicon/known-organizations-world.ts';
import { isNameWord } from '../../../src/extract/entities/person-context.ts';
import { buildLexicon } from '../../../src/extract/lexicon/build-lexicon.ts';
import type { Word } from '../../../src/extract/types.ts';
import { extract } from './helpers.ts';

describe('name-participle compounds', () => {
  it.each([
    ['Refugees fled Taliban-ruled Afghanistan last year.', 'organizations', 'Taliban'],
    ['The rebels seized Hamas-run clinics.', 'organizations', 'Hamas'],
    ['He met US-backed opposition figures.', 'countries', 'USA'],
    ['A Saudi-led coalition struck the port.', 'countries', 'SAU'],
    ['North Korea-linked hackers stole the data.', 'countries', 'PRK'],
  ] as const)('"%s" mentions %s %s', (text, kind, expected) => {
    const result = extract(text);
    const found =
      kind === 'organizations' ? result.organizations.map((o) => o.name) : result.countries.map((c) => c.id);
    expect(found).toContain(expected);
  });

  it('leaves words that are no compound of a name alone ("long-term", "Jong-un")', () => {
    const result = extract('North Korean leader Kim Jong-un signed a long-term deal.');
    expect(result.persons.map((p) => p.name)).toContain('Kim Jong-un');
  });

  it('does not make the broker of a deal one of its parties', () => {
    const result = extract(
      'Iran and Saudi Arabia signed a Chinese-brokered deal to restore diplomatic relations on Friday.',
    );
    expect(result.countries.map((c) => c.id)).toContain('CHN');
    expect(result.agreements[0]?.parties).toEqual(expect.arrayContaining(['IRN', 'SAU']));
    expect(result.agreements[0]?.parties).not.toContain('CHN');
  });
});

describe('a possessive inside a country name', () => {
  it.each([
    ["Officials of the People's Republic of China met the delegation of Chad.", 'CHN'],
    ['The Lao People’s Democratic Republic hosted the summit.', 'LAO'],
  ])('reads the whole name as that country: %s', (text, id) => {
    const ids = extract(text).countries.map((c) => c.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain('TWN');
  });

  it('still reads a possessive name as its owner ("China\'s Foreign Ministry")', () => {
    expect(extract("China's Foreign Ministry said so on Monday.").countries.map((c) => c.id)).toEqual([
      'CHN',
    ]);
  });
});

describe("Kosovo's code", () => {
  it('is XKX for its name, its demonym and its capital', () => {
    const result = extract(
      'Kosovo and Albania signed a transport memorandum. The Kosovar minister flew to Pristina on Monday.',
    );
    expect(result.countries.map((c) => c.id)).toContain('XKX');
    expect(result.countries.map((c) => c.id)).not.toContain('UNK');
    expect(result.agreements[0]?.parties).toContain('XKX');
  });
});

describe('a ministry named without its country', () => {
  it('is the ministry of the country whose minister of that portfolio was named before it', () => {
    const result = extract(
      'Georgian Foreign Minister Ilia Darchiashvili spoke with his Greek counterpart. According to the press service of the Foreign Ministry, they discussed transit.',
    );
    const ministry = result.organizations.find((o) => o.kind === 'ministry');
    expect(ministry?.name).toBe('Georgian Foreign Ministry');
    expect(ministry?.aliases).toContain('Foreign Ministry');
  });

  it('joins the same ministry named with its country earlier', () => {
    const result = extract(
      'Chilean Foreign Minister Alberto van Klaveren spoke at the Chilean Foreign Ministry on Monday. "We are ready," the Foreign Ministry spokesman said.',
    );
    expect(result.organizations.filter((o) => o.kind === 'ministry').map((o) => o.name)).toEqual([
      'Chilean Foreign Ministry',
    ]);
  });
});

describe('organizations by shape and from the bundled list', () => {
  const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

  it.each([
    ['The Ministry of Emergency Situations said the fire was out.', 'Ministry of Emergency Situations'],
    ['The Office of the High Commissioner said so in Geneva.', 'Office of the High Commissioner'],
    [
      'The talks took place at the George P. Shultz National Foreign Affairs Training Center.',
      'George P. Shultz National Foreign Affairs Training Center',
    ],
    [
      "According to the Kremlin's press service, the call lasted an hour.",
      'Russian presidential press service',
    ],
    // A press service "of the President of <country>", of a seat, or named by the residence that houses it.
    [
      'The call lasted an hour, the press service of the President of Tajikistan said.',
      'Tajik presidential press service',
    ],
    ['The call lasted an hour, the press service of the Kremlin said.', 'Russian presidential press service'],
    ['The visit was announced by the Akorda press service on Friday.', 'Kazakh presidential press service'],
    // A remit listing portfolios with commas and "and" goes on to the last one.
    [
      'The Ministry of Fisheries, Forestry and Rural Roads hosted the talks.',
      'Ministry of Fisheries, Forestry and Rural Roads',
    ],
    [
      'The deal was drafted by the Department of Energy, Mining and Industry.',
      'Department of Energy, Mining and Industry',
    ],
    // A "for the" tail belongs to the name as an "of" tail does.
    [
      'Rebels of the United Front for the Defence of Freedom (UFDF) shelled the town.',
      'United Front for the Defence of Freedom',
    ],
    ['The UN Office for the Support of Elections said so.', 'UN Office for the Support of Elections'],
    // A "for" or "on" tail without "the" belongs to the name too.
    ['The Federal Bureau for Mineral Licensing approved the plan.', 'Federal Bureau for Mineral Licensing'],
    [
      'The bill went to the Senate Committee on Budget and Taxes on Tuesday.',
      'Senate Committee on Budget and Taxes',
    ],
    ['Council on Regional Studies analysts disagreed.', 'Council on Regional Studies'],
    ['The Senate Committee on Foreign Relations held hearings.', 'Senate Committee on Foreign Relations'],
    // An office that "and" follows ends the name; the name after the "and" is a person's.
    [
      'It was signed by an adviser in the Office of the Vice President and Tomas Ortega.',
      'Office of the Vice President',
    ],
  ])('%s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('ends a remit whose list never closes with "and", or whose next item is a person or a title', () => {
    expect(orgNames('The Ministry of Finance, Kenya and Uganda signed the deal.')).toEqual([
      'Ministry of Finance',
    ]);
    expect(orgNames('He thanked the Ministry of Health, Minister Tomas Ortega and donors.')).toContain(
      'Ministry of Health',
    );
  });

  it('leaves a "for" or "on" tail that a date, a country or a title opens out of the name', () => {
    expect(orgNames('The Security Council on Friday met again.')).toContain('Security Council');
    expect(orgNames('The Security Council on Friday met again.')).not.toContain('Security Council on Friday');
    expect(orgNames('The Security Council on March 3 met again.')).toContain('Security Council');
    expect(orgNames('The Defense Committee on Iran met.')).toEqual(
      expect.not.arrayContaining(['Defense Committee on Iran']),
    );
    expect(orgNames('Aid came from the Kuwait Fund for Development and King Hamad Relief.')).toContain(
      'Kuwait Fund for Development',
    );
  });

  it('reads the source in brackets of a dateline as a news agency', () => {
    const result = extract(
      'KARAKOL, May 4 (QRS) – The two ministers met on Friday.\nQRS said the talks went well.',
    );
    const agency = result.organizations.find((o) => o.name === 'QRS');
    expect(agency?.kind).toBe('news agency');
    expect(agency?.mentions).toHaveLength(2);
    expect(orgNames('Osh (NKV) - The talks went well.')).toEqual(['NKV']);
    // No dash after the brackets, or a lone capital: no dateline source.
    expect(orgNames('Osh (NKV) talks went well.')).toEqual([]);
    expect(orgNames('KARAKOL (Q) - The talks went well.')).toEqual([]);
  });

  it('reads a source in brackets that opens the story without a dateline as a news agency', () => {
    expect(orgNames('Talks end\n(QRSN) The two ministers met on Friday in Osh.')).toEqual(['QRSN']);
    expect(orgNames('(NkvNews) - The two ministers met on Friday.')).toEqual(['NkvNews']);
    // A wire tag, or a bracket closing a line, names no agency.
    expect(orgNames('(LEAD) The two ministers met on Friday.')).toEqual([]);
    expect(orgNames('The two ministers met on Friday.\n(QRSN)\nThe end.')).toEqual([]);
  });

  it('knows armed groups, legislatures and companies that have no organization suffix', () => {
    expect(orgNames('The Houthis fired missiles; the Verkhovna Rada and Rosatom responded.')).toEqual(
      expect.arrayContaining(['Houthis', 'Verkhovna Rada', 'Rosatom']),
    );
  });

  it('reads an unknown outlet that closes its sentence with "reports" as a news agency', () => {
    expect(orgNames('The two ministers met on Monday, Qarvo.info reports citing the ministry.')).toEqual([
      'Qarvo.info',
    ]);
    expect(orgNames('"The talks are the only way," Novinar reports.')).toEqual(['Novinar']);
    // Not inside a sentence, not without the comma, not a titled person's name.
    expect(orgNames('Novinar reports that the talks failed.')).toEqual([]);
    expect(orgNames('The two ministers met as Novinar reported.')).toEqual([]);
    expect(orgNames('Wisma Negara reported that the minister met his counterpart.')).toEqual([]);
    expect(orgNames('Kenya reports that the border is open.')).toEqual([]);
    expect(
      orgNames('Foreign Minister Anna Berg met her counterpart. The talks went well, Berg reported.'),
    ).toEqual([]);
  });

  it('reads an outlet of two words or a capitals masthead that opens "reports that" as a news agency', () => {
    expect(orgNames('Savanna Ledger reports that the envoys left on Monday.')).toEqual(['Savanna Ledger']);
    expect(orgNames('The summit ended early. HARMATTAN reports that the envoys left.')).toEqual([
      'HARMATTAN',
    ]);
    expect(orgNames('Sahel Courier Nigeria reports that the envoys left.')).toEqual([
      'Sahel Courier Nigeria',
    ]);
  });

  it('knows regional outlets that news cites by name alone', () => {
    expect(orgNames("A senior official told Ma'an on Monday that talks would resume.")).toEqual([
      "Ma'an News Agency",
    ]);
    expect(orgNames('SHAFAQNA – The ministry welcomed the deal, Ynet and Tengrinews reported.')).toEqual(
      expect.arrayContaining(['Shafaqna', 'Ynet', 'Tengrinews']),
    );
  });

  it("knows the US Congress and India's Congress party by their short names", () => {
    expect(orgNames('The prime minister addressed a joint meeting of Congress on Thursday.')).toEqual([
      'Congress',
    ]);
    expect(orgNames('The US Congress must approve the sale.')).toEqual(['Congress']);
    const party = extract("The Congress party's spokesman called the deal weak.").organizations;
    expect(party.map((o) => o.name)).toEqual(['Indian National Congress']);
    expect([...(party[0]?.aliases ?? [])]).toContain('Congress party');
    expect(orgNames('The World Uyghur Congress said it was worried.')).toEqual(['World Uyghur Congress']);
  });

  it('knows a body by its former name and short form as one organization', () => {
    const text =
      'The Cooperation Council of Turkic Speaking States (Turkic Council) met. The Turkic Council agreed.';
    expect(orgNames(text)).toEqual(['Organization of Turkic States']);
  });

  it('knows legislatures of the region by their own names', () => {
    expect(orgNames('The Jogorku Kenesh ratified the treaty after the Milli Majlis did.')).toEqual(
      expect.arrayContaining(['Jogorku Kenesh', 'Milli Majlis']),
    );
  });

  it('lists every known organization name and alias once', () => {
    const names = [...KNOWN_ORGANIZATIONS, ...KNOWN_WORLD_ORGANIZATIONS].flatMap((o) => [
      o.name,
      ...o.aliases,
    ]);
    expect(names.length).toBe(new Set(names).size);
  });
});

describe('person names by shape', () => {
  const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);

  it.each([
    ['a middle initial', 'Defense Secretary Mark T. Esper said the drill would go ahead.', 'Mark T. Esper'],
    ['initials before the name', "Nepal's Prime Minister K.P. Sharma Oli said on Monday.", 'K.P. Sharma Oli'],
    [
      'a rank abbreviated in two words',
      'Lt. Gen. Abdel Fattah al-Burhan said the army would stay.',
      'Abdel Fattah al-Burhan',
    ],
  ])('keeps %s with the name and nothing else', (_shape, text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  it('reads a middle initial before a known person as part of that person', () => {
    expect(personNames('President Ferdinand R. Marcos Jr. said on Thursday.')).toEqual([
      'Ferdinand Marcos Jr.',
    ]);
  });

  it('does not make a first name spelled otherwise a second person beside a known one', () => {
    expect(personNames('Foreign Minister Andriy Sybiha said on Monday.')).toEqual(['Andrii Sybiha']);
  });

  it.each([
    ['a sentence adverb', 'Thereafter, the Peruvian leader signed the visitors book.', 'Thereafter'],
    [
      'a portfolio in a list after a title',
      'The Minister for Immigration, Citizenship, Settlement and Multicultural Affairs signed the deal.',
      'Citizenship',
    ],
    [
      'a portfolio in a list after a title',
      'The delegation is led by Minister of Foreign Affairs, Emigration and Peruvian Expatriates Tomas Ortega.',
      'Emigration',
    ],
  ])('makes no person of %s ("%s")', (_shape, text, word) => {
    expect(personNames(text)).not.toContain(word);
  });

  it('takes a title head in the plural for no name word ("Foreign Secretaries", "Both Ministers")', () => {
    const lexicon = buildLexicon();
    const word = (text: string): Word => ({
      text,
      lower: text.toLowerCase(),
      cap: true,
      gap: ' ',
      sentence: 0,
      start: 0,
      end: text.length,
    });
    expect(isNameWord(word('Ministers'), lexicon)).toBe(false);
    expect(isNameWord(word('Secretaries'), lexicon)).toBe(false);
    expect(isNameWord(word('Ortega'), lexicon)).toBe(true);
    expect(isNameWord(word('Jones'), lexicon)).toBe(true);
  });

  it('does not make given names before a known surname a second person', () => {
    expect(personNames('Foreign Minister Mohammad Jawad Zarif said on Monday.')).toEqual([
      'Mohammad Javad Zarif',
    ]);
    expect(personNames('Host Jakaya Mrisho Kikwete opened the forum.')).toEqual(['Jakaya Kikwete']);
  });

  it.each([
    ['President Uhuru Kenyatta said the talks went well.', 'KEN'],
    ['Prime Minister Imran Khan left for the summit.', 'PAK'],
    ['The envoy met Salva Kiir in Juba on Monday.', 'SSD'],
    ['President Jokowi met the envoy on Monday.', 'IDN'],
    ['The envoy met Ivan Duque on Monday.', 'COL'],
  ])('knows the country of a well-known leader of the region: %s', (text, country) => {
    expect(extract(text).persons.map((p) => p.country)).toEqual([country]);
  });
});

describe('a news outlet named before its kind', () => {
  const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

  it.each([
    ['The talks went well, the state-run Corvid news agency reported.', 'Corvid'],
    ['The minister flew home on Monday, Lantern newspaper reported.', 'Lantern'],
    ["The envoy told Norway's Channel Nine television that the talks went well.", 'Channel Nine'],
  ])('"%s" gives %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('makes no outlet of a date word before the noun', () => {
    expect(orgNames('The minister told a Saturday newspaper that the talks went well.')).toEqual([]);
  });
});
