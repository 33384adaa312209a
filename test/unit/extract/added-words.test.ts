// A quote that a speaker "added" to their own words just before is about the agreement those words were about, even
// in a paragraph of its own that names none; a reported "He added that ..." may bring a point of its own.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const PACT =
  'Egypt, Sudan sign water pact\n\nEgypt and Sudan signed a water-sharing agreement in Cairo on Monday.\n\n“This agreement protects the rights of both our peoples,” Egyptian Foreign Minister Sameh Shoukry said.\n\n';

/** How many agreements the statement of `speaker` whose words begin with `opening` is about. */
function linked(text: string, opening: string): number {
  const result = extract(text);
  const statement = result.statements.find((s) => (s.quote ?? s.text).startsWith(opening));
  expect(statement, `a statement opening "${opening}"`).toBeDefined();
  const ids = new Set(result.agreements.map((a) => a.id));
  return statement?.about.filter((id) => ids.has(id)).length ?? 0;
}

describe('a quote the speaker added to their words on an agreement', () => {
  it.each([
    ['“..., ” he added', `${PACT}“Our farmers will sleep better tonight,” he added.`],
    ['“..., ” the minister added', `${PACT}“Our farmers will sleep better tonight,” the minister added.`],
    ['“..., ” added Shoukry', `${PACT}“Our farmers will sleep better tonight,” added Shoukry.`],
  ])('%s is about that agreement', (_shape, text) => {
    expect(linked(text, 'Our farmers')).toBe(1);
  });

  it('but not a reported clause the speaker added ("He added that ...")', () => {
    expect(
      linked(`${PACT}He added that the two ministers would also discuss trade next month.`, 'the two'),
    ).toBe(0);
  });

  it('nor a quote whose adding verb opens a clause of its own ("said, adding that ...")', () => {
    const text = `${PACT}“Our farmers will sleep better tonight,” Shoukry said, adding that trade talks would follow.`;
    expect(linked(text, 'Our farmers')).toBe(0);
  });

  it("nor another speaker's quote", () => {
    const text = `${PACT}“Our farmers will sleep better tonight,” Sudanese Foreign Minister Ali Sadiq added.`;
    expect(linked(text, 'Our farmers')).toBe(0);
  });
});
