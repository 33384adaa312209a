// Folds the articles of one batch that share an id before anything is written: a copy with the same content
// is the same write (its outcome follows the first copy's), a copy with other content needs a later
// transaction, where the replace rules see the first. Pure.

export interface Folded<T> {
  /** Distinct ids, in batch order: written together. */
  first: T[];
  /** Indexes into the batch of `first`. */
  firstAt: number[];
  /** Same id, different content: written after `first`, in their own batch. */
  later: T[];
  laterAt: number[];
  /** Same id and content as an article of `first`: [index in the batch, index in `first`]. */
  copies: [number, number][];
}

export function foldDuplicates<T>(
  batch: readonly T[],
  key: (item: T) => { id: string; contentHash: string },
): Folded<T> {
  const folded: Folded<T> = { first: [], firstAt: [], later: [], laterAt: [], copies: [] };
  const firstIndex = new Map<string, number>();
  batch.forEach((item, at) => {
    const { id, contentHash } = key(item);
    const k = firstIndex.get(id);
    if (k === undefined) {
      firstIndex.set(id, folded.first.length);
      folded.first.push(item);
      folded.firstAt.push(at);
    } else if (key(folded.first[k]!).contentHash === contentHash) {
      folded.copies.push([at, k]);
    } else {
      folded.later.push(item);
      folded.laterAt.push(at);
    }
  });
  return folded;
}
