// Attribution shapes that recur across outlets, on sentences written for the test: a body named with its country
// after a quote, a relative clause between speaker and verb, ", X told NHK.", and a verb followed only by "in a
// statement".
import { describe, expect, it } from 'vitest';
import { extract, speakersOf } from './helpers.ts';

describe('attributions read in many outlets', () => {
  const LEAD_JP =
    'Talks held\n\nJapanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday.\n\n';

  it('gives a quote to a body named with its country: `," the Japanese foreign ministry said`', () => {
    const result = extract(
      `${LEAD_JP}"The meeting was productive and frank," the Japanese foreign ministry said in a statement.`,
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ['org:japanese-foreign-ministry', 'The meeting was productive and frank'],
    ]);
  });

  it('reads past a relative clause between the speaker and the verb: `," Name, who chaired the talks, said`', () => {
    const result = extract(
      `${LEAD_JP}"We have opened a new chapter for our two countries," Kishida, who chaired the talks, said on Monday.`,
    );
    expect(result.statements[0]?.speaker).toBe('person:fumio-kishida');
  });

  it('reads past a relative clause after a government named by its demonym: "The Chilean government, which ..., said"', () => {
    const said = speakersOf(
      'Port deal\n\nThe Chilean government, which took office in March, said it would sign the port treaty with Peru.',
      'sign the port treaty',
    );
    expect(said).toEqual(['CHL']);
  });

  it('gives no body to a person\'s own noun before a relative clause: "Kishida\'s envoy, who ..., said"', () => {
    const said = speakersOf(
      `${LEAD_JP}Kishida's envoy, who flew in on Sunday, said the two sides would sign the accord in May.`,
      'sign the accord',
    );
    expect(said).not.toContain('person:fumio-kishida');
  });

  it('reads a clause opened by the day it was said: "X said on Monday it had ..."', () => {
    const result = extract('Border talks\n\nEcuador said on Monday it had quit the pact.');
    expect(result.statements.map((s) => [s.speaker, s.text])).toEqual([['ECU', 'it had quit the pact']]);
  });

  it('still reads nothing said in "X said on Monday night." or "said on Monday in a statement."', () => {
    const result = extract(
      'Border talks\n\n"We are leaving the pact," Ecuador said on Monday night. "It is over," Peru said on Monday in a statement.',
    );
    expect(result.statements.map((s) => s.quote)).toEqual(['We are leaving the pact', 'It is over']);
  });

  it('gives ", X told NHK." to X, with the outlet as its channel', () => {
    const result = extract(`${LEAD_JP}Japan will not change its position on the islands, Kishida told NHK.`);
    const said = result.statements.find((s) => s.text.startsWith('Japan will not change'));
    expect(said?.speaker).toBe('person:fumio-kishida');
  });

  it.each(['Mr', 'Mr.', 'Dr.'])(
    'gives a quote to a name after a form of address: `," %s Kishida said`',
    (form) => {
      const result = extract(
        `${LEAD_JP}"We have opened a new chapter for our two countries. The region will notice," ${form} Kishida said.`,
      );
      expect(result.statements.map((s) => [s.speaker, s.quote])).toEqual([
        [
          'person:fumio-kishida',
          'We have opened a new chapter for our two countries. The region will notice',
        ],
      ]);
    },
  );

  it.each([
    'Yoon Suk Yeol of South Korea who chaired the session said',
    'Yoon Suk Yeol who had arrived a day earlier, said',
    'host President Yoon Suk Yeol who said',
  ])('gives the verb after a relative clause without commas to its antecedent: "%s ..."', (subject) => {
    const said = extract(`${LEAD_JP}${subject} the region needed calm.`).statements.map((s) => [
      s.speaker,
      s.text,
    ]);
    expect(said).toContainEqual(['person:yoon-suk-yeol', 'the region needed calm']);
  });

  it.each([
    'Yoon Suk Yeol, chair of the Asia-Pacific Economic Cooperation forum (APEC), declared: ',
    "Yoon Suk Yeol, a close ally of Prime Minister Fumio Kishida's government, told NHK: ",
  ])('gives a quote after a colon to the person, not to a name in their apposition: "%s..."', (lead) => {
    const result = extract(`${LEAD_JP}${lead}"The region will notice this change."`);
    expect(result.statements.map((s) => [s.speaker, s.quote])).toContainEqual([
      'person:yoon-suk-yeol',
      'The region will notice this change.',
    ]);
  });

  it('takes nothing for what was said when only "in a statement" follows the verb', () => {
    const result = extract(
      `${LEAD_JP}The two leaders "renewed their appeal to stop all nuclear tests", they said in a statement.`,
    );
    expect(result.statements.map((s) => s.text)).not.toContain('in a statement');
  });
});

