// Countries listed as the subject of one verb each speak the clause after it: "A, B and C said ...", with or
// without a serial comma, and with a stance verb as well as "said".
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD = 'Aid talks\n\nForeign ministers met in Amman on Tuesday to discuss aid.\n\n';

function speakersOf(text: string, word: string): string[] {
  return extract(text)
    .statements.filter((s) => s.text.includes(word))
    .map((s) => s.speaker)
    .sort();
}

describe('a list of speakers before one verb', () => {
  it.each([
    ['without a serial comma', 'Egypt, Jordan and Bahrain said they would open two more crossings for aid.'],
    ['with a serial comma', 'Egypt, Jordan, and Bahrain said they would open two more crossings for aid.'],
  ])('gives the clause to every member of the list, %s', (_shape, sentence) => {
    expect(speakersOf(`${LEAD}${sentence}`, 'crossings')).toEqual(['BHR', 'EGY', 'JOR']);
  });

  it('reads a list of four before a stance verb', () => {
    const text = `${LEAD}Egypt, Iraq, Jordan and Bahrain welcomed the truce along the border.`;
    expect(speakersOf(text, 'truce')).toEqual(['BHR', 'EGY', 'IRQ', 'JOR']);
  });

  it('stops where the list does: a member after ", and" belongs to the clause before', () => {
    const text = `${LEAD}Egypt sent aid to Jordan, and Iraq and Bahrain said they would open two more crossings for aid.`;
    expect(speakersOf(text, 'crossings')).toEqual(['BHR', 'IRQ']);
  });
});
