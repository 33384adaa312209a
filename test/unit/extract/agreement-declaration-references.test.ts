// "The agreement" after a titled declaration the article has no other instrument for is that declaration.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2025-02-18' }).agreements.map((a) => a.name);

describe('a bare "the agreement" after a titled declaration', () => {
  it('is the declaration when the article names no other instrument', () => {
    expect(
      names(
        'Somalia, Ethiopia hold talks in Ankara\nTürkiye hosted the first round of technical talks between Somalia and Ethiopia, the foreign ministry said. The talks are a step toward carrying out the Ankara Declaration adopted in December. The Ankara Declaration was brokered by the Turkish president after talks between the Ethiopian prime minister and the Somali president. The agreement set out a vision for regional stability and trade between the two countries.',
      ),
    ).toEqual(['Ankara Declaration']);
  });

  it('stays apart from a sought agreement described by its scope', () => {
    const found = names(
      'Dam talks stall\nEgypt, Sudan and Ethiopia signed the Declaration of Principles in 2015. The talks were meant to culminate in a legally binding agreement, the ministry said.',
    );
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.join(' | ')).not.toMatch(/^Declaration of Principles$/);
  });
});
