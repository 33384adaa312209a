// One deal an article tells twice between the same sides, in other words ("a deal to settle the dispute" / "a joint
// declaration", "an eight-point agreement" / "the comprehensive security cooperation agreement"), is one agreement;
// a definite telling after a title points back at it, even in its sentence or beside its year; two deals of those
// sides told in one sentence, of two subjects (before or after the kind word) or of two stages stay apart.
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
    [
      'a memorandum, its description by subject and "these agreements": three tellings, each alike the others',
      'Kenya, Tanzania Sign MoU to Raise Ties to Strategic Partnership\n\nDodoma — Kenya and the United Republic of Tanzania have signed Memorandum of Understanding (MoU) to raise their ties into strategic partnership.\n\nThe strategic partnership agreement covers a joint trade commission, fisheries, rail transport and tourism.\n\nSpeaking at the opening of the joint commission today, Kenyan Foreign Minister Musalia Mudavadi said trade between the two neighbours remains far below its potential.\n\n"Today we have chosen to raise our ties into strategic partnership. These agreements will help both nations grow together," Mudavadi said.',
    ],
    [
      'a full title beside the same document called by its kind words alone',
      'Kenya, Uganda sign fisheries memorandum\nKenya and Uganda signed a Memorandum of Understanding on Fisheries Research, officials said.\nThe Kenyan fisheries minister said the memorandum of understanding with Uganda is a step towards food security.\nThe Ugandan ministry said the Memorandum of Understanding signed by the two ministers also sets up a training school in Jinja.',
    ],
    [
      'a description, then the title with the description pointing back at it in the same sentence',
      'Kenya to quit water treaty with Uganda\nKenya announced on Monday that it is withdrawing from a water-sharing pact with Uganda.\nThe move comes weeks after Nairobi threatened to leave the Mount Elgon Water Treaty, and will end the pact signed in 1995 between Kenya and Uganda.\n"We will give Uganda formal notice," the Kenyan foreign minister said.',
    ],
    [
      'a title with its year, then a definite description of it in a later sentence',
      'Kenya, Uganda to review treaty\nThe Mount Elgon Water Treaty of 1995 between Kenya and Uganda was on the agenda of the joint commission on Monday.\nUgandan officials raised the water-sharing pact with Kenya during the talks, Kenyan Foreign Minister Musalia Mudavadi said.',
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
      'two memorandums, each with a title of its own',
      'Kenya, Uganda sign memorandums\nKenya and Uganda signed the Memorandum of Understanding on Fisheries Research in Kampala on Friday.\nOn Saturday the two ministers signed the Memorandum of Understanding on Railway Maintenance in Jinja.',
    ],
    [
      'a later stage of the deal',
      'Kenya, Uganda sign border deal\nKenya and Uganda signed a border agreement in Kampala on Friday.\nOfficials said the Kenya-Uganda extension deal remains in force.',
    ],
    [
      'a title with its year, then a new deal told without "the"',
      'Kenya, Uganda to review treaty\nThe Mount Elgon Water Treaty of 1995 between Kenya and Uganda was on the agenda of the joint commission on Monday.\nUganda raised a new water-sharing pact with Kenya on the first day of the talks, Kenyan Foreign Minister Musalia Mudavadi said.',
    ],
    [
      'a title and another deal told in one sentence',
      'Kenya to quit water treaty with Uganda\nKenya announced on Monday that it is withdrawing from a water-sharing pact with Uganda.\nThe move comes weeks after Nairobi threatened to leave the Mount Elgon Water Treaty and a fisheries pact between Kenya and Uganda.\n"We will give Uganda formal notice," the Kenyan foreign minister said.',
    ],
  ])('stays two agreements: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(2);
  });
});
