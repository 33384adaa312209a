// How a person's name is spelled and split: name words without diacritics or a hyphenated article, the parts
// shorter forms of a name are matched on, and a known person's name spelled with a hyphen dropped or added.

import { NAME_ARTICLES, PATRONYMIC_PARTICLES, TRANSLITERATION_FOLDS } from '../lexicon/word-lists.ts';
import type { KnownPerson } from '../lexicon/known-people.ts';

/** Below U+00C0 no character decomposes (NFD) and none is a combining mark: such a word folds to itself. */
const FIRST_FOLDABLE = 0xc0;

/** A name word without its diacritics: "Lajčák" and "Lajcak" are one person's name in two spellings. */
export function foldName(word: string): string {
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) >= FIRST_FOLDABLE) return word.normalize('NFD').replace(/\p{M}/gu, '');
  return word;
}

/** Name parts already made: clustering asks for every known person's parts again at each new name. */
const partsMemo = new Map<string, readonly string[]>();
/** Bounds the memo for a long-running ingest of ever new names; refilled from scratch when full. */
const PARTS_MEMO_SIZE = 20_000;

/** Name words of a person (diacritics folded), for matching shorter forms of the name against it. */
export function nameParts(name: string): readonly string[] {
  const known = partsMemo.get(name);
  if (known !== undefined) return known;
  const made = splitNameParts(name);
  if (partsMemo.size >= PARTS_MEMO_SIZE) partsMemo.clear();
  partsMemo.set(name, made);
  return made;
}

function splitNameParts(name: string): string[] {
  return name
    .split(/\s+/)
    .map(withoutArticle)
    .flatMap((word) => word.split('-'))
    .filter(
      (part) =>
        part.length > 0 && part !== part.toLowerCase() && !PATRONYMIC_PARTICLES.has(part.toLowerCase()),
    )
    .map(foldName);
}

/** A name word without the article hyphenated to its front: "Al-Sudani" and "el-Sisi" are "Sudani" and "Sisi". */
export function withoutArticle(word: string): string {
  const hyphen = word.indexOf('-');
  if (hyphen === -1 || !NAME_ARTICLES.has(word.slice(0, hyphen).toLowerCase())) return word;
  const rest = word.slice(hyphen + 1);
  return /^\p{Lu}/u.test(rest) ? rest : word;
}

/** Whether two folded words differ by one letter added, dropped or changed ("Rahmon" / "Rakhmon"). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}

/** Letters whose spelling in a transliterated name drifts: "Abdul" / "Abdel", "Afwerki" / "Afewerki". */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Whether two folded name words differ by one vowel added, dropped or changed ("Mohammad" / "Muhammad", "Natanyahu" /
 * "Netanyahu"), the way one name is transliterated otherwise; not consonants ("Jong" / "Yong" are two names).
 */
export function oneVowelApart(a: string, b: string): boolean {
  if (!oneEditApart(a, b)) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const vowel = (c: string | undefined): boolean => c === undefined || VOWELS.has(c);
  if (x.length === y.length) return x[i] !== undefined && y[i] !== undefined && vowel(x[i]) && vowel(y[i]);
  return vowel(x.length > y.length ? x[i] : y[i]);
}

/** A name with no hyphens, spaces, case or diacritics: "Hossein Amirabdollahian" and "Hossein Amir-Abdollahian". */
function joinedKey(name: string): string {
  return foldName(name)
    .toLowerCase()
    .replace(/[\s-]+/g, '');
}

/** Known people by the joined key of their names, built once per gazetteer. */
const joinedIndexes = new WeakMap<ReadonlyMap<string, KnownPerson>, ReadonlyMap<string, string>>();

/**
 * The known person a name read from the article spells otherwise, with a hyphen dropped or added ("Hossein
 * Amirabdollahian", "Nana Akufo Addo"), or null: two names that differ only there are one person's.
 */
export function knownSpelling(people: ReadonlyMap<string, KnownPerson>, name: string): string | null {
  let index = joinedIndexes.get(people);
  if (!index) {
    const made = new Map<string, string>();
    for (const [id, person] of people)
      for (const known of [person.name, ...(person.variants ?? [])]) made.set(joinedKey(known), id);
    joinedIndexes.set(people, made);
    index = made;
  }
  return index.get(joinedKey(name)) ?? null;
}

/**
 * Sound keys already made: the index of them is rebuilt from every known person's name words in each article that
 * asks it, and the regex replacements a word cost more than a lookup. Bounded like the name-parts memo.
 */
const soundKeyMemo = new Map<string, string>();
const SOUND_KEY_MEMO_SIZE = 20_000;

/** A name word's key across transliterations: "Araghchi" and "Araqchi" are one key. */
export function soundKey(part: string): string {
  const known = soundKeyMemo.get(part);
  if (known !== undefined) return known;
  let key = foldName(part).toLowerCase().replace(/['’-]/g, '');
  for (const [from, to] of TRANSLITERATION_FOLDS) key = key.replace(from, to);
  if (soundKeyMemo.size >= SOUND_KEY_MEMO_SIZE) soundKeyMemo.clear();
  soundKeyMemo.set(part, key);
  return key;
}

/** A name read across an editor's bracket that closes inside it ("[Joseph] Kabila" -> "Joseph Kabila"). */
export function withoutEditorialBracket(name: string): string {
  return name.includes('] ') ? name.replace('] ', ' ') : name;
}
