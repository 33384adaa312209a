// A speaker named in apposition to a role, on sentences written for the test in the shapes seen in real news
// (KUNA, Xinhua, MedAfrica): the person holding the role speaks, not a body or a person named inside the role.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function speakers(text: string): Array<[string, string]> {
  return extract(text).statements.map((s) => [s.speaker, s.quote ?? s.text]);
}

describe('speakers in apposition to a role', () => {
  it('reads `," said the <role of a body>, <title> <Name>` as the named holder', () => {
    const said = speakers(
      'The two sides signed the accord in Pretoria. "Both parties have agreed on a cessation of hostilities and on disarmament," announced the African Union\'s High Representative for the Horn of Africa, former Nigerian President Olusegun Obasanjo.',
    );
    expect(said).toContainEqual([
      'person:olusegun-obasanjo',
      'Both parties have agreed on a cessation of hostilities and on disarmament',
    ]);
    expect(said.map(([speaker]) => speaker)).not.toContain('org:african-union');
  });

  it('reads `," <Name>, spokesman for <another person>, told ...` as the first name', () => {
    const said = speakers(
      'The UN welcomed the deal. "This is a welcome first step, which we hope can bring peace to the region," Stephane Dujarric, spokesman for UN Secretary-General Antonio Guterres, told a regular press briefing.',
    );
    expect(said).toContainEqual([
      'person:stephane-dujarric',
      'This is a welcome first step, which we hope can bring peace to the region',
    ]);
  });

  it.each([
    "Bankole Adeoye, head of the AU's Peace and Security Council, told a press conference on Sunday",
    'Masimana Manantsoa, head of the interior ministry named by the new leader, told Xinhua by phone',
  ])('reads a long role opened by its title word after the name: `," %s`', (attribution) => {
    const said = speakers(
      `The summit closed in Addis Ababa. "Every leader in the hall condemned the wave of coups without reserve," ${attribution}.`,
    );
    expect(said.map(([speaker]) => speaker)).toEqual([
      attribution.startsWith('Bankole') ? 'person:bankole-adeoye' : 'person:masimana-manantsoa',
    ]);
  });

  it('reads `<role at a body>, Dr. <Name>, said that ...` as the named person', () => {
    const said = speakers(
      'The Amir visited Abu Dhabi on Monday. The head of the media department at UAE University, Dr. Ahmad Al-Mansouri, said that the visit is a great opportunity for both countries.',
    );
    expect(said).toContainEqual([
      'person:ahmad-al-mansouri',
      'the visit is a great opportunity for both countries',
    ]);
  });

  it('keeps a plain title before the comma: `," said the chancellor\'s spokesman, Steffen Hebestreit`', () => {
    const said = speakers(
      'German Chancellor Olaf Scholz met the Polish prime minister. "The talks were open and constructive," said the chancellor\'s spokesman, Steffen Hebestreit.',
    );
    expect(said.map(([speaker]) => speaker)).toContain('person:steffen-hebestreit');
  });
});

