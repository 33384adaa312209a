// News writes "Maldivian", "Djiboutian", "Comorian" and "Cape Verdean" where the country data has other spellings: each
// still tells whose a person is.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a demonym as news writes it', () => {
  it.each([
    ['Maldivian', 'MDV'],
    ['Djiboutian', 'DJI'],
    ['Comorian', 'COM'],
    ['Cape Verdean', 'CPV'],
    ['Cabo Verdean', 'CPV'],
  ])('%s gives the country of the minister it titles', (demonym, id) => {
    const text = `Ministers meet\n${demonym} Foreign Minister Ahmed Rasheed met his Kenyan counterpart on Monday.`;
    const minister = extract(text).persons.find((p) => p.name === 'Ahmed Rasheed');
    expect(minister?.country).toBe(id);
  });
});
