// Agreement mentions by noun-phrase shape: plural kind words, what a description may hold, a topic after the
// parties, and a known agreement claiming only what its words allow.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).agreements.map((a) => a.name);

describe('plural kind words', () => {
  it.each([
    ['Kenya and Uganda signed fisheries agreements on Tuesday.', 'fisheries agreements'],
    ['Peru and Chile signed two mining pacts in Lima.', 'mining pacts'],
    ['Laos and Vietnam signed memoranda on hydropower exports.', 'memoranda on hydropower exports'],
  ])('name agreements when described: %s', (text, described) => {
    expect(names(text).some((n) => n.endsWith(described))).toBe(true);
  });

  it.each([
    'The ministers reviewed the progress of implementing agreements to expand trade.',
    'Intergovernmental and interdepartmental agreements were signed in Tashkent.',
    'Officials said several agreements were signed.',
    'Both leaders signed a series of agreements on fisheries, ports and tourism.',
    'The ministers reviewed agreements to expand trade.',
    'Peru and Chile have signed seven different deals during the visit.',
    'The joint agreements would deepen ties, an adviser said.',
    'The commission paves the way for future agreements, the minister said.',
    'Kenya accused Uganda of a brazen disregard for the sanctity of international agreements.',
  ])('name none when only counted, collected, governed or leveled: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    'Kenya said the Lake Victoria Treaty is not a political deal but a binding international treaty, officials said.',
    'Kenya said the Lake Victoria Treaty is also a recognized international agreement that must be upheld.',
  ])('a singular kind word classed only as international is the agreement in view: %s', (text) => {
    expect(names(text)).toEqual(['Lake Victoria Treaty']);
  });

  it.each([
    'The UN Security Council adopted a resolution on Sudan on Friday. Several ceasefire agreements brokered by Kenya and Ethiopia have failed to end the violence.',
    'South Sudan and the rebels signed a peace agreement in Addis Ababa on Monday. Several previous ceasefire deals have failed to hold.',
  ])('a tally of earlier ceasefires is no agreement of its own: %s', (text) => {
    expect(names(text).join(' ')).not.toMatch(/ceasefire (?:agreements|deals)/);
  });

  it.each([
    'Kenya and Uganda agreed on Monday on strict observance of all agreements, understandings and truces along the border.',
    'The Kenyan minister said Kenya will remain dedicated to implement all agreements reached by both governments.',
    '"We have seen too many agreements and none of them has lasted," a Nairobi trader said.',
    'Washington had presented a new proposal built on prior agreements, narrowing the gaps between Kenya and Uganda.',
    'The envoy arrived in Nairobi for talks on a truce in Somalia and potential broader diplomatic deals in the region.',
  ])('a plural a quantifier opens names the class, not an agreement: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    'Kenya and Uganda held talks in Nairobi. "Any side which ignores agreements will pay for it," the Kenyan minister said.',
    'Kenya and Uganda held talks in Nairobi. The minister warned of a state of affairs where agreements signed by both are ignored.',
    'Kenya and Uganda pledged to keep the peace by faithfully honouring agreements of the past along the lake shore.',
  ])('a plural right after a verb or an adverb of its clause names the class: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    [
      'Kenya and Uganda agreed on new patrolling arrangements along the lake shore.',
      'patrolling arrangements',
    ],
    ['Kenya and Uganda signed fishing agreements on Tuesday.', 'fishing agreements'],
  ])('but a gerund with no adverb before it describes the plural: %s', (text, described) => {
    expect(names(text).some((n) => n.endsWith(described))).toBe(true);
  });

  it('"these agreements" points back at the agreement in view instead of making one', () => {
    const result = extract(
      'Norway and Sweden signed a fisheries agreement in Oslo on Monday. Officials said these agreements would help both fleets.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).toMatch(/fisheries agreement/);
  });
});

