// Reported words that open with the sides agreeing ("the two sides agreed to reopen the crossings") or with their
// future course ("both countries will ...") give a term of the agreement the article reports, though they name none;
// agreeing to more talks is not one of its terms.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const DEAL =
  'Guinea, Liberia sign border accord\n\nGuinea and Liberia signed a border security agreement in Conakry on Monday.\n\nThe talks had lasted two weeks.\n\n';

/** How many agreements the statement whose words begin with `opening` is about. */
function linked(text: string, opening: string): number {
  const result = extract(text);
  const statement = result.statements.find((s) => (s.quote ?? s.text).startsWith(opening));
  expect(statement, `a statement opening "${opening}"`).toBeDefined();
  const ids = new Set(result.agreements.map((a) => a.id));
  return statement?.about.filter((id) => ids.has(id)).length ?? 0;
}

describe('the sides agreed to a term', () => {
  it.each([
    ['"the two sides agreed to"', 'the two sides agreed to reopen the crossings by June.'],
    ['"both sides have also agreed to"', 'both sides have also agreed to set up a joint patrol.'],
    ['"both delegations agreed to"', 'both delegations agreed to withdraw troops from the frontier.'],
    ['"the warring factions agreed to"', 'the warring factions agreed to free all detained traders.'],
  ])('%s is about the agreement in view', (_shape, clause) => {
    expect(linked(`${DEAL}The Guinean foreign ministry said ${clause}`, clause.slice(0, 10))).toBe(1);
  });

  it('in quoted words too, "agreed for" a term', () => {
    const text = `${DEAL}“Both sides agreed for strict observance of the border line from midnight,” the Guinean foreign ministry said.`;
    expect(linked(text, 'Both sides agreed for')).toBe(1);
  });

  it.each([
    [
      'a quote opening "Both countries will"',
      '“Both countries will open joint customs posts on the frontier,” Guinean Foreign Minister Sekou Camara added.',
      'Both countries will',
    ],
    [
      'a reported "the two countries will"',
      'Guinean Foreign Minister Sekou Camara said the two countries will keep their promise.',
      'the two countries will',
    ],
  ])("the sides' future course, %s, is a term too", (_shape, sentence, opening) => {
    expect(linked(`${DEAL}${sentence}`, opening)).toBe(1);
  });

  it.each([
    [
      'after "and" in mid-sentence',
      'Guinean Foreign Minister Sekou Camara said the border had been calm for weeks, and both sides agreed to set up a joint patrol.',
      'the border had been calm',
    ],
    [
      'after "as" in mid-sentence',
      'Guinean Foreign Minister Sekou Camara praised the new trust between the neighbours as the two countries agreed to reopen the crossings.',
      'praised the new trust',
    ],
    [
      'as "they" opening quoted words',
      '“They agreed that the patrols will start at once,” Guinean Foreign Minister Sekou Camara said.',
      'They agreed that',
    ],
    [
      'as "they" after a first predicate and "and agreed"',
      'Guinean Foreign Minister Sekou Camara said they had met on Sunday and agreed to free all detained traders.',
      'they had met',
    ],
  ])("the sides agreeing in the statement's own clause, %s, give a term", (_shape, sentence, opening) => {
    expect(linked(`${DEAL}${sentence}`, opening)).toBe(1);
  });

  it('but not the sides of a relative clause about something else', () => {
    const sentence =
      'Guinean Foreign Minister Sekou Camara said the traders whom they agreed to free were already home.';
    expect(linked(`${DEAL}${sentence}`, 'the traders')).toBe(0);
  });

  it('but not sides agreeing to more talks', () => {
    const clause = 'the two sides agreed to start negotiations on fishing rights.';
    expect(linked(`${DEAL}The Guinean foreign ministry said ${clause}`, 'the two sides')).toBe(0);
  });
});
