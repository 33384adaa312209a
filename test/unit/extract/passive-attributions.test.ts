// Passive attributions after the words they report, on sentences written for the test: "This was stated at a
// briefing by X." gives the sentence before to X; a news agency in the "by" phrase only carried the words, and a
// sentence that already has a speaker of its own keeps it.
import { describe, expect, it } from 'vitest';
import { extract, reportedSpeech } from './helpers.ts';

const LEAD =
  'Ministers talk\n\nLatvian Foreign Minister Baiba Braze spoke with Chilean Foreign Minister Alberto van Klaveren on Tuesday.\n\n';

describe('passive attributions', () => {
  it.each([
    'This was stated at a briefing by Latvian Foreign Minister Baiba Braze.',
    'This was announced on Wednesday by Braze.',
    'It was confirmed by Latvian Foreign Minister Baiba Braze.',
  ])('gives the sentence before to the speaker of "%s"', (attribution) => {
    const said = reportedSpeech(
      `${LEAD}Riga and Santiago will open embassies in each other's capitals next year. ${attribution}`,
    );
    expect(said).toContainEqual([
      'person:baiba-braze',
      "Riga and Santiago will open embassies in each other's capitals next year",
    ]);
  });

  it('gives the headline to the speaker when the body opens with the attribution', () => {
    const said = reportedSpeech(
      'Latvia will open an embassy in Chile next year\n\nThis was announced by Latvian Foreign Minister Baiba Braze.\n\nShe spoke after talks in Riga.',
    );
    expect(said).toContainEqual(['person:baiba-braze', 'Latvia will open an embassy in Chile next year']);
  });

  it('does not give the words to a news agency that only carried them', () => {
    const said = reportedSpeech(
      `${LEAD}Riga and Santiago will open embassies in each other's capitals next year. This was reported by Reuters.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('org:reuters');
  });

  it('leaves a sentence that has a speaker of its own to that speaker', () => {
    const said = reportedSpeech(
      `${LEAD}Van Klaveren said the two countries would open embassies next year. This was confirmed by Latvian Foreign Minister Baiba Braze.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('person:baiba-braze');
  });

  it('needs the speaker to close the "by" phrase: "by the wife of X" names no speaker', () => {
    const said = reportedSpeech(
      `${LEAD}Riga and Santiago will open embassies in each other's capitals next year. This was stated by a friend of Braze in Riga.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('person:baiba-braze');
  });
});

describe('a deal announced or confirmed by the parties named after "by"', () => {
  const TRUCE =
    'Truce agreed\n\nThe warring parties in Chad agreed a ceasefire in Ndjamena on Monday, Chad said. ';

  it.each([
    'The ceasefire was later confirmed by Chile and Peru.',
    'The talks ended with the ceasefire, announced by Chile and Peru in a joint statement.',
  ])('is a reported statement of each party: "%s"', (sentence) => {
    const speakers = extract(TRUCE + sentence)
      .statements.filter((s) => s.text.includes('by Chile'))
      .map((s) => s.speaker);
    expect(speakers.sort()).toEqual(['CHL', 'PER']);
  });

  it('is no statement when no deal comes before the participle, or when an outlet carried it', () => {
    const text = `${TRUCE}The talks were later confirmed by Chile and Peru. The ceasefire was confirmed by Reuters.`;
    expect(extract(text).statements.map((s) => s.speaker)).toEqual(['TCD']);
  });

  it('looks for the deal only before the participle, not after the parties', () => {
    const text = `${TRUCE}The talks were later confirmed by Chile and Peru, a day after the ceasefire.`;
    expect(extract(text).statements.map((s) => s.speaker)).toEqual(['TCD']);
  });
});
