// "The two" and "they both" as plural subjects, on sentences written for the test: the people named together
// just before (up to three sentences back for a phrase that counts them), no one when they were named further back.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Leaders meet\n\nZambian President Hakainde Hichilema and Malawian President Lazarus Chakwera signed four agreements in Lusaka.\n\n';
const BOTH = ['person:hakainde-hichilema', 'person:lazarus-chakwera'];

describe('counted plural subjects', () => {
  it.each(['The two noted', 'The two also noted', 'They both said'])(
    'reads "%s that ..." as each of the two people just named',
    (subject) => {
      const said = reportedSpeech(`${LEAD}${subject} that trade between the neighbours had doubled.`);
      expect(said.map(([speaker]) => speaker)).toEqual(expect.arrayContaining(BOTH));
    },
  );

  it('reaches three sentences back for "the two" when no one else is named between', () => {
    const said = reportedSpeech(
      `${LEAD}The agreements cover trade and energy. They also cover border posts and rail links.\n\nSpeaking at the State House on Friday, the two noted that trade between the neighbours had doubled.`,
    );
    expect(said.map(([speaker]) => speaker)).toEqual(expect.arrayContaining(BOTH));
  });

  it('names no one when the two people were named more than three sentences back', () => {
    const said = reportedSpeech(
      `${LEAD}The agreements cover trade. They also cover energy. Border posts are included. Rail links are too.\n\nThe two noted that trade between the neighbours had doubled.`,
    );
    expect(said).toEqual([]);
  });
});
