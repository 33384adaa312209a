// A speech verb that completes another verb of its subject ("went on to say", "concluded by stressing", "took the
// opportunity to stress"): the subject before that verb speaks, named, a pronoun or a role, on sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract, reportedSpeech } from './helpers.ts';

const LEAD =
  'Talks in Muscat\n\nOmani Foreign Minister Badr Albusaidi met Kenyan Foreign Minister Musalia Mudavadi in Muscat on Monday.\n\n';
const CLAUSE = 'the two countries would open a joint business council';

describe('a speech verb completing the verb of its subject', () => {
  it.each([
    ['Albusaidi went on to say that', 'person:badr-albusaidi'],
    ['Mudavadi then went on to say that', 'person:musalia-mudavadi'],
    ['Mudavadi concluded today by stressing that', 'person:musalia-mudavadi'],
  ])('reads "%s ..." as the named subject speaking', (lead, speaker) => {
    expect(reportedSpeech(`${LEAD}${lead} ${CLAUSE}.`)).toContainEqual([speaker, CLAUSE]);
  });

  it.each(['He went on to say that', 'He then went on to say that', 'He concluded by saying that'])(
    'reads "%s ..." as the person the pronoun means',
    (lead) => {
      const said = reportedSpeech(`${LEAD}Mudavadi thanked Oman for the invitation. ${lead} ${CLAUSE}.`);
      expect(said).toContainEqual(['person:musalia-mudavadi', CLAUSE]);
    },
  );

  it('reads a role before "went on to say" as the person holding it', () => {
    const said = reportedSpeech(`${LEAD}The Kenyan foreign minister then went on to say that ${CLAUSE}.`);
    expect(said).toContainEqual(['person:musalia-mudavadi', CLAUSE]);
  });

  it('does not read "went on to" before another verb as speech', () => {
    const said = reportedSpeech(`${LEAD}The talks went on to cover trade and the new business council.`);
    expect(said).toEqual([]);
  });
});

describe('a speech verb in the infinitive after a taken occasion or platform', () => {
  it.each([
    ['Albusaidi took the opportunity to stress that', 'person:badr-albusaidi'],
    ['Mudavadi seized the chance to announce that', 'person:musalia-mudavadi'],
    ['Albusaidi took to X to announce that', 'person:badr-albusaidi'],
    ['Mudavadi took to social media to say', 'person:musalia-mudavadi'],
    ['Mudavadi used his official Telegram channel to say', 'person:musalia-mudavadi'],
  ])('reads "%s ..." as the subject of the taking verb speaking', (lead, speaker) => {
    expect(reportedSpeech(`${LEAD}${lead} ${CLAUSE}.`)).toContainEqual([speaker, CLAUSE]);
  });

  it("reads a stance taken on an occasion as the subject's statement", () => {
    const said = reportedSpeech(
      `${LEAD}Albusaidi took the occasion to reiterate Oman's support for the council.`,
    );
    expect(said).toContainEqual(['person:badr-albusaidi', "reiterate Oman's support for the council"]);
  });

  it('keeps the quote in the words a taken opportunity reports', () => {
    const result = extract(
      `${LEAD}Mudavadi took the opportunity to stress that the council "will serve both economies."`,
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toContainEqual([
      'person:musalia-mudavadi',
      'will serve both economies',
    ]);
  });

  it.each([
    'Thousands of Kenyans took to the streets to say the council was a mistake.',
    'Mudavadi took the train to say goodbye to the delegation.',
  ])('reads no speech in "%s"', (sentence) => {
    expect(reportedSpeech(`${LEAD}${sentence}`)).toEqual([]);
  });
});
