// A second verb after "and" that takes its object ("welcomed the deal and urged both sides to ...") goes on with the
// same speaker's stance: one attribution, one statement. "... and said that ..." opens words of its own. On
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { boatengSays, boatengStatements } from './accra-talks.ts';

describe('a stance verb after "and" of the same speaker', () => {
  it.each([
    ['Boateng welcomed the agreement and urged both governments to carry it out without delay.'],
    ['Boateng praised the customs officers and called on both governments to keep the crossing open.'],
    ['Boateng rejected the charges and accused the smugglers of spreading rumours about the crossing.'],
  ])('makes one statement of "%s"', (sentence) => {
    const said = boatengSays(sentence);
    expect(said).toHaveLength(1);
    expect(sentence).toContain(said[0]);
  });

  it('stretches the statement over the second clause, which may name the agreement', () => {
    const { reported, aflao } = boatengStatements(
      'Boateng voiced concern over the smuggling and urged both governments to honour the Aflao Border Agreement.',
    );
    expect(reported).toHaveLength(1);
    expect(reported[0]?.about).toContain(aflao);
  });

  it('keeps words "said" opens after "and" as a statement of their own', () => {
    expect(
      boatengSays('Boateng welcomed the agreement and said the customs posts would open next month.'),
    ).toHaveLength(2);
  });
});
