// Who signs an agreement as a witness or guarantor ("the foreign minister of X signed as a witness", "X's president
// signed in his capacity as guarantor") is an onlooker: his country is no side of it.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[] =>
  extract(text, { publishedAt: '2024-09-12' }).agreements.flatMap((a) => a.parties ?? []);

describe('a country whose official signs as a witness or guarantor', () => {
  it.each([
    [
      'a minister who signed as a witness, while his envoy hosted the signing',
      'Kenya and Uganda sign border agreement\nKenya and Uganda on Thursday signed a border agreement in Arusha.\n\nTanzanian Foreign Minister Amani Kombo signed as a witness.\n\nTanzanian envoy Juma Mwita hosted the signing of the border agreement.',
      'TZA',
    ],
    [
      'a president who signed in his capacity as guarantor',
      "Chad accord signed in Niamey\nThe Chadian parties today signed the Niamey Declaration on a permanent ceasefire.\n\nNiger's President Issa Maiga signed in his capacity as guarantor of the agreement.",
      'NER',
    ],
  ])('is no side of it: %s', (_shape, text, outsider) => {
    expect(parties(text)).not.toContain(outsider);
  });

  it('stays a side when its minister signs for it', () => {
    expect(
      parties(
        'Kenya and Uganda sign border agreement\nKenya and Uganda on Thursday signed a border agreement in Arusha.\n\nUgandan Foreign Minister Sam Okello signed on behalf of his government.',
      ),
    ).toContain('UGA');
  });
});
