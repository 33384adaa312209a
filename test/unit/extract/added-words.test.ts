// A quote that a speaker "added" to their own words just before is about the agreement those words were about, even
// in a paragraph of its own that names none; a reported "He added that ..." may bring a point of its own.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const PACT =
  'Egypt, Sudan sign water pact\n\nEgypt and Sudan signed a water-sharing agreement in Cairo on Monday.\n\n“This agreement protects the rights of both our peoples,” Egyptian Foreign Minister Sameh Shoukry said.\n\n';

describe('a quote the speaker added to their words on an agreement', () => {
  it.each([
    ['“..., ” he added', `${PACT}“Our farmers will sleep better tonight,” he added.`],
    ['“..., ” the minister added', `${PACT}“Our farmers will sleep better tonight,” the minister added.`],
    ['“..., ” added Shoukry', `${PACT}“Our farmers will sleep better tonight,” added Shoukry.`],
    ['“..., ” he warned', `${PACT}“Our farmers will sleep better tonight,” he warned.`],
    ['“..., ” noted Shoukry', `${PACT}“Our farmers will sleep better tonight,” noted Shoukry.`],
    [
      '“..., ” the minister stressed',
      `${PACT}“Our farmers will sleep better tonight,” the minister stressed.`,
    ],
    ['“..., ” he continued', `${PACT}“Our farmers will sleep better tonight,” he continued.`],
  ])('%s is about that agreement', (_shape, text) => {
    expect(linkedAgreements(text, 'Our farmers')).toBe(1);
  });

  it('but not a reported clause the speaker added ("He added that ...")', () => {
    expect(
      linkedAgreements(
        `${PACT}He added that the two ministers would also discuss trade next month.`,
        'the two',
      ),
    ).toBe(0);
  });

  it('nor a quote whose adding verb opens a clause of its own ("said, adding that ...")', () => {
    const text = `${PACT}“Our farmers will sleep better tonight,” Shoukry said, adding that trade talks would follow.`;
    expect(linkedAgreements(text, 'Our farmers')).toBe(0);
  });

  it('nor a quote on a larger agreement still to be made ("the implementation of a permanent ...")', () => {
    const text = `${PACT}“A joint commission will oversee the negotiation and implementation of a lasting cessation of hostilities along the river,” he added.`;
    expect(linkedAgreements(text, 'A joint commission')).toBe(0);
  });

  it("nor another speaker's quote", () => {
    const text = `${PACT}“Our farmers will sleep better tonight,” Sudanese Foreign Minister Ali Sadiq added.`;
    expect(linkedAgreements(text, 'Our farmers')).toBe(0);
  });
});
