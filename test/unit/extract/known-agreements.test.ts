// Well-known agreements: every name news gives one of them resolves to the one canonical agreement and id, an
// acronym only in capitals, an unnamed agreement by its parties, kind and year; the bundled table is sound.
import { describe, expect, it } from 'vitest';
import { KNOWN_AGREEMENTS } from '../../../src/extract/lexicon/known-agreements.ts';
import { parseKnownAgreements } from '../../../src/extract/lexicon/known-agreement-entry.ts';
import { KNOWN_ORGANIZATIONS } from '../../../src/extract/lexicon/known-organizations.ts';
import { KNOWN_WORLD_ORGANIZATIONS } from '../../../src/extract/lexicon/known-organizations-world.ts';
import { organizationId } from '../../../src/domain/ids.ts';
import { extract } from './helpers.ts';

const agreementsOf = (text: string, publishedAt = '2025-03-01') =>
  extract(text, { publishedAt }).agreements.map((a) => ({ id: a.id, name: a.name }));

describe('the bundled table of well-known agreements', () => {
  it('holds a few hundred agreements with distinct canonical names and ISO alpha-3 or known organization parties', () => {
    expect(KNOWN_AGREEMENTS.length).toBeGreaterThan(270);
    const names = KNOWN_AGREEMENTS.map((a) => a.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const orgs = new Set(
      [...KNOWN_ORGANIZATIONS, ...KNOWN_WORLD_ORGANIZATIONS].map((o) => organizationId(o.name)),
    );
    for (const a of KNOWN_AGREEMENTS)
      for (const p of a.parties) expect(/^[A-Z]{3}$/.test(p) || orgs.has(p), `${a.name}: ${p}`).toBe(true);
  });

  it('gives every name and alias to one agreement only, so one treaty is one node', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const a of KNOWN_AGREEMENTS)
      for (const name of [a.name, ...a.aliases]) {
        const key = name
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        if (owner.has(key) && owner.get(key) !== a.name)
          shared.push(`${name}: ${owner.get(key)} / ${a.name}`);
        owner.set(key, a.name);
      }
    expect(shared).toEqual([]);
  });

  it.each([
    ['Indus Waters Treaty', 'India suspended the Indus Waters Treaty with Pakistan.', ['IND', 'PAK']],
    ['Wassenaar Arrangement', 'Both countries follow the Wassenaar Arrangement on exports.', []],
    [
      'Agreement on Security Cooperation between Ukraine and the United Kingdom',
      'In Kyiv, officials praised the UK-Ukraine security agreement.',
      ['UKR', 'GBR'],
    ],
    [
      'Minsk II',
      'A military spokesman in Kyiv said the implementation of the Minsk agreement continues.',
      ['UKR', 'RUS'],
    ],
    ['Minsk II', 'Officials in Paris feared that the Minsk peace deal would fall apart.', ['UKR', 'RUS']],
    ['Minsk Protocol', 'Envoys compared it with the first Minsk agreement of 2014.', ['UKR', 'RUS']],
  ])('knows the %s with its parties', (name, text, parties) => {
    const found = extract(text, { publishedAt: '2025-03-01' }).agreements.find((a) => a.name === name);
    expect(found?.parties).toEqual(parties);
  });

  it('refuses a malformed line instead of loading a wrong fact', () => {
    expect(() => parseKnownAgreements('treaty | Some Treaty | March 2010 | USA RUS |')).toThrow(/malformed/);
    expect(() => parseKnownAgreements('pledge | Some Pledge | 2010 | - |')).toThrow(/malformed/);
  });
});