describe('speech acts toward someone', () => {
  it.each([
    [
      'congratulated',
      'Kishida congratulated Yoon on the success of the Seoul summit.',
      'person:fumio-kishida',
    ],
    [
      'thanked',
      'Yoon thanked Japan and the United States for helping to broker the arrangement.',
      'person:yoon-suk-yeol',
    ],
    ['accused', 'Kishida accused North Korea of violating the missile moratorium.', 'person:fumio-kishida'],
  ])('"%s" is a statement of its subject', (verb, sentence, speaker) => {
    const text =
      'Talks held\n\nJapanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday.\n\n' +
      sentence;
    const said = extract(text).statements.find((s) => s.text.includes(verb));
    expect(said?.speaker).toBe(speaker);
  });

  it.each([
    ['urged', 'He urged both sides to keep the hotline open.'],
    ['also welcomed', 'He also welcomed the new trilateral secretariat in Seoul.'],
    ['condemned', 'He condemned the missile launch as a threat to the region.'],
  ])('"he %s" is a statement of the person the pronoun points back to', (verb, sentence) => {
    const text =
      'Talks held\n\nJapanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday. ' +
      `Kishida said the talks were frank. ${sentence}`;
    const said = extract(text).statements.find((s) => s.text.includes(verb.split(' ').at(-1) ?? verb));
    expect(said?.speaker).toBe('person:fumio-kishida');
  });

  it('is no statement without its subject right before it', () => {
    const text =
      'Talks held\n\nJapanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday. ' +
      'The summit was held thanks to months of work, and those who helped were later thanked in a letter.';
    expect(extract(text).statements.filter((s) => s.text.includes('thanked'))).toEqual([]);
  });
});

describe('a closing attribution and a fronted phrase', () => {
  const LEAD_JP =
    'Talks held\n\nJapanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday.\n\n';
  const said = (sentence: string): Array<[string, string]> =>
    extract(LEAD_JP + sentence).statements.map((s) => [s.speaker, s.text]);

  it('reports the clause after "X said", not the phrase before its comma', () => {
    expect(
      said('Speaking at a news conference in Tokyo, Kishida said Japan would lift the export curbs.'),
    ).toEqual([['person:fumio-kishida', 'Japan would lift the export curbs']]);
  });

  it.each([
    ['on Thursday', 'Japan would lift the export curbs, the Japanese foreign ministry said on Thursday.'],
    ['a weekday', 'Japan would lift the export curbs, the Japanese foreign ministry said Thursday.'],
    [
      'in a statement',
      'Japan would lift the export curbs, the Japanese foreign ministry said in a statement.',
    ],
  ])('still reads the words before ", the ministry said" followed by %s', (_tail, sentence) => {
    expect(said(sentence)).toEqual([['org:japanese-foreign-ministry', 'Japan would lift the export curbs']]);
  });
});