describe('a counted set signed', () => {
  it.each([
    'Oman and Ghana on Monday signed 9 agreements and memoranda of understanding to boost their ties.',
    'Six memorandums of understanding, worth $3 billion of investment, were signed between Egypt and Kenya on Sunday.',
  ])("is one agreement of the sentence's parties: %s", (text) => {
    const found = extract(text).agreements;
    expect(found).toHaveLength(1);
    expect(found[0]?.parties).toHaveLength(2);
  });

  it.each([
    'Officials said more than 40 agreements that had been reached and documents that had been signed would help.',
    'Sudan and Chad had signed two agreements in Tripoli in 2006 and in Riyadh in 2007.',
    'Egypt and Kenya will discuss nine memorandums of understanding next month.',
  ])('is none when bounded, earlier or unsigned: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('for whom an agreement was signed', () => {
  it.each([
    'Peru and Chile signed a memorandum of understanding on fisheries in Lima on Monday. The trade minister signed the memorandum on behalf of Peru.',
    'Peru and Chile signed a memorandum of understanding on fisheries in Lima on Monday. Two agencies inked the memorandum in favour of the two countries.',
  ])('is no topic of a second agreement: %s', (text) => {
    expect(names(text)).toEqual(['Peru–Chile memorandum of understanding on fisheries']);
  });
});

describe('why, on what terms or where a clause acts on an agreement', () => {
  it.each([
    'Peru and Chile signed a memorandum of understanding on fisheries in Lima on Monday. The council stressed the role of the memorandum in protecting the coast.',
    'Peru and Chile signed a memorandum of understanding on fisheries in Lima on Monday. Bolivia will keep talking after the memorandum in efforts to join it.',
    'Peru and Chile signed a memorandum of understanding on fisheries in Lima on Monday. Bolivia accepted the memorandum on the basis that its boats keep their quotas.',
    'Peru and Chile signed a memorandum of understanding on fisheries in Lima on Monday. The Peruvian minister announced the memorandum on Twitter.',
  ])('is no topic of a second agreement: %s', (text) => {
    expect(names(text)).toEqual(['Peru–Chile memorandum of understanding on fisheries']);
  });
});

describe('an agreement to talk', () => {
  it.each([
    'Kenya and Uganda came to an agreement to start negotiations on a fisheries pact, the ministry said.',
    'Kenya and Uganda reached an agreement to discuss the fishing quotas at a later date.',
    'The Kenyan side said they had reached an agreement to continue technical discussions in a later round.',
    'Officials said the agreement to hold the Kenya-Uganda summit as planned came late on Friday.',
    'The bloc said it had reached an agreement to request a summit of the regional standby force.',
    'The agreement to conduct a joint press conference was not reached, an aide told reporters.',
  ])('is agreeing, no instrument: %s', (text) => {
    for (const name of names(text)) expect(name).not.toMatch(/agreement to/);
  });

  it('leaves an agreement to do something else an instrument ("an agreement to restore flights")', () => {
    expect(names('Kenya and Uganda signed an agreement to restore direct flights on Monday.')).toEqual([
      'Kenya–Uganda agreement to restore direct flights',
    ]);
  });

  it('leaves an agreement to hold something other than talks an instrument ("to hold elections in the north")', () => {
    expect(
      names('Kenya and Uganda signed an agreement to hold joint elections in the border districts.'),
    ).toHaveLength(1);
  });
});

describe('"to" after a kind word', () => {
  it.each([
    'Kenya and Uganda signed a border accord in Nairobi on Monday.\n\nThe delegation handed the text of the accord to Prime Minister Musa Odhiambo on Tuesday.',
    'Kenya and Uganda signed a border accord in Nairobi on Monday.\n\nThe minister has sold the accord to his voters as a victory.',
  ])('tells where it went, no purpose, when no verb follows: %s', (text) => {
    expect(names(text)).toEqual(['Kenya–Uganda border accord']);
  });

  it('tells its purpose when a verb follows ("a deal to end the war")', () => {
    expect(names('Kenya and Uganda signed a deal to end the border war on Monday.')).toEqual([
      'Kenya–Uganda deal to end the border war',
    ]);
  });
});

describe('plural arrangements', () => {
  it.each([
    'Kenya and Somalia signed a border accord on Monday. It sets up transitional security arrangements along the frontier.',
    'Mediators will coordinate final procedural arrangements in Nairobi before the accord is signed, officials said.',
  ])('are provisions, no agreement of their own: %s', (text) => {
    for (const name of names(text)) expect(name).not.toMatch(/arrangements/);
  });

  it('are an agreement when the sides agreed on them ("agreed on new grazing arrangements")', () => {
    expect(
      names('Bhutan and Nepal agreed on new grazing arrangements along their border on Monday.'),
    ).toEqual(['Bhutan–Nepal grazing arrangements']);
  });
});

describe('counts and amounts before a kind word', () => {
  it.each([
    ['At the close of the session ten agreements were signed by Mali and Niger.', 'session'],
    ['Canada and Mexico signed the $40 billion energy agreement in Ottawa.', 'billion'],
  ])('are no words of its description: %s', (text, word) => {
    for (const name of names(text)) expect(name).not.toContain(word);
  });

  it('"a single agreement" is no agreement of its own beside the one in view', () => {
    const result = extract(
      'Norway and Iceland reached an agreement on fishing quotas in Oslo. Officials said the leaders reached a single agreement on Monday.',
    );
    expect(result.agreements).toHaveLength(1);
  });
});

describe('a topic after the parties', () => {
  it('reads "an agreement between the transport ministries on rail freight"', () => {
    const found = names(
      'Latvia and Lithuania signed an agreement between the transport ministries on rail freight tariffs.',
    );
    expect(found.some((n) => n.endsWith('agreement on rail freight tariffs'))).toBe(true);
  });

  it('ends a topic before "within the framework of"', () => {
    const found = names(
      'Armenia signed an agreement with Georgia on energy transit within the framework of the regional plan.',
    );
    expect(found.some((n) => n.endsWith('agreement on energy transit'))).toBe(true);
  });
});

describe('well-known agreements by parties', () => {
  it('do not absorb a described agreement of the same parties and year whose words they lack', () => {
    const result = extract(
      'Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the border treaty in Bishkek. ' +
        'An agreement between the transport ministries on motorway construction was also signed.',
      { publishedAt: '2025-03-13' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'Treaty on the State Border between Kyrgyzstan and Tajikistan',
        expect.stringMatching(/agreement on motorway construction$/),
      ]),
    );
  });
});

describe('one more agreement ("another agreement", "a new deal")', () => {
  const TREATY =
    'Estonia and Latvia signed a border treaty in Riga on Monday, the Estonian government said. ';

  it.each([
    `${TREATY}"We will sign a new agreement soon," Estonian Prime Minister Kaja Kallas said.`,
    `${TREATY}Another agreement came into force in May, officials said.`,
    `${TREATY}Another agreement signed by the mayors was not published, officials said.`,
  ])('is not the agreement in view, nor the article main one: %s', (text) => {
    const result = extract(text);
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.aliases.join(' ')).not.toMatch(/agreement/);
  });

  it.each([
    [`${TREATY}Another agreement proclaimed Tartu and Valmiera twin towns, officials said.`, 'twin towns'],
    [
      `${TREATY}Later the two mayors, who signed a new accord extending their school exchanges, met the press.`,
      'school exchanges',
    ],
  ])('is an agreement of its own when its verb tells what it does: %s', (text, content) => {
    const result = extract(text);
    expect(result.agreements).toHaveLength(2);
    expect(result.agreements[0]?.aliases.join(' ')).not.toMatch(/agreement|accord/);
    expect(result.agreements[1]?.name).toContain(content);
  });

  it('still is the agreement in view when it names nothing new ("the agreement")', () => {
    const result = extract(`${TREATY}The agreement ends a decades-long dispute, officials said.`);
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.aliases).toContain('agreement');
  });
});

