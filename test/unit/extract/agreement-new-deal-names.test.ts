// The deal a story calls new, told beside an older deal it replaces, is the one deal the story names in a sentence
// with it: "a new partnership agreement ... will be known as the Samoa Agreement" is one agreement, not two.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string, publishedAt = '2024-06-26') => extract(text, { publishedAt }).agreements;

describe('a deal called new and the name the story gives it', () => {
  it('is one agreement under its name when the story tells it beside the older deal it succeeds', () => {
    const found = agreements(
      'EU and Pacific states sign new partnership agreement\n\nThe European Union and Pacific states signed a new partnership agreement in Apia on Tuesday.\n\nThis agreement will succeed the Cotonou Agreement and will be known as the Samoa Agreement, officials said.',
      '2023-11-16',
    );
    expect(found.map((a) => a.name).sort()).toEqual(['Cotonou Agreement', 'Samoa Agreement']);
    expect(found.find((a) => a.name === 'Samoa Agreement')?.aliases).toContain('new partnership agreement');
  });

  it('stays apart from a named deal the story tells in no sentence with it', () => {
    const found = agreements(
      'Zembla and Vardia sign new fisheries agreement\n\nZembla and Vardia signed a new fisheries agreement in Oslo on Monday.\n\nThe new agreement replaces the Kessel Agreement.\n\nThe two states had also signed the Harbor Pilots Agreement in March.',
    );
    expect(found.find((a) => a.name === 'Harbor Pilots Agreement')?.aliases).not.toContain(
      'new fisheries agreement',
    );
  });

  it('stays apart from a named deal it replaces along with the older one', () => {
    const found = agreements(
      'Zembla and Vardia sign new fisheries agreement\n\nZembla and Vardia signed a new fisheries agreement in Oslo on Monday.\n\nThe new agreement replaces the Kessel Agreement and the Northern Waters Agreement, officials said.',
    );
    expect(found.find((a) => a.name === 'Northern Waters Agreement')?.aliases).not.toContain(
      'new fisheries agreement',
    );
  });
});
