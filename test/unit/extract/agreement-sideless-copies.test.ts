// One deal an article tells with its sides ("an agreement reached by nine Palestinian factions") and again by a title
// or description with none ("the 'Algiers declaration'", "the trilateral statement": how many sign it says no subject)
// is one agreement; a sideless deal of another subject or another year stays apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-07-23' }).agreements.map((a) => a.name);

describe('a deal told with its sides and again with none', () => {
  it.each([
    [
      'an agreement of the factions, then the declaration its talks ended in',
      'Algeria welcomes unity deal\nAlgeria\'s foreign minister Ahmed Attaf has welcomed an agreement reached by nine Palestinian factions to form a national government. The agreement, signed in Algiers after a week of talks, marks a step towards unity between rival groups Hamas and Fatah. The talks culminated in the signing of the "Algiers declaration," which set out the commitment of the factions to reconciliation.',
    ],
    [
      'a three-sided deal, then "the trilateral statement" its leaders signed',
      'Leaders seal river deal\nThe leaders of Slovakia, Hungary and Austria signed a river deal by video link on Monday to end the long quarrel over the Danube dams. Slovak Prime Minister Robert Fico said that he had little choice but to sign a statement on the dams. Austrian Chancellor Karl Nehammer said that the signing of the trilateral statement ends the quarrel.',
    ],
    [
      "a signed deal, then a critic's 'treasonous agreement'",
      "Chad rivals sign deal\nChad's military government and the Union of Forces signed a power-sharing agreement in Doha on Sunday. Opposition leader Mara Tesk said the treasonous agreement would be resisted in the streets.",
    ],
    [
      'a proposed truce, then a minister who called it a "dangerous deal"',
      'Cabinet weighs truce plan\nMediators put forward a proposed ceasefire deal between Israel and Hamas on Tuesday. A senior Israeli minister called it a "dangerous deal" and said he would vote against it.',
    ],
    [
      'a border deal, then "the fragile agreement": a judgement, no subject',
      'Neighbours sign border pact\nArmenia and Georgia signed a border agreement in Tbilisi on Monday. Observers warned that the fragile agreement could collapse within weeks.',
    ],
    [
      'a water treaty, then "a historic treaty for the peoples of the Andes": the cause it serves, no subject',
      'Andean water pact signed\nPeru and Bolivia signed a water treaty in La Paz on Friday. The UN secretary-general welcomed the historic treaty for the peoples of the Andes.',
    ],
  ])('is one agreement: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it.each([
    [
      'an accord on another subject',
      "Fatah and Hamas sign pact\nHamas and Fatah signed a reconciliation agreement in Algiers on Monday. Algeria's foreign minister said the accord on prisoner releases would be carried out within a month.",
    ],
    [
      'an agreement of another year',
      'Fatah and Hamas sign pact\nHamas and Fatah signed a reconciliation agreement in Algiers on Monday. Officials recalled the motorway construction agreement signed in 2011.',
    ],
  ])('stays two agreements: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(2);
  });

  it.each([
    [
      'a treaty being drafted between two sides, then a minister who wants "a new basic treaty" concluded',
      'Fishing treaty near\nA fisheries treaty between Norway and Iceland is being drafted, officials said on Monday. "We hope for the swift conclusion of a new basic treaty," the Norwegian minister said.',
    ],
    [
      'talk of "a new arms accord", then "a new regional arms accord between" its sides',
      'Leaders discuss arms pact\nThe presidents of Brazil and Argentina discussed the possibility of a new arms accord on Friday. Officials said they spoke about a new regional arms accord between Brazil, Argentina and Chile.',
    ],
  ])('is one deal to come: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it('keeps "a new trade agreement" apart from a named pact under renegotiation', () => {
    const text =
      'Ministers debate trade pact\nCanada and Mexico are renegotiating the North American Free Trade Agreement this month. "This is not just a new trade agreement for Mexico," the Canadian minister said.';
    expect(names(text)).toHaveLength(2);
  });
});
