// "an Israeli proposal", "the UN envoy's proposal": a proposal its author names is an offer on the table.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string): { name: string; parties: string[]; about: number }[] => {
  const result = extract(text, { publishedAt: '2025-03-02' });
  return result.agreements.map((a) => ({
    name: a.name,
    parties: [...a.parties],
    about: result.statements.filter((s) => s.about.includes(a.id)).length,
  }));
};

describe('a proposal named by its author', () => {
  it.each([
    [
      'a demonym',
      'Qatar passed a Turkish proposal to the warring sides on Friday for a pause in the fighting, the broadcaster said.',
      'TUR',
    ],
    [
      'a country',
      'The council voted on Tuesday to study a Kenyan proposal for a joint border commission, the minister said.',
      'KEN',
    ],
    [
      "a body's officer",
      'The rebels have turned down the UN envoy\'s proposal, the ambassador said. "We are still waiting for their answer," he added.',
      'org:united-nations',
    ],
  ])('is an agreement: %s', (_shape, text, author) => {
    const found = agreements(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.parties).toContain(author);
  });

  it('is one offer with the one put forward before it', () => {
    const found = agreements(
      'Mediators presented a ceasefire proposal to both sides on Monday. The new Turkish proposal calls for a 30-day pause, a diplomat said.',
    );
    expect(found).toHaveLength(1);
  });

  it("is not a plan to do something, nor a pronoun's proposal", () => {
    expect(
      agreements('The minister said its proposal was fair and that Kenya plans to visit Addis Ababa.'),
    ).toHaveLength(0);
  });
});