describe('parties in the noun phrase', () => {
  it.each([
    ['Armenia and Azerbaijan initialled a peace treaty in Washington on Friday.', ['ARM', 'AZE']],
    ['The foreign ministers of Argentina and Chile signed five new transport protocols.', ['ARG', 'CHL']],
  ])('are not the verb subject alone: %s', (text, parties) => {
    const result = extract(text);
    expect(result.agreements).toHaveLength(1);
    expect([...(result.agreements[0]?.parties ?? [])].sort()).toEqual(parties);
  });

  it('are read before the kind word ("the Russia-North Korea treaty")', () => {
    const result = extract('Seoul criticized the Russia-North Korea treaty on Friday.');
    expect([...(result.agreements[0]?.parties ?? [])].sort()).toEqual(['PRK', 'RUS']);
  });

  it.each([
    [
      'Negotiators met on the Ghana-Senegal Comprehensive Economic Partnership Agreement in Dakar.',
      ['GHA', 'SEN'],
    ],
    [
      'Both sides said the Tunisia–Mali Comprehensive Economic Partnership Agreement was ready.',
      ['MLI', 'TUN'],
    ],
    [
      'Ministers reviewed the Morocco-United Arab Emirates Comprehensive Investment Partnership Agreement.',
      ['ARE', 'MAR'],
    ],
  ])('name both hyphenated sides of a long title, whole: %s', (text, parties) => {
    const result = extract(text);
    expect([...(result.agreements[0]?.parties ?? [])].sort()).toEqual(parties);
  });

  it.each([
    'The foreign ministry said Brazil welcomes Ecuador-Peru border agreement on Monday.',
    'Border updates: Brazil welcomes Ecuador-Peru agreement, release of prisoners\n\nThe ministry on Monday welcomed the end of hostilities as both countries reached a ceasefire agreement on Sunday.',
  ])('are not the subject of the verb before it: %s', (text) => {
    const result = extract(text);
    expect([...(result.agreements[0]?.parties ?? [])].sort()).toEqual(['ECU', 'PER']);
  });
});

describe('parties of a reported agreement', () => {
  it('are those of the reported clause, not the teller ("X said A and B have agreed")', () => {
    const result = extract(
      'Malaysian Prime Minister Anwar Ibrahim said Thailand and Cambodia have agreed to an immediate ceasefire.',
    );
    expect([...(result.agreements[0]?.parties ?? [])].sort()).toEqual(['KHM', 'THA']);
  });
});

describe('a headline telling a signing in the present', () => {
  it('makes the countries before "sign", "ink" or "agree" its parties', () => {
    const result = extract(
      'Chile, Peru ink fisheries deal\n\nThe fisheries deal still has to clear parliament in each country before it can take effect.',
    );
    expect([...(result.agreements[0]?.parties ?? [])].sort()).toEqual(['CHL', 'PER']);
  });
});

describe('two named instruments joined by "and the"', () => {
  it.each([
    [
      'The ministers signed the Convention on Mutual Legal Assistance and the Framework Agreement on Regional Transit.',
      ['Convention on Mutual Legal Assistance', 'Framework Agreement on Regional Transit'],
    ],
    [
      'Members reaffirmed the Regional Convention on Illicit Drugs and the Additional Protocol on precursors.',
      ['Regional Convention on Illicit Drugs', 'Additional Protocol'],
    ],
  ])('are two names, the second no tail of the first: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keep "and" inside one name when no kind word follows it ("Treaty of Friendship and Strategic Partnership")', () => {
    expect(names('Laos and Cambodia signed the Treaty of Friendship and Strategic Partnership.')).toEqual([
      'Treaty of Friendship and Strategic Partnership',
    ]);
  });
});

describe('a compound with "of" opening a description or a name', () => {
  it.each([
    [
      'Kenya and Uganda signed a cessation of hostilities agreement in Nairobi.',
      'cessation of hostilities agreement',
    ],
    [
      'Both sides violated the Permanent Cessation of Hostilities Agreement, the mediators said.',
      'Permanent Cessation of Hostilities Agreement',
    ],
    ['Kenya and Uganda signed a new Status of Forces Agreement on Monday.', 'Status of Forces Agreement'],
  ])('keeps the "of": %s', (text, described) => {
    expect(names(text).some((n) => n.endsWith(described))).toBe(true);
  });

  it('still ends a description at another "of" ("violations of ceasefire agreement")', () => {
    expect(
      names('Kenya and Uganda reported violations of ceasefire agreement in Juba.').join(' '),
    ).not.toMatch(/violations/);
  });
});

describe('"to" and a capitalized verb inside a name', () => {
  it('keep the title whole ("Declaration of Commitment to Protect the Civilians of Ruritania")', () => {
    expect(
      names(
        'Both sides reaffirmed the Declaration of Commitment to Protect the Civilians of Ruritania, signed in Geneva.',
      ),
    ).toEqual(['Declaration of Commitment to Protect the Civilians of Ruritania']);
  });
});

describe('a signing that is the object of another verb', () => {
  it.each([
    [
      'The African Union has welcomed the signing of a peace deal by the president of Chad.',
      'org:african-union',
    ],
    [
      'UN chief hails signing of Mozambique peace accord\n\nThe deal was signed in Maputo on Monday.',
      'org:united-nations',
    ],
  ])('leaves its welcomer out of the parties ("X welcomed the signing of"): %s', (text, onlooker) => {
    const agreements = extract(text).agreements;
    expect(agreements.length).toBeGreaterThan(0);
    for (const agreement of agreements) expect(agreement.parties).not.toContain(onlooker);
  });
});

describe('signatories the article gives no state', () => {
  it('leave the sides to the story ("signed by Joint Secretary X and Deputy Director Y")', () => {
    const result = extract(
      'Nepal and Japan sign MoU on consultations\n\nA memorandum of understanding was signed between the foreign ministry of Nepal and the foreign ministry of Japan on Monday.\n\nThe memorandum was signed by Joint Secretary Ram Thapa and Deputy Director Kenji Sato.\n\nOfficials of Nepal and Japan will meet every year under it.',
    );
    expect(result.agreements).toHaveLength(1);
    expect([...(result.agreements[0]?.parties ?? [])].sort()).toEqual(['JPN', 'NPL']);
  });
});