describe('"he said" after a quote, with only narration in between', () => {
  const speakerOf = (text: string, words: string): string | undefined =>
    extract(text).statements.find((s) => s.quote?.includes(words))?.speaker;

  it('keeps the last quoted speaker when the quote opens its paragraph', () => {
    const text =
      'Ministers to meet\n\nChinese Foreign Minister Wang Yi will meet US Secretary of State Antony Blinken in Beijing.\n\n' +
      '"The two ministers will discuss trade and security," Chinese Foreign Ministry spokesman Lin Jian told reporters.\n\n' +
      'The talks will open on Monday. Wang and Blinken last met in Munich in February.\n\n' +
      '"Both sides hope the meeting will bring the relationship back on track," he continued.';
    expect(speakerOf(text, 'back on track')).toBe('person:lin-jian');
  });

  it('gives it to the person the same paragraph has just named', () => {
    const text =
      'Conference ends\n\n"The fighting must stop now," UN Secretary-General Antonio Guterres said.\n\n' +
      'Foreign Minister Wang Yi said China would send aid. "There is no military solution to this war," he said.';
    expect(speakerOf(text, 'no military solution')).toBe('person:wang-yi');
  });

  it('gives it to the person whose evaluative verb (thanked, praised) stands in between', () => {
    const text =
      'Truce welcomed\n\n"The guns must fall silent," UN Secretary-General Antonio Guterres said on Sunday.\n\n' +
      'African Union envoy Amina Diallo also thanked Kenya for hosting the talks.\n\n' +
      '"I welcome the truce between the two sides," she wrote on social media.';
    expect(speakerOf(text, 'I welcome the truce')).toBe('person:amina-diallo');
  });

  it("reads a long title opening that sentence as its subject's, not as words before an object", () => {
    const text =
      'Truce welcomed\n\n"The guns must fall silent," UN Secretary-General Antonio Guterres said on Sunday.\n\n' +
      'African Union Special Envoy for the Horn of Africa Amina Diallo also thanked Kenya for hosting the talks.\n\n' +
      'The two sides signed the truce in Nairobi. "I welcome the truce between the two sides," she wrote.';
    expect(speakerOf(text, 'I welcome the truce')).toBe('person:amina-diallo');
  });
});

describe('a passive stance verb', () => {
  it.each([
    ['was criticized', 'Russia was criticized by several states for the strikes on the port.'],
    ['was praised', 'Putin was praised at home for the visit to Beijing.'],
    ['has been hailed', 'Xi has been hailed as a partner for the region.'],
    ['was accused', 'Russia was accused of violating the grain corridor agreement.'],
  ])('"%s" is said of its subject, not by it', (_verb, sentence) => {
    const text = `Talks held\n\nRussian President Vladimir Putin met Chinese President Xi Jinping on Monday.\n\n${sentence}`;
    expect(extract(text).statements).toEqual([]);
  });
});

describe('a speech participle after "by"', () => {
  const LEAD_RU =
    'Deal ends\n\nRussian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday.\n\n';

  it('goes to the subject of the verb it completes: "X responded by saying ..."', () => {
    const result = extract(`${LEAD_RU}Erdogan responded by saying Turkey would keep the corridor open.`);
    const said = result.statements.find((s) => s.text.includes('keep the corridor open'));
    expect(said?.speaker).toBe('person:recep-tayyip-erdogan');
  });

  it('takes the clause after "by claiming", with its quote', () => {
    const result = extract(
      `${LEAD_RU}The Kremlin justified the withdrawal by claiming the deal had served "to enrich Western traders," and little else.`,
    );
    const said = result.statements.find((s) => s.quote === 'to enrich Western traders');
    expect(said?.speaker).toBe('RUS');
  });
});

describe('a quote with no verb after a sentence about someone', () => {
  const speakerOf = (text: string, words: string): string | undefined =>
    extract(text).statements.find((s) => s.quote?.includes(words))?.speaker;

  it('goes to the person the sentence before opens with, when no one has spoken yet', () => {
    const text =
      'Ministers meet\n\nJapanese Prime Minister Fumio Kishida opened the summit in Tokyo on Monday.\n\n' +
      '"Our two countries share a responsibility for the peace of the region."';
    expect(speakerOf(text, 'share a responsibility')).toBe('person:fumio-kishida');
  });

  it('takes no one when the sentence before does not open with a person', () => {
    const text =
      'Ministers meet\n\nThe summit in Tokyo was opened by Japanese Prime Minister Fumio Kishida on Monday.\n\n' +
      '"Our two countries share a responsibility for the peace of the region."';
    expect(speakerOf(text, 'share a responsibility')).toBeUndefined();
  });
});

