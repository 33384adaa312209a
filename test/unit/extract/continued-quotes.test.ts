// A quote continued in the next sentence or paragraph is one statement, and what each of its pieces names is what
// that statement is about; the attribution between two pieces is not the speaker's words.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function statementOf(text: string, speaker: string) {
  const result = extract(text);
  const statements = result.statements.filter((s) => s.speaker === speaker);
  expect(statements, `one statement by ${speaker}`).toHaveLength(1);
  return statements[0];
}

const LEAD =
  'Leaders meet in Minsk\n\nPresident Alexander Lukashenko hosted the visiting delegation on Monday.\n\n';

describe('a quote continued after its attribution', () => {
  it('is about what its later sentence names', () => {
    const text = `${LEAD}“Today is a good day for both of us,” Lukashenko told reporters. “Belarus and Tajikistan will trade more.”`;
    const statement = statementOf(text, 'person:alexander-lukashenko');
    expect(statement?.quote).toContain('Belarus and Tajikistan will trade more.');
    expect(statement?.about).toEqual(expect.arrayContaining(['BLR', 'TJK']));
  });

  it('is about what its next paragraph names', () => {
    const text = `${LEAD}“Today is a good day for both of us,” Lukashenko told reporters.\n\n“Our ties with Kazakhstan grow stronger each year.”`;
    const statement = statementOf(text, 'person:alexander-lukashenko');
    expect(statement?.about).toContain('KAZ');
  });

  it('is not about what only its attribution names', () => {
    const text = `${LEAD}“Today is a good day for both of us,” Lukashenko said in Ukraine, “and we will trade more.”`;
    const statement = statementOf(text, 'person:alexander-lukashenko');
    expect(statement?.quote).toContain('and we will trade more.');
    expect(statement?.about).not.toContain('UKR');
  });

  it('a quote set inside a reported clause keeps what the clause names', () => {
    const text = `${LEAD}Lukashenko called his talks with Kazakhstan “very useful.”`;
    expect(statementOf(text, 'person:alexander-lukashenko')?.about).toContain('KAZ');
  });
});

describe('quotes standing alone after reported speech', () => {
  const PACT =
    'Two states sign pact\n\nPakistan and Saudi Arabia signed a defence agreement in Riyadh on Wednesday.\n\n';

  it('go on as one statement of the running speaker, sentence after sentence', () => {
    const text = `${PACT}Foreign Office spokesman Shafqat Ali Khan said the agreement was a milestone.\n\n“It has opened a new chapter.”\n\n“It targets no third country.”`;
    const quotes = extract(text)
      .statements.filter((s) => s.speaker === 'person:shafqat-ali-khan' && s.direct)
      .map((s) => s.quote);
    expect(quotes).toEqual(['It has opened a new chapter. It targets no third country.']);
  });

  it('stay apart when a sentence of narration stands between them', () => {
    const text = `${PACT}Foreign Office spokesman Shafqat Ali Khan said the agreement was a milestone.\n\n“It has opened a new chapter.”\n\nThe ministers met again in the evening.\n\n“It targets no third country.”`;
    const quotes = extract(text)
      .statements.filter((s) => s.speaker === 'person:shafqat-ali-khan' && s.direct)
      .map((s) => s.quote);
    expect(quotes).not.toContain('It has opened a new chapter. It targets no third country.');
  });
});

