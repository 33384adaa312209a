// Closing attributions and "according to" sources, on sentences written for the test: a closing verb of emphasis
// (", X declared on Thursday."), a time or setting after it ("announced after meeting his counterpart"), a document
// closing the sentence (", the statement added."), and a source that opens the sentence and ends at its comma.
import { describe, expect, it } from 'vitest';
import { extract, reportedSpeech, speakersOf } from './helpers.ts';

const LEAD =
  'Leaders meet\n\nRomanian Prime Minister Nicolae Ciuca met Portuguese Prime Minister Antonio Costa in Bucharest on Thursday.\n\n';

describe('closing attributions', () => {
  it.each([
    'the deputy chief of the main operations directorate of the army, Major General Tomas Rivera, told reporters on Feb. 6.',
    "Ciuca's national security adviser, Tomas Rivera, said.",
  ])('reads ", <role>, <Name>, <verb>" closing a sentence as the named holder: %s', (attribution) => {
    const said = reportedSpeech(
      `${LEAD}Romania has drafted two documents to monitor the truce on the Black Sea, ${attribution}`,
    );
    expect(said).toContainEqual([
      'person:tomas-rivera',
      'Romania has drafted two documents to monitor the truce on the Black Sea',
    ]);
  });

  it.each(['declared', 'stressed', 'insisted'])(
    'reads ", X %s on Thursday." as X saying the clause',
    (verb) => {
      const said = reportedSpeech(
        `${LEAD}The new defence pact lays a foundation for closer ties between the two armies, Ciuca ${verb} on Thursday.`,
      );
      expect(said).toContainEqual([
        'person:nicolae-ciuca',
        'The new defence pact lays a foundation for closer ties between the two armies',
      ]);
    },
  );

  it.each(['revealed', 'informed', 'asserted', 'pointed out'])(
    'reads ", he %s." closing a sentence as the person named before saying it',
    (verb) => {
      const said = reportedSpeech(
        `${LEAD}Ciuca spoke to reporters after the talks.\n\nThe two armies will hold joint exercises on the Black Sea next spring, he ${verb}.`,
      );
      expect(said).toContainEqual([
        'person:nicolae-ciuca',
        'The two armies will hold joint exercises on the Black Sea next spring',
      ]);
    },
  );

  it.each([
    'said spokesman for the Romanian Foreign Ministry, Andrei Tudor.',
    'said the Romanian ambassador to Portugal, Andrei Tudor, Agerpres reported.',
    'said Andrei Tudor, Romanian Foreign Ministry spokesman.',
  ])(
    'reads a role and its holder set off by a comma after the closing verb as the holder: %s',
    (attribution) => {
      const said = reportedSpeech(
        `${LEAD}Romanian Foreign Ministry spokesman Andrei Tudor briefed reporters after the talks.\n\nThe port memorandum will be signed in Lisbon next week, ${attribution}`,
      );
      expect(said).toContainEqual([
        'person:andrei-tudor',
        'The port memorandum will be signed in Lisbon next week',
      ]);
    },
  );

  it.each(['tweeted', 'wrote on X on Friday', 'posted on Facebook'])(
    'reads a post closing a sentence (", X %s.") as X saying the clause',
    (post) => {
      const said = reportedSpeech(
        `${LEAD}Romania and Portugal have signed a memorandum on port logistics, Ciuca ${post}.`,
      );
      expect(said).toContainEqual([
        'person:nicolae-ciuca',
        'Romania and Portugal have signed a memorandum on port logistics',
      ]);
    },
  );

  it('gives a quote that runs on into a clause to the poster closing the sentence', () => {
    const quoted = speakersOf(
      `${LEAD}“The port memorandum is a good start” for trade on the Black Sea, Ciuca wrote on Twitter on Friday.`,
      'The port memorandum is a good start',
    );
    expect(quoted).toContain('person:nicolae-ciuca');
  });

  it('lets a setting of a few words follow the verb: ", X announced after meeting his counterpart Y."', () => {
    const said = reportedSpeech(
      `${LEAD}Romania and Portugal will hold joint naval drills next year, Ciuca announced after meeting his Portuguese counterpart Antonio Costa.`,
    );
    expect(said.map(([speaker]) => speaker)).toContain('person:nicolae-ciuca');
  });

  it.each([
    'Ciuca said here on Thursday.',
    'Ciuca said here Thursday.',
    'Ciuca told reporters after a meeting between the Romanian premier and Portuguese Prime Minister Antonio Costa.',
    "Ciuca told Romania's official news agency Agerpres.",
    'Ciuca announced from Lisbon on Thursday.',
    'Ciuca announced following talks held in Bucharest on Monday.',
    'Ciuca said while briefing the media.',
  ])('reads a closing attribution with a longer setting or audience: ", %s"', (closing) => {
    const said = reportedSpeech(`${LEAD}The two armies will hold joint naval drills next year, ${closing}`);
    expect(said).toContainEqual([
      'person:nicolae-ciuca',
      'The two armies will hold joint naval drills next year',
    ]);
  });

  it('does not read a clause of its own after the verb as a setting: ", X said on Monday that ..."', () => {
    const said = reportedSpeech(
      `${LEAD}The talks went on late into the night, Ciuca said on Monday that both sides would meet again.`,
    );
    expect(said.map(([, text]) => text)).not.toContain('The talks went on late into the night');
  });

  it.each([
    ['Ciuca told reporters, RIA Novosti reports.', 'org:ria-novosti'],
    ['Ciuca said at a news briefing, The Associated Press reported.', 'org:associated-press'],
    ['Ciuca said at a news briefing, Report informs.', null],
  ])('reads ", %s" as the attribution, the outlet after it only carrying it', (closing, channel) => {
    const result = extract(`${LEAD}The two armies will hold joint naval drills next year, ${closing}`);
    const said = result.statements.map((s) => [s.speaker, s.text, s.channel]);
    expect(said).toContainEqual([
      'person:nicolae-ciuca',
      'The two armies will hold joint naval drills next year',
      channel,
    ]);
  });

  it('gives ", the statement added." to the body that issued the statement', () => {
    const said = reportedSpeech(
      `${LEAD}A statement issued by the Romanian foreign ministry said the talks had been frank.\n\nThe two ministers agreed to hold a second round of talks in Lisbon in the spring, the statement added.`,
    );
    expect(said).toContainEqual([
      'org:romanian-foreign-ministry',
      'The two ministers agreed to hold a second round of talks in Lisbon in the spring',
    ]);
  });

  // The issuer is named where the article first told of the document, and another speaker may come between.
  it.each([
    ['said the Romanian Foreign Ministry in a statement on Friday', 'an inverted "said X in a statement"'],
    ['the Romanian Foreign Ministry has released a statement on the talks', '"X has released a statement"'],
    ['a Romanian Foreign Ministry statement said', '"a X statement said"'],
  ])('gives a later "the statement said" to the issuer of %s (%s)', (first) => {
    const opening = first.startsWith('said') ? 'Romania urged both sides to keep talking, ' : '';
    const lead = opening ? `${opening}${first}.` : `${first.replace(/^./, (c) => c.toUpperCase())}.`;
    const said = reportedSpeech(
      `${LEAD}${lead}\n\nRomania also affirmed that it would keep its troops in the region.\n\nIn addition, Romania is in contact with partners in the Black Sea region, the statement said.`,
    );
    expect(said).toContainEqual([
      'org:romanian-foreign-ministry',
      'In addition, Romania is in contact with partners in the Black Sea region',
    ]);
  });
});

