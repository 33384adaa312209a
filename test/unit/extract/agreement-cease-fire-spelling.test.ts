// "an Egyptian-Qatari cease-fire proposal": AP's hyphenated spelling names an offer as "ceasefire" does.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string): { name: string; about: number }[] => {
  const result = extract(text, { publishedAt: '2024-05-07' });
  return result.agreements.map((a) => ({
    name: a.name,
    about: result.statements.filter((s) => s.about.includes(a.id)).length,
  }));
};

describe('a cease-fire offer spelt with a hyphen', () => {
  it('is a proposal, and what is said of it is about it', () => {
    const found = agreements(
      'Foreign Minister Amina Yusuf said on Monday that the government had accepted a Kenyan cease-fire proposal to end the fighting.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toMatch(/cease-fire proposal/);
    expect(found[0]?.about).toBe(1);
  });

  it('is a plan too', () => {
    const found = agreements(
      'Officials in Nairobi said the cease-fire plan would be put to both armies next week, the minister told reporters.',
    );
    expect(found.map((a) => a.name).join()).toMatch(/cease-fire plan/);
  });
});