describe('three sides listed before the verb', () => {
  const parties = (text: string): string[] => [...(extract(text).agreements[0]?.parties ?? [])].sort();

  it.each([
    'Kenya, Uganda and Tanzania signed a water-sharing agreement in Arusha on Monday.',
    'The trade ministers of Kenya, Uganda and Tanzania agreed on Monday to a customs deal.',
  ])("are all sides, the list's commas no clause boundary: %s", (text) => {
    expect(parties(text)).toEqual(['KEN', 'TZA', 'UGA']);
  });

  it('leave a country before the clause\'s comma out ("After talks in Kenya, Uganda and Tanzania signed")', () => {
    expect(
      parties('After a week of talks with Kenya, Uganda and Tanzania signed a water-sharing agreement.'),
    ).toEqual(['TZA', 'UGA']);
  });
});

describe('one side of a bilateral agreement', () => {
  it("takes the story pair's other country when its sentence calls it bilateral", () => {
    const result = extract(
      'Peru and Bolivia held talks in Lima on Monday. Bolivia signed the new bilateral fisheries treaty, the minister said. Officials from Peru and Bolivia will meet again in May.',
    );
    const treaty = result.agreements.find((a) => a.kind === 'treaty');
    expect([...(treaty?.parties ?? [])].sort()).toEqual(['BOL', 'PER']);
  });

  it('takes the story pair with the third country of a trilateral one', () => {
    const result = extract(
      'Ghana and Togo held border talks in Accra on Monday. "We agreed to sign a trilateral treaty with Benin on river transport," the Ghana minister said. Togo and Ghana will meet again in June.',
    );
    const treaty = result.agreements.find((a) => a.kind === 'treaty');
    expect([...(treaty?.parties ?? [])].sort()).toEqual(['BEN', 'GHA', 'TGO']);
  });

  it.each([
    [
      'Chilean President Ana Soto will sign agreements on port management and fisheries cooperation with Peru during her visit next week.',
      ['CHL', 'PER'],
    ],
    [
      'Ghanaian ministers signed a memorandum on cocoa marketing and customs cooperation with Togo in Lome on Friday.',
      ['GHA', 'TGO'],
    ],
  ])('reads the "with" that closes a topic as the other side: %s', (text, sides) => {
    const [agreement] = extract(text).agreements;
    expect([...(agreement?.parties ?? [])].sort()).toEqual(sides);
  });

  it.each([
    [
      'Peru, Chile agree to reopen border crossings\n\nLima: Peru and Chile reopened two border crossings on Monday, officials said.\n\nA regional envoy helped to broker an agreement last month.',
      ['CHL', 'PER'],
    ],
    [
      'Ghana and Togo agreed to restore direct flights between their capitals on Tuesday. Nigeria welcomed the agreement, its foreign ministry said.',
      ['GHA', 'TGO'],
    ],
  ])('gives a bare agreement the two countries that "agree to" do something before it: %s', (text, sides) => {
    const agreements = extract(text).agreements;
    expect(agreements).toHaveLength(1);
    expect([...(agreements[0]?.parties ?? [])].sort()).toEqual(sides);
  });

  it.each([
    'Ghana agreed to restore direct flights to Lome on Tuesday. Nigeria welcomed the agreement, its foreign ministry said.',
    'Ghana and Togo agreed to restore direct flights between their capitals on Tuesday, officials said.',
  ])('makes no agreement of one country agreeing, or of "agree to" alone: %s', (text) => {
    expect(extract(text).agreements).toEqual([]);
  });

  it('keeps one country when nothing says the agreement has two sides', () => {
    const result = extract(
      'Peru and Bolivia held talks in Lima on Monday. Bolivia published its national fisheries plan and a water treaty draft. Officials from Peru and Bolivia will meet again in May.',
    );
    for (const agreement of result.agreements) expect(agreement.parties.length).toBeLessThan(2);
  });
});

describe('a capitalized name joined by a hyphen', () => {
  it('keeps the hyphenated first word ("Trans-Atlantic ...", "Kenya-Uganda ...")', () => {
    const result = extract(
      'Ministers welcomed the Trans-Atlantic Energy Security Agreement on Monday.\n\nOfficials in Nairobi praised the Kenya-Uganda Railway Agreement.',
    );
    expect(result.agreements.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Trans-Atlantic Energy Security Agreement', 'Kenya-Uganda Railway Agreement']),
    );
  });
});

describe('a name holding a second kind word', () => {
  it('is one instrument ("Charter of Cooperation Agreement")', () => {
    expect(
      names('Kenya invoked Article 4 of the Charter of Cooperation Agreement signed with Uganda in 2011.'),
    ).toEqual(['Charter of Cooperation Agreement']);
  });
});

describe('the end of a topic', () => {
  it('comes before a time phrase ("... for the first time today")', () => {
    const result = extract(
      'The ministers reached an agreement on joint border patrols for the first time today, a spokesman said.',
    );
    expect(result.agreements.map((a) => a.name).join(' ')).toMatch(/on joint border patrols$/);
  });

  it('does not come at the period of an abbreviation ("a U.S. troop pullout")', () => {
    const result = extract('Washington signed an agreement with Kabul on a U.S. troop pullout on Saturday.');
    expect(result.agreements.map((a) => a.name).join(' ')).toMatch(/on a U\.S\. troop pullout$/);
  });
});

