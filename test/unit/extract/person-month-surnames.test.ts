// A month's name or abbreviation right after a name word ("Theresa May", "Wang Jun") goes on with the name as its
// surname unless a day or a year follows it ("Jun 5", "Jun. 5" stay dates).

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);
const speakers = (text: string): string[] => {
  const result = extract(text);
  return result.statements.map((s) => result.persons.find((p) => p.id === s.speaker)?.name ?? s.speaker);
};

describe('month words as surnames', () => {
  it.each([
    ['Chinese envoy Wang Jun told the council on Monday that the truce must hold.', 'Wang Jun'],
    ['Deputy Foreign Minister Li Jun said on Tuesday the two sides would meet again.', 'Li Jun'],
  ])('keeps an abbreviated month after a name word in the name: %s', (text, name) => {
    expect(personNames(text)).toContain(name);
  });

  it('gives the statement of a permanent representative with such a surname to that person', () => {
    const text =
      'Beijing backs the truce\n\nTalking to reporters in New York, Chinese Permanent Representative to the UN Wang Jun said it is a step forward for the peace process.';
    expect(speakers(text)).toContain('Wang Jun');
  });

  it('leaves an abbreviated month with a day after it a date', () => {
    const names = personNames('Foreign Minister Wang Yi met Sergei Lavrov on Jun 5 in Beijing.');
    expect(names.some((n) => n.endsWith('Jun'))).toBe(false);
    expect(
      personNames('Foreign Minister Wang Yi arrived in Beijing Jun. 5 for talks.').some((n) =>
        n.endsWith('Jun'),
      ),
    ).toBe(false);
  });
});