describe('a quote standing alone after the same speaker goes on in reported speech', () => {
  const TALKS =
    'Talks end in Doha\n\nForeign Minister Sara Lindqvist hosted the two delegations on Tuesday.\n\n';

  it('is a statement of its own, not the end of the quote before the reported sentence', () => {
    const text = `${TALKS}“We have made real progress today,” Lindqvist said. She said both sides had agreed to a truce from midnight, Lindqvist added. “This is a first step towards a lasting peace.”`;
    const quotes = extract(text)
      .statements.filter((s) => s.speaker === 'person:sara-lindqvist' && s.direct)
      .map((s) => s.quote);
    expect(quotes).toContain('We have made real progress today');
    expect(quotes).toContain('This is a first step towards a lasting peace.');
  });

  it('still goes on with the quote before when only narration stands between', () => {
    const text = `${TALKS}“We have made real progress today,” Lindqvist said. “Both sides want the fighting to stop.”`;
    const quotes = extract(text)
      .statements.filter((s) => s.speaker === 'person:sara-lindqvist' && s.direct)
      .map((s) => s.quote);
    expect(quotes).toEqual(['We have made real progress today Both sides want the fighting to stop.']);
  });

  it('is not, for following a count of agreements signed, about the agreements', () => {
    const text = `Ministers sign deals in Hanoi\n\nVietnam and Chile signed a trade agreement and a visa agreement on Tuesday.\n\n“We will keep working together,” Lindqvist said. Lindqvist said the two countries had signed 12 agreements in all. “Our ties have never been closer.”`;
    const statement = extract(text).statements.find((s) => s.quote === 'Our ties have never been closer.');
    expect(statement?.about.filter((id) => id.startsWith('agreement:'))).toEqual([]);
  });
});

describe('a quote running over unmarked paragraphs to its attribution', () => {
  const LEAD_KZ =
    'Leaders meet in Astana\n\nPresident Vladimir Putin sent the treaty to parliament on Monday.\n\n';

  it('gives the whole quote to the speaker named after its closing mark, not the subject before it', () => {
    const text = `${LEAD_KZ}"We will take up the treaty as a matter of priority.\n\nSecurity matters come first for us.\n\nThis matters all the more now," Vyacheslav Volodin said.`;
    const statement = statementOf(text, 'person:vyacheslav-volodin');
    expect(statement?.quote).toContain('We will take up the treaty');
    expect(statement?.quote).toContain('This matters all the more now');
  });

  it('closes at the paragraph end when the mark ahead opens another quote', () => {
    const text = `${LEAD_KZ}"We will take up the treaty as a matter of priority.\n\nVolodin later said "security matters come first," adding nothing.`;
    const result = extract(text);
    expect(result.statements.map((s) => s.quote)).not.toContainEqual(
      expect.stringContaining('Volodin later said'),
    );
  });
});

describe('a quote closed by "they" after words several people said together', () => {
  const text =
    'Border talks\n\nThe ministers met in Lima on Monday to review trade and fishing rights.\n\n' +
    'Peruvian Foreign Minister Elmer Schialer and Chilean Foreign Minister Alberto van Klaveren said they would push for a new fishing accord. ' +
    '"We will not let the fishing talks stall again," they added.';

  it('gives the quote to each of them', () => {
    const speakers = extract(text)
      .statements.filter((s) => s.direct && (s.quote ?? '').includes('stall again'))
      .map((s) => s.speaker)
      .sort();
    expect(speakers).toEqual(['person:alberto-van-klaveren', 'person:elmer-schialer']);
  });
});

describe('a "he said" quote after a country\'s quote', () => {
  it('goes to the person "he" means, not to the country', () => {
    const text =
      'Border talks resume\n\nForeign Minister Karim Haddad received the mediators in Beirut on Monday.\n\n' +
      'Lebanon said on Tuesday: "We will not negotiate while the strikes go on."\n\n' +
      '"The border must be settled by the talks alone," he said.';
    const result = extract(text);
    const quote = result.statements.find((s) => s.quote?.includes('settled by the talks'));
    expect(quote?.speaker).toBe('person:karim-haddad');
  });

  it("stays with a country's unnamed official, spoken of as its seat", () => {
    const text =
      "Seoul hopeful\n\nSouth Korea's presidential office welcomed on Saturday the plan of US President Donald " +
      'Trump to call the North Korean leader.\n\nOn Friday, Trump said he would call Kim on Sunday.\n\n' +
      '"The two leaders can now talk whenever they need to," a senior presidential official told Yonhap.\n\n' +
      '"It is real progress for both countries," he said.';
    const result = extract(text);
    const quote = result.statements.find((s) => s.quote?.includes('real progress'));
    expect(quote?.speaker).toBe('KOR');
  });
});