describe('a document named after a quote', () => {
  const speakersOf = (text: string, words: string): string[] =>
    extract(text)
      .statements.filter((s) => s.quote?.includes(words))
      .map((s) => s.speaker)
      .sort();

  it('gives `," the joint statement said.` to each country that issued it', () => {
    const text =
      'Ties restored\n\nJapan and South Korea agreed on Monday to resume their shuttle diplomacy.\n\n' +
      '"The two countries will hold summits at least once a year," the joint statement said.';
    expect(speakersOf(text, 'at least once a year')).toEqual(['JPN', 'KOR']);
  });

  it.each([
    [
      '"The two countries will hold summits at least once a year," a joint statement published on Tuesday said.',
    ],
    [
      '"The two countries will hold summits at least once a year," the joint statement issued after the talks said.',
    ],
    ['The two countries will hold summits at least once a year, a joint statement released in Tokyo said.'],
    [
      'According to a joint statement issued after the talks in Tokyo, the two countries will hold summits at least once a year.',
    ],
  ])('reads past when and where a joint statement was issued to its issuers: %s', (sentence) => {
    const text =
      'Ties restored\n\nJapan and South Korea agreed on Monday to resume their shuttle diplomacy.\n\n' +
      sentence;
    const speakers = extract(text)
      .statements.filter((s) => (s.quote ?? s.text).includes('at least once a year'))
      .map((s) => s.speaker)
      .sort();
    expect(speakers).toEqual(['JPN', 'KOR']);
  });

  it("leaves a country the sentence before names after its verb out of a joint statement's issuers", () => {
    const text =
      'Talks open\n\nIn a joint statement, Saudi Arabia and the United States welcomed the start of talks ' +
      'between the Sudanese parties in Jeddah.\n\n' +
      '"Both sides urge the parties to engage in the talks towards a ceasefire," read the statement.';
    expect(speakersOf(text, 'engage in the talks')).toEqual(['SAU', 'USA']);
  });

  it('gives `," the statement said.` to the body that spoke last', () => {
    const text =
      'Ministry responds\n\nThe Japanese foreign ministry said on Monday it had protested to Beijing.\n\n' +
      '"Such flights raise tensions across the region," the statement said.';
    expect(speakersOf(text, 'raise tensions')).toEqual(['org:japanese-foreign-ministry']);
  });

  it.each([
    [
      '"The siege will not be lifted without a full agreement," Hamas statement read.',
      'siege will not be lifted',
    ],
    [
      '"The siege will not be lifted without a full agreement," the Hamas statement read.',
      'siege will not be lifted',
    ],
    [
      'Hamas\' statement added that the talks in Cairo aim to "end the war for good".',
      'end the war for good',
    ],
  ])('gives a statement its owner names to that owner: %s', (sentence, words) => {
    const text =
      'Truce talks\n\nHamas leader Ismail Haniyeh spoke by phone with Egyptian intelligence chief Abbas Kamel on ' +
      `Thursday.\n\n${sentence}`;
    expect(speakersOf(text, words)).toEqual(['org:hamas']);
  });

  it('leaves "A White House readout of the call said Biden voiced ..." to the rules for what Biden said', () => {
    const text =
      'Call held\n\nUS President Joe Biden spoke with Russian President Vladimir Putin on Tuesday.\n\n' +
      'A White House readout of the call said Biden voiced "deep concerns" over the troops near the border.';
    expect(speakersOf(text, 'deep concerns')).toEqual(['person:joe-biden']);
  });

  it.each([
    [
      '"The statement added, "..."',
      'The statement added, "Both countries urge the parties to hold their fire."',
    ],
    [
      '"The statement said: "..."',
      'The statement said: "Both countries urge the parties to hold their fire."',
    ],
    [
      '"The statement reads "..."',
      'The statement reads "Both countries urge the parties to hold their fire."',
    ],
  ])(
    'gives a document opening the attribution before a quote to its joint issuers: %s',
    (_shape, sentence) => {
      const text =
        'Talks open\n\nIn a joint statement, Saudi Arabia and the United States welcomed the start of talks in ' +
        `Jeddah.\n\n${sentence}`;
      expect(speakersOf(text, 'hold their fire')).toEqual(['SAU', 'USA']);
    },
  );

  it('gives "The communique from the ECOWAS Commission states, "..."" to the body it names', () => {
    const text =
      'Bloc responds\n\nThree Sahel states announced they would leave the bloc.\n\n' +
      'The communique from the ECOWAS Commission states, "The Commission remains open to a negotiated solution."';
    expect(speakersOf(text, 'negotiated solution')).toEqual(['org:ecowas-commission']);
  });

  it.each([
    [
      '"The statement, read by Secretary-General of the Arab League X, stressed that ..."',
      'The statement, read by Secretary-General of the Arab League Ahmed Aboul Gheit, stressed that dialogue is the only road to a settlement.',
    ],
    [
      '"A communique read by Secretary-General of the Arab League X said ..."',
      'A communique read by Secretary-General of the Arab League Ahmed Aboul Gheit said dialogue is the only road to a settlement.',
    ],
  ])('gives a document read out by an official to the body the reader serves: %s', (_shape, sentence) => {
    const text =
      'Summit closes\n\nKing Abdullah II of Jordan hosted Arab leaders in Amman on Wednesday.\n\n' + sentence;
    expect(extract(text).statements.map((s) => [s.speaker, s.direct])).toEqual([['org:arab-league', false]]);
  });

  it.each([
    [
      '"The summit, chaired by X, called for ..."',
      "The summit, chaired by Kenya's President William Ruto, called for an immediate halt to the fighting.",
    ],
    [
      '"The meeting also condemned ..."',
      'The meeting also condemned the attacks on aid convoys near the border.',
    ],
    [
      '"The Council demanded ..." (a body\'s council named as its own subject)',
      'The Council demanded that the warring parties open the roads to aid convoys near the border.',
    ],
  ])('gives a gathering that opens the sentence to the body that has just spoken: %s', (_shape, sentence) => {
    const text =
      'Bloc meets\n\nThe Intergovernmental Authority on Development said on Monday that dialogue remains the only ' +
      `path to peace in Sudan.\n\n${sentence}`;
    expect(extract(text).statements.map((s) => s.speaker)).toEqual([
      'org:intergovernmental-authority-on-development',
      'org:intergovernmental-authority-on-development',
    ]);
  });

  it.each([
    [
      '"The ministers called for ..."',
      'The ministers called for an end to the shelling of the border towns.',
    ],
    [
      '"The Arab ministers also called on ..."',
      'The Arab ministers also called on the warring parties to open the roads.',
    ],
  ])('gives the members a body speaks through to the body that has just spoken: %s', (_shape, sentence) => {
    const text =
      'League meets\n\nForeign ministers of the Arab League condemned on Friday the strikes on the border towns.\n\n' +
      sentence;
    expect(extract(text).statements.map((s) => s.speaker)).toEqual(['org:arab-league', 'org:arab-league']);
  });

  it('leaves "The two ministers called for ..." to the people it counts, never the body', () => {
    const text =
      'League meets\n\nForeign ministers of the Arab League condemned on Friday the strikes on the border towns.\n\n' +
      'The two ministers called for an end to the shelling of the border towns.';
    expect(extract(text).statements.map((s) => s.speaker)).toEqual(['org:arab-league']);
  });

  it('leaves "The summit called for ..." open when no body has spoken before it', () => {
    const text =
      'Leaders meet\n\nKenyan President William Ruto hosted regional leaders in Nairobi on Monday.\n\n' +
      'The summit called for an immediate halt to the fighting.';
    expect(extract(text).statements).toEqual([]);
  });

  it('leaves "The army said in a statement posted on its page: "..."" out of the documents before it', () => {
    const text =
      'Talks open\n\nIn a joint statement, Saudi Arabia and the United States welcomed the start of talks in ' +
      'Jeddah.\n\nThe Sudanese army said in a statement posted on its page: "Our delegation has left for Jeddah."';
    expect(speakersOf(text, 'delegation has left')).not.toContain('SAU');
  });

  const LEAD_ABBR =
    'Talks held\n\nJapanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday.\n\n';

  it('reads past an abbreviation\'s dot before the title: `," U.S. Trade Representative Name said`', () => {
    const result = extract(
      `${LEAD_ABBR}"We expect the new tariff schedule to hold for two years," U.S. Trade Representative Katherine Tai said.`,
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ['person:katherine-tai', 'We expect the new tariff schedule to hold for two years'],
    ]);
  });

  it('reads past "U.N." before a title in a quote ending mid-sentence', () => {
    const result = extract(
      `${LEAD_ABBR}The truce is "a first step towards lasting calm," U.N. spokesman Farhan Haq told reporters.`,
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toContainEqual([
      'person:farhan-haq',
      'a first step towards lasting calm',
    ]);
  });

  const LEAD_IN =
    'Talks held\n\nIndian Foreign Minister Subrahmanyam Jaishankar met Saudi officials in Riyadh on Monday.\n\n';

  it('gives `," Name, the spokesman of the ministry said` to the name, not the ministry in its role', () => {
    const result = extract(
      `${LEAD_IN}"The visit will open a new chapter," Raveesh Kumar, the spokesman of the Indian foreign ministry said.`,
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ['person:raveesh-kumar', 'The visit will open a new chapter'],
    ]);
  });

  it('reads a long role after the name before the verb comes', () => {
    const result = extract(
      `${LEAD_IN}"The talks made no progress," Raveesh Kumar, the spokesman of the Indian Ministry of External Affairs said on Friday.`,
    );
    expect(result.statements.map((s) => s.speaker)).toEqual(['person:raveesh-kumar']);
  });

  it('gives `," the ministry\'s spokesman, Name, said` to the name set off after its role', () => {
    const result = extract(
      `${LEAD_IN}"Both sides will exchange views on regional issues," the ministry's spokesman, Raveesh Kumar, said in a statement.`,
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ['person:raveesh-kumar', 'Both sides will exchange views on regional issues'],
    ]);
  });

  const LEAD_RU =
    'Talks held\n\nRussian Ambassador Anatoly Antonov met US officials in Washington on Monday.\n\n';

  it('does not take a name inside the quote for the "he" of `," he noted`', () => {
    const result = extract(
      `${LEAD_RU}The ambassador said relations had suffered in recent years, Antonov added.\n\n"As Mr. Lavrov said, the ministry will continue its work," he noted.`,
    );
    const quoted = result.statements.find((s) => s.quote?.startsWith('As Mr. Lavrov said'));
    expect(quoted?.speaker).toBe('person:anatoly-antonov');
  });

  it('gives `"Met X today. ...," he posted` to the person before the quote, not the one met', () => {
    const result = extract(
      `${LEAD_RU}Antonov said he and Lavrov discussed trade. "Met FM Sergey Lavrov this afternoon in New York. Discussed our cooperation," he posted on X.`,
    );
    const quoted = result.statements.find((s) => s.quote?.startsWith('Met FM'));
    expect(quoted?.speaker).toBe('person:anatoly-antonov');
  });
});

