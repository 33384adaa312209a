// A deal an article tells with its sides and once more with only one of them ("this memorandum" its signer named, "the
// US agreement") is one agreement.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => ({ name: a.name, parties: a.parties }));

describe('a deal told with one of its sides', () => {
  it('is the memorandum its sides signed, when a signer speaks of it by its kind', () => {
    const text = [
      'Norway and Chile sign memorandum on ocean research',
      'Norwegian Foreign Minister Tor Vik and Chilean Foreign Minister Ana Reyes signed a Memorandum of Ocean Partnership in Oslo on Monday.',
      'Vik said “we were proud to sign this Memorandum of Understanding with a close partner.”',
    ].join('\n\n');
    expect(agreements(text)).toHaveLength(1);
  });
});
