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
  return spanMention(word, word, kind, id, via);
}

/** The mention the words from `first` to `last` make, in the sentence of `first` ("el-Sisi", "Port Sudan"). */
export function spanMention(
  first: Word,
  last: Word,
  kind: EntityMention['kind'],
  id: string,
  via: EntityMention['via'],
): EntityMention {
  return { kind, id, start: first.start, end: last.end, sentence: first.sentence, via };
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

/**
 * For each word, the index of the first mention covering it (one starting at or before the word's start and ending
 * after it), or -1. Read from the mentions (sorted by start), each marking the words it covers: most words lie outside
 * every mention, and a scan word by word asked each of them about the mentions near it.
 */
export function coverWords(words: readonly Word[], mentions: readonly EntityMention[]): Int32Array {
  const cover = new Int32Array(words.length).fill(-1);
  let w = 0;
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as EntityMention;
    while (w < words.length && (words[w] as Word).start < mention.start) w++;
    // Overlapping mentions (a capital that is also a place) share words; the first of them marks each.
    for (let i = w; i < words.length && (words[i] as Word).start < mention.end; i++)
      if (cover[i] === -1) cover[i] = k;
  }
  return cover;
}

export function byStart(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}

/** The mention with its fields in the order the gazetteer's mentions have them (see mergeMentions). */
function sameShape(m: EntityMention): EntityMention {
  const out: EntityMention = {
    kind: m.kind,
    id: m.id,
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    via: m.via,
  };
  if (m.describesUnnamed) out.describesUnnamed = m.describesUnnamed;
  return out;
}

/** Adds mentions and keeps the list sorted; drops exact duplicates. */
export function mergeMentions(
  existing: readonly EntityMention[],
  added: readonly EntityMention[],
): EntityMention[] {
  // Added mentions rebuilt in one field order: a dozen stages write them as literals in their own orders (and as
  // spreads), each order a hidden class of its own, and the rules that read every mention ran polymorphic on them.
  const all = [...existing, ...added.map(sameShape)].sort(byStart);
  const out: EntityMention[] = [];
  for (const mention of all) {
    const last = out[out.length - 1];
    if (last && last.start === mention.start && last.end === mention.end && last.id === mention.id) continue;
    out.push(mention);
  }
  return out;
}
