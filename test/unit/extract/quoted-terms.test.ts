// A quoted name or term is not something said (issue #11): the so-called "red lines", a programme title in title
// case, the "Istanbul agreements". Words a speaker said keep their quote. Sentences invented in the real shapes.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const quotes = (text: string): Array<string | null> =>
  extract(`Ministers meet\n\n${text}`).statements.map((s) => s.quote);

describe('quoted names and terms', () => {
  it.each([
    [
      'a term marker',
      'Foreign Minister Hakan Fidan said the so-called "red lines" of the government had not changed.',
    ],
    ['"dubbed"', 'Foreign Minister Hakan Fidan said an operation dubbed "Iron Shield" had ended on Monday.'],
    [
      'a title with lower-case links',
      'Secretary of State Mike Pompeo told CBS\'s "Face the Nation" program the deal was a step forward.',
    ],
    [
      '"the" before a capitalized name',
      'Kremlin spokesman Dmitry Peskov said that the "Istanbul agreements," a draft pact, could serve as a basis for talks.',
    ],
    [
      '"the" before an agreement named in lower case',
      'The foreign ministry said Athens is not the target of the "comprehensive strategic partnership" that Ankara set up with Tripoli in a treaty.',
    ],
    [
      '"the" before a curly name',
      'President Kassym-Jomart Tokayev called for strengthening the “Shanghai spirit” among the member states.',
    ],
  ])('%s: no quote', (_, text) => {
    expect(quotes(text).filter((q) => q !== null)).toEqual([]);
  });

  it.each([
    [
      'a fragment of what was said',
      'Foreign Minister Hakan Fidan said the two sides had "useful and frank" discussions.',
      'useful and frank',
    ],
    [
      '"the" before lower-case words',
      'Foreign Minister Hakan Fidan called the signing the "most important date in our history."',
      'most important date in our history',
    ],
    [
      'a lower-case description of a deal after "a"',
      'Foreign Minister Hakan Fidan said he had agreed to start talks on a "big trade deal" with Athens.',
      'big trade deal',
    ],
    [
      'a clause that names an agreement',
      'Foreign Minister Hakan Fidan said the two countries "will conclude a new comprehensive partnership agreement" soon.',
      'will conclude a new comprehensive partnership agreement',
    ],
    [
      'a quoted sentence after "the"',
      'Foreign Minister Hakan Fidan described the talks: "The border is open."',
      'The border is open',
    ],
  ])('%s: keeps the quote', (_, text, quote) => {
    expect(quotes(text)).toContain(quote);
  });
});