describe('"according to" opening a sentence', () => {
  it('takes the source up to its comma, not a person named after it', () => {
    const said = reportedSpeech(
      `${LEAD}According to Romanian government sources, Ciuca and Costa were to talk privately first and then meet their defence ministers.`,
    );
    expect(said.map(([speaker]) => speaker)).toEqual(['ROU']);
  });

  it('gives the words to a speaker of their own after the source', () => {
    const said = reportedSpeech(
      `${LEAD}According to the Romanian government's press service, Ciuca previously said he is ready to sign the pact once Lisbon ratifies it.`,
    );
    expect(said.map(([speaker]) => speaker)).toEqual(['person:nicolae-ciuca']);
  });
});

describe('"according to him" after a statement', () => {
  it('gives "According to him, ..." to the person who spoke in the sentence before', () => {
    const said = reportedSpeech(
      `${LEAD}"The pact will bring our armies closer," Ciuca said.\n\nAccording to him, the two navies will hold joint drills in the Black Sea next spring.`,
    );
    expect(said).toContainEqual([
      'person:nicolae-ciuca',
      'the two navies will hold joint drills in the Black Sea next spring',
    ]);
  });

  it('leaves "According to her, ..." open when another person was named since the last speaker', () => {
    const said = reportedSpeech(
      `${LEAD}"The pact will bring our armies closer," Ciuca said after meeting Costa.\n\nAccording to her, the two navies will hold joint drills in the Black Sea next spring.`,
    );
    expect(said.filter(([, text]) => text.includes('joint drills'))).toEqual([]);
  });
});