describe('a well-known agreement with a side that is no state', () => {
  it('reads an organization id as a party in the table', () => {
    const [entry] = parseKnownAgreements('agreement | Some Accord | 2020 | ETH org:some-front | -');
    expect(entry?.parties).toEqual(['ETH', 'org:some-front']);
  });

  it('lists the organization among its parties where the article names it', () => {
    const result = extract(
      "The Ethiopian government and the Tigray People's Liberation Front signed the Pretoria Agreement in 2022, the envoy recalled on Monday.",
    );
    const pretoria = result.agreements.find((a) => a.name === 'Pretoria Agreement');
    expect(pretoria?.parties).toEqual(['ETH', 'org:tigray-peoples-liberation-front']);
  });

  it('lists the UN nuclear watchdog among the sides of its agreement with a state', () => {
    const result = extract(
      'Iranian officials and the International Atomic Energy Agency said on Sunday that the Iran-IAEA Cairo agreement still guides inspections.',
      { publishedAt: '2025-10-05' },
    );
    const cairo = result.agreements.find((a) => a.name === 'Cairo agreement between Iran and the IAEA');
    expect(cairo?.parties).toEqual(['IRN', 'org:international-atomic-energy-agency']);
  });

  it('leaves the organization out where the article does not name it', () => {
    const result = extract('Ethiopia praised the Pretoria Agreement on Monday.');
    expect(result.agreements.find((a) => a.name === 'Pretoria Agreement')?.parties).toEqual(['ETH']);
  });
});

describe('mentions of a well-known agreement', () => {
  it.each([
    ['the full name', 'Iran said the Joint Comprehensive Plan of Action was still alive.'],
    ['the acronym', 'Iran said the JCPOA was still alive, its foreign minister told reporters.'],
    ['a description news uses for it alone', 'Diplomats met in Geneva to save the Iran nuclear deal.'],
  ])('resolve %s to the canonical agreement', (_how, text) => {
    expect(agreementsOf(text)).toContainEqual({
      id: 'agreement:joint-comprehensive-plan-of-action',
      name: 'Joint Comprehensive Plan of Action',
    });
  });

  it.each([
    ['New START', 'Moscow suspended its participation in New START last year.'],
    [
      'the strategic arms treaty',
      'Moscow suspended its participation in the strategic arms treaty last year.',
    ],
  ])('give "%s" one id', (_name, text) => {
    expect(agreementsOf(text).map((a) => a.id)).toEqual(['agreement:new-start']);
  });

  it.each([
    ['the JCPOA deal', 'Joint Comprehensive Plan of Action'],
    ['the USMCA trade deal', 'United States-Mexico-Canada Agreement'],
    ['the AUKUS defence pact', 'AUKUS'],
  ])(
    'reads a kind noun written after its name or acronym ("%s") as that agreement, not a second one',
    (phrase, name) => {
      const result = extract(
        `The minister said on Monday that the government would defend ${phrase}. "The agreement must stand," Foreign Minister Jane Roe said.`,
        { publishedAt: '2025-03-01' },
      );
      const known = result.agreements.find((a) => a.name.startsWith(name));
      expect(result.agreements.map((a) => a.name)).toEqual([known?.name]);
      const roe = result.statements.find((s) => s.quote?.includes('must stand'));
      expect(roe?.about).toContain(known?.id);
    },
  );

  it('matches an acronym only as written in capitals ("a new start" is no treaty)', () => {
    expect(agreementsOf('The two leaders promised a new start in relations on Friday.')).toEqual([]);
  });

  it('takes the parties and signing date from the table', () => {
    const [treaty] = extract('Lawmakers ratified the Russia-North Korea treaty on Tuesday.', {
      publishedAt: '2024-11-12',
    }).agreements;
    expect(treaty).toMatchObject({ parties: ['RUS', 'PRK'], signedOn: '2024-06-19', status: 'ratified' });
  });

  it('recognises an unnamed agreement by its parties, kind and year', () => {
    const [treaty] = extract(
      'Kyrgyzstan and Tajikistan signed a treaty in Bishkek on Thursday, ending decades of disputes.',
      { publishedAt: '2025-03-14' },
    ).agreements;
    expect(treaty?.id).toBe('agreement:treaty-on-the-state-border-between-kyrgyzstan-and-tajikistan');
  });

  it('leaves an agreement of the same parties but another year to itself', () => {
    const [treaty] = extract(
      'Kyrgyzstan and Tajikistan signed a treaty in Bishkek on Thursday, ending decades of disputes.',
      { publishedAt: '2019-05-10' },
    ).agreements;
    expect(treaty?.id).not.toBe('agreement:treaty-on-the-state-border-between-kyrgyzstan-and-tajikistan');
  });

  it('leaves an agreement the story makes, with no year of its own, apart from one those parties signed years before', () => {
    const text = 'Kyrgyzstan and Tajikistan signed a treaty after three days of talks, the ministry said.';
    const ids = agreementsOf(text, '2031-02-10').map((a) => a.id);
    expect(ids).not.toContain('agreement:treaty-on-the-state-border-between-kyrgyzstan-and-tajikistan');
  });

  it('still reads a treaty the story withdraws from as the one those parties signed years before', () => {
    const text = 'Kyrgyzstan withdrew from its treaty with Tajikistan, the ministry said.';
    const ids = agreementsOf(text, '2031-02-10').map((a) => a.id);
    expect(ids).toContain('agreement:treaty-on-the-state-border-between-kyrgyzstan-and-tajikistan');
  });

  it('does not take a generic title many truces share ("Cessation of Hostilities Agreement") as one of them', () => {
    const text =
      "South Sudan's government and the rebels signed a Cessation of Hostilities Agreement in Addis Ababa on Thursday.";
    const ids = agreementsOf(text, '2014-01-24').map((a) => a.id);
    expect(ids).not.toContain('agreement:pretoria-agreement');
  });

  it('does not take an acronym many deals share ("CEPA") alone as one of them', () => {
    const text =
      'Oman and Chile signed a Comprehensive Economic Partnership Agreement (CEPA) in Muscat on Monday. The CEPA cuts tariffs on most goods, the trade minister said.';
    const ids = agreementsOf(text, '2025-05-12').map((a) => a.id);
    expect(ids).not.toContain('agreement:eu-armenia-comprehensive-and-enhanced-partnership-agreement');
  });

  it('still reads the acronym with its parties ("the EU-Armenia CEPA") as that agreement', () => {
    const ids = agreementsOf('Yerevan said the EU-Armenia CEPA had entered into force.', '2021-03-01').map(
      (a) => a.id,
    );
    expect(ids).toContain('agreement:eu-armenia-comprehensive-and-enhanced-partnership-agreement');
  });
});

