// Speakers the article names by one word only, in the speaker slot of a quote's attribution. Each row is a
// small invented article in the shape of real reports (France 24, Sudan Tribune, Jerusalem Post, IBC).
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { extract } from './helpers.ts';

function speakers(result: ExtractionResult): string[] {
  const names = new Map<string, string>([
    ...result.persons.map((p) => [p.id, p.name] as const),
    ...result.organizations.map((o) => [o.id, o.name] as const),
  ]);
  return result.statements.map((s) => names.get(s.speaker) ?? s.speaker);
}

describe('a lone name in the speaker slot of a quote', () => {
  it.each([
    ['verb first', 'Truce signed\n\n"We hope this truce will be the last one," said Ferrandel.', 'Ferrandel'],
    [
      'name first',
      'Truce signed\n\n"The decision on the river is ours," Moravek said at a press conference.',
      'Moravek',
    ],
    [
      'verb first, then a participle',
      'Truce signed\n\n"This is not the end of the process," said Oduya, adding that a panel would monitor it.',
      'Oduya',
    ],
  ])('%s: the word is a person and speaks', (_, text, speaker) => {
    const result = extract(text);
    expect(result.persons.map((p) => p.name)).toContain(speaker);
    expect(speakers(result)[0]).toBe(speaker);
  });

  it('takes the quote from the speaker of an earlier quote in the same paragraph', () => {
    const text =
      'Truce signed\n\n"Our movement fought hard," rebel chief Tomas Okello Varga said. "This is a great day for us," said Ferrandel.';
    const result = extract(text);
    expect(speakers(result)).toEqual(['Tomas Okello Varga', 'Ferrandel']);
  });

  it('makes no person of a place or a pronoun in that slot', () => {
    const result = extract(
      'Talks\n\n"We will not accept it," Moscow said. "We will not accept it," It said.',
    );
    expect(result.persons).toEqual([]);
  });
});
