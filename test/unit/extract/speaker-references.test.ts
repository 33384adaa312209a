// Speakers named only by a pronoun, a title or a government seat: who "she added", "the presidential office said"
// and the like resolve to. Invented rows for the rule, and the tuning articles of ../shared/dev-eval it was made for.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { extract } from './helpers.ts';

const DEV_EVAL = '../shared/dev-eval';

function reportedBy(result: ExtractionResult, speaker: string): string[] {
  return result.statements.filter((s) => s.speaker === speaker && s.quote === null).map((s) => s.text);
}

function devEval(name: string): ExtractionResult | null {
  const path = `${DEV_EVAL}/${name}.txt`;
  return existsSync(path) ? extract(readFileSync(path, 'utf8')) : null;
}

describe('a pronoun closing a reported sentence', () => {
  it.each([
    ['she added', 'Assistant Secretary of State Karen Donfried', 'person:karen-donfried'],
    ['he said', 'Foreign Minister Sadyr Japarov', 'person:sadyr-japarov'],
  ])('gives ", %s." to the person it points back to', (verb, name, id) => {
    const text = `Talks held\n\n${name} met the delegation in Bishkek on Monday. The process will continue next year, ${verb}.`;
    expect(reportedBy(extract(text), id)).toContain('The process will continue next year');
  });

  it.each([
    ['r2-01-kyrgyz-tajik-border-treaty', 'person:emomali-rahmon', 'The treaty will be signed'],
    ['r2-07-bayramov-donfried-call', 'person:karen-donfried', 'The American side is ready'],
  ])('finds it in %s', (name, speaker, start) => {
    const result = devEval(name);
    if (!result) return;
    expect(reportedBy(result, speaker).some((t) => t.startsWith(start))).toBe(true);
  });
});

describe('an office that speaks for a head of state', () => {
  const speakers = (text: string): string[] => extract(text).statements.map((s) => s.speaker);

  it.each([
    [
      'his office, after a president',
      'Call held\n\nSouth Korean President Lee Jae-myung spoke with US President Donald Trump on Friday, his office said.',
      'KOR',
    ],
    [
      "a country's presidency",
      'Visit planned\n\nThe Turkish presidency announced that Recep Tayyip Erdogan would visit Sochi on Monday.',
      'TUR',
    ],
    [
      'the presidential office, once its country is known',
      'Call held\n\nSouth Korean President Lee Jae-myung spoke with US President Donald Trump on Friday, his office ' +
        'said.\n\nThe talks will go on next week, the presidential office said.',
      'KOR',
    ],
  ])('is the country: %s', (_name, text, country) => {
    expect(speakers(text).at(-1)).toBe(country);
  });

  it("is not the country when its owner is a minister: that is the minister's office", () => {
    const text =
      'Talks held\n\nSouth Korean Foreign Minister Cho Tae-yul spoke with Secretary of State Marco Rubio on Monday, his office said.';
    expect(speakers(text)).not.toContain('KOR');
  });

  it.each([
    ['r1-06-lee-trump-call-tariffs', 'The two leaders agreed to work toward swiftly'],
    ['r1-03-seoul-welcomes-trump-kim-call', 'Most important of all'],
  ])('gives the quote in %s to the country', (name, start) => {
    const result = devEval(name);
    if (!result) return;
    expect(result.statements.find((s) => s.quote?.startsWith(start))?.speaker).toBe('KOR');
  });
});

