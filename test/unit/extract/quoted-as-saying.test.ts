// "quoted as saying" attributions and the person a closing "he" means, on sentences written for the test in the
// shapes seen in real news (Frontline, PTI, Welcome Qatar).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function quotes(text: string): Array<[string, string | null]> {
  return extract(text).statements.map((s) => [s.speaker, s.quote]);
}

const LUNCH =
  'Chinese President Xi Jinping described his talks with US counterpart Barack Obama as useful.\n\nAddressing a dinner hosted by US Vice President Joe Biden and Secretary of State John Kerry in Washington, Xi said he and Obama are determined to build a new model of relations.\n\n"We will open up new phases for our ties as long as both sides join hands," he ';

describe('quoted as saying', () => {
  it('gives `," Interfax quoted Ushakov as saying.` to the person the outlet quotes', () => {
    expect(
      quotes(
        'Kremlin aide Yuri Ushakov met the US envoy in Moscow on Friday.\n\n"Yes, we discussed our approaches to a settlement and agreed to keep in touch," Interfax quoted Ushakov as saying.',
      ),
    ).toContainEqual([
      'person:yuri-ushakov',
      'Yes, we discussed our approaches to a settlement and agreed to keep in touch',
    ]);
  });

  it('reads `," he was quoted as saying by Xinhua.` like `," he said.`', () => {
    const said = quotes(`${LUNCH}was quoted as saying by the Xinhua news agency.`);
    expect(said).toContainEqual([
      'person:xi-jinping',
      'We will open up new phases for our ties as long as both sides join hands',
    ]);
  });
});

describe('a person "was quoted by" an outlet', () => {
  const MET = 'Kremlin aide Yuri Ushakov met the US envoy in Moscow on Friday.\n\n';
  const WORDS = 'The priority now is an immediate ceasefire and a political settlement';

  it.each([
    ['after the quote, with no "as saying"', `"${WORDS}," Ushakov was quoted by the Interfax news agency.`],
    [
      'before the quote, with a role between',
      `Ushakov, one of the Kremlin's spokespersons, was quoted by the Interfax News Agency as saying, "${WORDS}."`,
    ],
  ])('speaks the quote %s, not the outlet', (_name, sentence) => {
    expect(quotes(`${MET}${sentence}`)).toContainEqual([
      'person:yuri-ushakov',
      expect.stringMatching(/^The priority/),
    ]);
  });
});

describe('the person a closing "he" means', () => {
  it('is the subject after an opening phrase, not a person named inside it', () => {
    const said = quotes(`${LUNCH}said.`);
    expect(said).toContainEqual([
      'person:xi-jinping',
      'We will open up new phases for our ties as long as both sides join hands',
    ]);
    expect(said.map(([speaker]) => speaker)).not.toContain('person:joe-biden');
  });
});

describe('quoted as saying, with no quote', () => {
  const LEAD =
    'Talks in Moscow\n\nRussian Deputy Foreign Minister Sergei Ryabkov met the US envoy on Tuesday.\n\n';

  function reported(text: string): Array<[string, string, string | null]> {
    return extract(`${LEAD}${text}`)
      .statements.filter((s) => s.quote === null)
      .map((s) => [s.speaker, s.text, s.channel]);
  }

  it('gives ", the Interfax news agency quoted X as saying on Wednesday." to X, with the agency as channel', () => {
    expect(
      reported(
        'Moscow and Washington are preparing a new round of strategic stability talks, the Interfax news agency quoted Ryabkov as saying on Wednesday.',
      ),
    ).toContainEqual([
      'person:sergei-ryabkov',
      'Moscow and Washington are preparing a new round of strategic stability talks',
      'org:interfax',
    ]);
  });

  it.each([
    'The Russian deputy minister, Sergei Ryabkov, was quoted on Wednesday as saying that',
    'Interfax quoted Ryabkov as saying that',
  ])('gives "%s ..." to the person quoted, not a country named before', (opening) => {
    const said = reported(`${opening} the talks would resume in Geneva next month.`);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['person:sergei-ryabkov', 'the talks would resume in Geneva next month'],
    ]);
  });

  it('gives "The US ambassador to Moscow, X, was quoted as saying that ..." to X, not the United States', () => {
    const said = extract(
      'Embassy stays open\n\nThe US ambassador to Moscow, John Sullivan, was quoted on Monday as saying that the embassy would stay open despite the crisis.',
    ).statements.map((s) => s.speaker);
    expect(said).toEqual(['person:john-sullivan']);
  });
});

describe('cited as saying', () => {
  const LEAD =
    'Talks in Moscow\n\nRussian Deputy Foreign Minister Sergei Ryabkov met the US envoy on Tuesday.\n\n';

  it('gives `," TASS cited X as saying.` to the person the outlet cites, with the outlet as channel', () => {
    const said = extract(
      `${LEAD}"We are ready to resume the talks in Geneva," TASS cited Ryabkov as saying.`,
    ).statements.map((s) => [s.speaker, s.quote, s.channel]);
    expect(said).toEqual([
      ['person:sergei-ryabkov', 'We are ready to resume the talks in Geneva', 'org:tass'],
    ]);
  });

  it.each(['TASS cited Ryabkov as saying that', 'Ryabkov was cited by TASS as saying that'])(
    'gives "%s ..." to the person cited, not the outlet',
    (opening) => {
      const said = extract(`${LEAD}${opening} the talks would resume in Geneva next month.`).statements.map(
        (s) => [s.speaker, s.text],
      );
      expect(said).toEqual([['person:sergei-ryabkov', 'the talks would resume in Geneva next month']]);
    },
  );

  it('gives ", TASS cited X as saying on Monday." to X, with the agency as channel', () => {
    const statement = extract(
      `${LEAD}Moscow and Washington are preparing a new round of talks, TASS cited Ryabkov as saying on Monday.`,
    ).statements.find((s) => s.speaker === 'person:sergei-ryabkov');
    expect(statement?.text).toBe('Moscow and Washington are preparing a new round of talks');
    expect(statement?.channel).toBe('org:tass');
  });
});
