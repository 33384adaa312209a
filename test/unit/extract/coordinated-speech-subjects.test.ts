// A speech verb joined by "and" to an earlier verb of the same subject ("X took part in a debate and stated that
// ..."): the clause's subject speaks, when a title opens it or a pronoun stands for it, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ACCRA_TALKS } from './accra-talks.ts';
import { reportedSpeech } from './helpers.ts';

describe('a speech verb after "and" whose subject opens the clause', () => {
  it.each([
    ['Foreign Minister Ama Boateng attended the closing session and stated that'],
    ['Speaking in Accra, Foreign Minister Ama Boateng attended the closing session and stated that'],
    ["He also pointed to Togo's progress in training customs officers and said that"],
    ["Speaking in Accra, he praised Togo's progress in training customs officers and said that"],
  ])('reads "%s ..." as the subject\'s words', (lead) => {
    const clause = 'the customs talks would need another round';
    expect(reportedSpeech(`${ACCRA_TALKS}${lead} ${clause}.`)).toContainEqual(['person:ama-boateng', clause]);
  });

  it('does not take a name after a conjunction inside a quoted list as the subject', () => {
    const said = reportedSpeech(
      `${ACCRA_TALKS}The meeting called for "calm in Lome, Accra, and Kodjo Mensah's office" and stated that the talks would go on.`,
    );
    expect(said.filter(([speaker]) => speaker === 'person:kodjo-mensah')).toHaveLength(0);
  });
});
