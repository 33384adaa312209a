// A dash between a closing quote and its attribution, as outlets translating from Ukrainian or Russian set it:
// `", - Name stated.`, `” – he noted.`, and a quote ending its paragraph with `— he explained.` opening the next.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD =
  'Fishing talks\n\nChilean Foreign Minister Ana Duarte met Peruvian Foreign Minister Luis Ortega in Lima on Monday.\n\n';
const QUOTE = 'The fishing accord protects both fleets';

describe('a dash before the attribution', () => {
  it.each([
    ['a hyphen after the comma', `"${QUOTE}", - Ortega stated.`],
    ['an en dash after the mark', `“${QUOTE}.” – Ortega noted.`],
    ['an em dash after the comma', `"${QUOTE}," — Ortega said.`],
    ['an em dash opening the next paragraph', `"${QUOTE},"\n— Ortega explained.`],
  ])('reads %s as the named speaker closing the quote', (_shape, paragraph) => {
    expect(speakersOf(`${LEAD}${paragraph}`, QUOTE)).toEqual(['person:luis-ortega']);
  });

  it('still gives a dash-set aside in the middle of a quote to nobody', () => {
    const text = `${LEAD}"${QUOTE}" - a view the two ministers share - was the line of the day.`;
    expect(speakersOf(text, QUOTE)).toEqual([]);
  });
});