describe('plural subjects of a stance', () => {
  const LEAD_CALL =
    'Leaders speak\n\nPresident Cyril Ramaphosa received a phone call on Monday from Prime Minister Narendra Modi.\n\n';

  it('gives "They emphasised the importance of ..." to each of the two people just named', () => {
    const result = extract(
      `${LEAD_CALL}The two leaders reviewed trade and investment ties.\n\nThey emphasised the importance of dialogue to settle regional disputes.`,
    );
    const speakers = result.statements.filter((s) => s.text.includes('dialogue')).map((s) => s.speaker);
    expect(speakers.sort()).toEqual(['person:cyril-ramaphosa', 'person:narendra-modi']);
  });

  it.each([
    'Both sides stressed the importance of dialogue to settle regional disputes.',
    'During the call, the two sides stressed the importance of dialogue to settle regional disputes.',
  ])('gives "%s" to each of the two people just named', (sentence) => {
    const result = extract(`${LEAD_CALL}${sentence}`);
    const speakers = result.statements.filter((s) => s.text.includes('dialogue')).map((s) => s.speaker);
    expect(speakers.sort()).toEqual(['person:cyril-ramaphosa', 'person:narendra-modi']);
  });

  it('leaves "officials on both sides said" to the officials, who are unnamed', () => {
    const result = extract(
      `${LEAD_CALL}Officials on both sides said the importance of dialogue to settle disputes was clear.`,
    );
    expect(result.statements.filter((s) => s.text.includes('dialogue'))).toEqual([]);
  });

  it('gathers "both leaders" from the sentences before, past one that names only one of them', () => {
    const result = extract(
      `${LEAD_CALL}Ramaphosa expressed appreciation for India's support. Both leaders warned of the serious consequences of attacks on shipping lanes.`,
    );
    const speakers = result.statements.filter((s) => s.text.includes('shipping')).map((s) => s.speaker);
    expect(speakers.sort()).toEqual(['person:cyril-ramaphosa', 'person:narendra-modi']);
  });

  it('gives ", their foreign ministers declared." to the ministers the next sentence names', () => {
    const result = extract(
      `Neighbours make up\n\nPeru and Bolivia will reopen their border crossings, their foreign ministers declared on Monday.\n\nPeru's Foreign Minister Elena Quispe met her Bolivian colleague Tomas Mamani in La Paz.`,
    );
    const speakers = result.statements
      .filter((s) => s.text.includes('border crossings'))
      .map((s) => s.speaker);
    expect(speakers.sort()).toEqual(['person:elena-quispe', 'person:tomas-mamani']);
  });

  it('gathers "the two nations\' ministers" from the next two sentences, past ", Agency reports."', () => {
    const result = extract(
      `Neighbours make up\n\nPeru and Bolivia will reopen their border crossings, the two nations' foreign ministers announced on Monday, Andina reports.\n\nPeruvian Foreign Minister Elena Quispe said trade would resume.\n\nShe said she had invited Bolivian Foreign Minister Tomas Mamani to Lima.`,
    );
    const speakers = result.statements
      .filter((s) => s.text.includes('border crossings'))
      .map((s) => s.speaker);
    expect(speakers.sort()).toEqual(['person:elena-quispe', 'person:tomas-mamani']);
  });

  it('leaves ", their ministers said." unattributed when no two people are named near it', () => {
    const result = extract(
      `Neighbours make up\n\nPeru and Bolivia will reopen their border crossings, their foreign ministers declared on Monday.\n\nTrade across the border fell sharply last year.`,
    );
    expect(result.statements.filter((s) => s.text.includes('border crossings'))).toEqual([]);
  });

  it('leaves a plural subject inside words a closing attribution reports to that speaker', () => {
    const result = extract(
      `${LEAD_CALL}The call covered trade, as both leaders expressed concern over rising food prices, the spokesman Vincent Magwenya said.`,
    );
    const speakers = result.statements.filter((s) => s.text.includes('food prices')).map((s) => s.speaker);
    expect(speakers).toEqual(['person:vincent-magwenya']);
  });
});

