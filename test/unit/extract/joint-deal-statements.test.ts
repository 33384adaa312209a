// Quoted words that two or more people issued together ("In a joint statement, X and Y said “...”") and that name no
// deal are about the deal the article reports when those people serve two of its sides: the new deal, not an old one
// it replaces. Not a narrator's account of what two leaders expressed, nor a text of two people serving one country.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD =
  'Chile, Peru agree on fisheries pact\n\nChile and Peru reached a fisheries agreement on Sunday after two years of talks.\n\n';
const REPLACING =
  'The Lima Fisheries Agreement replaces the 1995 Santiago Fisheries Accord between Chile and Peru.\n\n';
const BACKGROUND = 'Fishing boats from both countries have clashed near the sea border for decades.\n\n';
const QUOTE = 'Our fishermen will work side by side in calmer waters';
const CHILEAN = 'Chilean Foreign Minister Alberto van Klaveren';
const PERUVIAN = 'Peruvian Foreign Minister Elmer Schialer';

/** Each statement opening with `opening`, by speaker id: the names of the agreements it is about. */
function links(text: string, opening: string): Record<string, string[]> {
  const result = extract(text);
  return Object.fromEntries(
    result.statements
      .filter((s) => (s.quote ?? s.text).startsWith(opening))
      .map((s) => [s.speaker, result.agreements.filter((a) => s.about.includes(a.id)).map((a) => a.name)]),
  );
}

describe('a joint statement of the deal’s own people', () => {
  it('is about the deal, for each person who issued it', () => {
    const text = `${LEAD}${BACKGROUND}In a joint statement, ${CHILEAN} and ${PERUVIAN} said “${QUOTE}.”`;
    expect(links(text, QUOTE.slice(0, 12))).toEqual({
      'person:alberto-van-klaveren': ['Chile–Peru fisheries agreement'],
      'person:elmer-schialer': ['Chile–Peru fisheries agreement'],
    });
  });

  it('is about the new deal, not the old one it replaces', () => {
    const text = `${LEAD}${REPLACING}${BACKGROUND}In a joint statement, ${CHILEAN} and ${PERUVIAN} said “${QUOTE}.”`;
    expect(links(text, QUOTE.slice(0, 12))).toEqual({
      'person:alberto-van-klaveren': ['Lima Fisheries Agreement'],
      'person:elmer-schialer': ['Lima Fisheries Agreement'],
    });
  });

  it('but not the narrator’s account of what two leaders expressed', () => {
    const text = `${LEAD}${BACKGROUND}${CHILEAN} and ${PERUVIAN} expressed satisfaction with the warm atmosphere of their dinner.`;
    expect(links(text, 'expressed satisfaction')).toEqual({
      'person:alberto-van-klaveren': [],
      'person:elmer-schialer': [],
    });
  });

  it('nor words issued by two people serving one side', () => {
    const text = `${LEAD}${BACKGROUND}In a joint statement, ${CHILEAN} and Chilean Economy Minister Nicolas Grau said “${QUOTE}.”`;
    expect(links(text, QUOTE.slice(0, 12))).toEqual({
      'person:alberto-van-klaveren': [],
      'person:nicolas-grau': [],
    });
  });
});