describe('the two sides of a story', () => {
  it('are no pair when the second country is named only once (the host of a multilateral signing)', () => {
    const result = extract(
      'Trade ministers from ten Pacific nations signed a broad free-trade deal in Cusco, Peru, on Thursday.\n\nOfficials said the deal would cut tariffs on farm goods.\n\nThe trade representative of the United States signed for the United States.',
    );
    const deal = result.agreements.find((a) => a.kind === 'deal');
    expect(deal?.parties ?? []).not.toContain('PER');
  });
});

describe('a ceasefire whose verb follows its parties', () => {
  it('is an agreement when it goes into effect ("the ceasefire between Israel and Hamas will go into effect")', () => {
    const result = extract(
      "Qatar's foreign ministry said the ceasefire between Israel and Hamas will go into effect on Sunday morning.",
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.parties).not.toContain('QAT');
  });

  it("is none when it is only called for and the verb after it is another clause's", () => {
    const result = extract(
      'The minister called for a ceasefire between Israel and Hamas, which both sides signed up to demand.',
    );
    expect(result.agreements).toEqual([]);
  });
});

describe('one ceasefire called by several words of its family', () => {
  it('is one agreement ("agreed to a ceasefire" ... "the truce" ... "a nationwide ceasefire would take effect")', () => {
    const result = extract(
      'The government of Mali and the northern rebel alliance agreed to a ceasefire on Thursday, mediators said.\n\nThe army said a nationwide ceasefire would take effect at midnight.\n\nThe truce held through the weekend, the mediators said.',
    );
    expect(result.agreements).toHaveLength(1);
  });

  it('keeps a ceasefire of other parties apart', () => {
    const result = extract(
      'Israel and Lebanon agreed to a ceasefire on Tuesday.\n\nSeparately, Sudan and South Sudan signed a border ceasefire on Wednesday.',
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe('a movement, party or bloc as a side', () => {
  const parties = (text: string): string[][] =>
    extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => a.parties);

  it.each([
    'Colombia and the Polisario Front agreed to a three-week truce, officials said.',
    'Yemen and the Houthis signed a prisoner exchange deal in Geneva on Sunday.',
  ])('takes the organization that signs or agrees with a country: %s', (text) => {
    expect(parties(text).some((p) => p.length === 2 && p.some((id) => id.startsWith('org:')))).toBe(true);
  });

  it('takes the organization named in "the ceasefire between X and Y"', () => {
    const found = parties(
      'A three-day ceasefire between Israel and Hamas took effect on Friday, mediators said.',
    );
    expect(found).toContainEqual(['ISR', 'org:hamas']);
  });

  it('reads a country-named force fighting a movement of its own country as the army, one side', () => {
    const found = parties(
      'The Sudanese Army and the Rapid Support Forces agreed on a one-day ceasefire in Jeddah.',
    );
    expect(found).toContainEqual(['org:sudanese-army', 'org:rapid-support-forces']);
  });

  it.each([
    "Sudan's military and the paramilitary Rapid Support Forces signed a five-day truce in Jeddah on Sunday.",
    'A ten-day truce between the Sudanese army and the Rapid Support Forces took effect in Khartoum on Monday.',
  ])('takes the army the gazetteer knows for a country named only by its army: %s', (text) => {
    expect(parties(text)).toContainEqual(['org:sudanese-armed-forces', 'org:rapid-support-forces']);
  });

  it.each([
    [
      'The Sudanese government and the Rapid Support Forces signed a five-day truce in Jeddah on Sunday.',
      'SDN',
    ],
    [
      "Sudan's army and the Rapid Support Forces signed a five-day truce in Jeddah. The government said it would hold.",
      'SDN',
    ],
    ['The Israeli army and Hamas agreed to a three-day truce in Cairo on Friday.', 'ISR'],
  ])(
    'keeps the country where its government is named or the movement is not its own: %s',
    (text, country) => {
      expect(parties(text).some((p) => p.includes(country))).toBe(true);
    },
  );

  it('keeps a news agency or a ministry out of the parties', () => {
    const found = parties('Reuters and Kenya signed nothing; Kenya and Uganda signed a fisheries agreement.');
    expect(found.flat().some((id) => id.startsWith('org:'))).toBe(false);
  });
});

describe("a country's truce and its own forces' truce are one", () => {
  const found = (text: string): string[][] =>
    extract(text, { publishedAt: '2025-06-03' }).agreements.map((a) => a.parties);

  it.each([
    [
      'Sudan\'s army agrees to extend current truce by 48 hours\n\nSudan\'s army agreed on Monday to extend the humanitarian truce with the Rapid Support Forces for 48 more hours starting from the end of the previous truce.\n\n"The command agreed to extend the truce for 48 hours, taking effect from the end of the current truce," the army said in a statement.',
      'org:rapid-support-forces',
    ],
    [
      "Sudan's rival forces agreed to a five-day ceasefire, the Egyptian foreign minister said on Tuesday.\n\nHe said long talks in Cairo led to the agreement between the Sudanese Armed Forces and the Rapid Support Forces.",
      'org:sudanese-armed-forces',
    ],
  ])('folds the country-sided ceasefire into the one of its army and a movement: %s', (text, side) => {
    const parties = found(text);
    expect(parties).toHaveLength(1);
    expect(parties[0]).toContain(side);
    expect(parties[0]).not.toContain('SDN');
  });

  it('keeps apart truces signed months apart', () => {
    const parties = found(
      "Sudan's rival forces signed a five-day ceasefire on March 3, the Egyptian foreign minister said on Tuesday.\n\nHe said a truce between the Sudanese Armed Forces and the Rapid Support Forces was signed in Cairo on May 20.",
    );
    expect(parties).toHaveLength(2);
  });
});

describe('a go-between or a setting is no side', () => {
  const parties = (text: string): string[][] =>
    extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => a.parties);

  it('leaves out the country a signing takes place in', () => {
    const found = parties(
      'Delegates of Ethiopia and the TPLF signed a peace agreement in the South African capital Pretoria on Wednesday.',
    );
    expect(found).toEqual([['ETH', 'org:tigray-peoples-liberation-front']]);
  });

  it('leaves out mediators and a former leader acting as one', () => {
    expect(
      parties(
        'Talks mediated by Qatar ended on Friday. Egyptian mediators said Israel and Hamas signed a truce agreement in Doha.',
      ),
    ).toEqual([['ISR', 'org:hamas']]);
    expect(
      parties(
        'Former Kenyan President Uhuru Kenyatta, the mediator, said the peace agreement signed on Monday would hold.',
      ).flat(),
    ).not.toContain('KEN');
  });

  it('leaves out a country the article calls a mediator, also where a later sentence names it alone', () => {
    const found = parties(
      'Kenyan and Ugandan mediators said on Saturday that the warring sides in South Sudan had agreed to a truce.\n\nThe mediators said the truce would start on Monday. Kenya and Uganda will each send three monitors.\n\nEarlier talks in Nairobi had produced an agreement between the two sides on protecting civilians, Kenya said.',
    ).flat();
    expect(found).not.toContain('KEN');
    expect(found).not.toContain('UGA');
  });

  it('leaves out brokers named before what they do ("Norway and Kenya to broker", "Qatar mediates")', () => {
    const found = parties(
      'Norway mediates talks in Oslo\n\nEfforts by Norway and Kenya to broker a truce reached their final stages on Tuesday, while Kenya hosted a donors conference.\n\nThe two countries said the truce would be signed within days.',
    ).flat();
    expect(found).not.toContain('NOR');
    expect(found).not.toContain('KEN');
  });

  it('leaves out brokers named after "brokered by", one or a list of them', () => {
    const found = parties(
      'Truce takes hold in Yemen\n\nThe truce deal, brokered by Oman and the United States, is the third attempt this year to end the war.\n\nYemen’s army says it is observing the truce.',
    ).flat();
    expect(found).not.toContain('OMN');
    expect(found).not.toContain('USA');
  });

  it.each(['following a deal brokered by Muscat', 'at the close of a dialogue hosted by Muscat'])(
    'leaves out a broker or host named by its capital after "brokered by" or "hosted by": %s',
    (how) => {
      const found = parties(
        'Rival Palestinian factions Hamas and Fatah sign declaration of unity after Oman talks\n\nRival Palestinian factions, Hamas and Fatah, have signed a declaration to end their longstanding rift ' +
          how +
          ', Omani state media said.\n\nThe deal came after reconciliation talks where 12 Palestinian factions met with Omani foreign minister Badr Albusaidi.\n\nMr Albusaidi said the unity deal was "a new page for all the factions".',
      );
      expect(found.flat()).not.toContain('OMN');
    },
  );

  it('leaves out a broker named before a relative clause that says it brokered ("with Brazil, which brokered")', () => {
    const found = parties(
      'Peru, Chile to restore ties in Brazil-brokered deal\n\nPeru and Chile agreed Friday to restore diplomatic relations and reopen embassies.\n\nThe two countries released a joint statement on the deal with Brazil, which brokered the agreement.',
    ).flat();
    expect(found).not.toContain('BRA');
    expect(found).toEqual(expect.arrayContaining(['PER', 'CHL']));
  });

  it.each([
    'Truce holds in Yemen\n\nOman and the United States act as both mediators and guarantors for the truce deal, which took effect on Monday.\n\nYemen’s army says it is observing the truce.',
    'Truce holds in Yemen\n\nThe truce deal took effect on Monday. Mediators, including Oman and the United States, urged restraint.\n\nYemen’s army says it is observing the truce.',
  ])('leaves out go-betweens by the role they act in or the list they head: %s', (text) => {
    const found = parties(text).flat();
    expect(found).not.toContain('OMN');
    expect(found).not.toContain('USA');
  });

  it('leaves out countries that urge the sides ("Kenya and Ethiopia urged both parties", "Kenya, Ethiopia urge warring Sudan rivals")', () => {
    const found = parties(
      'Kenya, Ethiopia urge warring Sudan rivals to respect truce\n\nKenya and Ethiopia urged both parties to respect the ceasefire agreement on Sunday.\n\nThe truce between the army and the rebels took effect on Saturday.',
    ).flat();
    expect(found).not.toContain('KEN');
    expect(found).not.toContain('ETH');
  });

  it('keeps a country that urges someone other than the sides', () => {
    expect(
      parties('Kenya and Uganda urged investors to back the trade agreement they signed on Monday.').flat(),
    ).toEqual(expect.arrayContaining(['KEN', 'UGA']));
  });

  it('leaves out the country that announces it after the phrase of its sides ("..., Egypt says")', () => {
    expect(
      parties('A ceasefire between Israel and Hamas will take effect on Sunday morning, Egypt says.').flat(),
    ).not.toContain('EGY');
  });

  it("keeps a serving minister's country: he signs for it", () => {
    expect(
      parties(
        'South Korean Foreign Minister Cho Tae-yul and his Japanese counterpart signed a memorandum on youth exchanges.',
      ),
    ).toEqual([['KOR', 'JPN']]);
  });
});

describe('proposals and roadmaps', () => {
  const found = (text: string) =>
    extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => [a.name, a.status]);

  it.each([
    ['Hamas said it had accepted a ceasefire proposal put forward by Egypt and Qatar.', /ceasefire proposal/],
    ['The bloc put forward a peace roadmap for the region on Tuesday.', /peace roadmap/],
    ['The president unveiled a 12-point peace plan for the region on Monday.', /peace plan/],
  ])('a ceasefire or peace proposal is a proposed agreement: %s', (text, name) => {
    expect(found(text)).toContainEqual([expect.stringMatching(name), 'proposed']);
  });

  it.each([
    'Mali and the Azawad movements reached a ceasefire deal in Algiers on Sunday. The deal calls for a pullback of troops.',
  ])('a deal that calls for something is no proposal: %s', (text) => {
    expect(found(text).map(([, status]) => status)).not.toContain('proposed');
  });

  it('a deal that calls for something is one deal with its sideless telling', () => {
    expect(
      found(
        'Warring sides in Chad have reached an agreement for a five-day humanitarian truce, Niger said on Saturday.\n\n' +
          "The fighting between Chad's army and the FACT rebels has killed hundreds. The truce goes into effect on Monday.\n\n" +
          'The agreement also calls for restoring essential services.',
      ),
    ).toHaveLength(1);
  });

  it('a proposal of any other subject is none', () => {
    expect(found('The finance ministry sent its budget proposal to parliament.')).toEqual([]);
  });
});

describe('a relationship paragraphs after an agreement', () => {
  it('is neither that agreement nor one of its own, so a statement on it links to none', () => {
    const result = extract(
      'Fiji and Japan signed a fisheries agreement in Suva on Monday.\n\nThe deal doubles the catch quota.\n\n' +
        'Fijian officials also met Australian envoys on trade.\n\n' +
        'Fijian Foreign Minister Mere Tora said Fiji had long been in close partnership with larger nations and would stay neutral.',
      { publishedAt: '2024-05-20' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Fiji–Japan fisheries agreement']);
    expect(result.agreements[0]?.aliases).not.toContain('close partnership');
    const statement = result.statements.find((s) => s.text.includes('partnership'));
    expect(statement?.about.filter((id) => id.startsWith('agreement:'))).toEqual([]);
  });
});

describe('protocol as etiquette, not a document', () => {
  it.each([
    'The president broke protocol by leaving his car to greet residents in Quito.',
    'The king met the envoy at the palace gate, breaking protocol, according to court officials.',
    'The minister bowed to the guard, which is against protocol in Lisbon.',
    'Prime Minister Solberg forgot protocol while boarding the plane in Oslo.',
  ])('a verb or preposition before a bare "protocol" makes no agreement: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Chile will supply two ships under an earlier loan agreement with Peru.', 'loan agreement'],
    [
      'The factions agreed to follow the conditions of a temporary April cease-fire agreement.',
      'cease-fire agreement',
    ],
  ])('a word inside the noun phrase still describes it: %s', (text, described) => {
    expect(names(text).some((n) => n.endsWith(described))).toBe(true);
  });
});

describe('the issuers of a joint statement', () => {
  const parties = (text: string): string[] => [...(extract(text).agreements[0]?.parties ?? [])].sort();

  it.each([
    'Kenya and Uganda issued a joint statement on Thursday calling for calm in the region.',
    'Kenyan President William Ruto, Ugandan President Yoweri Museveni, and Tanzanian President Samia Hassan released a joint statement on Thursday calling for calm in the region.',
  ])('are its parties, a list of leaders too: %s', (text) => {
    expect(parties(text)).toEqual(text.includes('Tanzanian') ? ['KEN', 'TZA', 'UGA'] : ['KEN', 'UGA']);
  });

  it('are no parties of a deal: hostages are released, deals are not issued', () => {
    expect(
      parties('Kenya and Uganda released a plan on Monday, and Rwanda and Burundi signed a border deal.'),
    ).toEqual(['BDI', 'RWA']);
  });
});

describe('a joint statement', () => {
  it.each([
    'Kenya and Ethiopia said in a joint statement that the border talks would resume in May.',
    'A joint statement from the two governments specified that the embassies would reopen on Monday.',
    'The talks dealt with the border, according to a trilateral statement by Kenya, Ethiopia and Uganda.',
    'Kenya and Ethiopia will reopen their embassies within two months, according to the joint statement.',
  ])('that only carries what was said is no agreement: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    'The talks were held in a cordial atmosphere, the MOFA statement said.',
    'The Kenyan PMO statement said the two leaders discussed trade and security.',
  ])('is not the ministry statement named by its issuer: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    'The presidents of Kenya and Tanzania agreed to improve trade ties between the two neighbours, said a joint statement released on Monday.',
    '"The two sides will resume flights within a month," said a joint statement from the mediators, released by the Kenyan foreign ministry.',
  ])('whose speech verb stands before it, after what it said, is no agreement: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('that only sources a signing is not what was signed', () => {
    const agreements = extract(
      'The border pact was signed by President Ruto and President Hassan in Arusha, according to a joint statement.',
    ).agreements;
    expect(agreements.map((a) => a.kind)).toEqual(['pact']);
  });

  it.each([
    'Kenya signed a deal with the rebels on Saturday. Troops would leave within a year if the rebels keep their end of the deal, the joint statement said.',
    'Kenya and Ethiopia signed a border deal on Monday. The deal will take effect in May, according to a joint statement.',
  ])('that carries the news of a deal is no name of that deal: %s', (text) => {
    const agreements = extract(text).agreements;
    expect(agreements.map((a) => a.kind)).toEqual(['deal']);
    expect(agreements[0]?.name).not.toMatch(/statement/);
  });

  it('still names one whose capitals are its name', () => {
    expect(names('Kenya and Ethiopia adopted the Nairobi Statement on Monday.')).toHaveLength(1);
  });

  it.each([
    'The presidents of Kenya and Ethiopia signed a joint statement in Nairobi on Monday.',
    'Officials in Addis Ababa said they would implement the joint statement Kenya and Ethiopia adopted in May.',
    'The ministers met in Nairobi on Monday, according to a joint statement signed by Kenya and Ethiopia.',
  ])('that the sides signed, adopted or implement is one: %s', (text) => {
    expect(names(text)).toHaveLength(1);
  });
});