describe('stance verbs with their subject right before them', () => {
  const LEAD_UN =
    'Talks held\n\nUN Secretary-General Antonio Guterres met Pakistani Prime Minister Shehbaz Sharif in New York on Monday.\n\n';

  it.each(['affirmed', 'lauded', 'commended', 'demanded', 'rejected'])(
    'reads "X %s ..." as a statement of X',
    (verb) => {
      const result = extract(`${LEAD_UN}Sharif ${verb} the plan to send more aid to the flooded provinces.`);
      const said = result.statements.filter((s) => s.text.includes('flooded provinces'));
      expect(said.map((s) => s.speaker)).toEqual(['person:shehbaz-sharif']);
    },
  );

  it('leaves a passive "was rejected" out', () => {
    const result = extract(
      `${LEAD_UN}The plan to send more aid to the flooded provinces was rejected by parliament.`,
    );
    expect(result.statements.filter((s) => s.text.includes('flooded provinces'))).toEqual([]);
  });
});

describe('a hyphened title as a back reference', () => {
  const LEAD_UN =
    'Talks held\n\nUN Secretary-General Antonio Guterres met Turkish President Recep Tayyip Erdogan in Ankara on Monday.\n\n';

  it.each([
    'The Secretary-General commended Turkey for hosting millions of refugees.',
    'The Secretary-General said Turkey deserved thanks for hosting millions of refugees.',
  ])('gives "%s" to the person with that title', (sentence) => {
    const result = extract(`${LEAD_UN}${sentence}`);
    const said = result.statements.filter((s) => s.text.includes('refugees'));
    expect(said.map((s) => s.speaker)).toEqual(['person:antonio-guterres']);
  });
});

describe('an adverb between a pronoun subject and its verb', () => {
  const LEAD_FO =
    'Talks held\n\nIranian Foreign Minister Hossein Amir-Abdollahian met Pakistani Prime Minister Shehbaz Sharif in Islamabad on Monday. The visit lasted two days.\n\n';

  it.each(['He further said', 'He again stressed', 'He also said'])(
    'reads "%s that ..." as the pronoun\'s person',
    (lead) => {
      const result = extract(
        `${LEAD_FO}Sharif spoke first. ${lead} that Pakistan would keep its borders open.`,
      );
      const said = result.statements.filter((s) => s.text.includes('borders open'));
      expect(said.map((s) => s.speaker)).toEqual(['person:shehbaz-sharif']);
    },
  );
});

