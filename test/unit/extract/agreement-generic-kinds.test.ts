// One deal an article calls by a generic kind word ("a fisheries deal", "the port agreement") and by its own kind
// ("a memorandum of understanding", "the ... Initiative") is one agreement; two instruments told in one sentence, or
// a memorandum whose subject is another, stay two.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => a.name);

describe('a deal told by a generic kind word and by its own kind', () => {
  it.each([
    [
      'a generic deal, then the memorandum it is',
      'Kenya rejects talks\nKenya said on Monday it would not talk to Tanzania unless Dodoma dropped a disputed fisheries deal with Mozambique. Tanzania signed a memorandum of understanding with Mozambique on March 3 that gives it fishing rights on the coast.',
    ],
    [
      'the port agreement, then the memorandum of understanding',
      'Senegal protests\nSenegal recalled its envoy to Mali over the Gambia port agreement. The foreign ministry said the memorandum of understanding signed in Bamako on Friday by Mali and Gambia was void.',
    ],
  ])('is one agreement: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it.each([
    [
      'a trade agreement and a memorandum told in one sentence',
      'Visit ends\nGhana and Togo signed a trade agreement and a memorandum of understanding in Accra on Monday. The two leaders praised the visit.',
    ],
    [
      'a memorandum on another subject',
      'Visit ends\nGhana signed a fisheries agreement with Togo on Monday. On Tuesday the two ministers signed a memorandum of understanding on energy cooperation in Lome.',
    ],
  ])('stays two agreements: %s', (_shape, text) => {
    expect(names(text).length).toBeGreaterThanOrEqual(2);
  });
});
