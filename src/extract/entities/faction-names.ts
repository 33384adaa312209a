// A known body's acronym or name run on by a hyphen into a suffix of its own ("SPLM-IO", "Sudan People's Liberation
// Movement-In Opposition (SPLM-IO)") names a faction of it: another organization, not the known body.

import { ORG_NAME_CONNECTORS } from '../lexicon/entity-words.ts';
import type { Word } from '../types.ts';

export interface Faction {
  /** The faction name's last word. */
  last: number;
  name: string;
  /** The acronym the name defines in parentheses, if any. */
  acronym: string | null;
}

/** A faction's suffix after an acronym: "IO", "N", "A" (in "SPLM/A-IO"). */
const SUFFIX = /^\p{Lu}{1,3}$/u;
/** "(SPLM-IO)", "(SPLM/A-IO)": an acronym with a hyphenated suffix, right after a faction's full name. */
const FACTION_ACRONYM = /^ \((\p{Lu}{2,}(?:\/\p{Lu}{1,3})?-\p{Lu}{1,3})\)/u;
const CONNECTORS: ReadonlySet<string> = new Set(ORG_NAME_CONNECTORS);
/** Most words of a full name's suffix: "-In Opposition", "/Army in Opposition". */
const MAX_SUFFIX_WORDS = 4;

/**
 * "SPLM-IO", "SPLM/A-IO": an acronym (word `at`) run on by short capitals, the last joined by a hyphen, none of them
 * starting a known name ("AU-UN", "US-Iran" join two bodies). Returns the last word of the run, or -1.
 */
function acronymSuffixEnd(words: readonly Word[], at: number, startsKnown: (k: number) => boolean): number {
  let k = at;
  while (
    (words[k + 1]?.gap === '-' || words[k + 1]?.gap === '/') &&
    SUFFIX.test(words[k + 1]?.text ?? '') &&
    !startsKnown(k + 1)
  )
    k++;
  return k > at && words[k]?.gap === '-' ? k : -1;
}

/**
 * The faction a known organization's match (words `first`..`last`) opens, if any: its acronym run on by a suffix
 * ("SPLM-IO"), or its full name run on by capitals after a hyphen or slash and closed by an acronym in parentheses
 * that is one of the body's own with a suffix ("... Movement-In Opposition (SPLM-IO)").
 */
export function factionAt(
  words: readonly Word[],
  text: string,
  first: number,
  last: number,
  known: { readonly name: string; readonly aliases: readonly string[] },
  startsKnown: (k: number) => boolean,
): Faction | null {
  const opener = words[first];
  const next = words[last + 1];
  if (!opener || !next?.cap || (next.gap !== '-' && next.gap !== '/') || startsKnown(last + 1)) return null;
  if (first === last && /^\p{Lu}{2,}$/u.test(opener.text)) {
    const end = acronymSuffixEnd(words, last, startsKnown);
    if (end === -1) return null;
    return { last: end, name: text.slice(opener.start, words[end]?.end), acronym: null };
  }
  let end = last + 1;
  while (
    end - last < MAX_SUFFIX_WORDS &&
    words[end + 1]?.gap === ' ' &&
    !startsKnown(end + 1) &&
    (words[end + 1]?.cap || CONNECTORS.has(words[end + 1]?.lower ?? '') || words[end + 1]?.lower === 'in')
  )
    end++;
  const closing = words[end];
  if (!closing?.cap) return null;
  const acronym = FACTION_ACRONYM.exec(text.slice(closing.end, closing.end + 16))?.[1];
  const head = acronym?.split(/[-/]/)[0];
  if (!acronym || !head || (known.name !== head && !known.aliases.includes(head))) return null;
  return { last: end, name: text.slice(opener.start, closing.end), acronym };
}

/**
 * The keys a faction acronym is known by: itself and, for a movement and its army ("SPLM/A-IO"), the movement's
 * form ("SPLM-IO"), which articles use for the same faction.
 */
export function factionKeys(acronym: string): string[] {
  const movement = acronym.replace(/\/\p{Lu}{1,3}-/u, '-');
  return movement === acronym ? [acronym] : [acronym, movement];
}