describe('"called on ... to" urges, unless it is a visit', () => {
  const LEAD_UN =
    'Talks held\n\nUN Secretary-General Antonio Guterres met Pakistani Prime Minister Shehbaz Sharif in New York on Monday.\n\n';

  it.each([
    'Guterres called on the Security Council to act on the floods.',
    'Guterres called upon all parties to help the victims of the floods.',
  ])('reads "%s" as a statement', (sentence) => {
    const result = extract(`${LEAD_UN}${sentence}`);
    const said = result.statements.filter((s) => s.text.includes('floods'));
    expect(said.map((s) => s.speaker)).toEqual(['person:antonio-guterres']);
  });

  it('leaves "called on President X to discuss ..." (a visit) out', () => {
    const result = extract(
      `${LEAD_UN}Guterres called on Prime Minister Shehbaz Sharif to discuss the floods.`,
    );
    expect(result.statements.filter((s) => s.text.includes('floods'))).toEqual([]);
  });
});

describe('a closing attribution with its verb first (", said X.")', () => {
  it.each([
    ['The new defence pact is a milestone, said Ciuca.', 'person:nicolae-ciuca'],
    [
      'The new defence pact is a milestone, said Romanian Prime Minister Nicolae Ciuca on Thursday.',
      'person:nicolae-ciuca',
    ],
    ['The new defence pact is a milestone, stressed the Portuguese prime minister.', 'person:antonio-costa'],
  ])('reads "%s" as the speaker saying the clause', (sentence, speaker) => {
    expect(reportedSpeech(`${LEAD}${sentence}`)).toContainEqual([
      speaker,
      'The new defence pact is a milestone',
    ]);
  });

  it('needs the speaker to end the phrase after the verb: ", said analysts who follow Ciuca." is no one', () => {
    expect(
      reportedSpeech(`${LEAD}The new defence pact is a milestone, said analysts who follow Ciuca.`),
    ).toEqual([]);
  });
});

describe('a document that names its issuer where the article first tells of it', () => {
  it('gives ", the readout said." to the person the readout was issued for, not to a body named since', () => {
    const said = reportedSpeech(
      "UN chief meets president\n\nUN Secretary-General Antonio Guterres met Kazakh President Kassym-Jomart Tokayev in New York on Monday. A readout issued by the office of Guterres' spokesperson said the two discussed Syria.\n\nThey also spoke about the work of the Shanghai Cooperation Organisation.\n\nThe two leaders also discussed the peace process in Cyprus, the readout said.",
    );
    expect(said).toContainEqual([
      'person:antonio-guterres',
      'The two leaders also discussed the peace process in Cyprus',
    ]);
  });

  it('takes the owned body after a possessive: "a statement issued by Chile\'s foreign ministry"', () => {
    const said = reportedSpeech(
      `${LEAD}A statement issued by Romania's foreign ministry said the talks had been frank.\n\nThe two ministers agreed to meet again in Lisbon, the statement added.`,
    );
    expect(said).toContainEqual([
      'org:romanian-foreign-ministry',
      'The two ministers agreed to meet again in Lisbon',
    ]);
  });
});

describe('a closing attribution with its verb first and a role after the speaker', () => {
  const TALKS = 'The two ministers discussed trade and energy links in Bucharest';

  it('reads ", said Name, a spokesman for the ministry." as that person saying the clause', () => {
    const said = reportedSpeech(
      `${LEAD}${TALKS}, said Ioana Marinescu, a spokeswoman for the Romanian foreign ministry.`,
    );
    expect(said).toContainEqual(['person:ioana-marinescu', TALKS]);
  });

  it('reads ", said a spokesman for the <ministry>." as the ministry saying the clause', () => {
    const result = extract(`${LEAD}${TALKS}, said a spokesman for the Romanian Foreign Ministry.`);
    const speakers = result.statements.map(
      (s) => result.organizations.find((o) => o.id === s.speaker)?.name ?? s.speaker,
    );
    expect(speakers).toContain('Romanian Foreign Ministry');
  });

  it('does not take a name followed by a description with no title: ", said Ana Pop, a friend of the family."', () => {
    const said = reportedSpeech(`${LEAD}${TALKS}, said Ana Pop, a friend of the family.`);
    expect(said.map(([speaker]) => speaker)).not.toContain('person:ana-pop');
  });
});

