// Position lookups over sorted mentions and words: binary searches instead of scanning every entity per token.
// Pure helpers shared by the stages.

import type { EntityMention, Range, Word } from './types.ts';

/** The mention one word makes on its own ("MEA" for the ministry it stands for). */
export function wordMention(
  word: Word,
  kind: EntityMention['kind'],
  id: string,
  via: EntityMention['via'],
): EntityMention {
  return { kind, id, start: word.start, end: word.end, sentence: word.sentence, via };
}

/** First index whose item starts at or after `offset`. */
export function lowerBound(items: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items starting inside [start, end). */
export function startingIn<T extends Range>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length; i++) {
    const item = items[i];
    if (!item || item.start >= end) break;
    out.push(item);
  }
  return out;
}

/** Index of the word containing or starting after `offset`. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first word of sentence `sentence` (or of the first word past it when it has none): an article's words
 * are in sentence order (tokenize-words assigns sentences in one merge), so found by binary search.
 */
export function firstWordOfSentence(words: readonly Word[], sentence: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.sentence ?? 0) < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each word, the index of a mention covering it, or -1. Linear merge of two sorted lists. */
export function coverWords(words: readonly Word[], mentions: readonly EntityMention[]): Int32Array {
  const cover = new Int32Array(words.length).fill(-1);
  let m = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!word) continue;
    while (m < mentions.length && (mentions[m]?.end ?? 0) <= word.start) m++;
    // Overlapping mentions (a capital that is also a place) share words; any of them marks the word as taken.
    for (let k = m; k < mentions.length; k++) {
      const mention = mentions[k];
      if (!mention || mention.start > word.start) break;
      if (mention.end > word.start) {
        cover[w] = k;
        break;
      }
    }
  }
  return cover;
}

export function byStart(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}

/** Adds mentions and keeps the list sorted; drops exact duplicates. */
export function mergeMentions(
  existing: readonly EntityMention[],
  added: readonly EntityMention[],
): EntityMention[] {
  const all = [...existing, ...added].sort(byStart);
  const out: EntityMention[] = [];
  for (const mention of all) {
    const last = out[out.length - 1];
    if (last && last.start === mention.start && last.end === mention.end && last.id === mention.id) continue;
    out.push(mention);
  }
  return out;
}
