// A country written after a city of its own and tied to it by "of" ("in Doha of Qatar", "Juba, the capital of South
// Sudan") only says where the city is: the host of a signing or a trip, not a side of the deal.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const partiesOf = (text: string): string[][] =>
  extract(text, { publishedAt: '2024-05-06' }).agreements.map((a) => [...a.parties].sort());

describe('a country that places a city by "of"', () => {
  // In the travel cases Sudan is a side by "the agreement reached by the Sudanese parties"; South Sudan, the country
  // of the city travelled to, is not.
  it.each([
    [
      'the host of a signing, the city then "of" its country',
      'Ceasefire signed\nThe government of Chad signed a ceasefire agreement with rebels in Doha of Qatar on Sunday, a spokesman said.',
      ['TCD'],
    ],
    [
      'the host of a signing with a movement',
      'UN hails Chad truce\nThe United Nations congratulated the government of Chad and a rebel group on the signing of a ceasefire agreement on Sunday.\nThe Chadian government, represented by minister Ali Mahamat, signed the ceasefire agreement with Idriss Bakar of the Union of Resistance Forces in Doha of Qatar on Sunday.',
      ['TCD'],
    ],
    [
      'where a leader travels, "the capital of" and a word of regard between',
      'Premier heads to Juba\nJuba -- Prime Minister Kamil Idris said the agreement reached by the Sudanese parties gives the country new energy.\nIdris said he headed to Juba, the capital of brotherly South Sudan, to support the peace agreement.',
      ['SDN'],
    ],
    [
      'where a leader travels, "the capital of" alone',
      'Premier heads to Juba\nPrime Minister Kamil Idris said the agreement reached by the Sudanese parties gives the country new energy. He headed to Juba, the capital of South Sudan, to support the peace agreement.',
      ['SDN'],
    ],
  ])('is no side: %s', (_shape, text, parties) => {
    expect(partiesOf(text)).toEqual([parties]);
  });

  it('keeps the country a side where the article also names it as one', () => {
    expect(
      partiesOf(
        'Security pact\nQatar and Chad signed a security agreement in Doha, the capital of Qatar, on Monday.',
      ),
    ).toEqual([['QAT', 'TCD']]);
  });
});
