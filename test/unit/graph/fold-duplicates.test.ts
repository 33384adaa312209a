// Copies of one article in a batch are folded before the write; other content under the same id waits.
import { describe, expect, it } from 'vitest';
import { foldDuplicates } from '../../../src/graph/fold-duplicates.ts';

const key = (item: { id: string; contentHash: string }) => item;
const a = { id: 'a', contentHash: '1' };
const b = { id: 'b', contentHash: '1' };
const aChanged = { id: 'a', contentHash: '2' };

describe('foldDuplicates', () => {
  it('keeps distinct ids together in batch order', () => {
    expect(foldDuplicates([a, b], key)).toEqual({
      first: [a, b],
      firstAt: [0, 1],
      later: [],
      laterAt: [],
      copies: [],
    });
  });

  it('folds a copy with the same content onto its first occurrence', () => {
    const folded = foldDuplicates([a, b, { ...a }, { ...a }], key);
    expect(folded.first).toEqual([a, b]);
    expect(folded.copies).toEqual([
      [2, 0],
      [3, 0],
    ]);
    expect(folded.later).toEqual([]);
  });

  it('sends the same id with other content to a later write', () => {
    const folded = foldDuplicates([aChanged, b, a], key);
    expect(folded.first).toEqual([aChanged, b]);
    expect(folded.later).toEqual([a]);
    expect(folded.laterAt).toEqual([2]);
  });
});
