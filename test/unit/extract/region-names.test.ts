// A region whose name ends in a country's name or nationality ("Latin America", "Central American") is no mention
// of that country, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.ts';

const extractor = createExtractor();
const countriesOf = (text: string): string[] =>
  extractor
    .extract({ id: 'region-names', publishedAt: '2021-05-04', text })
    .countries.map((c) => c.id)
    .sort();

describe('regions named after a country', () => {
  it('reads no United States in "Latin American" or "Central America\'s"', () => {
    const text =
      'Accord ends long war\n\nThe government of Peru and the rebels signed a peace accord in Lima on Monday. ' +
      "Latin American presidents watched as Central America's envoys applauded.";
    expect(countriesOf(text)).toEqual(['PER']);
  });

  it('still reads the country when its nationality stands alone', () => {
    const text =
      'Accord ends long war\n\nThe government of Peru and the rebels signed a peace accord in Lima on Monday. ' +
      'American envoys applauded.';
    expect(countriesOf(text)).toEqual(['PER', 'USA']);
  });
});
