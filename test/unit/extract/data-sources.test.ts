// "according to" a count ("according to UN figures", "according to Portugal's statistics") is data, not words
// anyone said, and a country's media ("Romanian and Portuguese media reported") only carry words; "according to"
// a body or a person still is, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Leaders meet\n\nRomanian Prime Minister Nicolae Ciuca met Portuguese Prime Minister Antonio Costa in Bucharest on Thursday.\n\n';

describe('"according to" figures', () => {
  it.each([
    'More than 2,000 people have left the border towns since March, according to UN figures.',
    "According to Portugal's statistics, trade between the two countries reached 900 million euros last year.",
    'Trade between the two countries is worth more than 40 million euros a year, according to figures from NATO.',
    'The pact would cover a market of 30 million people, according to Romanian and Portuguese trade statistics.',
    'The two ports will share a customs office from next year, according to Portuguese media.',
  ])('reports no statement: "%s"', (sentence) => {
    expect(reportedSpeech(`${LEAD}${sentence}`)).toEqual([]);
  });

  it('keeps a body as the source: "according to the United Nations"', () => {
    const said = reportedSpeech(
      `${LEAD}More than 2,000 people have left the border towns since March, according to the United Nations.`,
    );
    expect(said.map(([speaker]) => speaker)).toContain('org:united-nations');
  });
});

describe("a country's media as a subject", () => {
  it.each([
    'The two ports will share a customs office from next year, Romanian and Portuguese media reported.',
    'Portuguese newspapers said on Friday that the two ports will share a customs office.',
  ])('makes no country a speaker: "%s"', (sentence) => {
    const speakers = reportedSpeech(`${LEAD}${sentence}`).map(([speaker]) => speaker);
    expect(speakers).not.toContain('ROU');
    expect(speakers).not.toContain('PRT');
  });

  it('keeps a country\'s ministry as a subject: "the Portuguese foreign ministry said"', () => {
    const said = reportedSpeech(
      `${LEAD}The two ports will share a customs office from next year, the Portuguese foreign ministry said.`,
    );
    expect(said.length).toBeGreaterThan(0);
  });
});
