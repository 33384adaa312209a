// "according to" a count ("according to UN figures", "according to Portugal's statistics") is data, not words
// anyone said; "according to" a body or a person still is, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Leaders meet\n\nRomanian Prime Minister Nicolae Ciuca met Portuguese Prime Minister Antonio Costa in Bucharest on Thursday.\n\n';

describe('"according to" figures', () => {
  it.each([
    'More than 2,000 people have left the border towns since March, according to UN figures.',
    "According to Portugal's statistics, trade between the two countries reached 900 million euros last year.",
    'Trade between the two countries is worth more than 40 million euros a year, according to figures from NATO.',
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