describe('the name of an agreement the table does not know', () => {
  const names = (text: string) => extract(text, { publishedAt: '2025-03-01' }).agreements.map((a) => a.name);

  it.each([
    [
      'Japan and the United States signed an agreement on space cooperation under which Japanese astronauts will fly.',
      ['Japan', 'United States'],
      'agreement on space cooperation',
    ],
    [
      'Saudi Arabia and Jordan signed a memorandum of understanding on water cooperation in Riyadh.',
      ['Saudi Arabia', 'Jordan'],
      'memorandum of understanding on water cooperation',
    ],
    [
      'Kenya and Uganda signed an agreement on a 2.5 billion dollar railway loan on Monday.',
      ['Kenya', 'Uganda'],
      'agreement on a 2.5 billion dollar railway loan',
    ],
  ])('is parties, kind and subject, not the rest of the clause: "%s"', (text, parties, subject) => {
    const [name, ...others] = names(text);
    expect(others).toEqual([]);
    expect(name?.endsWith(` ${subject}`)).toBe(true);
    expect(
      name
        ?.split(' ' + subject)[0]
        ?.split('–')
        .sort(),
    ).toEqual([...parties].sort());
  });

  it('names a deal after its one purpose ("to restore relations and reopen their embassies")', () => {
    const [name] = names(
      'Chad and Niger agreed to restore diplomatic relations and reopen their embassies in a deal signed on Friday.',
    );
    expect(name).toBe('Chad–Niger deal to restore diplomatic relations');
  });

  it('is the known agreement when its name lacks the parties the sentence gives', () => {
    const [raa] = extract(
      'Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday.',
      { publishedAt: '2024-07-08' },
    ).agreements;
    expect(raa?.id).toBe('agreement:japan-philippines-reciprocal-access-agreement');
  });
});