describe('a relationship between two named sides', () => {
  it.each([
    'Premier Wang told President Okoro that Ghana wished to build a robust partnership with Nigeria.',
    'Kenya and Tanzania agreed on Friday to deepen the strategic cooperation partnership between the two countries.',
  ])('is no agreement without a document, a name or a signing: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    'The foreign ministers of Ghana and Mali reviewed the Sahel-Ghana Strategic Partnership in Accra on Monday.',
    'Officials in Lima said Peru would deepen its Special Andean Partnership with Chile this year.',
    'The minister for the Promotion of Public-Private Partnership met the Kenyan delegation in Nairobi.',
  ])('is no agreement by a capitalized name alone: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps the treaty whose title ends with the partnership', () => {
    expect(
      names(
        'Chile and Peru ended the Treaty on Friendship, Cooperation and Partnership between Chile and Peru on Monday.',
      ),
    ).toHaveLength(1);
  });

  it('still names the treaty that sets the partnership up', () => {
    expect(
      names('Kenya and Tanzania signed a comprehensive strategic partnership treaty in Nairobi on Friday.'),
    ).toHaveLength(1);
  });
});

describe('the sides as the article writes them', () => {
  const agreements = (text: string) => extract(text, { publishedAt: '2024-05-20' }).agreements;

  it.each([
    ['Officials said the Saudi-Iranian deal was signed in Beijing on Friday.', 'Saudi-Iranian deal'],
    ['Turkey and Syria signed a new Turkish-Syrian security pact on Monday.', 'Turkish-Syrian security pact'],
  ])('keeps the written noun phrase as an alias: %s', (text, alias) => {
    expect(agreements(text)[0]?.aliases).toContain(alias);
  });

  it('reads a movement in the noun phrase as a side ("the Israel-Hamas ceasefire")', () => {
    const found = agreements('The Israel-Hamas ceasefire took effect on Sunday, officials said.');
    expect(found[0]?.parties).toEqual(['ISR', 'org:hamas']);
    expect(found[0]?.aliases).toContain('Israel-Hamas ceasefire');
  });

  it('takes no clause before it as the phrase ("Russia suspends grain deal")', () => {
    const found = agreements(
      'Russia suspends grain deal with Ukraine\n\nMoscow said on Monday the deal was over.',
    );
    expect(found.flatMap((a) => a.aliases)).not.toContain('Russia suspends grain deal');
  });
});