describe('a role of a body set off by one comma before the verb', () => {
  const LEAD = 'The rebels and the government met in Geneva on Friday.\n\n';

  it('reads "Name, head of the <body> (ACR) on Saturday said" as the named person', () => {
    const said = speakers(
      `${LEAD}Omar Haddad, head of the Syrian opposition's Supreme Negotiation Council (SNC) on Saturday said the council had accepted a two-week truce.`,
    );
    expect(said).toContainEqual(['person:omar-haddad', 'the council had accepted a two-week truce']);
    expect(said.map(([speaker]) => speaker)).not.toContain('org:supreme-negotiation-council');
  });

  it('reads "Name, vice president of the <party> said that" as the named person', () => {
    const said = speakers(
      `${LEAD}Moussa Kountche, vice president of the Nigerien Party for Democracy and Socialism said that the opposition would return to the talks.`,
    );
    expect(said.map(([speaker]) => speaker)).toContain('person:moussa-kountche');
    expect(said.map(([speaker]) => speaker)).not.toContain('org:nigerien-party-for-democracy-and-socialism');
  });

  it('keeps a body that only follows a list of names: "Name and the <body> said"', () => {
    const said = speakers(
      `${LEAD}Omar Haddad, the rebels and the Supreme Negotiation Council (SNC) on Saturday said the truce would hold.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('person:omar-haddad');
  });

  it('keeps a body joined to another in the role: "Name, head of the rebels and the <body> said"', () => {
    const said = speakers(
      `${LEAD}Omar Haddad, head of the rebels and the Supreme Negotiation Council (SNC) on Saturday said the truce would hold.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('person:omar-haddad');
  });
});

describe('an unnamed spokesperson of a named body after a quote', () => {
  const LEAD = 'Chile and Peru signed a fisheries accord in Lima on Monday.\n\n';
  const QUOTE = 'The accord opens a new chapter in our cooperation on the high seas';

  it.each([
    'the spokesman of the Chilean Foreign Ministry said',
    'spokesperson at the Chilean Foreign Ministry commented',
    'a spokeswoman for the Chilean Foreign Ministry said',
  ])('reads \'"...," %s.\' as the body speaking', (closing) => {
    const result = extract(`${LEAD}"${QUOTE}," ${closing}.`);
    const said = result.statements.map((s) => [
      result.organizations.find((o) => o.id === s.speaker)?.name ?? s.speaker,
      s.quote,
    ]);
    expect(said).toContainEqual(['Chilean Foreign Ministry', QUOTE]);
  });

  it('does not read a role that is no spokesperson: \'"...," a critic of the Chilean Foreign Ministry said.\'', () => {
    const result = extract(`${LEAD}"${QUOTE}," a critic of the Chilean Foreign Ministry said.`);
    const names = result.statements.map((s) => result.organizations.find((o) => o.id === s.speaker)?.name);
    expect(names).not.toContain('Chilean Foreign Ministry');
  });
});

describe('a name set off by commas beside a role', () => {
  const LEAD = 'Chile and Peru signed a fisheries accord in Lima on Monday.\n\n';
  const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);

  it('reads "the <role>, Name Surname, said" as a person speaking', () => {
    const result = extract(
      `${LEAD}The chief mediator of the talks, Tadeo Wunsiri, said that the accord would hold.`,
    );
    expect(result.persons.map((p) => p.name)).toContain('Tadeo Wunsiri');
    expect(result.statements.map((s) => s.speaker)).toContain('person:tadeo-wunsiri');
  });

  it.each([
    "Peru's ambassador to the United Nations, Tadeo Wunsiri, firmly rejected calls to reopen the accord.",
    'The head of the delegation, Dr Tadeo Wunsiri, on Twitter welcomed the accord signed in Lima.',
  ])('gives the verb after "<role>, Name, <adverb or setting>" to the name: %s', (sentence) => {
    const result = extract(`${LEAD}${sentence}`);
    expect(result.statements.map((s) => s.speaker)).toEqual(['person:tadeo-wunsiri']);
  });

  it.each([
    "Peru's Permanent Representative to the United Nations, Ambassador Tadeo Wunsiri, has said that the accord would hold.",
    'The Secretary General of the Andean Community, Tadeo Wunsiri, has described the accord as "a fair bargain".',
    'The chairman of the fisheries commission, Tadeo Wunsiri, had also stressed that the quotas were final.',
  ])('gives the verb after "<role of a body>, Name, has/had" to the name, not the body: %s', (sentence) => {
    const result = extract(`${LEAD}${sentence}`);
    expect(result.statements.map((s) => s.speaker)).toEqual(['person:tadeo-wunsiri']);
  });

  it('reads \'"...," Name Surname, the <role> of <body>, said\' as a person', () => {
    expect(
      personNames(
        `${LEAD}"The nets will stay dry," Tadeo Wunsiri, the fisheries director of the commission, said.`,
      ),
    ).toContain('Tadeo Wunsiri');
  });

  it('does not read an item of a list of capitalized names as a person', () => {
    expect(
      personNames(
        `${LEAD}The delegation included officials from the ministries of Energy, Culture, Human Resources, Saudi Fund and King Fahd Hospital.`,
      ),
    ).not.toContain('Human Resources');
  });
});

describe('a speaker before an aside that tells of a meeting with someone', () => {
  it('is the subject before the aside, not the partner set off inside it', () => {
    const said = speakers(
      'Araghchi holds talks in Tehran\n\nIranian Foreign Minister Abbas Araghchi, during his meeting on Tuesday with the head of the IAEA, Rafael Grossi, said the cooperation was "moving forward".',
    );
    expect(said).toContainEqual(['person:abbas-araghchi', 'moving forward']);
    expect(said.map(([speaker]) => speaker)).not.toContain('person:rafael-grossi');
  });

  it('is the person whose role ends in a country, not the country', () => {
    const said = speakers(
      'Envoys received in Malabo\n\nForeign Minister Simeon Oyono received envoys on Monday.\n\nMeanwhile, Nikoloz Beridze, Ambassador of Georgia, after meeting with Oyono, also said: "We want to sign agreements in several areas."',
    );
    expect(said).toContainEqual(['person:nikoloz-beridze', 'We want to sign agreements in several areas.']);
  });
});