describe('a document as the source of words', () => {
  const bySpeaker = (text: string): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const s of extract(text).statements) (out[s.speaker] ??= []).push(s.quote ?? s.text);
    return out;
  };

  it('gives a joint statement to the countries that issued it', () => {
    const text =
      'Protocols signed\n\nThe foreign ministers of Argentina and Chile signed five protocols on Tuesday. ' +
      'A joint statement from the two governments specified that the ministers were "honoring the agreement of 2009."';
    const speakers = bySpeaker(text);
    expect(speakers.ARG).toEqual(['honoring the agreement of 2009']);
    expect(speakers.CHL).toEqual(['honoring the agreement of 2009']);
  });

  it('gives "the statement said" to every issuer of a joint document told of further back', () => {
    const text =
      'Ties restored\n\nPresident Mahama of Ghana and President Tinubu of Nigeria met in Accra on Monday. ' +
      'The talks ended with a joint press communique. The communique was released in the evening. ' +
      'Both sides agreed to reopen their border crossings, the communique said. ' +
      'The leaders welcomed closer trade in the region, the statement noted.';
    const speakers = bySpeaker(text);
    expect(speakers.GHA).toEqual([
      'Both sides agreed to reopen their border crossings',
      'The leaders welcomed closer trade in the region',
    ]);
    expect(speakers.NGA).toEqual(speakers.GHA);
  });

  it('gives ", it said" after words of a joint document to every issuer, reported or quoted', () => {
    const text =
      'Ties restored\n\nPresident Mahama of Ghana and President Tinubu of Nigeria met in Accra on Monday. ' +
      'The talks ended with a joint press communique. ' +
      'Both sides agreed to reopen their border crossings, the communique said. ' +
      'The two countries share a duty to keep the coast safe, it said. ' +
      '"Trade across the border has doubled," the communique said. ' +
      '"The two sides will meet again in Abuja in June," it added.';
    const speakers = bySpeaker(text);
    expect(speakers.GHA).toEqual([
      'Both sides agreed to reopen their border crossings',
      'The two countries share a duty to keep the coast safe',
      'Trade across the border has doubled',
      'The two sides will meet again in Abuja in June',
    ]);
    expect(speakers.NGA).toEqual(speakers.GHA);
  });

  it.each([
    [
      'a quote after a closing "said in a joint statement"',
      'Truce signed\n\nMeeting in Nairobi, the two rival armies signed a ten-day truce, Kenya and Ghana said in ' +
        'a joint statement. The truce could be extended if both sides agree.\n\n' +
        '"Both armies have assured the Kenyan and Ghanaian facilitators of their commitment," it said.',
      'Both armies have assured the Kenyan and Ghanaian facilitators of their commitment',
    ],
    [
      'reported words opened by "It said" after a joint statement\'s quote',
      'Truce signed\n\nKenya and Ghana have mediated between the two armies for weeks. The mediators said in a ' +
        'joint statement that the deal was reached in Nairobi, adding that the truce "shall last ten days." ' +
        'The statement noted that monitors will watch it. It said later talks "will focus on aid deliveries."',
      'will focus on aid deliveries',
    ],
  ])('gives "it" to every issuer of a joint document: %s', (_shape, text, words) => {
    const speakers = bySpeaker(text);
    expect(speakers.KEN).toContain(words);
    expect(speakers.GHA).toContain(words);
  });

  it.each([
    [
      'a participle with a quote after a joint statement of two countries',
      'Truce signed\n\nKenya and Ghana announced in a joint statement that the two armies have agreed to a ' +
        'ten-day truce, adding both sides also agreed to "allow aid to move freely."',
      'allow aid to move freely',
    ],
    [
      "a participle with a quote after the mediators' joint statement",
      'Truce signed\n\nKenya and Ghana have mediated between the two armies for weeks. The mediators said in a ' +
        'joint statement that the deal was reached in Nairobi, adding that the truce "shall last ten days."',
      'shall last ten days',
    ],
  ])('gives words that go on from a joint attribution to every issuer: %s', (_shape, text, words) => {
    const speakers = bySpeaker(text);
    expect(speakers.KEN).toContain(words);
    expect(speakers.GHA).toContain(words);
  });

  it('gives "according to the statement" to the body that spoke last, not to a name in its words', () => {
    const text =
      "Call held\n\nThe presidents spoke by phone on Monday, the Kazakh leader's press service reported. " +
      'According to the statement, Russian President Vladimir Putin and Kassym-Jomart Tokayev discussed trade.';
    const speakers = bySpeaker(text);
    expect(Object.keys(speakers)).toEqual(['org:kazakh-presidential-press-service']);
    expect(speakers['org:kazakh-presidential-press-service']).toHaveLength(2);
  });

  it('gives "according to the statement" to no one when no body spoke before', () => {
    const text =
      'Talks held\n\nThe ministers met in Arlington. According to the statement, Azerbaijani Foreign Minister ' +
      'Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan had talks on May 1-4.';
    expect(bySpeaker(text)).toEqual({});
  });

  it.each([
    ['r1-13-colombia-venezuela-restore-relations', ['COL', 'VEN'], 'boost security and peace'],
    [
      'r2-05-belarus-russia-security-guarantees',
      ['org:belarusian-presidential-press-service'],
      'the agreement establishes',
    ],
  ])('finds it in %s', (name, speakers, start) => {
    const result = devEval(name);
    if (!result) return;
    const found = result.statements
      .filter((s) => (s.quote ?? s.text).startsWith(start))
      .map((s) => s.speaker);
    expect(found.sort()).toEqual(speakers);
  });
});

