// Deterministic ids: the same real-world entity gets the same id from every article, so the writer can MERGE.
// Pure string functions; no hashing library needed beyond a small stable FNV-1a for long keys.

/** Slugs already made: the same few thousand names recur in every article, and each slug costs five passes. */
const slugs = new Map<string, string>();
/** Bounds the memo for a long-running ingest of ever new names; refilled from scratch when full. */
const SLUG_MEMO_SIZE = 20_000;

/** Lower-case ASCII slug: diacritics folded, anything else becomes a single dash. */
export function slug(text: string): string {
  const known = slugs.get(text);
  if (known !== undefined) return known;
  const made = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slugs.size >= SLUG_MEMO_SIZE) slugs.clear();
  slugs.set(text, made);
  return made;
}

/** 64-bit FNV-1a as 16 hex characters: stable across processes and platforms, fast on long texts. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h1 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export const personId = (name: string): string => `person:${slug(name)}`;
export const organizationId = (name: string): string => `org:${slug(name)}`;
export const placeId = (name: string): string => `place:${slug(name)}`;
export const articleId = (normalizedText: string): string => `article:${stableHash(normalizedText)}`;

/** Ids (slugs and codes) in code-unit order: the same order on every machine, whatever its locale. */
export function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
