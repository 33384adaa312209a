// A news outlet passing on a source's words, on sentences written for the test: ", Yonhap reports citing the
// ministry." and "Xinhua reported, citing the ministry, that ..." give the words to the source, with the outlet as
// their channel; an outlet citing another outlet, or unnamed sources, gives them to no one new.
import { describe, expect, it } from 'vitest';
import { extract, reportedSpeech } from './helpers.ts';

const LEAD =
  'Ministers talk\n\nPeruvian Foreign Minister Elmer Schialer met Thai Foreign Minister Maris Sangiampongsa.\n\n';

describe('outlets citing a source', () => {
  it('gives ", Outlet reports citing the ministry." to the ministry, carried by the outlet', () => {
    const text = `${LEAD}The two ministers discussed trade and a new visa regime on Monday, Yonhap reports citing the Peruvian Foreign Ministry.`;
    const said = reportedSpeech(text);
    expect(said).toContainEqual([
      'org:peruvian-foreign-ministry',
      'The two ministers discussed trade and a new visa regime on Monday',
    ]);
    const statement = extract(text).statements.find((s) => s.speaker === 'org:peruvian-foreign-ministry');
    expect(statement?.channel).toBe('org:yonhap');
  });

  it('gives "Outlet reported, citing the ministry, that ..." to the ministry, not the outlet', () => {
    const said = reportedSpeech(
      `${LEAD}Xinhua also reported, citing the Peruvian Foreign Ministry, that the two countries would sign a visa deal.`,
    );
    expect(said).toContainEqual([
      'org:peruvian-foreign-ministry',
      'the two countries would sign a visa deal',
    ]);
    expect(said.map(([speaker]) => speaker)).not.toContain('org:xinhua');
  });

  it('gives no words to an outlet cited by another outlet', () => {
    const said = reportedSpeech(
      `${LEAD}The two ministers discussed trade and a new visa regime on Monday, Yonhap reports citing Xinhua.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('org:xinhua');
    expect(said.map(([speaker]) => speaker)).not.toContain('org:yonhap');
  });

  it('gives no words to a source named only inside a longer phrase ("citing sources close to the ministry")', () => {
    const said = reportedSpeech(
      `${LEAD}The two ministers discussed trade and a new visa regime on Monday, Yonhap reports citing sources close to the Peruvian Foreign Ministry.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('org:peruvian-foreign-ministry');
  });
});

describe('outlets reporting on their own', () => {
  it('gives "Outlet reported that ..." to no one: the outlet only carried the news', () => {
    const said = reportedSpeech(
      `${LEAD}Reuters reported that the two countries would sign a visa deal next month.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('org:reuters');
  });

  it('still gives the words to a person who told the outlet', () => {
    const said = reportedSpeech(
      `${LEAD}Schialer told Reuters that the two countries would sign a visa deal.`,
    );
    expect(said.map(([speaker]) => speaker)).toContain('person:elmer-schialer');
  });
});

describe('an outlet closing the sentence after a speaker said it', () => {
  it.each([
    ['Reuters reported.', 'org:reuters'],
    ['the Xinhua news agency reported on Wednesday.', 'org:xinhua'],
    ['Yonhap reports, citing officials.', 'org:yonhap'],
  ])('ends the words said before ", %s" and takes the outlet as channel', (closing, channel) => {
    const result = extract(
      `${LEAD}Schialer said the visa deal would be signed in Lima next month, ${closing}`,
    );
    const said = result.statements.map((s) => [s.speaker, s.text, s.channel]);
    expect(said).toContainEqual([
      'person:elmer-schialer',
      'the visa deal would be signed in Lima next month',
      channel,
    ]);
  });
});

describe('"according to" after a quote its own verb attributes', () => {
  it.each([
    ['a transcript shared by his office', 'a transcript of his comments shared by his office'],
    ['pool reports', 'Peruvian presidential pool reports'],
  ])('adds no statement of the source: %s', (_name, source) => {
    const text = `${LEAD}"No meeting settles every issue. But this one has led to real progress on trade," Schialer said, according to ${source}.`;
    const statements = extract(text).statements.map((s) => [s.speaker, s.direct]);
    expect(statements).toEqual([['person:elmer-schialer', true]]);
  });
});
