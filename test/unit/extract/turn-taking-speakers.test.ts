// A quote with no attribution of its own, right after a sentence that another person opens: that person takes the
// turn from whoever spoke before (Washington Examiner, Tehran Times, and a US trade-deal report in agr60).
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { extract } from './helpers.ts';

function quotesBy(result: ExtractionResult): [string, string][] {
  const names = new Map(result.persons.map((p) => [p.id, p.name] as const));
  return result.statements
    .filter((s) => s.quote !== null)
    .map((s) => [names.get(s.speaker) ?? s.speaker, (s.quote ?? '').slice(0, 24)]);
}

describe('a bare quote after a sentence another person opens', () => {
  it.each([
    [
      'the earlier speaker quoted in the paragraph before',
      'Harbour pact signed\n\n"The harbour pact is a fair bargain for both ports," President Aldo Venn said.\n\n' +
        'Prime Minister Mara Kolde then proposed a joint board to run the harbour. "We will name our members by spring. The board meets monthly."',
    ],
    [
      'the earlier speaker spoke in reported speech',
      'Harbour pact signed\n\nPresident Aldo Venn said the harbour pact was a fair bargain for both ports.\n\n' +
        'Prime Minister Mara Kolde then proposed a joint board to run the harbour. "We will name our members by spring. The board meets monthly."',
    ],
  ])("%s: the quote is the new person's", (_, text) => {
    const result = extract(text);
    expect(quotesBy(result)).toContainEqual(['Mara Kolde', 'We will name our members']);
    expect(quotesBy(result)).not.toContainEqual([
      'Aldo Venn',
      expect.stringContaining('We will name') as string,
    ]);
  });

  it('keeps the quote with the speaker when the sentence between is about them again', () => {
    const text =
      'Harbour pact signed\n\n"The harbour pact is a fair bargain for both ports," President Aldo Venn said.\n\n' +
      'Venn then proposed a joint board to run the harbour. "We will name our members by spring."';
    expect(quotesBy(extract(text))).toContainEqual(['Aldo Venn', 'We will name our members']);
  });
});
