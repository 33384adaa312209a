// Present-tense stances of a body's or an office's statement ("The Secretary-General calls on all sides to ...",
// "The Chairperson urges the parties to ..."), as UN and AU press statements write them; a document stating its
// terms in the same words ("It calls for a cease-fire") says nothing. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const UN_LEAD =
  'The following statement was issued today by the Spokesman for UN Secretary-General António Guterres:\n\nThe Secretary-General welcomes the truce agreed in Juba.\n\n';
const AU_LEAD =
  'The Chairperson of the African Union Commission, Moussa Faki Mahamat, issued a statement on Sunday.\n\n';

describe('a present stance', () => {
  it.each([
    [UN_LEAD, 'He calls on all sides to observe the truce.', 'person:antonio-guterres'],
    [
      UN_LEAD,
      'The Secretary-General further calls upon donors to fund the mission.',
      'person:antonio-guterres',
    ],
    [
      AU_LEAD,
      'The Chairperson urges the armed forces to return to the negotiating table.',
      'person:moussa-faki-mahamat',
    ],
    [
      AU_LEAD,
      'The Chairperson calls for an immediate cessation of the fighting.',
      'person:moussa-faki-mahamat',
    ],
  ])('is a statement of the speaker right before it: %#', (lead, sentence, speaker) => {
    const said = reportedSpeech(lead + sentence);
    expect(said.map(([who]) => who)).toContain(speaker);
    expect(said.some(([, words]) => /^(?:calls|urges)/.test(words))).toBe(true);
  });

  it.each([
    'The accord was signed in Abuja on Friday. It calls for a cease-fire and the disarmament of militias.',
    'The Security Council adopted the text on Monday. The resolution calls for a withdrawal behind the Blue Line.',
  ])('is no statement when a document states its terms: %#', (text) => {
    expect(reportedSpeech(text).filter(([, words]) => /^calls/.test(words))).toEqual([]);
  });

  it.each([
    [
      UN_LEAD,
      'The Secretary-General reaffirms the commitment of the United Nations to the two-State solution.',
    ],
    [AU_LEAD, 'The Chairperson welcomes the truce signed in Entebbe on Saturday.'],
  ])('takes its object as its words: %#', (lead, sentence) => {
    const said = reportedSpeech(lead + sentence);
    expect(said.some(([, words]) => /^(?:reaffirms|welcomes)/.test(words))).toBe(true);
  });

  it.each([
    [
      UN_LEAD,
      'The Secretary-General pledges his support to the parties in carrying out the truce.',
      'pledges',
    ],
    [UN_LEAD, 'The Secretary-General appeals to all sides to let aid convoys reach Juba.', 'appeals'],
    [AU_LEAD, 'He hails the patience of the mediators who brought the two sides together.', 'hails'],
  ])("takes the office's pledges, appeals and praise as its statements: %#", (lead, sentence, verb) => {
    const said = reportedSpeech(lead + sentence).filter(([, words]) => words.startsWith(verb));
    expect(said.map(([who]) => who)).toEqual([
      lead === UN_LEAD ? 'person:antonio-guterres' : 'person:moussa-faki-mahamat',
    ]);
  });

  it("is what a closing attribution reports, in its speaker's name", () => {
    const said = reportedSpeech(
      'Sudan talks\n\nThe African Union calls on all parties to cease fire, the AU Commission Chairperson Moussa Faki Mahamat said in a statement.',
    );
    expect(said.map(([who]) => who)).toEqual(['person:moussa-faki-mahamat']);
  });

  it('is none in a headline, which sums up the body', () => {
    const said = reportedSpeech(
      'Iran rejects talk of an interim deal with the U.S.\n\nForeign Ministry spokesperson Esmaeil Baghaei on Monday rejected rumours of an interim deal.',
    );
    expect(said.map(([who]) => who)).toEqual(['person:esmaeil-baghaei']);
  });
});
