// "sign a treaty with Peru on the territory of Brazil": the country whose ground the signing would stand on is where,
// not who; the treaty's sides are the signer and its partner, and "on the territory of" tells no subject.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) => extract(text, { publishedAt: '2024-03-05' }).agreements;

describe('a country named as the ground of a signing', () => {
  it('is no side of the agreement signed on its territory', () => {
    const [treaty, ...rest] = agreements(
      'Chile open to a signing abroad\nChile is ready to sign a border treaty with Peru on the territory of Brazil, its foreign minister told reporters.',
    );
    expect(rest).toHaveLength(0);
    expect([...(treaty?.parties ?? [])].sort()).toEqual(['CHL', 'PER']);
    expect(treaty?.name).not.toMatch(/territory/i);
  });

  it('is no side when the deal would be signed on its soil', () => {
    const [deal] = agreements(
      'Talks move on\nGhana said it would sign a fisheries agreement with Togo on the soil of Nigeria next month.',
    );
    expect(deal?.parties).not.toContain('NGA');
    expect(deal?.name).not.toMatch(/soil/i);
  });

  it('still takes both countries of a plain "with" phrase as sides', () => {
    const [deal] = agreements(
      'Deal reached\nGhana signed a fisheries agreement with Togo and Benin on Monday.',
    );
    expect(deal?.parties).toEqual(expect.arrayContaining(['TGO']));
  });
});
