// Quoted words a speaker puts in the same sentence as their own clause on an agreement ("“...,” he told reporters,
// adding that only the parties to the deal could change it") are about that agreement, though they name none; not a
// demand of their own ("but urged Ankara to “...”"), nor a clause beside words that name no agreement themselves.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const PACT =
  'Kenya, Uganda sign border pact\n\nKenya and Uganda signed a border security agreement in Kampala on Tuesday.\n\n';

describe("a quote beside the same speaker's clause on an agreement", () => {
  it.each([
    [
      '“...,” he said, adding that the deal ...',
      `${PACT}“Nobody will rewrite our border,” Kenyan Foreign Minister Musalia Mudavadi told reporters in Nairobi, adding that only the signatories of the deal could amend its terms.`,
      'Nobody will rewrite',
    ],
    [
      'said the deal ..., warning that ... “...”',
      `${PACT}Kenyan Foreign Minister Musalia Mudavadi said that under the terms of the deal, any raid by cattle rustlers would count as a breach, warning that Nairobi would “act without delay”.`,
      'act without delay',
    ],
    [
      'hailed the “...”, saying the pact would ...',
      `${PACT}Kenyan Foreign Minister Musalia Mudavadi hailed the “long-awaited breakthrough”, saying the pact would calm the frontier districts.`,
      'long-awaited breakthrough',
    ],
  ])('%s is about that agreement', (_shape, text, opening) => {
    expect(linkedAgreements(text, opening)).toBe(1);
  });

  it('but not a demand of its own ("but urged Kampala to “...”")', () => {
    const text = `${PACT}Kenyan Foreign Minister Musalia Mudavadi said the deal was a fair bargain, but urged Kampala to “stop arming the militias in the hills”.`;
    expect(linkedAgreements(text, 'stop arming')).toBe(0);
  });

  it('nor one beside a clause that names no agreement itself', () => {
    const text = `${PACT}“Nobody will rewrite our border,” Kenyan Foreign Minister Musalia Mudavadi told reporters in Nairobi, adding that cattle rustlers had crossed twice this month.`;
    expect(linkedAgreements(text, 'Nobody will rewrite')).toBe(0);
  });
});
