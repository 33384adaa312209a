// A reported "it" with a verb of its own points back at the agreement the sentence before named ("said it also
// contributes to peace"); only after a copula is it the extraposed subject of a clause ("said it was vital to").

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const DEAL =
  'Sudan, South Sudan sign oil deal\n\nSudan and South Sudan signed an oil transit agreement in Juba on Sunday.\n\n';

describe('a reported "it" before a verb and "to"', () => {
  it.each([
    ['"it also contributes to"', 'it also contributes to lasting peace between the two neighbours.'],
    ['"it will lead to"', 'it will lead to lasting peace between the two neighbours.'],
  ])('%s points back at the agreement just named', (_shape, clause) => {
    const text = `${DEAL}South Sudanese Foreign Minister Ramadan Goch said ${clause}`;
    expect(linkedAgreements(text, 'it ')).toBe(1);
  });

  it('but not after a copula ("it was vital to"): that "it" is extraposed', () => {
    const text = `${DEAL}South Sudanese Foreign Minister Ramadan Goch said it was vital to keep the border open.`;
    expect(linkedAgreements(text, 'it ')).toBe(0);
  });

  it.each([
    ['"it was too early for him to say"', 'it was too early for him to say whether he would run for office.'],
    ['"it is vital for both sides to"', 'it is vital for both sides to keep the border open.'],
  ])('nor when the copula and "to" have the infinitive\'s own subject between them: %s', (_shape, clause) => {
    const text = `${DEAL}South Sudanese Foreign Minister Ramadan Goch said ${clause}`;
    expect(linkedAgreements(text, 'it ')).toBe(0);
  });

  it('nor from a country, whose "it also looks forward to" is itself', () => {
    const text = `${DEAL}Kenya said it also looks forward to more trade with both neighbours.`;
    expect(linkedAgreements(text, 'it ')).toBe(0);
  });
});
