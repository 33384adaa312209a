// Who witnesses, welcomes or discusses a signing ("X witnessed the signing of the agreement", "X welcomed the signing
// ceremony", "X discussed the memorandum signed between A and B") did not sign it: his country is no side of it.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[] =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.flatMap((a) => a.parties ?? []);

describe('a country whose leader only looks on at a signing', () => {
  it.each([
    [
      'a president who witnessed the signing of the agreement',
      'Chad rebels sign accord\nGhanaian President Kofi Mensah has witnessed signing of a peace agreement between the government of Chad and the main rebel movement.\n\nThe rebels will join a unity government under the accord.',
      'GHA',
    ],
    [
      'a president who welcomed the signing',
      'Mali ceasefire welcomed\nSenegalese President Amadou Fall has welcomed the signing of a permanent ceasefire agreement between rival forces in Mali.\n\nThe ceasefire takes effect at once.',
      'SEN',
    ],
    [
      'a president who discussed a memorandum signed between two others',
      'Ports deal raised in Tokyo\nThe minister spoke during a meeting with Japanese Prime Minister Taro Sato in which they discussed the Memorandum of Understanding signed between Kenya and Tanzania on March 1.\n\nThe memorandum gives Kenya a port on the coast.',
      'JPN',
    ],
  ])('is no side of it: %s', (_shape, text, outsider) => {
    expect(parties(text)).not.toContain(outsider);
  });

  it('stays a side when its leader signs', () => {
    expect(
      parties(
        'Kenya and Uganda sign border pact\nKenyan President Daniel Mwangi and Ugandan President Sam Okello signed a border agreement in Arusha on Thursday.',
      ),
    ).toEqual(expect.arrayContaining(['KEN', 'UGA']));
  });
});
