// "a new peace initiative to end the war": a peace initiative is an offer on the table, as a peace plan is.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string): { name: string; about: number }[] => {
  const result = extract(text, { publishedAt: '2025-03-02' });
  return result.agreements.map((a) => ({
    name: a.name,
    about: result.statements.filter((s) => s.about.includes(a.id)).length,
  }));
};

describe('a peace initiative', () => {
  it('is an agreement, and what is said of it is about it', () => {
    const found = agreements(
      'Somalia presented a comprehensive peace initiative to the council on Monday, Foreign Minister Ahmed Moalim Fiqi said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toMatch(/peace initiative/);
    expect(found[0]?.about).toBe(1);
  });

  it('leaves an authored proposal beside a named initiative of a title-case headline', () => {
    const found = agreements(
      'Ministers Urge Israel to Accept Arab Peace Initiative\nThe ministers said on Friday that the Arab Peace Initiative remained the basis of any settlement. They also discussed the latest French proposal, a diplomat said.',
    );
    expect(found.map((a) => a.name).sort()).toEqual(['Arab Peace Initiative', 'France proposal']);
  });
});
