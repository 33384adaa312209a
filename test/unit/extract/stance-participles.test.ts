// Participles of a stance closing a clause about something else, on sentences written for the test: "X had a call
// with Y expressing concern ...", "X reacted to the move, voicing concern ...", "A and B signed ..., welcoming ...".
// The stance is the subject's that opens the clause, never the object named right before the participle.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Ministers talk\n\nNorwegian Foreign Minister Espen Barth Eide met Kenyan Foreign Minister Musalia Mudavadi.\n\n';

describe('stance participles', () => {
  it('gives "X had a call with the head of state of Y expressing concern" to X, not Y', () => {
    const said = reportedSpeech(
      `${LEAD}Later, Norwegian Foreign Minister Espen Barth Eide had a phone call with the head of state of Kenya expressing his concern over the new border checkpoint.`,
    );
    expect(said.map(([speaker]) => speaker)).toContain('person:espen-barth-eide');
    expect(said.map(([speaker]) => speaker)).not.toContain('KEN');
  });

  it.each(['voicing', 'expressing'])('gives "X reacted to the move, %s concern" to X', (participle) => {
    const said = reportedSpeech(
      `${LEAD}Kenyan Foreign Ministry spokesman Mwangi Kariuki also reacted to the move, ${participle} concern over the latest tensions in the region.`,
    );
    expect(said.map(([speaker]) => speaker)).toContain('person:mwangi-kariuki');
  });

  it('gives the stance to each member of a listed subject: "Norway and Kenya signed ..., welcoming ..."', () => {
    const said = reportedSpeech(
      `${LEAD}Norway and Kenya on Thursday signed a joint statement on fisheries, welcoming closer ties in trade and science.`,
    );
    expect(said.map(([speaker]) => speaker)).toEqual(expect.arrayContaining(['NOR', 'KEN']));
  });

  it('gives no stance to a clause whose subject is no one named ("families gathered, expressing hope")', () => {
    const said = reportedSpeech(
      `${LEAD}In Nairobi, families of the detained fishermen gathered, expressing hope for their early release.`,
    );
    expect(said).toEqual([]);
  });
});
