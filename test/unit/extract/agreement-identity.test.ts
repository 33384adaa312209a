// One agreement node per real-world agreement: ids that other articles share only when they mean the same
// agreement, no global node for a bare "the agreement", and names that end where the agreement's topic does.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreementIds = (text: string, publishedAt = '2024-03-14'): string[] =>
  extract(text, { publishedAt }).agreements.map((a) => a.id);

describe('agreement identity across articles', () => {
  it('gives memoranda on different topics different ids even when no article names their parties', () => {
    const fisheries = extract(
      'Delegates signed a memorandum of understanding on fisheries on the margins of the forum, a ministry spokesman said.',
    );
    const ports = extract(
      'Delegates signed a memorandum of understanding on port security on the margins of the forum, a ministry spokesman said.',
    );
    expect(fisheries.agreements.map((a) => a.name)).toEqual(['memorandum of understanding on fisheries']);
    expect(ports.agreements.map((a) => a.name)).toEqual(['memorandum of understanding on port security']);
    expect(fisheries.agreements[0]?.id).not.toBe(ports.agreements[0]?.id);
  });

  it('gives the same party-less memorandum the same id in another article', () => {
    const first = agreementIds('Delegates signed a memorandum of understanding on fisheries on Tuesday.');
    const second = agreementIds(
      'A memorandum of understanding on fisheries was signed at the forum, organizers said.',
    );
    expect(first).toHaveLength(1);
    expect(second).toEqual(first);
  });

  it('keeps one id for a named agreement in every article that names it', () => {
    const signing = agreementIds(
      'Kenya and Uganda signed the Northern Corridor Transit Agreement in Nairobi on Monday, cutting border delays for trucks.',
    );
    const review = agreementIds(
      'Officials in Kampala said the Northern Corridor Transit Agreement had halved waiting times at the border.',
      '2025-02-02',
    );
    expect(signing).toEqual(['agreement:northern-corridor-transit-agreement']);
    expect(review).toEqual(signing);
  });
});