describe('the head of a subject that opens with a country', () => {
  it.each([
    [
      "Iran's foreign ministry spokesman Nasser Kanaani on Monday condemned the attack and said Tehran would respond.",
      'person:nasser-kanaani',
    ],
    [
      "China's Foreign Ministry spokesperson Mao Ning on Tuesday urged restraint and said Beijing was following it.",
      'person:mao-ning',
    ],
  ])('gives "and said" to the person the phrase ends in: %s', (sentence, speaker) => {
    const said = extract(`Attack condemned\n\n${sentence}`).statements.find(
      (s) => s.text.includes(' was ') || s.text.includes('would'),
    );
    expect(said?.speaker).toBe(speaker);
  });
});

describe('"he" never means someone the sentences name only as an object', () => {
  const OPEN = 'Gas talks\n\nForeign Minister Sadyr Japarov met the delegation in Bishkek on Monday.\n\n';

  it('skips people named inside an opening participle phrase', () => {
    const text = `${OPEN}Japarov said the talks were useful. Referring to his meeting with Deputy Minister Omar Kadyrov in Vienna, as well as letters between Kyrgyzstan and Russia, he said that the gas route would open in May.`;
    expect(reportedBy(extract(text), 'person:sadyr-japarov')).toContain('the gas route would open in May');
  });

  it('skips a sentence led by "He" that names someone only after a preposition', () => {
    const text = `${OPEN}Japarov said the gas route would open in May.\n\nHe pointed to the visit of the Kazakh President Kassym-Jomart Tokayev last week, saying it showed trust.\n\n"The pipeline will be finished on time," he added.`;
    const speakers = extract(text)
      .statements.filter((s) => (s.quote ?? '').includes('pipeline'))
      .map((s) => s.speaker);
    expect(speakers).toEqual(['person:sadyr-japarov']);
  });
});

describe('"he" three sentences after the last speaker', () => {
  it('is still that speaker when the sentences between name others only as objects', () => {
    const text =
      'Gas talks\n\nForeign Minister Sadyr Japarov arrived in Astana on Monday.\n\nThe gas route will open in May, ' +
      'he said. The visit is an opportunity to discuss the border with President Kassym-Jomart Tokayev. The two ' +
      'countries signed a water deal last year. Before leaving Bishkek, he met reporters. He added that the ' +
      'pipeline would be finished on time.';
    expect(reportedBy(extract(text), 'person:sadyr-japarov')).toContain(
      'the pipeline would be finished on time',
    );
  });
});

describe('"he said" closing a quote of several sentences', () => {
  it('looks back from the sentence the quote opens in', () => {
    const text =
      'Gas deal near\n\nForeign Minister Sadyr Japarov hopes the gas deal will be signed this week.\n\nHis ' +
      'interview was broadcast on national television on Monday.\n\n"Our team is on its way to Astana. We are finishing the ' +
      'last details. The deal is a partnership, a fund for both nations," he said.';
    const speakers = extract(text)
      .statements.filter((s) => (s.quote ?? '').includes('partnership'))
      .map((s) => s.speaker);
    expect(speakers).toEqual(['person:sadyr-japarov']);
  });
});

describe('"he said" after a lead whose attribution closes it', () => {
  it.each([
    [
      'a name the reported words open with',
      'Visiting Foreign Minister Sadyr Japarov has handed over a letter from his president to Kazakh leader ' +
        'Kassym-Jomart Tokayev, Foreign Minister Murat Nurtleu said on Tuesday after talks with Japarov.',
    ],
    [
      'a name inside the reported words',
      'No date has been set for a meeting between President Kassym-Jomart Tokayev and Sadyr Japarov, Kazakh ' +
        'presidential aide Murat Nurtleu told journalists.',
    ],
  ])('means the speaker of that attribution, not %s', (_name, lead) => {
    const text = `Letter handed over\n\n${lead}\n\n"We held good talks after that and agreed on the next steps," he said.`;
    const speakers = extract(text)
      .statements.filter((s) => (s.quote ?? '').includes('next steps'))
      .map((s) => s.speaker);
    expect(speakers).toEqual(['person:murat-nurtleu']);
  });
});

