// Quote attribution and reported speech in the forms news uses, as rule-family tables.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const RUDENKO = 'Deputy Foreign Minister Andrey Rudenko arrived in Tehran on Monday.';

describe('direct quotes', () => {
  it.each([
    [
      'speaker after',
      `${RUDENKO} “The treaty is a warning,” Rudenko told Sputnik.`,
      'person:andrey-rudenko',
      'The treaty is a warning',
    ],
    [
      'verb first',
      `${RUDENKO} “The treaty is a warning,” said Rudenko.`,
      'person:andrey-rudenko',
      'The treaty is a warning',
    ],
    [
      'speaker before with colon',
      'Russian President Vladimir Putin said: “We will respond.”',
      'person:vladimir-putin',
      'We will respond.',
    ],
    [
      'role reference',
      `${RUDENKO} “We hope Seoul will accept it,” the deputy foreign minister added.`,
      'person:andrey-rudenko',
      'We hope Seoul will accept it',
    ],
    [
      'pronoun',
      `${RUDENKO} “We hope for the best,” he said.`,
      'person:andrey-rudenko',
      'We hope for the best',
    ],
    [
      'straight quotes',
      `${RUDENKO} "Nothing changes," Rudenko said.`,
      'person:andrey-rudenko',
      'Nothing changes',
    ],
    [
      'quoted as saying',
      `${RUDENKO} “Talks were useful,” Rudenko was quoted as saying by TASS.`,
      'person:andrey-rudenko',
      'Talks were useful',
    ],
    [
      'verb first, the speaker after a country and a title',
      '“We will respond in kind,” said Russian President Vladimir Putin.',
      'person:vladimir-putin',
      'We will respond in kind',
    ],
    [
      'verb first, the speaker after an abbreviated country and a long title',
      '“Our alliances are stronger,” said U.S. Ambassador to the Philippines MaryKay Carlson.',
      'person:marykay-carlson',
      'Our alliances are stronger',
    ],
    [
      'verb first, the speaker after the person they speak for',
      '“The West is not ready,” said Putin’s spokesman Dmitry Peskov.',
      'person:dmitry-peskov',
      'The West is not ready',
    ],
    [
      'verb first, a person after a preposition is not the speaker',
      '“Talks went well,” said Putin in an interview with Rossiya TV host Pavel Zarubin.',
      'person:vladimir-putin',
      'Talks went well',
    ],
    [
      'quoted by someone else',
      'Ukrainian President Volodymyr Zelensky spoke on Tuesday. “Exports must go on,” his spokesman, Serhiy Nykyforov, quoted him as saying.',
      'person:volodymyr-zelensky',
      'Exports must go on',
    ],
    ['country as speaker', '“We reject this,” Seoul said in a statement.', 'KOR', 'We reject this'],
    [
      'organization as speaker',
      '“Our doors stay open,” NATO said.',
      'org:north-atlantic-treaty-organization',
      'Our doors stay open',
    ],
  ])('%s', (_name, text, speaker, quote) => {
    const statements = extract(text).statements;
    expect(statements).toContainEqual(expect.objectContaining({ speaker, quote, direct: true }));
  });

  it('joins a quote split by its attribution into one statement', () => {
    const result = extract(`${RUDENKO} “This is first,” Rudenko said, “and this is second.”`);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]?.quote).toBe('This is first and this is second.');
  });

  it('joins a quote continued in the next paragraph', () => {
    const result = extract(`${RUDENKO}\n\n“This is first,” Rudenko said.\n\n“This is more.”`);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]?.quote).toBe('This is first This is more.');
  });

  it('joins a quote whose closing mark is left off at the paragraph end', () => {
    const result = extract(`${RUDENKO}\n\n"This is first," Rudenko said. "And more.\n\n"And the end."`);
    expect(result.statements[0]?.quote).toContain('And the end.');
  });

  it('takes the channel from "told" or an earlier interview', () => {
    const result = extract(
      `${RUDENKO} He spoke in an interview with Sputnik.\n\n“It is fine,” Rudenko said.`,
    );
    expect(result.statements[0]?.channel).toBe('org:sputnik');
  });

  it.each([
    ['scare quotes', 'The “comprehensive strategic partnership” took effect with North Korea on Monday.'],
    ['a quoted title', 'The film “War And Peace” opened in Moscow.'],
    ['a photo credit', 'Putin and Kim shake hands. (TASS/Yonhap)'],
  ])('makes no statement of %s', (_name, text) => {
    expect(extract(text).statements).toEqual([]);
  });

  it('yields one statement for a caption printed twice', () => {
    const caption = '“We are ready,” Russian President Vladimir Putin said at the summit in Pyongyang.';
    expect(extract(`${caption}\n${caption}`).statements).toHaveLength(1);
  });
});