describe('the acronym MoU', () => {
  it.each([
    ['Rwanda and Turkey signed an MoU on defence training in Kigali on Monday.', 'MoU on defence training'],
    ['Kenya and Oman inked four MoUs on health and fisheries on Friday.', 'MoUs on health and fisheries'],
  ])('is a memorandum: %s', (text, described) => {
    const [agreement] = extract(text).agreements;
    expect(agreement?.name.endsWith(described)).toBe(true);
    expect(agreement?.kind).toBe('memorandum');
  });

  it.each([
    'Rwanda and Turkey signed a memorandum of understanding (MoU) on defence training on Monday.',
    'Rwanda and Turkey said the MoU agreement on defence training would be signed on Monday.',
  ])('is no second agreement beside the kind word it repeats or describes: %s', (text) => {
    expect(extract(text).agreements).toHaveLength(1);
  });
});

describe('a plan of action', () => {
  it('is an instrument with "of action" after the plan as with "action" before it', () => {
    expect(names('Kenya and Uganda signed a plan of action on fisheries in Nairobi on Monday.')).toEqual([
      'Kenya–Uganda plan of action on fisheries',
    ]);
    expect(
      names(
        'A comprehensive plan of action that will set the priorities of the two countries would also be signed, the ministry said.',
      ),
    ).toEqual(['comprehensive plan of action']);
  });

  it('is no plan of anything else ("a plan of attack")', () => {
    expect(names('Kenya and Uganda drew up a plan of attack on the border, officials said.')).toEqual([]);
  });

  it('runs "for the next five years": a time, not its topic', () => {
    expect(
      names(
        'Kenya and Uganda adopted a new plan of action for the next five years at their meeting in Nairobi.',
      ),
    ).toEqual(['plan of action']);
  });
});

