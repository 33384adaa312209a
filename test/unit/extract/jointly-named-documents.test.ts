// A document whose issuers are named together before its noun, on sentences written for the test: "the
// Turkish-Russian statement said", "the Angolan and Ghanaian joint statement added", "The Kenyan/Ugandan joint
// statement says that ..." speak for each country named there, not only the one right before the noun.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD =
  'Truce in Chad\n\nChad and the rebel FACT movement agreed to a three-day truce on Monday after talks in Ndjamena.\n\n';

describe('documents issued by the countries named before them', () => {
  it.each([
    [
      '“Both sides must respect the truce from the first hour,” the Angolan-Ghanaian statement said.',
      'first hour',
      ['AGO', 'GHA'],
    ],
    [
      '“The truce will take effect at dawn,” the Angolan and Ghanaian joint statement added.',
      'at dawn',
      ['AGO', 'GHA'],
    ],
    ['“Observers will watch the roads,” the U.S.-Nigerian statement said.', 'roads', ['NGA', 'USA']],
    [
      'The Kenyan/Ugandan joint statement says that the truce had already reduced the fighting.',
      'reduced',
      ['KEN', 'UGA'],
    ],
    [
      '“The truce is a first step,” the Angolan, Ghanaian and Kenyan joint statement said.',
      'first step',
      ['AGO', 'GHA', 'KEN'],
    ],
  ])('gives "%s" to each country named', (sentence, words, speakers) => {
    expect(speakersOf(`${LEAD}${sentence}`, words)).toEqual(speakers);
  });

  it('leaves a document one country names to that country', () => {
    expect(speakersOf(`${LEAD}“The truce will hold,” the Angolan statement said.`, 'will hold')).toEqual([
      'AGO',
    ]);
  });
});
