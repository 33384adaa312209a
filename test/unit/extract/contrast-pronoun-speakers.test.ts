// A subject pronoun with a contrast adverb before its speech verb ("He, however, said ...", "She however criticized
// ..."): the person the pronoun means speaks, as for "he said", on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ACCRA_TALKS } from './accra-talks.ts';
import { reportedSpeech } from './helpers.ts';

describe('a contrast adverb between a subject pronoun and its speech verb', () => {
  it.each([
    ['He, however, said that', 'the customs talks would need another round'],
    ['He however said that', 'the customs talks would need another round'],
    ['He, nevertheless, warned that', 'the customs talks would need another round'],
  ])('reads "%s ..." as the person the pronoun means', (lead, clause) => {
    expect(reportedSpeech(`${ACCRA_TALKS}${lead} ${clause}.`)).toContainEqual(['person:ama-boateng', clause]);
  });

  it('reads an evaluative verb after "he, however," as that person\'s stance', () => {
    const said = reportedSpeech(`${ACCRA_TALKS}He, however, criticized the delays at the crossing.`);
    expect(said).toContainEqual(['person:ama-boateng', 'criticized the delays at the crossing']);
  });

  it('does not give "however" a speaker without a pronoun before it', () => {
    const said = reportedSpeech(`${ACCRA_TALKS}The talks, however, stalled over customs fees.`);
    expect(said).toHaveLength(1);
  });
});