describe("a person's possessive before the subject of a speech verb", () => {
  it.each([
    ["Japarov's group said the talks had stalled over border posts.", 'the talks had stalled'],
    [
      "President Sadyr Japarov's administration hopes that the talks will resume in May.",
      'the talks will resume',
    ],
  ])('does not make the person speak: %s', (sentence, words) => {
    const text = `Talks stalled\n\nForeign Minister Sadyr Japarov met the delegation in Bishkek on Monday.\n\n${sentence}`;
    const speakers = extract(text)
      .statements.filter((s) => s.text.includes(words))
      .map((s) => s.speaker);
    expect(speakers).not.toContain('person:sadyr-japarov');
  });
});

describe('"he" after quoted words and sentences naming others as objects', () => {
  const speakerOf = (text: string, words: string): string[] =>
    extract(text)
      .statements.filter((s) => (s.quote ?? s.text).includes(words))
      .map((s) => s.speaker);

  it('is not a person named inside a quote in the first person', () => {
    const text =
      'Nurtleu: border deal done\n\n"We finished the border talks last week, and at the summit President Sadyr ' +
      'Japarov and President Kassym-Jomart Tokayev agreed that we will build on this."\n\nHe also stressed that ' +
      'trade between the two countries will keep growing.';
    expect(speakerOf(text, 'trade between')).not.toContain('person:sadyr-japarov');
    expect(speakerOf(text, 'trade between')).not.toContain('person:kassym-jomart-tokayev');
  });

  it('is the last speaker while the sentences since name others only as objects', () => {
    const text =
      'Talks in Bishkek\n\n"We agreed on the next steps," Foreign Minister Murat Nurtleu told reporters on Monday.' +
      '\n\nThe meeting lasted three hours. Nurtleu was in Bishkek for the talks along with Deputy Minister Roman ' +
      'Vassilenko. The Kyrgyz side was led by Foreign Minister Jeenbek Kulubaev and his deputy Almaz Imangaziev. ' +
      'The talks were preceded by a phone call between President Sadyr Japarov and President Kassym-Jomart ' +
      'Tokayev.\n\n"In some ways, the presidents set the course for us," he said.';
    expect(speakerOf(text, 'In some ways')).toEqual(['person:murat-nurtleu']);
  });
});

describe('"the Emirati diplomat", "the Chadian official": a generic role after a named speaker', () => {
  it('means the official who spoke, not the head of state of that country', () => {
    const text =
      'Trade pact hailed\n\nThe trade pact was signed last month in the presence of UAE President Mohamed bin Zayed.' +
      '\n\n"This pact opens a new chapter for both nations," Khalid Al Rashidi said in Ankara on Tuesday.\n\n' +
      'The Emirati diplomat said the pact reflects the will of both countries to trade more.';
    const speakers = extract(text).statements.map((s) => s.speaker);
    expect(speakers).toEqual(['person:khalid-al-rashidi', 'person:khalid-al-rashidi']);
  });

  it('is never the president when no official of that country is named', () => {
    const text =
      'Accord signed\n\nThe accord was signed in the presence of Chadian President Idriss Deby.\n\n' +
      '"The government and the rebels have signed a final peace accord," the Chadian official said.';
    const speakers = extract(text).statements.map((s) => s.speaker);
    expect(speakers).not.toContain('person:idriss-deby');
  });
});

describe('"the Qatari delegate": a country\'s delegate at a body named before', () => {
  it('is the named representative who spoke, not the country', () => {
    const text =
      "Council told to act\n\nThe council met on Tuesday. The briefing came from Peru's Permanent Representative " +
      'Ambassador Tadeo Wunsiri.\n\nOn the border clash, the Peruvian delegate condemned the raid and said that ' +
      'Peru had no part in it.';
    expect(extract(text).statements.map((s) => s.speaker)).toEqual(['person:tadeo-wunsiri']);
  });

  it('is no party leader or minister of that country', () => {
    const text =
      "League rebukes movement\n\nThe movement's Secretary-General Hassan Ruwandi gave a speech on Friday.\n\n" +
      "Peru's delegate rejected the League's statement and asked for more time to consult his government.";
    expect(extract(text).statements.map((s) => s.speaker)).not.toContain('person:hassan-ruwandi');
  });
});
