// A date is a deal's signing date only when it belongs to a signing that happened, not to one still planned
// ("plans to sign ... on Friday").
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const signedOn = (text: string) =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.map((a) => a.signedOn);

describe('the date of a planned signing', () => {
  it('is not the signing date of the deal', () => {
    const text = [
      'Ruritania to sign trade pact',
      'ZENDA, March 12 -- Ruritanian President Rudolf Elphberg said he plans to sign the trade pact with Gaul on March 20 in Zenda.',
      'The pact lowers tariffs on grain and steel, officials said.',
    ].join('\n\n');
    expect(signedOn(text)).toEqual([null]);
  });

  it('stays the signing date once the signing has happened', () => {
    const text = [
      'Ruritania signs trade pact',
      'ZENDA, March 12 -- Ruritanian President Rudolf Elphberg signed the trade pact with Gaul on March 10 in Zenda.',
      'The pact lowers tariffs on grain and steel, officials said.',
    ].join('\n\n');
    expect(signedOn(text)).toEqual(['2024-03-10']);
  });
});