describe('a lead-in paragraph ending in a colon before a quote paragraph', () => {
  const LEAD =
    'Truce welcomed\n\nIsrael and Hamas agreed a ceasefire in Gaza on Wednesday, officials in Doha said.\n\n';

  it('gives the quote to a body that opens the lead-in: "The Romanian Foreign Ministry stated ...:"', () => {
    const result = extract(
      `${LEAD}The Romanian Foreign Ministry stated in response to the announcement:\n"We welcome the truce in Gaza."\nThe ministry added:\n"We hope the truce will hold."`,
    );
    const said = result.statements.map((s) => [s.speaker, s.quote]);
    expect(said).toContainEqual(['org:romanian-foreign-ministry', 'We welcome the truce in Gaza.']);
    expect(said).toContainEqual(['org:romanian-foreign-ministry', 'We hope the truce will hold.']);
  });

  it('gives the quote after "She added:" to the person named just before', () => {
    const result = extract(
      `${LEAD}Finnish Foreign Minister Elina Valtonen welcomed the truce on Thursday.\n\nIn a statement, she said:\n\n"The truce is a glimmer of hope."`,
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toContainEqual([
      'person:elina-valtonen',
      'The truce is a glimmer of hope.',
    ]);
  });

  it('leaves a news agency that only reports the words out: "Petra, the official agency, reported:"', () => {
    const result = extract(`${LEAD}Xinhua reported:\n"Beijing welcomes the truce."`);
    expect(result.statements.map((s) => s.speaker)).not.toContain('org:xinhua');
  });
});

describe('a document described by a word or named by its owners', () => {
  const speakersOf = (text: string, words: string): string[] =>
    extract(text)
      .statements.filter((s) => s.quote?.includes(words))
      .map((s) => s.speaker)
      .sort();

  it('gives `," the leaders\' statement said.` to the countries whose leaders issued it', () => {
    const text =
      'Summit ends\n\nPresident Luiz Inacio Lula da Silva and President Gabriel Boric met in Santiago on Monday.\n\n' +
      '"We agreed to finish the road corridor before the end of the decade," the leaders\' statement said.';
    expect(speakersOf(text, 'road corridor')).toEqual(['BRA', 'CHL']);
  });

  it('gives `," said the communique, which ...` to the body it belongs to', () => {
    const text =
      'Summit ends\n\nThe Mercosur bloc ended its summit in Asuncion on Monday.\n\n' +
      '"We will conclude the trade talks this year," said the communique, which made no mention of tariffs.';
    expect(speakersOf(text, 'conclude the trade talks')).toEqual(['org:mercosur']);
  });

  it('gives `," the final communique said.` only to a body that has just spoken, not one merely named', () => {
    const text =
      'Summit ends\n\nThe leaders hope Brazil will join the OECD soon.\n\n' +
      '"Integration remains a priority for all of us," the final communique said.';
    expect(speakersOf(text, 'Integration remains')).toEqual([]);
  });
});

describe('"the statement" after a statement someone delivered', () => {
  const speakersOf = (text: string, words: string): string[] =>
    extract(text)
      .statements.filter((s) => s.quote?.includes(words))
      .map((s) => s.speaker)
      .sort();

  it('is the subject who said it "in a statement", not a body named inside a quote in between', () => {
    const text =
      'Ministers meet\n\nForeign Minister Elmer Schialer met his Chilean counterpart in Lima on Monday.\n\n' +
      'The Peruvian foreign ministry, in an official statement, said the ministers discussed fishing rights.\n\n' +
      '"We welcomed the work of the Pacific Alliance on fisheries," the statement added.';
    expect(speakersOf(text, 'Pacific Alliance')).toEqual(['org:peruvian-foreign-ministry']);
  });
});

describe('the verbs only a document takes', () => {
  const speakersOf = (text: string, words: string): string[] =>
    extract(text)
      .statements.filter((s) => s.quote?.includes(words))
      .map((s) => s.speaker)
      .sort();
  const LEAD =
    'Air deal signed\n\nThe Peruvian foreign ministry said on Monday that Peru and Chile signed an air services deal.\n\n';

  it.each([
    [
      'the verb after the quote',
      '"The deal opens four new routes between the two capitals," reads the statement.',
    ],
    [
      'the document and its source before the verb',
      '"The deal opens four new routes between the two capitals," the statement from the ministry states.',
    ],
  ])('gives the quote to the body behind the document: %s', (_shape, sentence) => {
    expect(speakersOf(LEAD + sentence, 'four new routes')).toEqual(['org:peruvian-foreign-ministry']);
  });

  it('leaves a quote an agreement "says" to no running speaker', () => {
    const text = `${LEAD}The agreement says: "Each side shall grant the other seven weekly flights."`;
    expect(speakersOf(text, 'seven weekly flights')).toEqual([]);
  });

  it.each([
    [
      'an agreement as the subject',
      'The agreement recognized the "mutual benefits of direct flights for travellers in both capitals".',
    ],
    [
      'a kind noun after "the" and a modifier',
      'The draft resolution called for the lifting of "restrictions on the mutual benefits" of air travel.',
    ],
    [
      '"According to the agreement"',
      'According to the agreement, both carriers would fly "with mutual benefits and fair competition".',
    ],
  ])('leaves a quote of the agreement’s own wording to no running speaker: %s', (_shape, sentence) => {
    const text = `${LEAD}Peruvian Foreign Minister Elmer Schialer said the deal would help tourism.\n\n${sentence}`;
    expect(speakersOf(text, 'mutual benefits')).toEqual([]);
  });

  it('still gives a statement’s quoted words to its issuer, and a quote opening with "This deal" to its speaker', () => {
    const text =
      `${LEAD}Peruvian Foreign Minister Elmer Schialer said the deal would help tourism.\n\n` +
      'The statement also mentioned the need for talks "on the mutual benefits of new routes".\n\n' +
      '"This deal can open the skies between our peoples," Schialer said, calling it "a bridge of mutual benefits".';
    expect(speakersOf(text, 'on the mutual benefits')).not.toEqual([]);
    expect(speakersOf(text, 'a bridge of mutual benefits')).toEqual(['person:elmer-schialer']);
  });
});

describe('an agreement termed something in quotes', () => {
  const LEAD = 'Chile and Peru signed a fisheries agreement in Lima on Monday.\n\n';

  it.each([
    'President Gabriel Boric termed the agreement “a turning point for our fishermen”.',
    'President Gabriel Boric on Monday termed the signing of the agreement as “a turning point for our fishermen”.',
  ])('reads "%s" as his words about the agreement', (sentence) => {
    const result = extract(`${LEAD}${sentence}`);
    const said = result.statements.find((s) => s.quote === 'a turning point for our fishermen');
    expect(said?.speaker).toBe('person:gabriel-boric');
    expect(said?.about.length).toBeGreaterThan(0);
  });

  it('gives no words to "what it termed" without a speaker of its own', () => {
    const result = extract(`${LEAD}The navy ended what it termed “a routine patrol” near the coast.`);
    expect(result.statements.map((s) => s.quote)).not.toContain('a routine patrol');
  });
});

describe('"The Ministry" opening a sentence, with no name of its own', () => {
  function speakerOf(text: string, words: string): string | undefined {
    return extract(text).statements.find((s) => (s.quote ?? s.text).includes(words))?.speaker;
  }

  it('is the ministry named before, as "the ministry" is', () => {
    const text =
      'Oman welcomes truce\n\nIn a statement, the Ministry of Foreign Affairs of Oman welcomed the truce in Yemen. ' +
      'The Ministry expressed the hope that the truce would hold through the winter.';
    const ministry = extract(text).organizations.find((o) =>
      o.name.startsWith('Ministry of Foreign Affairs'),
    );
    expect(ministry).toBeDefined();
    expect(speakerOf(text, 'would hold through the winter')).toBe(ministry?.id);
  });

  it("is the ministry of the country that spoke right before, not another country's ministry named earlier", () => {
    const text =
      'Gulf states welcome deal\n\nThe Kuwaiti Ministry of Foreign Affairs welcomed the deal, hoping it would bring calm.\n\n' +
      'The Kingdom of Bahrain also welcomed the deal. The Ministry expressed hope that the deal would end the conflict.';
    expect(speakerOf(text, 'would end the conflict')).toBe('org:bahraini-foreign-ministry');
  });
});

describe('a ministry that names no country, with none named before it', () => {
  function speakerOf(text: string, words: string): string | undefined {
    return extract(text).statements.find((s) => (s.quote ?? s.text).includes(words))?.speaker;
  }

  it.each([
    [
      'a wire bureau abroad',
      'Eritrea rejects port accord\n\nNAIROBI, March 4 (Xinhua) -- Eritrea on Monday firmly rejected the port accord ' +
        'signed between Djibouti and Yemen.\n\nThe foreign ministry said in a statement that the accord ignored the ' +
        'maritime border.',
      'ignored the maritime border',
      'org:eritrean-foreign-ministry',
    ],
    [
      '"the country\'s" ministry',
      'Ghana rules out talks\n\nGhana said on Friday there was no room for talks with Togo over the border pact.\n\n' +
        '“There is no basis for talks unless Lome withdraws its claim,” the country’s foreign ministry said in a ' +
        'statement posted on its official accounts.',
      'There is no basis for talks',
      'org:ghanaian-foreign-ministry',
    ],
    [
      'a capitalized "Ministry of Foreign Affairs"',
      'Oman welcomes water accord\n\nMuscat, -The Sultanate of Oman has welcomed the water accord signed by Iraq and ' +
        'Syria.\n\nIn a statement today, the Ministry of Foreign Affairs said that the accord would ease the drought.',
      'would ease the drought',
      'org:omani-ministry-of-foreign-affairs',
    ],
  ])('is the country that spoke as a subject shortly before (%s)', (_shape, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a quote verb joined by "and" or "but" to the clause of a pronoun opening the sentence', () => {
  const LEAD =
    'Talks held\n\nJapanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday.\n\n' +
    'Kishida later spoke to reporters.\n';

  it.each([
    'He also recalled the visit of President Yoon Suk Yeol to Japan and said: "The bridge we built will last."',
    'He said he would not tell when Yoon Suk Yeol had phoned him but added: "The bridge we built will last."',
  ])('gives the quote to the one the pronoun means, not to a name in between: %s', (sentence) => {
    expect(speakersOf(`${LEAD}${sentence}`, 'bridge we built')).toEqual(['person:fumio-kishida']);
  });
});
