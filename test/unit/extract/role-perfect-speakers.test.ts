// A role subject with a perfect auxiliary before its speech verb ("Ghana's foreign minister has said ...", "the
// Togolese minister had also warned ..."): the person holding the role speaks, as with "said", on sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Border talks in Accra\n\nGhanaian Foreign Minister Ama Boateng met Togolese Foreign Minister Kodjo Mensah in Accra on Tuesday.\n\n';
const CLAUSE = 'the border crossing at Aflao would reopen next month';

describe('a perfect auxiliary between a role subject and its speech verb', () => {
  it.each([
    ["Ghana's foreign minister has said that", 'person:ama-boateng'],
    ["Ghana's foreign minister has also confirmed that", 'person:ama-boateng'],
    ["Togo's foreign minister had said that", 'person:kodjo-mensah'],
  ])('reads "%s ..." as the person holding the role', (lead, speaker) => {
    expect(reportedSpeech(`${LEAD}${lead} ${CLAUSE}.`)).toContainEqual([speaker, CLAUSE]);
  });

  it('does not read "has" before another verb as a speech verb', () => {
    const said = reportedSpeech(`${LEAD}Ghana's foreign minister has visited the crossing at Aflao twice.`);
    expect(said).toEqual([]);
  });
});
