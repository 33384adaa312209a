// Speakers the article names by one word only, in the speaker slot of a quote's attribution, and "he said" after
// a paragraph about someone else. Each row is a small invented article in the shape of real reports (France 24,
// Sudan Tribune, Jerusalem Post, IBC, IANS).
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

  it('makes no second person of a spelling variant of a name the article gives in full', () => {
    const text =
      'Treaty signed\n\nPresident Emil Varkonen arrived on Monday.\n\n"Flights will resume tomorrow," Varkkonen said.';
    expect(extract(text).persons.map((p) => p.name)).toEqual(['Emil Varkonen']);
  });

  it('makes no person of a place or a pronoun in that slot', () => {
    const result = extract(
      'Talks\n\n"We will not accept it," Moscow said. "We will not accept it," It said.',
    );
    expect(result.persons).toEqual([]);
  });
});

describe('"he said" opening a paragraph', () => {
  it('means the subject of the paragraph before when that names someone new, not the last quoted speaker', () => {
    const text = [
      'Truce signed',
      '"Implementation is critical for its success," said Jonas Ferrandel.',
      'Prime Minister Amara Tesfaye said she was grateful to Ferrandel and the other mediators.',
      '"Our commitment to peace remains steadfast," he said.',
    ].join('\n\n');
    const result = extract(text);
    const quoted = result.statements.find((s) => s.quote?.startsWith('Our commitment'));
    const names = new Map(result.persons.map((p) => [p.id, p.name] as const));
    expect(names.get(quoted?.speaker ?? '')).toBe('Amara Tesfaye');
  });

  it('goes on with the last quoted speaker when the paragraph between names no one else', () => {
    const text = [
      'Truce signed',
      '"Implementation is critical for its success," said Jonas Ferrandel.',
      'The agreement will be monitored by a panel of the union.',
      '"We will be watching closely," he said.',
    ].join('\n\n');
    const result = extract(text);
    const quoted = result.statements.find((s) => s.quote?.startsWith('We will be watching'));
    const names = new Map(result.persons.map((p) => [p.id, p.name] as const));
    expect(names.get(quoted?.speaker ?? '')).toBe('Jonas Ferrandel');
  });
});

describe('a month name that is a surname', () => {
  it.each([
    [
      'in the speaker slot of a quote',
      '"This is a difficult time for our party," May said in a speech on Friday.',
    ],
    ['after a style of address', 'Mrs May said she did not think about herself.'],
    ['as the subject of a speech verb', 'May said on Tuesday that the talks had been difficult.'],
  ])('%s, after the full name, is that person', (_, sentence) => {
    const text = `Talks resume\n\nPrime Minister Celia May met the Irish leader on Monday.\n\n${sentence}`;
    const result = extract(text);
    expect(result.persons.map((p) => p.name)).toEqual(['Celia May']);
    expect(speakers(result)).toEqual(['Celia May']);
  });

  it('stays a month where no one is named so, or where a date follows', () => {
    const result = extract(
      'Prices\n\nThe talks were held in May. May saw prices rise, officials said in May 2019.',
    );
    expect(result.persons).toEqual([]);
  });
});

describe("a kind word that ends an agreement's name, next to a speech verb", () => {
  it('is the agreement pointed back at, no person: "the Declaration emphasized" after the "Lakeside Declaration"', () => {
    const text =
      "Three ministers sign Lakeside Declaration\n\nKLOW, May 4: The foreign ministers of Borduria, Syldavia and Carpania met on Tuesday and signed the 'Lakeside Declaration'.\n\nAccording to a Foreign Office press release, the Declaration stressed the close ties among the three countries.";
    const result = extract(text);
    expect(result.persons.map((p) => p.name)).not.toContain('Declaration');
    expect(result.agreements.map((a) => a.name)).toContain('Lakeside Declaration');
  });
});