describe('a name set off beside a "member" role', () => {
  const LEAD = 'The movement sent a delegation to the truce talks in Cairo on Monday.\n\n';
  const said = (text: string): string[] => extract(`${LEAD}${text}`).statements.map((s) => s.speaker);

  it.each([
    ['Member of the movement’s political bureau, Samir Abu Khalaf, said the truce plan was false.'],
    ['For its part, the movement’s leading member, Samir Abu Khalaf, said that talks had made progress.'],
    ['A member of the movement, Samir Abu Khalaf, said that talks had made progress.'],
    [
      'Member of the Political Office, Samir Abu Khalaf launched on his page a call to unite, adding that talks had made progress.',
    ],
    [
      'Samir Abu Khalaf, Sovereign Council member and spokesman for the delegation, said that talks had made progress.',
    ],
  ])('gives the verb to the named member: %s', (sentence) => {
    expect(said(sentence)).toEqual(['person:samir-abu-khalaf']);
  });

  it('takes no capitalized list item for a member: "Among the member states, Kenya Airways and ..."', () => {
    const { persons } = extract(
      `${LEAD}Among the member states, Kenya Airways and Ethiopian Airlines said fares would rise.`,
    );
    expect(persons.map((p) => p.name)).toEqual([]);
  });
});

describe('a person "of" a country before the verb', () => {
  it.each([
    'King Tadeo Wunsiri of Peru affirmed the success of the summit, saying: "The summit was a success."',
    'Ambassador Tadeo Wunsiri of Peru, this month\'s president of the council, told reporters that the talks were "sober".',
    "Ambassador Tadeo Wunsiri of Peru, this month's president of the council, said that the talks were useful.",
  ])('gives the words to the person, not the country: %s', (sentence) => {
    const said = speakers(`Summit closes in Lima\n\nThe leaders met in Lima on Monday.\n\n${sentence}`);
    expect(said.map(([speaker]) => speaker)).toEqual(['person:tadeo-wunsiri']);
  });

  it.each([
    ['the head of the AU mediation team, Amina Juma,', 'person:amina-juma'],
    ['the head of their delegation, Amina Juma,', 'person:amina-juma'],
    ['the commander of the ground forces, Amina Juma,', 'person:amina-juma'],
  ])('reads a role whose title word governs plain nouns before the name: `," %s said`', (role, speaker) => {
    const said = speakers(
      `The talks closed in Arusha. "We are ready to carry out this accord without delay," ${role} said on Friday.`,
    );
    expect(said).toContainEqual([speaker, 'We are ready to carry out this accord without delay']);
  });
});

describe('a speaker behind a long capitalized office of their own', () => {
  it.each([
    'Marek Dolinski, Assistant to the President of the Republic of Moravia – Head of the Foreign Relations Department of the Presidential Office, told a Swiss weekly',
    'Later, Marek Dolinski, Assistant to President of Moravia-Head of the Department of External Affairs of the Presidential Office, said',
  ])('reads the name as the one who speaks: "%s"', (attribution) => {
    const said = speakers(
      `Border talks resume\n\n${attribution} that good progress had been made on the draft of the border treaty.`,
    );
    expect(said.map(([speaker]) => speaker)).toEqual(['person:marek-dolinski']);
  });
});

describe('a speaker whose tail runs on to the closing verb without a comma', () => {
  it.each([
    [
      'a relative clause',
      '"The fishing quota will rise by a tenth next season," Norwegian Fisheries Minister Ingrid Halvorsen who led the talks with Iceland said on Friday.',
    ],
    [
      'an apposition headed by a title',
      '"The fishing quota will rise by a tenth next season," Ingrid Halvorsen, NATO\'s fisheries and coastal director said on Friday.',
    ],
  ])('gives the quote to the person the %s describes', (_shape, text) => {
    const said = speakers(
      `Norway and Iceland agreed on fishing quotas. ${text} "Both fleets gain," she added.`,
    );
    expect(said).toContainEqual([
      'person:ingrid-halvorsen',
      'The fishing quota will rise by a tenth next season',
    ]);
    expect(said).toContainEqual(['person:ingrid-halvorsen', 'Both fleets gain']);
  });

  it('leaves a plain object of the clause to the one who speaks', () => {
    const said = speakers(
      'Norway and Iceland agreed on fishing quotas. "Both fleets gain," Ingrid Halvorsen, who met Icelandic Prime Minister Bjarni Benediktsson, said.',
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('person:bjarni-benediktsson');
  });
});
