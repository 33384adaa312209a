// "<title> of|for <body> said": an office holder named by the body they serve. The body only describes the
// holder: the holder named in the article speaks, or no one when the article never names them; never the body.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function speakers(text: string): string[] {
  return extract(text).statements.map((s) => s.speaker);
}

describe('a title, "of"/"for" and the body it serves, before the speech verb', () => {
  it.each([
    [
      'an organization after "of the" and a hyphenated word',
      "The parliament speaker of the self-proclaimed Luhansk People's Republic confirmed the truce would hold.",
    ],
    [
      'a country adjective and the noun it qualifies',
      'A representative of the Chilean delegation said the summit had gone "very well".',
    ],
  ])('is no speaker when no one holds the role: %s', (_shape, sentence) => {
    expect(speakers(`Truce talks\n\nNegotiators met in Minsk on Sunday.\n\n${sentence}`)).toEqual([]);
  });

  it('is the holder the article named before, not the country', () => {
    const text =
      'Trade pact signed\n\nKenya and Ghana signed a trade pact on Friday.\n\n' +
      'Deputy Prime Minister and Foreign Minister of Ghana Ama Boateng attended the signing.\n\n' +
      'Foreign Minister of Ghana welcomed the pact as a milestone.';
    expect(speakers(text)).toEqual(['person:ama-boateng']);
  });

  it.each([
    [
      'a lower-case title',
      'Ama Boateng, vice chair of the Ghana Fisheries Council said the pact would hold.',
    ],
    ['a capitalized title', 'Ama Boateng, Deputy Foreign Minister of Ghana said the pact would hold.'],
  ])('is the person named right before the comma, as an apposition: %s', (_shape, sentence) => {
    const text = `Trade pact signed\n\nKenya and Ghana signed a trade pact on Friday.\n\n${sentence}`;
    expect(speakers(text)).toEqual(['person:ama-boateng']);
  });

  it('leaves a spokesperson for a body speaking for it', () => {
    const text =
      'Truce talks\n\nNegotiators met in Minsk on Sunday.\n\n' +
      'A spokesman for the Organization for Security and Co-operation in Europe said monitors would deploy.';
    expect(speakers(text)).toEqual(['org:organization-for-security-and-co-operation-in-europe']);
  });
});
