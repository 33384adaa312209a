// A signing list ("signed an X on A, an X on B and an X on C") names one document per item: the comma and the
// indefinite article before an item are no apposition re-describing the item before it.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => a.name);

describe('the items of a signing list', () => {
  it('keeps the middle item of three memoranda as a document of its own', () => {
    const found = names(
      'Visit ends\nGhana and Togo signed a memorandum on fisheries, a memorandum on rail transport and a memorandum on tourism in Accra on Monday.',
    );
    expect(found).toHaveLength(3);
    expect(found.some((n) => n.includes('rail transport'))).toBe(true);
  });

  it('keeps every item of a list of agreements on different subjects', () => {
    const found = names(
      'Talks in Lome\nBenin and Togo signed an agreement on road haulage, an agreement on customs cooperation, an agreement on fisheries and an agreement on visas on Friday.',
    );
    expect(found).toHaveLength(4);
  });

  it('keeps a memorandum told only by its sides as the item after agreements on a subject', () => {
    const found = names(
      'Talks in Lome\nBenin and Togo signed agreements on cooperation in fisheries and forestry, a memorandum of understanding between the two interior ministries. The leaders praised the talks.',
    );
    expect(found).toHaveLength(2);
    expect(found.some((n) => /memorandum/i.test(n))).toBe(true);
  });

  it('still reads an apposition that re-describes the agreement just named', () => {
    const found = names(
      'Pact signed\nBenin and Togo signed the Cotonou Accord, a defence pact, in Lome on Friday.',
    );
    expect(found).toHaveLength(1);
  });
});