describe('bare references to an agreement', () => {
  it('make no agreement when the article names none for them to mean', () => {
    const result = extract(
      'Foreign Minister Ana Duarte said the agreement would be submitted to parliament next month. "The treaty serves both our peoples," Duarte told reporters.',
    );
    expect(result.agreements).toEqual([]);
    for (const statement of result.statements)
      expect(statement.about.filter((id) => id.startsWith('agreement:'))).toEqual([]);
  });

  it('join the one agreement the article goes on to name', () => {
    const result = extract(
      'Officials said the deal would be ratified before the summer.\n\nKenya and Tanzania signed a cross-border power trade deal in Arusha on Monday.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).toMatch(/power trade deal$/);
    expect(result.agreements[0]?.evidence).toHaveLength(2);
  });

  it('do not join an agreement of another kind: "the treaty" is no memorandum', () => {
    const result = extract(
      'East African ministers met in Arusha this week. Officials said the treaty would be ratified before the summer.\n\nKenya and Tanzania signed a memorandum of understanding on tourism in Arusha on Monday.',
    );
    expect(result.agreements.map((a) => a.kind)).toEqual(['memorandum']);
    expect(result.agreements[0]?.evidence).toHaveLength(1);
  });
});

describe('agreement descriptions', () => {
  it.each([
    ['on the sidelines of the meeting', 'memorandum of understanding on energy'],
    ['at the summit in Hanoi', 'memorandum of understanding on energy'],
    ['at their annual meeting', 'memorandum of understanding on energy'],
    ['on cross-border grids', 'memorandum of understanding on energy on cross-border grids'],
  ])('end at the topic, not at where it was signed: "... energy %s"', (tail, name) => {
    const result = extract(`Delegates signed a memorandum of understanding on energy ${tail}.`);
    expect(result.agreements.map((a) => a.name)).toEqual([name]);
  });
});

describe('a definite description in a later sentence', () => {
  it('re-describes the agreement in view when its words are that agreement\'s ("the peace agreement")', () => {
    const result = extract(
      'Government envoys and the leaders of two armed groups signed a peace accord in Kigali on Sunday.\n\nThe accord provides for a ceasefire and a prisoner exchange.\n\nThe mediator said he would watch over the peace agreement himself.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.aliases).toContain('peace agreement');
  });

  it('re-describes it across stems ("trade deal" after "free trade agreement")', () => {
    const result = extract(
      'Chile and Vietnam signed a free trade agreement on Monday.\n\nThe president praised the trade deal as a model for the region.',
    );
    expect(result.agreements).toHaveLength(1);
  });

  it('stays another agreement when its subject is not the one in view', () => {
    const result = extract(
      'Chile and Vietnam signed a free trade agreement on Monday.\n\nThe ministers also discussed the fisheries agreement their countries signed in 2009.',
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe('a surprise deal', () => {
  it('is the agreement the article names, not one of its own', () => {
    const result = extract(
      'Iran and Saudi Arabia signed a normalisation agreement in Beijing on Friday.\n\nThe foreign ministers met in Riyadh a month after the surprise deal, brokered by China. "This is a new page," Iranian Foreign Minister Hossein Amir-Abdollahian said of the deal.',
      { publishedAt: '2024-03-01' },
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).not.toContain('surprise');
  });
});

describe('a description after the one agreement the article names', () => {
  it.each([
    [
      'a descriptive noun phrase ("the water-sharing accord")',
      'India said on Monday the Indus Waters Treaty would stay suspended. Pakistan has asked the World Bank to intervene.\n\nAsked about the water-sharing accord, Indian Foreign Minister Subrahmanyam Jaishankar said: "Our position has not changed."',
      'Indus Waters Treaty',
    ],
    [
      'a subject of the same stem ("an agreement on patrols")',
      'India and China reached a border patrolling agreement on Monday, the foreign ministry said.\n\nAn agreement on patrols is only a first step, analyst Priya Raman said.',
      'patrolling agreement',
    ],
    [
      'a description of its form or age only ("the decades-old treaty")',
      'Egypt and Sudan said on Monday the Nile Waters Agreement must be respected. Ethiopia did not reply.\n\nThe decades-old treaty has long been disputed upstream, Sudanese Irrigation Minister Khalid Ahmed said.',
      'Nile Waters Agreement',
    ],
    [
      'a description of its form or age only ("the five-page agreement")',
      'Armenia and Azerbaijan signed the Zangezur Corridor Agreement in Washington on Friday.\n\nThe five-page agreement opens the road within a year, Armenian Foreign Minister Ararat Mirzoyan said.',
      'Zangezur Corridor Agreement',
    ],
  ])('is that agreement told again: %s', (_, text, name) => {
    const result = extract(text, { publishedAt: '2024-03-01' });
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).toContain(name);
    // Every statement about it points at the one agreement.
    for (const s of result.statements)
      expect(s.about.filter((x) => x.startsWith('agreement:')).length).toBeLessThanOrEqual(1);
  });

  it('stays its own instrument when the article lists several or dates it', () => {
    const listed = extract(
      'Kyrgyzstan and Tajikistan signed a border treaty on Thursday.\n\nAn agreement between the foreign ministries on road construction was also signed, and a sister cities agreement.',
    );
    expect(listed.agreements).toHaveLength(3);
    const dated = extract(
      'Armenia and Azerbaijan initialled a peace treaty on Friday.\n\nThe ministers said the 2020 ceasefire agreement had held along most of the border.',
    );
    expect(dated.agreements).toHaveLength(2);
  });
});

describe('a description of nothing but its reach', () => {
  it.each([
    [
      'told again ("a clear and comprehensive agreement")',
      'Egypt and Qatar presented a ceasefire agreement for Gaza to Israel and Hamas on Sunday, the foreign ministry said.\n\nA clear and comprehensive agreement that ends the fighting was the aim of the meeting, the ministry said.',
    ],
    [
      'the fuller one it is to grow into ("until a lasting and comprehensive agreement is reached")',
      'Chad and Niger signed a ceasefire agreement in Niamey on Monday.\n\nThe mediator said he hoped the truce would hold until a lasting and comprehensive agreement is reached.',
    ],
  ])('is the agreement the article names, not one of its own: %s', (_, text) => {
    const result = extract(text, { publishedAt: '2024-03-01' });
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).not.toMatch(/^comprehensive/);
  });
});

describe('a description of nothing but its legal force', () => {
  it.each([
    [
      '"a binding agreement" after "a binding legal agreement on ..."',
      'Cairo and Khartoum stressed on Monday the importance of reaching a binding legal agreement on the filling of the reservoir, the ministry said.\n\nThe two presidents later voiced their commitment to a binding agreement over the rules of operating the dam.',
    ],
    [
      '"a legally binding agreement" after the nuclear deal under talks',
      'Iran and the United States held talks in Muscat on Saturday on a nuclear deal, the Omani foreign ministry said.\n\nThe two delegations share the aim of concluding a legally binding agreement, the minister said.',
    ],
  ])('is the agreement in view, not one of its own: %s', (_, text) => {
    const result = extract(text, { publishedAt: '2024-03-01' });
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).not.toMatch(/^(?:legally )?binding agreement$/);
  });
});

describe('a bare kind word after a joint statement', () => {
  it('means the agreement in the article, not the joint statement that quoted it', () => {
    const result = extract(
      'Ghana and Togo on Monday signed a Maritime Boundary Agreement, according to a Ghana-Togo joint statement.\n\nThe pact was signed during the president\'s visit to Accra.\n\nThe agreement "opens a new chapter for the two neighbours," the statement said.',
    );
    const statement = result.agreements.find((a) => a.kind === 'declaration');
    const boundary = result.agreements.find((a) => a.name.includes('Maritime Boundary'));
    expect(boundary?.aliases).toEqual(expect.arrayContaining(['pact', 'agreement']));
    expect(statement?.aliases ?? []).not.toContain('pact');
    expect(statement?.aliases ?? []).not.toContain('agreement');
  });
});

describe('a short name and the full one in one article', () => {
  it('are one agreement, called by its full name', () => {
    const result = extract(
      'Chile and Peru concluded talks on the Andean Water Partnership in Lima on Monday.\n\n' +
        '"The Andean Water Partnership Agreement will protect both rivers," the Chilean minister said.',
      { publishedAt: '2024-05-20' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Andean Water Partnership Agreement']);
  });

  it('keep another instrument that ends with the same name apart', () => {
    const result = extract(
      'Chile and Peru signed the Treaty of Lima in 1929.\n\nOn Monday they signed the Additional Protocol to the Treaty of Lima.',
      { publishedAt: '2024-05-20' },
    );
    expect(result.agreements.length).toBeGreaterThanOrEqual(2);
  });
});

describe('an acronym and a kind word after the full title', () => {
  it('is the titled agreement ("the ZAPA Agreement")', () => {
    const result = extract(
      'Zambia and Peru will sign a Zambezi Andes Partnership Agreement (ZAPA) in Lima next month, the ministry said.\n\n' +
        '"The ZAPA Agreement will open both markets," the Zambian minister said.',
      { publishedAt: '2025-06-10' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Zambezi Andes Partnership Agreement']);
  });
});

describe('a trade pact called a free trade agreement and by its title', () => {
  it('is one agreement, called by its title', () => {
    const result = extract(
      'Bahrain and Chile signed a free trade agreement on Tuesday, the Bahraini trade ministry said.\n\n' +
        'The pact cuts tariffs on most goods. The deal was reached after two years of talks.\n\n' +
        'Exports of copper are expected to double, officials said.\n\n' +
        'The Chilean minister said the Comprehensive Economic Partnership Agreement between Chile and Bahrain opens both markets.',
      { publishedAt: '2025-06-10' },
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).toMatch(/^Comprehensive Economic Partnership Agreement/);
  });

  it('keeps the free trade agreement of other parties apart', () => {
    const result = extract(
      'Bahrain and Chile signed the Comprehensive Economic Partnership Agreement on Tuesday.\n\n' +
        'Chile signed a free trade agreement with Peru in 2006, the minister recalled.',
      { publishedAt: '2025-06-10' },
    );
    expect(result.agreements.length).toBe(2);
  });

  it('keeps an economic cooperation agreement of the same parties apart', () => {
    const result = extract(
      'Bahrain and Chile signed a free trade agreement on Tuesday.\n\n' +
        'The two countries also signed an economic cooperation agreement, the ministry said.',
      { publishedAt: '2025-06-10' },
    );
    expect(result.agreements.length).toBe(2);
  });
});

describe('an agreement named by its parties', () => {
  it('is also known by the parties as the article writes them ("U.S." for the United States)', () => {
    const result = extract(
      'Seoul, Washington near tariff deal\n\nSouth Korea and the U.S. agreed on Friday to work toward a swift tariff deal, the U.S. embassy said.\n\nU.S. officials will visit Seoul next week.',
    );
    const deal = result.agreements.find((a) => a.name.includes('tariff deal'));
    expect(deal?.name).toBe('South Korea–United States swift tariff deal');
    expect(deal?.aliases).toContain('South Korea–U.S. swift tariff deal');
  });

  it('keeps one name when the article writes the parties the way the name does', () => {
    const result = extract(
      'Kenya and Uganda signed a border trade agreement in Nairobi on Monday.\n\nKenya and Uganda will review it in a year.',
    );
    const [agreement] = result.agreements;
    expect(agreement?.name).toBe('Kenya–Uganda border trade agreement');
    expect(agreement?.aliases.some((a) => a.startsWith('Kenya–Uganda'))).toBe(false);
  });
});

describe('a formal title in a list of signed documents', () => {
  const LIST =
    'Kenya and Ghana sign documents\n\nThe following documents were signed in Nairobi on Monday:\n\n— Memorandum of Understanding between the Ministry of Health of the Republic of Kenya and the Ministry of Health of the Republic of Ghana on cooperation in the field of medicine;\n\n— Memorandum of Understanding between the Ministry of Agriculture of the Republic of Kenya and the Ministry of Food of the Republic of Ghana;\n\n— Agreement on cooperation between the Ministry of Education of the Republic of Kenya and the Ministry of Education of the Republic of Ghana.';

  it('names each instrument through its parties and subject, so a list is not one "Memorandum of Understanding"', () => {
    const agreements = extract(LIST, { publishedAt: '2024-03-04' }).agreements;
    expect(agreements.map((a) => a.name)).toEqual([
      'Memorandum of Understanding between the Ministry of Health of the Republic of Kenya and the Ministry of Health of the Republic of Ghana on cooperation in the field of medicine',
      'Memorandum of Understanding between the Ministry of Agriculture of the Republic of Kenya and the Ministry of Food of the Republic of Ghana',
      'Agreement on cooperation between the Ministry of Education of the Republic of Kenya and the Ministry of Education of the Republic of Ghana',
    ]);
    for (const a of agreements) expect(a.parties).toEqual(['KEN', 'GHA']);
  });

  it('ends the subject where the sentence goes on, and reads no second agreement inside it', () => {
    const agreements = extract(
      'On March 31, the signing of the Memorandum of Understanding between the Government of Kenya and the Government of the Republic of Ghana on the implementation of the ‘Work and Holiday’ visa arrangement took place in Accra.',
      { publishedAt: '2024-04-01' },
    ).agreements;
    expect(agreements.map((a) => a.name)).toEqual([
      'Memorandum of Understanding between the Government of Kenya and the Government of the Republic of Ghana on the implementation of the ‘Work and Holiday’ visa arrangement',
    ]);
  });

  it('reads a possessive inside a party\'s name ("People\'s Republic") as part of the title', () => {
    const agreements = extract(
      'Chile and Laos signed the Agreement on Mining Cooperation between the Government of Chile and the Government of the Lao People’s Democratic Republic.',
      { publishedAt: '2024-03-04' },
    ).agreements;
    expect(agreements.map((a) => a.name)).toEqual([
      'Agreement on Mining Cooperation between the Government of Chile and the Government of the Lao People’s Democratic Republic',
    ]);
  });

  it('ends the parties before a date or a place ("... of Ghana on Monday", "... in Accra")', () => {
    const names = (text: string): string[] =>
      extract(text, { publishedAt: '2024-03-04' }).agreements.map((a) => a.name);
    expect(
      names(
        'Kenya and Ghana signed the Agreement between the Government of Kenya and the Government of Ghana on Monday.',
      ),
    ).toEqual(['Agreement between the Government of Kenya and the Government of Ghana']);
    expect(
      names(
        'Kenya and Ghana signed a Memorandum of Understanding between the Ministry of Trade of Kenya and the Ministry of Trade of Ghana in Accra.',
      ),
    ).toEqual([
      'Memorandum of Understanding between the Ministry of Trade of Kenya and the Ministry of Trade of Ghana',
    ]);
  });

  it('ends a quoted title at its closing quote, before the next title of the list', () => {
    const agreements = extract(
      'Kenya and Ghana signed the "Memorandum of Understanding on Fisheries between the Government of Kenya and the Government of Ghana" and the "Agreement on Air Services between the Government of Ghana and the Government of Kenya".',
      { publishedAt: '2024-03-04' },
    ).agreements;
    expect(agreements.map((a) => a.name)).toEqual([
      'Memorandum of Understanding on Fisheries between the Government of Kenya and the Government of Ghana',
      'Agreement on Air Services between the Government of Ghana and the Government of Kenya',
    ]);
  });

  it('leaves a name with no party phrase after it as it is', () => {
    const agreements = extract(
      'Kenya and Ghana signed the Treaty of Accra between the two states, officials said.',
      {
        publishedAt: '2024-03-04',
      },
    ).agreements;
    expect(agreements.map((a) => a.name)).toEqual(['Treaty of Accra']);
  });
});

describe('a description by its sides or its time alone', () => {
  it.each([
    'Peru and Chile signed the Andean Water Accord in Lima on Monday.\n\nThe accord sets quotas for the shared basin, officials said.\n\nThe minister said this bilateral agreement would also help farmers.',
    'Peru and Chile signed the Andean Water Accord in Lima on Monday.\n\nThe accord sets quotas for the shared basin, officials said.\n\nThe minister said the upcoming agreement would also help farmers.',
  ])(
    're-describes the agreement in view ("this bilateral agreement", "the upcoming agreement"): %s',
    (text) => {
      expect(extract(text).agreements.map((a) => a.name)).toEqual(['Andean Water Accord']);
    },
  );
});

describe('a city before a lower-case kind word', () => {
  it('names the agreement made there ("the Nairobi accord")', () => {
    const result = extract(
      'Kenya and Uganda signed a border accord in Nairobi on Monday.\n\nOfficials said the Nairobi accord sets up joint patrols.',
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Nairobi accord']);
  });

  it('names it where no description came before ("the Kampala agreement")', () => {
    const result = extract(
      'Officials said the Kampala agreement sets up joint patrols between Kenya and Uganda.',
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Kampala agreement']);
  });
});

describe('a description in a complement', () => {
  it('says what the agreement in view is, not another one', () => {
    const result = extract(
      'Chile and Peru signed a fisheries accord in Lima on Monday. "This is a fair and balanced deal for both our fleets," Chilean minister Rosa Vidal said. Peru\'s minister called it an historic agreement and described it as a "model accord".',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Chile–Peru fisheries accord']);
    for (const statement of result.statements)
      expect(statement.about.filter((id) => id.startsWith('agreement:'))).toEqual([result.agreements[0]?.id]);
  });

  it('is no complement after "as well as": a second agreement stays its own', () => {
    const result = extract(
      'Chile and Peru signed a fisheries accord as well as a comprehensive agreement on customs in Lima on Monday.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe('a title-case headline', () => {
  it('names no agreement by its capitals, below a section label too: its kind word previews the one told of', () => {
    const result = extract(
      'World News\n\nMinisters Hail Landmark Fisheries Pact After Talks\n\nChile and Peru signed a fisheries pact in Lima on Monday, ending years of disputes.\n\n"The pact protects both fleets," Chilean minister Rosa Vidal said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Chile–Peru fisheries pact']);
  });

  it('takes no mediator it names as a side', () => {
    const result = extract(
      'Africa\n\nNorway Mediates Lasting Truce Deal\n\nEthiopia and Eritrea agreed to a truce on Monday after talks in Oslo, Norwegian mediators said.\n\n"The truce will hold," Ethiopian minister Abebe Kebede said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.flatMap((a) => a.parties)).not.toContain('NOR');
  });
});

describe('a headline on a line of its own', () => {
  it('previews the agreement the body goes on to describe: one agreement, not a second one of the headline', () => {
    const result = extract(
      'Kenya and Uganda agree to ceasefire and cattle raid deal\n\nKenya and Uganda have reached a landmark agreement to halt fighting along their border, mediators said on Tuesday.\n\nThe deal was welcomed by the African Union. Officials said the agreement would take effect on Friday.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.evidence[0]?.sentence).toMatch(/^Kenya and Uganda agree to ceasefire/);
  });

  it('previews the agreement the body first describes after bare references to it', () => {
    const result = extract(
      'Ghana signs defence pact with Togo\n\nAgreement with Lome ends years of mistrust along the coast.\n\nGhana has signed a maritime security pact with Togo in Accra, officials said. The maritime pact covers joint patrols.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).toMatch(/maritime security pact$/);
  });

  it('previews no description whose sides are none of its own', () => {
    const result = extract(
      'Kenyan minister says agreement with Uganda on ceasefire\n\nThe minister said Kenya and Uganda see grounds for reaching an agreement between Ethiopia and Eritrea on a ceasefire along their border.',
      { publishedAt: '2024-05-07' },
    );
    const eritrean = result.agreements.find((a) => a.parties.includes('ERI'));
    expect(eritrean?.parties).not.toContain('KEN');
  });

  it('previewing several instruments joins none of them', () => {
    const result = extract(
      'Chile and Peru sign three memoranda\n\nChile and Peru signed a memorandum of understanding on fisheries in Lima on Monday. The memorandum was welcomed by fishing unions.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual([
      'Chile–Peru memorandum of understanding on fisheries',
    ]);
  });
});

describe('an evaluative adjective before the kind word', () => {
  it('says how good the agreement in view is, not which one it is', () => {
    const result = extract(
      'Chile and Peru signed a fisheries accord in Lima on Monday.\n\nThis pivotal agreement ends years of disputes over the catch. "We will uphold this very detailed, powerful agreement," Chilean minister Rosa Vidal said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Chile–Peru fisheries accord']);
  });
});

describe('"in" after the kind word telling how far along an agreement is', () => {
  it('is no subject: "this agreement in letter and spirit", "an agreement in principal" are the one in view', () => {
    const result = extract(
      'Kenya and Uganda signed a trade agreement in Nairobi on Monday.\n\nPresident Yoweri Museveni stressed implementation of this agreement in letter and spirit. Negotiators had reached an agreement in principal in March.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Kenya–Uganda trade agreement']);
  });
});

describe('a participle saying the agreement was made', () => {
  it('says it was agreed, not which one it is: "the sides\' agreed-upon joint declaration"', () => {
    const result = extract(
      "Peru and Chile signed a joint declaration on Monday. Officials in Lima said Peru and Chile's agreed-upon joint declaration would open new trade routes.",
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Peru–Chile joint declaration']);
  });
});

describe('praise before the kind word', () => {
  it('makes no agreement of its own: "a fair agreement", "this great agreement"', () => {
    const result = extract(
      'Chile and Peru signed a fisheries accord in Lima on Monday.\n\n"We called for a fair agreement that satisfies all fleets, and this great agreement does," Chilean minister Rosa Vidal said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Chile–Peru fisheries accord']);
  });
});

describe('an agreement only asked for', () => {
  it('is no agreement: "hopes for an agreement", "a push for a truce", "nearing a deal"', () => {
    const result = extract(
      'Kenya and Ethiopia expressed strong hopes for a rapid agreement on a border truce on Monday. Diplomats said the sides were nearing a temporary deal.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements).toEqual([]);
  });

  it.each([
    'Chad and Niger signed a pledge to protect civilians on Friday but did not agree to a ceasefire, officials said.',
    'Chad and Niger signed a pledge to protect civilians on Friday but have not yet agreed to a ceasefire, officials said.',
    'Chad and Niger sign a pledge to protect civilians but fail to agree on ceasefire',
    'Chad and the rebels signed a pledge to protect civilians on Friday, but declined to agree on a cease-fire.',
  ])('is no ceasefire when the sides did not agree to one: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements.filter((a) => /cease/i.test(a.name))).toEqual([]);
  });

  it.each([
    'Speaking after the talks in Lome, the envoy said, "No one was going to agree on a truce at this meeting."',
    'He said nothing in the pact barred other nations from joining or meant that Ghana could not sign a similar agreement with Togo.',
    "A rebel spokesman said on Monday that the government of Mali won't sign a cease-fire.",
  ])('is no agreement when a negation scopes its making verb: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements).toEqual([]);
  });

  it.each([
    'Mali and Niger held a border summit on Tuesday after failing earlier this month to reach an agreement on grazing rights, officials said.',
    'Mediators voiced regret over the inability of the second round of talks in Doha in reaching an agreement on grazing rights.',
    'Mediators regret inability to agree on Mali accord in Niamey talks',
    'Talks between Mali and Niger on the dam have so far failed to reach a binding agreement.',
    'The two parties failed to sign a cessation of hostilities agreement, the mediators in Niamey said.',
    'The rebels say the parties failed to strike a pre-negotiation agreement after Bamako refused to budge.',
    'Talks between Mali and Niger, mediated by Ghana, failed to come to an agreement on a ceasefire.',
  ])('is no agreement when a failing word governs its making verb: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements).toEqual([]);
  });

  it.each([
    'The regional summit called on the warring parties in Mali to agree to a ceasefire, end the fighting and meet face to face.',
    'Ghana and Togo urged the rival factions to agree to an immediate nationwide ceasefire during the talks in Lome.',
    'Calls mounted for the junta to agree to a truce, officials in Accra said.',
    'Envoys pressed the two armies to reach a durable ceasefire agreement before the rains, a diplomat said.',
    'The envoy backed the mediators in their efforts to persuade the Azawad Liberation Front-North (ALF-N) led by Omar Ag Bakri to sign a truce agreement.',
    'The envoy vowed to keep trying to convince the rebels to sign ceasefire agreement with the government in Bamako.',
    'Envoy vows to convince Azawad rebels to ink cessation of hostilities deal',
    'He will continue his efforts to persuade the ALF-N leaders to reach an agreement on the cessation of hostilities.',
    'Ghana and Togo urged the rival factions to reach and uphold a new ceasefire agreement after the last one lapsed.',
    'The minister said Niger had no mandate to try and reach a truce agreement with the rebels.',
    'The minister said Niger had no mandate to secure a Sahel cease-fire agreement between Mali and the rebels.',
  ])('is no ceasefire when a speaker asks the sides to make one: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements.filter((a) => /cease|truce/i.test(a.name))).toEqual([]);
  });

  it.each([
    'The envoy said the renewal of the unilateral cessation of hostilities declaration by the government in the north has had positive effects.',
    'The junta announced a unilateral truce in the northern regions on Sunday, state television said.',
  ])('is no agreement when one side alone declares it: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements).toEqual([]);
  });

  it.each([
    'The rebel leader on Friday dismissed reports of reaching a limited border deal with Niger as rumours.',
    'Chad on Monday dismissed as "incorrect" a report that it had reached a deal for a truce with the rebels.',
    "The rebels on Monday denied the minister's assertion that they had signed a truce agreement with Niamey.",
    'Armed groups in the north disputed a claim by Chadian officials of an agreement to halt the shelling.',
    'The Chadian president has denied reports Friday that Chad and Niger have an informal agreement on grazing.',
  ])('is no agreement when a denial turns down the report of it: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements).toEqual([]);
  });

  it.each([
    'Asked about reports of a grazing deal with Niger, the Chadian spokesman said the goals of the operation were unchanged.',
    '"Reports by some foreign media outlets about reaching a partial deal with Niger on the border are rumours," said the rebel leader.',
    'The rebels on Monday denied that they had agreed to any truce. Reports said that their council had agreed to a temporary truce with Chad on Sunday.',
  ])('is no agreement when only reports tell of it: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements).toEqual([]);
  });

  it('keeps a deal the reports tell of when nobody denies them', () => {
    const result = extract('Reports said Chad and Niger signed a border deal in Niamey on Monday.', {
      publishedAt: '2024-05-07',
    });
    expect(result.agreements).toHaveLength(1);
  });

  it.each([
    'Chad denies agreeing to truce with the rebels',
    'The rebel movement on Tuesday denied agreeing to any truce in Tibesti after rumours of a deal.',
    'Prime Minister Albert Pahimi on Monday denied a border agreement with Niger, as reported in local media.',
    'Both Chad and the rebels denied that a truce agreement had been reached for Friday.',
    'The Chadian foreign ministry denies any agreement between Ndjamena and Niamey on grain.',
  ])('is no agreement when a denial says nobody made it: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements).toEqual([]);
  });

  it.each([
    'Chad denied violating the border agreement it signed with Niger in Niamey in 2019.',
    'Chad denied that the border agreement signed with Niger in Niamey in 2019 had collapsed.',
  ])('keeps a deal the denial leaves on the table: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements).toHaveLength(1);
  });

  it('keeps the truce the sides were persuaded to sign ("persuaded the rebels to sign a truce agreement")', () => {
    const result = extract(
      'Algeria persuaded the rebels to sign a truce agreement in Algiers on Monday, officials said.',
      {
        publishedAt: '2024-05-07',
      },
    );
    expect(result.agreements.filter((a) => /cease|truce/i.test(a.name))).toHaveLength(1);
  });

  it('keeps the truce the sides reached and signed ("reached and signed a truce agreement")', () => {
    const result = extract(
      'Mali and the rebels agreed to reach and sign a truce agreement in Algiers on Monday.',
      {
        publishedAt: '2024-05-07',
      },
    );
    expect(result.agreements.filter((a) => /cease|truce/i.test(a.name))).toHaveLength(1);
  });

  it('keeps a ceasefire on the table that the sides are urged to keep ("urged them to respect the truce")', () => {
    const result = extract(
      'Mali and the rebels signed a ceasefire agreement in Algiers on Monday. Ghana urged them to respect the ceasefire.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.filter((a) => /cease/i.test(a.name))).toHaveLength(1);
  });

  it('keeps an agreement under negotiation that a failure only threatens ("if it fails to agree to a new deal")', () => {
    const result = extract(
      'The president threatened new sanctions on Mali if it fails to agree to a new mining agreement with Ghana, officials said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.length).toBe(1);
  });

  it('keeps the agreement a failure of others stands beside ("the failure of the talks, the sides reached an agreement")', () => {
    const result = extract(
      'Despite the failure of earlier talks, Mali and Niger signed an agreement on grazing rights on Tuesday, officials said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.length).toBe(1);
  });

  it('keeps a deal on the table that a side has not agreed to ("has not agreed to the deal")', () => {
    const result = extract(
      'Chad and Niger negotiators drafted a ceasefire deal in Doha on Friday. The rebels have not agreed to the ceasefire deal, officials said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.length).toBeGreaterThan(0);
  });

  it('is no ceasefire when reaching it is a need or a wish ("the need to reach", "should be achieved")', () => {
    const result = extract(
      'The minister stressed the urgent need to reach a ceasefire in the region, his office said. "A truce along the border should be achieved within days," he told reporters.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements).toEqual([]);
  });

  it.each([
    'Kenya and Ethiopia agreed to a truce on Monday. Deep divisions have slowed progress toward a lasting peace agreement.',
    'Kenya and Ethiopia agreed to a truce on Monday. Final negotiations aimed at cementing a comprehensive peace accord will start in May.',
  ])('is no agreement when it is a goal beyond the one in view: %s', (text) => {
    expect(
      extract(text, { publishedAt: '2024-05-07' })
        .agreements.map((a) => a.name)
        .join(' '),
    ).not.toMatch(/peace/);
  });

  it('keeps the one in view that negotiations move toward ("steps towards a ceasefire")', () => {
    const result = extract(
      'Kenya and Ethiopia agreed to a border ceasefire on Monday. Both sides committed to steps towards a ceasefire, the envoy said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements).toHaveLength(1);
  });

  it('points back at no agreement named before it', () => {
    const result = extract(
      'Kenya and Ethiopia signed the Moyale Border Accord in 2019.\n\nA Nairobi newspaper reported that the two governments are nearing a temporary deal on grazing rights.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Moyale Border Accord']);
    for (const statement of result.statements)
      expect(statement.about.filter((id) => id.startsWith('agreement:'))).toEqual([]);
  });

  it.each([
    'Envoys of Chad and Niger met in Doha on Monday in a fresh effort to reach an agreement to end the border fighting.',
    'Chad and Niger signed a pledge on aid on Friday. The two sides will next focus on reaching a deal for a lasting truce along the border, officials said.',
    'Officials from Chad and Niger said there was a real chance to strike a deal on grazing rights this week.',
    'The envoy met the Chadian minister in Ndjamena to discuss the efforts of the Lake Chad Basin Commission (LCBC) to mediate a peace agreement between Chad and the rebels.',
    'Ghana backed the efforts of the Economic Community of West African States to mediate a peace deal between Mali and the rebels.',
    'Chad is quietly holding talks with the Lake Chad rebel movement to reach a truce agreement, two officials said.',
    'The minister said the endeavours of both sides to reach a border deal would go on.',
    'Mediators said their contacts with all parties were continuing to secure a grazing agreement.',
    'Niger welcomed talks in Doha between the army and the rebels geared to reaching a short-term truce agreement.',
    'Media outlets reported that Ndjamena and Niamey are close to reaching an interim agreement on grazing rights.',
  ])('is no agreement when a making verb only seeks it: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements.filter((a) => /agreement|deal/i.test(a.name))).toEqual([]);
  });

  it.each([
    'Chad and Niger were able to reach a border agreement in Doha on Monday.',
    'Qatar helped the two warring sides to reach a grazing agreement on Monday.',
    'The two presidents shook hands in the Chadian capital to reach a border deal on Friday.',
  ])('keeps an agreement the sides managed to make: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements.filter((a) => /agreement|deal/i.test(a.name)).length).toBe(1);
  });

  it.each([
    'Mediators said drafts of a possible deal on the border had been handed to Chad and Niger on Monday.',
    'Chad and Niger resumed talks in Doha on Monday after months of talk of an imminent deal on grazing rights.',
    'The Chadian minister said Doha was working on an expected agreement to halt the fighting along the border.',
  ])('is no agreement when a hedge opens it: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements.filter((a) => /agreement|deal/i.test(a.name))).toEqual([]);
  });

  it('keeps "the expected deal" once it is announced', () => {
    const result = extract(
      'Chad and Niger announced a ceasefire deal in Doha on Monday. The rebels said they would respect the expected deal.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.length).toBeGreaterThan(0);
  });

  it.each([
    'The Chadian president rejected a partial arrangement on Monday, insisting on a single deal with Niger.',
    'The Nigerien foreign minister said he rules out a border arrangement with Chad until the talks resume.',
  ])('is no agreement when a side turns it down before anyone made it: %s', (text) => {
    const result = extract(text, { publishedAt: '2024-05-07' });
    expect(result.agreements.filter((a) => /arrangement/i.test(a.name))).toEqual([]);
  });

  it('keeps the deal on the table that a side rejected ("rejected the deal")', () => {
    const result = extract(
      'Chad and Niger negotiators drafted a border arrangement in Doha on Friday. The rebels rejected the border arrangement on Sunday.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.length).toBeGreaterThan(0);
  });

  it('keeps the deal the sides reached and the one they managed to reach', () => {
    const result = extract(
      'Chad and Niger managed to reach an agreement on grazing rights in Doha on Monday, officials said.',
      { publishedAt: '2024-05-07' },
    );
    expect(result.agreements.length).toBeGreaterThan(0);
  });
});

describe('one instrument under several names', () => {
  it('joins a treaty named three ways by the same parties', () => {
    const result = extract(
      'Chile and Peru on Monday signed a new Friendship Treaty in Lima. The Chile-Peru Friendship Treaty replaces an older text. "Chile and Peru have just signed a new Treaty of Friendship," the minister said.',
    );
    const treaties = result.agreements.filter((a) => a.kind === 'treaty');
    expect(treaties).toHaveLength(1);
  });

  it('joins a capitalized kind noun to the memorandum the same parties signed', () => {
    const result = extract(
      'Foreign ministers of Ghana and Togo on Monday signed a memorandum of understanding (MoU) to boost bilateral cooperation.\n\nThe MoU was signed by Ghana Foreign Minister Kofi Mensah and his Togolese counterpart Yao Dogbe in Accra.\n\nThe MoU is aimed at advancing cooperation in trade, science and culture.\n\nThe signing of this new Memorandum of Understanding will form the basis of the deepening relationship between Ghana and Togo.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).not.toBe('Memorandum of Understanding');
  });

  it('keeps memoranda apart when their subjects differ', () => {
    const result = extract(
      'Ghana and Togo signed a Memorandum of Understanding on fisheries on Friday. Ghana also signed a second memorandum with Togo on road transport.',
    );
    expect(result.agreements.filter((a) => a.kind === 'memorandum')).toHaveLength(2);
  });
});

describe('one ceasefire per conflict', () => {
  it('folds a truce deal into the ceasefire agreement of the same two sides', () => {
    const result = extract(
      'Georgia and Armenia signed a ceasefire agreement on Friday, officials in Tbilisi said.\n\nThe truce deal was inked in the Armenian town of Goris after talks between Georgia and Armenia that ran through the night.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.parties.sort()).toEqual(['ARM', 'GEO']);
  });

  it('folds a party-less "deal to secure a ceasefire" of a welcoming speaker into the ceasefire the sides reached', () => {
    const result = extract(
      'Israel and Hamas reached a ceasefire agreement on Wednesday after months of talks.\n\nNorway welcomed the news on Thursday. Norway has long called for an end to the fighting, the ministry said.\n\n"We welcome the announcement of a deal to secure a ceasefire and hostage release," the Norwegian foreign minister said.\n\nNorway also offered help to Gaza hospitals.',
    );
    expect(result.agreements.map((a) => a.parties.includes('NOR'))).not.toContain(true);
    expect(result.agreements).toHaveLength(1);
  });

  it('folds a party-less truce agreement into the truce whose sides a later sentence names', () => {
    const result = extract(
      'The president said: "I welcome the success of the joint mediation in reaching an agreement to implement a humanitarian truce in the valley and an exchange of detainees held by both parties."\n\nA statement by the Norwegian Foreign Ministry said that the start of the truce between Georgia and the Abkhaz rebels will be announced within 24 hours.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.parties).not.toContain('NOR');
  });

  it('folds a later "the ceasefire" into the well-known ceasefire agreement the article named', () => {
    const result = extract(
      'Qatar and the United States announced the Gaza ceasefire deal on Wednesday.\n\nThe talks in Doha had stalled for months, a Qatari official said.\n\nUS envoys flew to Qatar twice in January, the State Department said.\n\nThe United States said the ceasefire was achieved through patient diplomacy.',
      // Written the day after the deal was announced: a known agreement signed after an article is not its.
      { publishedAt: '2025-01-16' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Gaza ceasefire and hostage release agreement']);
  });

  it('keeps a new truce apart from the ceasefire before it', () => {
    const result = extract(
      'Georgia and Armenia signed a ceasefire agreement in March.\n\nIn June the two sides signed a new truce deal after the fighting resumed.',
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe('a deal for captives beside the one ceasefire', () => {
  it('folds a party-less prisoner exchange deal into the ceasefire of the war', () => {
    const result = extract(
      'Armenia and Azerbaijan agreed a ceasefire on Monday after weeks of shelling, mediators said.\n\nThe foreign minister of Georgia said a prisoner exchange deal had also been reached and would start within days.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.parties.sort()).toEqual(['ARM', 'AZE']);
  });

  it('folds "a deal for the detainees" into the ceasefire named before it', () => {
    const result = extract(
      'Colombia and the rebels signed a ceasefire agreement in Havana on Tuesday.\n\n"We now have a deal for the detainees, and they will be freed soon," the mediator wrote.',
    );
    expect(result.agreements).toHaveLength(1);
  });

  it('keeps a hostage deal apart when the article has two ceasefires', () => {
    const result = extract(
      'Armenia and Azerbaijan agreed a ceasefire on Monday. Sudan and Chad signed a separate truce agreement on Tuesday.\n\nOfficials said a hostage release deal was also reached.',
    );
    expect(result.agreements.some((a) => /hostage/i.test(a.name))).toBe(true);
  });
});

describe('an onlooker of an agreement is no side of it', () => {
  it('takes no country that welcomed a ceasefire signed between two others', () => {
    const result = extract(
      'Norway on Friday welcomed a ceasefire deal signed between Georgia and Armenia.\n\nThe deal ends a month of fighting along the border.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.parties.sort()).toEqual(['ARM', 'GEO']);
  });

  it('takes no country whose foreign ministry welcomed a truce of the warring sides', () => {
    const result = extract(
      "Norway welcomes truce in Georgia\n\nNorway's Foreign Ministry welcomed a recent truce deal reached between the warring sides in eastern Georgia.\n\nThe ministry's spokeswoman said the deal could end the fighting in Georgia.",
    );
    expect(result.agreements.flatMap((a) => a.parties)).not.toContain('NOR');
  });

  it('keeps a side that signed the deal it then praised', () => {
    const result = extract(
      'Georgia and Armenia signed a trade agreement in Tbilisi on Monday.\n\nGeorgia praised the agreement as a step toward open borders.',
    );
    expect(result.agreements[0]?.parties.sort()).toEqual(['ARM', 'GEO']);
  });
});

describe('a country that facilitated the talks', () => {
  it.each([
    'A ceasefire deal was signed on Monday, officials said.\n\nEthiopia and the rebels had held talks for weeks.\n\nSaudi Arabia had facilitated the talks, Ethiopia said. Saudi Arabia hosted both delegations in Jeddah.',
    'A ceasefire deal was signed on Monday, officials said.\n\nEthiopia and the rebels had held talks for weeks.\n\nThe Saudi government facilitated the negotiations, Ethiopia said. Saudi Arabia hosted both delegations in Jeddah.',
  ])('is a go-between, no side of the deal: %s', (text) => {
    for (const agreement of extract(text).agreements) expect(agreement.parties).not.toContain('SAU');
  });

  it('is still a side when it facilitated something else ("Saudi Arabia facilitated visas")', () => {
    const result = extract(
      'Ethiopia and Saudi Arabia signed a labour agreement on Monday. Saudi Arabia facilitated visas for workers last year.',
    );
    expect(result.agreements[0]?.parties.sort()).toEqual(['ETH', 'SAU']);
  });
});

describe('go-betweens named after their noun', () => {
  it('takes no country listed after "mediators" as a side, nor its leader who signed', () => {
    const result = extract(
      'Vance, Lula and Ramaphosa sign Sahel ceasefire\n\nBrazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa signed the ceasefire in Rio on Monday.\n\nMediators Brazil and South Africa joined the United States in signing a document cementing the first phase of the ceasefire.\n\nThe ceasefire paused months of fighting.',
    );
    const parties = result.agreements.flatMap((a) => a.parties);
    expect(parties).not.toContain('BRA');
    expect(parties).not.toContain('ZAF');
  });

  it('takes no "mediator Norway" as a side of the swap it announced', () => {
    const result = extract(
      'Mediator Norway said on Wednesday that Georgia and the rebels had agreed to a prisoner swap deal.\n\n"The two sides have reached a deal on the prisoner swap," the Norwegian foreign minister said. Norway will monitor the deal from Oslo.',
    );
    expect(result.agreements.flatMap((a) => a.parties)).not.toContain('NOR');
  });
});

describe('a definite kind noun described only by what it is for', () => {
  const TRUCE =
    "Niger and rebels sign truce\n\nNiger's government and the northern rebels signed a cease-fire agreement in Lome on Monday.\n\n";
  it('is the agreement just named ("signed the agreement to end the fighting")', () => {
    const result = extract(
      `${TRUCE}Under Togolese mediation, the two sides signed the agreement to end the fighting in the north.`,
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Niger truce']);
  });

  it('is one more when indefinite ("also signed an agreement to end the fighting")', () => {
    const result = extract(
      `${TRUCE}Under Togolese mediation, the two sides also signed an agreement to end the fighting in the north.`,
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe('an agreement called by the city it was signed in', () => {
  const SIGNED =
    'Kenya and Uganda signed a peace agreement in Mombasa on Monday to end the border war.\n\nThe fighting had displaced thousands of families along the border, aid groups said.\n\nThe two presidents later toured a market in Kampala with their ministers.\n\n';

  it('is the agreement whose sentences place it there, paragraphs later ("the Mombasa accord")', () => {
    const result = extract(
      `${SIGNED}Rebel leaders said they would study the Mombasa accord before any talks.`,
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Kenya–Uganda peace agreement']);
  });

  it('stays its own when no agreement of the article was made in that city ("the Arusha accord")', () => {
    const result = extract(
      `${SIGNED}Rebel leaders said they would study the Arusha accord before any talks.`,
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Kenya–Uganda peace agreement', 'Arusha accord']);
  });
});

describe('a charter cited as the principles the sides abide by', () => {
  it.each([
    'Kenya and Uganda signed a border accord in Nairobi on Monday, pledging relations based on the UN Charter and the Charter of the African Union.',
    'Kenya and Uganda signed a border accord in Nairobi on Monday.\n\nBoth sides said they would act consistent with the Purposes and Principles of the UN Charter.',
  ])('is no agreement of the story: %s', (text) => {
    expect(extract(text).agreements.map((a) => a.name)).toEqual(['Kenya–Uganda border accord']);
  });

  it('stays one where the article tells of an act on it ("a violation of the UN Charter")', () => {
    const names = extract(
      'The ministers said the strikes were a clear violation of the UN Charter.',
    ).agreements.map((a) => a.name);
    expect(names).toEqual(['Charter of the United Nations']);
  });
});

describe('a bloc written before "-brokered"', () => {
  it.each([
    [
      'Ethiopia and the TPLF signed a peace agreement in Pretoria in November 2022.\n\nThe fighting had displaced thousands of families, aid groups said.\n\nThe AU-brokered agreement required the return of displaced people.',
      'Pretoria Agreement',
    ],
    [
      'Yemen truce renewed\n\nThe warring parties in Yemen agreed to renew the truce for two months.\n\nThe extension comes under the same terms as the original UN-brokered agreement, which began on 2 April.',
      'Yemen truce',
    ],
  ])('is no side of the agreement in view, which it names: %s', (text, name) => {
    expect(extract(text).agreements.map((a) => a.name)).toEqual([name]);
  });
});

describe('a headline deal and an older instrument the body recalls by its year', () => {
  it('keeps the dated one apart ("the 1929 water agreement" is no preview of the new deal)', () => {
    const result = extract(
      'Kenya reaches water deal with Uganda after dispute\n\nThe breakthrough came during a visit by the Kenyan foreign minister to Kampala to seal the deal.\n\nUganda had invoked the 1929 water agreement, urging Kenya to resume talks.\n\nFollowing three rounds of talks, Kenya signed the final agreement in Kampala.\n\nThe minister hailed the agreement as a significant step.',
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe("a lead that retells the headline's named agreement", () => {
  it.each([
    [
      'a title-case headline',
      'Arctic States Adopt Ilulissat Declaration On Ocean Claims\n\nCanada, Norway and Denmark have agreed on a joint declaration on the Arctic Ocean, officials said on Wednesday.\n\nThe Ilulissat Declaration commits the states to settle claims by law.',
    ],
    [
      'a sentence-case headline',
      'Arctic states adopt Ilulissat declaration on ocean claims\n\nCanada, Norway and Denmark have agreed on a joint declaration on the Arctic Ocean, officials said on Wednesday.\n\nThe declaration commits the states to settle claims by law.',
    ],
  ])('is that agreement, not a second one: %s', (_shape, text) => {
    const result = extract(text, { publishedAt: '2008-05-29' });
    expect(result.agreements.map((a) => a.name)).toEqual(['Ilulissat Declaration']);
  });

  it("is another agreement when its sides are not the named one's", () => {
    const result = extract(
      'Arctic States Adopt Ilulissat Declaration On Ocean Claims\n\nBrazil and Argentina have agreed on a joint declaration on river trade, officials said on Wednesday.\n\nThe Ilulissat Declaration commits the states to settle claims by law.',
      { publishedAt: '2008-05-29' },
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe("a headline's described deal that the body names only later", () => {
  const lead =
    'Chile, Peru sign key fisheries pact\n\nChile and Peru on Tuesday signed a fisheries pact that opens each coast to the other fleet, officials said.\n\nBoat owners in both ports welcomed the news.\n\nPrices of anchovy fell on the news in Lima markets.\n\n';

  it('is the named agreement made this week, not a second one', () => {
    const result = extract(
      `${lead}The ministers signed the Pacific Fisheries Access Agreement in Lima on Tuesday.`,
      {
        publishedAt: '2024-05-14',
      },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Pacific Fisheries Access Agreement']);
  });

  it('stays apart from a named agreement made years before the story', () => {
    const result = extract(
      `${lead}The ministers said the 2009 Pacific Fisheries Access Agreement had paved the way.`,
      {
        publishedAt: '2024-05-14',
      },
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe('a trade pact described as a revision beside the known pact it replaced', () => {
  it('is the later of the two known pacts ("a revised trade pact" beside the CPTPP and the TPP)', () => {
    const names = extract(
      'Chile and Peru joined the Comprehensive and Progressive Agreement for Trans-Pacific Partnership on Tuesday.\n\nThe pact grew out of the Trans-Pacific Partnership, which Washington left in 2017.\n\nNegotiators had agreed on a revised trade pact in the spring, officials said.',
      { publishedAt: '2018-03-10' },
    ).agreements.map((a) => a.name);
    expect(names.sort()).toEqual([
      'Comprehensive and Progressive Agreement for Trans-Pacific Partnership',
      'Trans-Pacific Partnership',
    ]);
  });

  it('joins the renewed pact to the USMCA, not to NAFTA it replaces', () => {
    const result = extract(
      'Mexico, Canada and the United States will replace the North American Free Trade Agreement with the United States-Mexico-Canada Agreement.\n\nLawmakers in Ottawa praised the renewed trade pact on Friday.',
      { publishedAt: '2018-12-03' },
    );
    const usmca = result.agreements.find((a) => a.name === 'United States-Mexico-Canada Agreement');
    expect(result.agreements).toHaveLength(2);
    expect(usmca?.aliases).toContain('renewed trade pact');
  });

  it('stays apart beside one known pact, which it may not revise', () => {
    const names = extract(
      'Canada praised the North American Free Trade Agreement on Monday.\n\nOfficials in Ottawa are drafting a revised trade pact with Chile, a spokesman said.',
      { publishedAt: '2017-05-02' },
    ).agreements.map((a) => a.name);
    expect(names).toHaveLength(2);
  });
});

describe('a known agreement named as new beside the later one that replaced it', () => {
  it('is the later one ("the new NAFTA" where the USMCA replaced NAFTA)', () => {
    const names = extract(
      'Leaders of the three countries signed the United States-Mexico-Canada Agreement in Buenos Aires on Friday.\n\n"The new North American Free Trade Agreement keeps our farms open," the Canadian trade minister said.',
      { publishedAt: '2018-12-01' },
    ).agreements.map((a) => a.name);
    expect(names).toEqual(['United States-Mexico-Canada Agreement']);
  });

  it('keeps its own name when the article names no later agreement of its sides', () => {
    const names = extract(
      'Farm groups in Ontario said the new North American Free Trade Agreement rules would help dairy exports.',
      { publishedAt: '1994-02-01' },
    ).agreements.map((a) => a.name);
    expect(names).toEqual(['North American Free Trade Agreement']);
  });
});