describe('agreeing that is no agreement', () => {
  it.each([
    'Mali and Niger announced a truce deal on Friday.\n\nIn announcing their agreement to the deal, the opposition committee said it expected the fighting to stop.',
    'The envoy said he and his counterpart had reached a provisional agreement on another truce deal for the north.',
    'Leaders urged the two sides to reach an agreement on a deal to end the fighting in the north.',
    'Peru and Chile reached an agreement on a joint declaration on fishing rights on Monday.',
  ])('reads consent to a deal as no second agreement: %s', (text) => {
    expect(extract(text).agreements).toHaveLength(1);
  });

  it('reads consent to a proposal as no agreement of its own', () => {
    const names = extract(
      'Mali and Niger on Monday confirmed their agreement on a proposal for joint border patrols.',
    ).agreements.map((a) => a.name);
    expect(names.filter((n) => /agreement on a proposal/.test(n))).toEqual([]);
  });

  it('still finds an agreement described by its subject besides a vague word', () => {
    const result = extract('Peru and Chile signed a strong trade agreement in Lima on Monday.');
    expect(result.agreements).toHaveLength(1);
  });

  it.each([
    'The two leaders agreed to work toward a mutually satisfactory agreement on tariffs.',
    'A mutual agreement was reached on some articles of the draft.',
    'Both sides hope to reach a concrete agreement on all of these issues soon.',
    'Let us continue the close partnership of our alliance, the president said.',
    'The envoy said talks went well and a certain agreement was reached in the capital.',
    'We need a very serious agreement on all of these questions, the minister said.',
    'The two ministers will complete the necessary arrangements to open the border crossing.',
    'Aides are in contact with the hosts on specific arrangements for the visit, the spokesman said.',
    'He said he preferred an imperfect agreement to a perfect war.',
    'The delegations reached substantive agreement on the inspection mechanisms, the envoy said.',
    'The much-anticipated deal was finalized late on Thursday, aides said.',
    '"This represents a modern and progressive deal," the prime minister said.',
  ])('finds no agreement in "%s"', (text) => {
    expect(extract(text).agreements).toEqual([]);
  });
});

