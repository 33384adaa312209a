// A speech verb that completes another verb of its subject ("went on to say", "concluded by stressing"): the subject
// before that verb speaks, named, a pronoun or a role, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

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