describe('reported speech', () => {
  it.each([
    [
      'said that',
      `${RUDENKO} Rudenko said that the treaty targets no one.`,
      'person:andrey-rudenko',
      'the treaty targets no one',
    ],
    [
      'said without that',
      `${RUDENKO} Rudenko said Moscow hopes for calm.`,
      'person:andrey-rudenko',
      'Moscow hopes for calm',
    ],
    [
      'warned',
      'Russian President Vladimir Putin warned that aid would be a mistake.',
      'person:vladimir-putin',
      'aid would be a mistake',
    ],
    [
      'denied',
      'The Kremlin denied that troops had crossed the border.',
      'RUS',
      'troops had crossed the border',
    ],
    [
      'government',
      'The Russian government claimed that South Korea is not the target.',
      'RUS',
      'South Korea is not the target',
    ],
    ['capital', 'Seoul said it would consider sending weapons.', 'KOR', 'it would consider sending weapons'],
    [
      'trailing attribution',
      'The two sides agreed to resume flights, the Chinese foreign ministry said on Thursday.',
      'org:chinese-foreign-ministry',
      'The two sides agreed to resume flights',
    ],
    [
      'according to',
      'Troops withdrew overnight, according to the Kremlin.',
      'RUS',
      'Troops withdrew overnight',
    ],
    [
      'relative clause',
      'Ukrainian President Volodymyr Zelensky, who spoke in Kyiv, said the war would go on.',
      'person:volodymyr-zelensky',
      'the war would go on',
    ],
  ])('%s', (_name, text, speaker, content) => {
    expect(extract(text).statements).toContainEqual(
      expect.objectContaining({ speaker, text: content, quote: null, direct: false }),
    );
  });

  it.each([
    ['an outlet reporting events', 'The two ministers met for two hours, the Saudi Press Agency reported.'],
    ['a headline', 'Russia says new treaty is not aimed at anyone\n\nOfficials met in Moscow on Monday.'],
  ])('makes no statement of %s', (_name, text) => {
    expect(extract(text).statements).toEqual([]);
  });

  it.each([
    [
      'a quote in the clause',
      'The envoy met Norwegian Foreign Minister Erik Lundgaard, who declared that Oslo would “back the truce fully.”',
      'person:erik-lundgaard',
      'back the truce fully',
    ],
    [
      'a quote after a country named in the sentence',
      'The accord was brokered by Canada in the presence of Canadian Foreign Minister Joan Mercier, who conceded there was “a long road ahead” for both sides.',
      'person:joan-mercier',
      'a long road ahead',
    ],
  ])(
    'credits words after ", who <speech verb>" to the person before it: %s',
    (_name, text, speaker, quote) => {
      expect(extract(text).statements).toContainEqual(expect.objectContaining({ speaker, quote }));
    },
  );

  it('credits words to their speaker when a trailing attribution only reports them', () => {
    const text =
      'U.S. Secretary of State Antony Blinken stressed the importance of “responsibly managing” competition, the State Department said.';
    expect(extract(text).statements).toEqual([
      expect.objectContaining({ speaker: 'person:antony-blinken', quote: 'responsibly managing' }),
    ]);
  });

  it('credits ", adding that ..." after a quote to that quote’s speaker, whoever spoke in the sentence before', () => {
    const result = extract(
      'U.S. Secretary of State Antony Blinken called the move “deeply unfortunate.” ' +
        'NATO Secretary General Jens Stoltenberg urged calm. “The architecture has been dismantled,” he told reporters, adding that he regretted the step.',
    );
    expect(result.statements).toContainEqual(
      expect.objectContaining({ speaker: 'person:jens-stoltenberg', text: 'he regretted the step' }),
    );
  });

  it('splits "X said ..., but he denied that ..." into two statements of X', () => {
    const result = extract(
      'National Security Council spokesman John Kirby said Riyadh had kept Washington informed, but he denied that Beijing had outplayed the United States.',
    );
    expect(result.statements.map((s) => [s.speaker, s.text])).toEqual([
      ['person:john-kirby', 'Riyadh had kept Washington informed'],
      ['person:john-kirby', 'Beijing had outplayed the United States'],
    ]);
  });

  it.each([
    ['The United Nations welcomed the news.', 'org:united-nations', 'welcomed the news'],
    [
      'The European Union condemned the move as reckless.',
      'org:european-union',
      'condemned the move as reckless',
    ],
  ])('takes a public stance without a quote as a statement: "%s"', (text, speaker, words) => {
    expect(extract(text).statements).toEqual([
      expect.objectContaining({ speaker, text: words, quote: null, direct: false }),
    ]);
  });

  it('gives the words of "X and Y welcomed ..." to each', () => {
    const result = extract('Iran and Turkey also welcomed the deal.');
    expect(result.statements.map((s) => s.speaker).sort()).toEqual(['IRN', 'TUR']);
  });

  it.each([
    'Pyongyang has in the past denounced cooperation between Seoul and Tokyo.',
    'Saudi Arabia and Jordan also agreed to set up a council that will meet twice a year.',
  ])('makes no statement of a record or a decision: "%s"', (text) => {
    expect(extract(text).statements).toEqual([]);
  });

  it('makes a second verb of the same speaker after "but" a second statement', () => {
    const result = extract(
      `${RUDENKO} He said the treaty was “a signal, not a threat,” but warned that Seoul had “only itself to blame.”`,
    );
    expect(result.statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: 'person:andrey-rudenko', quote: 'a signal, not a threat' }),
        expect.objectContaining({ speaker: 'person:andrey-rudenko', quote: 'only itself to blame' }),
      ]),
    );
  });

  it('keeps a quote that makes up most of a reported clause direct', () => {
    const result = extract(
      `${RUDENKO} Rudenko remarked that the treaty “is not aimed at anyone in the region.”`,
    );
    expect(result.statements).toContainEqual(
      expect.objectContaining({
        speaker: 'person:andrey-rudenko',
        quote: 'is not aimed at anyone in the region',
        direct: true,
      }),
    );
  });

  it('reads a clause that only quotes a fragment as reported speech, the fragment kept as its quote', () => {
    const result = extract(
      `${RUDENKO} Rudenko remarked that the new treaty would hold along the whole of the “security belt”.`,
    );
    expect(result.statements).toContainEqual(
      expect.objectContaining({ speaker: 'person:andrey-rudenko', quote: 'security belt', direct: false }),
    );
  });

  it('makes a participle clause with its own quote a second statement', () => {
    const result = extract(
      'The Kremlin denied that talks had stalled, saying progress was “steady and real.”',
    );
    expect(result.statements.map((s) => s.speaker)).toEqual(['RUS', 'RUS']);
    expect(result.statements[1]?.quote).toBe('steady and real');
  });

  it('is about what a response answers', () => {
    const text =
      'South Korean national security adviser Chang Ho-jin announced that South Korea would consider sending weapons to Ukraine. Russian President Vladimir Putin responded by saying that that would be a “very big mistake.”';
    const putin = extract(text).statements.find((s) => s.speaker === 'person:vladimir-putin');
    expect(putin?.about).toEqual(expect.arrayContaining(['KOR', 'UKR']));
  });

  it('dates a statement by its sentence, else by publication', () => {
    const result = extract(
      'Russian President Vladimir Putin said on June 19 that the talks went well. Putin said later that he was pleased.',
    );
    expect(result.statements.map((s) => s.date)).toEqual(['2024-06-19', '2024-06-26']);
  });

  describe('a reaction to the news of the lead', () => {
    const LEAD =
      'Russia quits Black Sea grain deal\n\nRussia on Monday withdrew from the Black Sea Grain Initiative, the arrangement that let Ukraine export grain by sea.\n\nThe Kremlin said it had warned for months.\n\n';

    it('is about the one agreement the lead is about: "called the move ..."', () => {
      const result = extract(
        `${LEAD}U.S. Secretary of State Antony Blinken called the move “another act of cruelty.”`,
      );
      const blinken = result.statements.find((s) => s.speaker === 'person:antony-blinken');
      const initiative = result.agreements.find((a) => a.name === 'Black Sea Grain Initiative');
      expect(blinken?.about).toContain(initiative?.id);
    });

    it.each([
      ['the news', 'The Norwegian government welcomed the news on Tuesday.', 'NOR'],
      [
        'the breakthrough',
        'Norwegian Foreign Minister Espen Barth Eide welcomed the breakthrough in a statement.',
        'person:espen-barth-eide',
      ],
    ])('is about it when the reaction names "%s"', (_noun, reaction, speaker) => {
      const result = extract(`${LEAD}${reaction}`);
      const statement = result.statements.find((s) => s.speaker === speaker);
      const initiative = result.agreements.find((a) => a.name === 'Black Sea Grain Initiative');
      expect(statement?.about).toContain(initiative?.id);
    });

    it('is about nothing more without a word that points back at the news', () => {
      const result = extract(
        `${LEAD}U.S. Secretary of State Antony Blinken said talks with allies would go on.`,
      );
      const blinken = result.statements.find((s) => s.speaker === 'person:antony-blinken');
      expect(result.agreements.filter((a) => blinken?.about.includes(a.id))).toEqual([]);
    });

    it('is about no agreement when the lead names two', () => {
      const result = extract(
        'Russia quits grain deal and New START\n\nRussia on Monday withdrew from the Black Sea Grain Initiative and suspended the New START treaty.\n\nU.S. Secretary of State Antony Blinken called the move “another act of cruelty.”',
      );
      const blinken = result.statements.find((s) => s.speaker === 'person:antony-blinken');
      expect(result.agreements.length).toBeGreaterThan(1);
      expect(result.agreements.filter((a) => blinken?.about.includes(a.id))).toEqual([]);
    });
  });
});