describe('a well-known agreement named after the city it was reached in', () => {
  it('is the unnamed agreement its sentences place there, with a party in common and no other year', () => {
    const result = extract(
      'Ethiopian government envoys and the rebel leadership reached an agreement in Pretoria on Wednesday.\n\nMediators said the peace agreement signed today was only a beginning.',
      { publishedAt: '2022-11-03' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Pretoria Agreement']);
  });

  it('is not an agreement of other parties signed in that city', () => {
    const result = extract(
      'Saudi Arabia and Pakistan signed a defense agreement in Riyadh on Wednesday, officials said.',
      { publishedAt: '2025-09-18' },
    );
    expect(result.agreements.map((a) => a.name)).not.toContain('Riyadh Agreement');
  });

  it('is not the known agreement of that city when a side the text gives is none of its parties', () => {
    const result = extract(
      'Russia will soon finalize a comprehensive interstate agreement with Iran, Lavrov said.\n\nThe conclusion of the agreement will be a symbolic step in Tehran-Moscow relations, he added.',
      { publishedAt: '2024-08-01' },
    );
    const names = result.agreements.map((a) => a.name);
    expect(names).not.toContain('Strategic Offensive Reductions Treaty');
    expect(names.some((n) => /Iran/.test(n) && /Russia/.test(n))).toBe(true);
  });

  it('is not a convention open to every state named after that city', () => {
    const result = extract('Switzerland and Germany signed a tax agreement in Basel on Monday.', {
      publishedAt: '2024-05-06',
    });
    expect(result.agreements.map((a) => a.name)).not.toContain('Basel Convention');
  });

  it('is not an agreement its description names by a subject of its own ("the Blue Stream pipeline")', () => {
    const result = extract(
      'Russia and Turkey signed an intergovernmental agreement on the Blue Stream gas pipeline in Istanbul.',
      { publishedAt: '2024-05-06' },
    );
    const names = result.agreements.map((a) => a.name);
    expect(names).not.toContain('Black Sea Grain Initiative');
    expect(names.some((n) => /Blue Stream/.test(n))).toBe(true);
  });
});

describe('a name that is a city and a kind word only', () => {
  it('is the well-known agreement of that city whose parties the article names', () => {
    const result = extract(
      'Ministers renew pledge\n\nIran and Saudi Arabia renewed on Tuesday their pledge to carry out the Beijing Agreement in full.',
      { publishedAt: '2024-06-11' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Saudi-Iran agreement']);
  });

  it("stays its own when the article names none of that agreement's parties", () => {
    const result = extract(
      'Ministers renew pledge\n\nVietnam and Laos renewed on Tuesday their pledge to carry out the Beijing Agreement in full.',
      { publishedAt: '2024-06-11' },
    );
    expect(result.agreements.map((a) => a.name)).not.toContain('Saudi-Iran agreement');
  });

  it('is no alias of a well-known agreement whose sides the article does not name (Kosovo\'s "Washington agreement")', () => {
    const text =
      'Rwanda and the DRC signed a peace agreement in Washington on Friday.\n\nThe fighting had displaced thousands of families, aid groups said.\n\nRebel leaders said the Washington agreement left them out.';
    const names = extract(text, { publishedAt: '2025-07-01' }).agreements.map((a) => a.name);
    expect(names).not.toContain('Kosovo-Serbia economic normalization agreements');
    expect(names).toHaveLength(1);
  });

  it('gives the Ankara Declaration its sides where the article names them, and leaves another one its own', () => {
    const somali = extract(
      'Somalia and Ethiopia agreed to begin technical talks in February under the Ankara Declaration, officials said.',
      { publishedAt: '2025-01-10' },
    ).agreements.find((a) => a.name === 'Ankara Declaration');
    expect([...(somali?.parties ?? [])].sort()).toEqual(['ETH', 'SOM']);
    const afghan = extract(
      'Pakistan and Afghanistan pledged to fight terrorism, according to the Ankara Declaration released after the meeting.',
      { publishedAt: '2007-04-30' },
    ).agreements.find((a) => a.name === 'Ankara Declaration');
    expect(afghan?.parties ?? []).not.toContain('SOM');
  });

  it('stays that alias where the article names its sides', () => {
    const text = 'Serbia and Kosovo officials said on Monday the Washington agreement was still in force.';
    const names = extract(text, { publishedAt: '2021-03-01' }).agreements.map((a) => a.name);
    expect(names).toEqual(['Kosovo-Serbia economic normalization agreements']);
  });
});

describe("a city's name several well-known agreements go by", () => {
  it('is the one whose parties the article names', () => {
    const result = extract(
      'Rebels accuse army of attack\n\nRwandan rebel leaders said the army had broken the Arusha agreement, a spokesman said.',
      { publishedAt: '1993-12-01' },
    );
    expect(result.agreements.map((a) => a.name)).toContain('Arusha Accords');
  });

  it('stays the one matched when the article names one of its parties', () => {
    const result = extract(
      'Talks resume\n\nBurundi and Rwanda officials said the Arusha agreement must be respected, a spokesman said.',
      { publishedAt: '2005-03-01' },
    );
    expect(result.agreements.map((a) => a.name)).toContain(
      'Arusha Peace and Reconciliation Agreement for Burundi',
    );
  });
});

describe('a movement the article names, for the people of its side', () => {
  const partiesOf = (text: string, publishedAt: string): string[][] =>
    extract(text, { publishedAt }).agreements.map((a) => a.parties);

  it('is the side of the well-known deal a country stood for', () => {
    const text =
      'Captives released in Gaza\n\nA truce agreement between Israel and the Palestinian side took effect on Friday. Hamas is to free 50 captives held in the enclave, the mediators said.';
    expect(partiesOf(text, '2023-11-24')).toContainEqual(['ISR', 'org:hamas']);
  });

  it('is no side when the article does not name it', () => {
    const text =
      'Captives released in Gaza\n\nA truce agreement between Israel and the Palestinian side took effect on Friday. Fifty captives are to be freed, the mediators said.';
    expect(partiesOf(text, '2023-11-24').flat()).not.toContain('org:hamas');
  });
});

describe('a joint statement issued in a city an agreement is named after', () => {
  it('is not that agreement (only instruments resolve by their place)', () => {
    const result = extract(
      "Sudan's army and the paramilitary forces signed a seven-day humanitarian truce in Jeddah on Saturday, Saudi Arabia and the United States said in a joint statement.",
      { publishedAt: '2023-05-21' },
    );
    expect(result.agreements.map((a) => a.name)).not.toContain(
      'Jeddah Declaration of Commitment to Protect the Civilians of Sudan',
    );
  });
});

describe('an unnamed agreement of a stated year', () => {
  it('is the well-known one of that year whose names hold its words and whose party the article names', () => {
    const result = extract(
      'Tehran rejected new sanctions on Monday.\n\nIran said the European powers had broken their commitments under the 2015 nuclear deal, the foreign ministry said.',
      { publishedAt: '2025-08-30' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Joint Comprehensive Plan of Action']);
  });

  it("stays itself when a word of its description is not in that agreement's names", () => {
    const result = extract(
      'Iran and Iraq said on Monday that the 2015 trade deal between them would be renewed.',
      { publishedAt: '2025-08-30' },
    );
    expect(result.agreements.map((a) => a.name)).not.toContain('Joint Comprehensive Plan of Action');
  });
});

describe('a well-known agreement written a little differently', () => {
  it.each([
    [
      'Berlin regrets the end of the Intermediate-Range Nuclear Treaty, the government spokesman said on Friday. Russia and the United States had signed it in 1987.',
      'Intermediate-Range Nuclear Forces Treaty',
    ],
    [
      'NATO allies suspended the Treaty of Conventional Armed Forces in Europe after Russia left it.',
      'Treaty on Conventional Armed Forces in Europe',
    ],
  ])("is that agreement when its own words are all the known names' (%s)", (text, name) => {
    expect(extract(text).agreements.map((a) => a.name)).toEqual([name]);
  });

  it('stays its own when two words of its own could be many agreements ("the Strategic Partnership Treaty")', () => {
    const names = extract(
      'Laos and Vietnam signed the Strategic Partnership Treaty in Hanoi.',
    ).agreements.map((a) => a.name);
    // A title of kind and weak words alone takes its sides in front.
    expect(names).toEqual(['Laos–Vietnam Strategic Partnership Treaty']);
  });
});

describe('a description dated by the year of a well-known agreement the article names', () => {
  it('is that agreement, though it says more than its names ("a 1960 treaty on sharing of the waters of the river Indus")', () => {
    const result = extract(
      'India signals rethink on Indus Waters Treaty\n\nIndia said on Thursday that it could revisit a 1960 treaty on sharing of the waters of the river Indus with Pakistan.',
      { publishedAt: '2016-09-22' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Indus Waters Treaty']);
  });
});
