// Speakers named by a style of address alone where a speaker stands: "His Highness expressed ...", "HE said",
// "His Excellency noted that ...". Each becomes a mention of the person the article last named with that style
// ("HH Sheikh Tamim", "His Excellency Sheikh Mohammed"); the role-speaker stage runs this over its words.

import { STYLE_POSSESSIVES, STYLES_OF_ADDRESS } from '../lexicon/role-words.ts';
import { TITLE_REMIT_JOINERS, TITLE_REMIT_LINKS } from '../lexicon/word-lists.ts';
import type { ExtractState, Word } from '../types.ts';

/** The style's name for each of its forms: "highness" and "HH" are both "highness". */
const STYLE_OF = new Map<string, string>(
  Object.entries(STYLES_OF_ADDRESS).flatMap(([style, forms]) => forms.map((form) => [form, style])),
);
const POSSESSIVES: ReadonlySet<string> = new Set(STYLE_POSSESSIVES);
/** Lower-case words a title between a style and its name may hold ("His Excellency Minister of Foreign Affairs"). */
const TITLE_GLUE = new Set<string>([...TITLE_REMIT_JOINERS, ...TITLE_REMIT_LINKS]);
/** How far before a person's mention the style may stand, across titles ("His Excellency Prime Minister and ... Sheikh X"). */
const STYLE_REACH_CHARS = 100;

/** The style a word spells: "HH" (capitals only), or "Highness" after "His"/"Her". */
function styleOf(words: readonly Word[], k: number): string | null {
  const word = words[k];
  if (!word) return null;
  // The look-up first: it is asked of every word, and upper-casing each one costs more than the look-up.
  const asWritten = STYLE_OF.get(word.text);
  if (asWritten !== undefined && word.text === word.text.toUpperCase()) return asWritten;
  if (!word.cap || !POSSESSIVES.has(words[k - 1]?.lower ?? '') || words[k]?.gap !== ' ') return null;
  const style = STYLE_OF.get(word.lower);
  return style && style === word.lower ? style : null;
}

/**
 * A style alone at word k (not before a name: the next word is in lower case) -> the first word of its phrase
 * and the style; the caller checks that a speech verb follows.
 */
export function styleAlone(words: readonly Word[], k: number): { first: number; style: string } | null {
  const style = styleOf(words, k);
  if (!style) return null;
  const next = words[k + 1];
  if (next && next.gap === ' ' && next.cap) return null;
  return { first: STYLE_OF.get(words[k]?.text ?? '') ? k : k - 1, style };
}

/** The person last named with the style before `at`: "... HH Sheikh Tamim bin Hamad ..." for "His Highness". */
export function styledHolder(state: ExtractState, style: string, at: number): string | null {
  const { words } = state;
  let holder: string | null = null;
  let k = 0;
  // The style belongs to the nearest name after it: no other person's mention between them.
  let previousEnd = 0;
  for (const mention of state.mentions) {
    if (mention.start >= at) break;
    if (mention.kind !== 'person') continue;
    const after = previousEnd;
    previousEnd = Math.max(previousEnd, mention.end);
    while (k < words.length && (words[k] as Word).start < mention.start) k++;
    // The style among the words just before the name (within its sentence), or opening the mention itself.
    const last = k + 1 < words.length && (words[k + 1] as Word).end <= mention.end ? k + 1 : k;
    for (let j = last; j >= 0 && mention.start - (words[j] as Word).start <= STYLE_REACH_CHARS; j--) {
      const word = words[j] as Word;
      if (word.sentence !== mention.sentence || word.start < after) break;
      // Only a title stands between a style and its name: "HH the Amir welcomed HE the US President" styles
      // the president "HE", not "HH".
      if (word.start < mention.start && !word.cap && !TITLE_GLUE.has(word.lower)) break;
      if (styleOf(words, j) === style) {
        holder = mention.id;
        break;
      }
    }
  }
  return holder;
}