describe('a verb that reports words only when it closes a quotation', () => {
  const quoted = (text: string): Array<[string, string]> =>
    extract(text)
      .statements.filter((s) => s.quote !== null)
      .map((s) => [s.speaker, s.quote ?? '']);
  const BEFORE = `${LEAD}Ciuca told a press conference that the talks had gone well.\n\n`;

  it.each(['concluded', 'summed up'])(
    'reads \'"...," the prime minister %s.\' as the prime minister speaking',
    (verb) => {
      const said = quoted(
        `${BEFORE}"We will build the new bridge over the Danube together," the prime minister ${verb}.`,
      );
      expect(said).toContainEqual([
        'person:nicolae-ciuca',
        'We will build the new bridge over the Danube together',
      ]);
    },
  );

  it('reads \'"...," Ciuca concluded.\' as the named person speaking', () => {
    const said = quoted(`${BEFORE}"We will build the new bridge over the Danube together," Ciuca concluded.`);
    expect(said).toContainEqual([
      'person:nicolae-ciuca',
      'We will build the new bridge over the Danube together',
    ]);
  });

  it('does not read "concluded" with an object as speech: \'"...," Ciuca concluded a deal.\'', () => {
    const said = quoted(`${LEAD}"Energy First," Ciuca concluded a deal under that name with Costa.`);
    expect(said.map(([speaker]) => speaker)).not.toContain('person:nicolae-ciuca');
  });
});

describe('a body placed by "in <country>" before its verb', () => {
  it.each([
    [
      'The United Nations Mission in Sudan (UNMIS) on Saturday welcomed the signing of the peace agreement.',
      ['org:united-nations-mission-in-sudan'],
    ],
    [
      'Sources in the Rapid Support Forces (RSF) in Sudan said on Wednesday that the commander would attend the talks.',
      ['org:rapid-support-forces'],
    ],
    [
      'The Embassy of Ethiopia in Pakistan has announced that the parliament approved the trade agreement.',
      ['ETH'],
    ],
    ['Officials in Yerevan said the treaty was ready for signing.', []],
  ])('is the subject, not the country it is in: %s', (sentence, speakers) => {
    expect(
      reportedSpeech(`Talks\n\nThe two sides met on Friday.\n\n${sentence}`).map(([speaker]) => speaker),
    ).toEqual(speakers);
  });
});

describe('a closing "he said" after words that name someone else', () => {
  it.each([
    ['the subject', 'Prime Minister Antonio Costa will sign the defence pact in Lisbon next month, he said.'],
    ['the object', 'The delegation that will accompany Antonio Costa will be the largest yet, he added.'],
  ])('is still the last speaker when the words name another person as %s', (_shape, sentence) => {
    const said = reportedSpeech(`${LEAD}Ciuca told reporters that the talks had gone well.\n\n${sentence}`);
    const words = sentence.slice(0, sentence.lastIndexOf(','));
    expect(said).toContainEqual(['person:nicolae-ciuca', words]);
  });
});

describe('verb-first closing attributions', () => {
  const CLAUSE = 'Romania will host the next round of the Black Sea truce talks';

  it.each([
    [
      'a role with no article after the name',
      ', said Tomas Rivera, spokesperson for the Romanian Foreign Ministry.',
    ],
    ['the outlet that filed it', ', said Foreign Minister Tomas Rivera at a briefing, Danube Press reports.'],
    [
      'a role and the outlet',
      ', said Tomas Rivera, spokesman for the Romanian government, Danube Press reported.',
    ],
  ])('reads ", said <Name>" followed by %s as the named speaker', (_shape, attribution) => {
    expect(reportedSpeech(`${LEAD}${CLAUSE}${attribution}`)).toContainEqual(['person:tomas-rivera', CLAUSE]);
  });

  it('leaves a clause the name goes on with (", said X, adding that ...") to the rules for it', () => {
    const said = reportedSpeech(`${LEAD}${CLAUSE}, said Ciuca, adding that Portugal would send observers.`);
    expect(said.map(([speaker]) => speaker)).toContain('person:nicolae-ciuca');
  });
});