describe('the country before "an agreement with Y"', () => {
  const parties = (text: string): string[] => [...(extract(text).agreements[0]?.parties ?? [])].sort();

  it('is the nearest one, not the first of its sentence', () => {
    expect(
      parties(
        'Germany voiced regret over the decision by the United States to withdraw from a landmark arms control treaty with Russia.',
      ),
    ).toEqual(['RUS', 'USA']);
  });

  it('is none set off by dashes', () => {
    const permanent = extract(
      'Israel agreed to extend the truce while – at Egypt’s request – it continued to negotiate a permanent agreement with Lebanon.',
    ).agreements.find((a) => a.name.includes('permanent'));
    expect([...(permanent?.parties ?? [])].sort()).toEqual(['ISR', 'LBN']);
  });
});

describe('the country before "an agreement with Y" across a comma', () => {
  it('is not the object of an earlier clause ("threatened Lebanon ..., saying that if the ceasefire with Hezbollah")', () => {
    const ceasefire = extract(
      'Israeli officials threatened Lebanon on Tuesday, saying that if the ceasefire with Hezbollah collapses, the army would strike.',
    ).agreements[0];
    expect(ceasefire?.parties ?? []).not.toContain('LBN');
  });
});

describe('the verb "deal with"', () => {
  it.each([
    'The loan helps Ghana, the minister said, "as we deal with the rising cost of fuel."',
    'The interior minister said: "Both governments will firmly deal with smugglers at the crossing."',
  ])('is no agreement: %s', (text) => {
    expect(extract(text).agreements).toEqual([]);
  });

  it('leaves the noun before "with" an agreement ("signed a peace deal with the rebels")', () => {
    expect(names('Chad signed a peace deal with the rebels on Monday.').length).toBe(1);
  });
});

describe('a capitalized quantifier opening a sentence', () => {
  it.each([
    'Chad and Niger signed eight MoUs on energy on Monday. Other MoUs covered health and customs cooperation.',
    'Chad and Niger signed eight MoUs on energy on Monday.\n\n"Various MOUs are on transport and mining," the minister said.',
  ])('names no agreement of its own: %s', (text) => {
    expect(names(text)).toEqual(['Chad–Niger MoUs on energy']);
  });
});
