// One deal an article tells twice between the same sides, in other words ("a deal to settle the dispute" / "a joint
// declaration", "an eight-point agreement" / "the comprehensive security cooperation agreement"), is one agreement;
// two deals of those sides told in one sentence, of two subjects (before or after the kind word) or of two stages
// stay apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.map((a) => a.name);

describe('two tellings of one deal between the same sides', () => {
  it.each([
    [
      'a deal, then the joint declaration both presidents signed',
      'Kenya, Uganda sign deal in Kampala\nKenyan President William Ruto said on Wednesday that Kenya and Uganda signed a deal to settle the dispute over Migingo island.\n"We have taken the first step," Ruto said.\nLater, Kenya and Uganda released a joint declaration on the island, which both presidents signed in Kampala.',
    ],
    [
      'an eight-point agreement, then its description by subject',
      'Kenya, Uganda ink deal\nKenya and Uganda reached an eight-point agreement in Arusha on Friday after two days of talks.\nThe Kenyan government said the comprehensive security cooperation agreement with Uganda would end the dispute.\n"The current agreement is a turning point," Ruto said.',
    ],
    [
      'an agreement, then the truce deal',
      'UN chief welcomes accord\nThe United States and Russia reached an agreement on Syria on Monday, officials said.\nThe UN Secretary-General said the US-Russia truce deal was a first step towards a durable ceasefire.',
    ],
  ])('is one agreement: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it.each([
    [
      'two deals told in one sentence',
      'Kenya, Uganda sign accords\nKenya and Uganda signed a trade agreement and a security pact in Kampala on Friday.\nRuto said the agreement would double trade.',
    ],
    [
      'two memorandums of one visit, each told again by its subject',
      'India, Kenya sign two memorandums\nIndia and Kenya signed a memorandum of understanding on maritime security and a memorandum of understanding on health cooperation in Nairobi on Tuesday.\nIndian Defence Minister Rajnath Singh said the maritime memorandum would deepen naval ties.\nKenyan officials said the health memorandum would help hospitals in Mombasa.',
    ],
    [
      'a deal of another subject',
      'Kenya, Uganda sign border deal\nKenya and Uganda signed a border agreement in Kampala on Friday.\nOfficials said the Kenya-Uganda fisheries deal remains in force.',
    ],
    [
      'a deal whose subject is written after its kind word',
      'Kenya, Uganda sign fisheries deal\nKenya hopes to sign a trade agreement with Uganda by the end of the year, officials said.\nOn Friday the two foreign ministers signed an agreement on fisheries in Lake Victoria.',
    ],
    [
      'a later stage of the deal',
      'Kenya, Uganda sign border deal\nKenya and Uganda signed a border agreement in Kampala on Friday.\nOfficials said the Kenya-Uganda extension deal remains in force.',
    ],
  ])('stays two agreements: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(2);
  });
});
