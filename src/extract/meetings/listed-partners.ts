// "met French President A, Austrian Chancellor B and Spanish Prime Minister C", "held meetings with A, B, C, and D":
// the partners a meeting verb or its "with" lists past the first one's comma. The plain object and the partner
// phrase stop at a comma (a title's apposition, "met X, the Taliban's minister, in Kabul", follows one), so the list
// is read here, and only when it closes with an "and" before its last titled person.

import { PARTNER_CHAIN_WORDS } from '../lexicon/event-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { LISTED_ROLE_WORDS } from '../lexicon/meeting-words.ts';
import { startingIn } from '../mention-index.ts';
import type { ExtractState, Sentence } from '../types.ts';

/** How far past one listed person the next one's name may start (its title chain). */
const ITEM_REACH = 120;

/** A word of the title chain before a listed person: capitalized, a title word, or a link ("of the"). */
function chainWord(word: string, lexicon: Lexicon): boolean {
  return (
    /^\p{Lu}[\p{L}.’'-]*$/u.test(word) ||
    // "the Bill & Melinda Gates Foundation (BMGF)": a body's name in the chain, with its acronym.
    /^(?:&|\(\p{Lu}+\))$/u.test(word) ||
    // "CPN (Maoist Centre) chair X": a party's name with its parenthesized part.
    /^(?:\(\p{Lu}[\p{L}.’'-]*\)?|\p{Lu}[\p{L}.’'-]*\))$/u.test(word) ||
    PARTNER_CHAIN_WORDS.has(word) ||
    LISTED_ROLE_WORDS.has(word) ||
    lexicon.titleHeads.has(word) ||
    lexicon.titleModifiers.has(word)
  );
}

/**
 * The persons listed after the partner mention ending at `at`: each set off by a comma (the last by "and" or ", and"),
 * with only a title chain before its name; the title may be set apart from the name by one comma ("and Crown Prince
 * of Kuwait, Sheikh X"). Empty when the text at `at` opens no such list or the list never reaches its "and".
 */
export function listedPartners(
  state: ExtractState,
  at: number,
  sentence: Sentence,
  lexicon: Lexicon,
): string[] {
  const { text, mentions } = state;
  if (text.charCodeAt(at) !== 44 /* , */) return [];
  const listed: string[] = [];
  let from = at;
  for (;;) {
    const person = startingIn(mentions, from, Math.min(sentence.end, from + ITEM_REACH)).find(
      (m) => m.kind === 'person' && m.start > from,
    );
    if (!person) return [];
    const item = /^,? (and )?(.*?)(?:, )?$/.exec(text.slice(from, person.start));
    if (!item) return [];
    const chain = (item[2] ?? '')
      .replace(/,(?= )/, '')
      .split(' ')
      .filter(Boolean);
    if (!chain.every((w) => chainWord(w, lexicon))) return [];
    // Before "and", a comma may only set a title apart from its name, not open a clause.
    if ((item[2] ?? '').split(',').length > 2) return [];
    listed.push(person.id);
    from = person.end;
    if (item[1]) return listed;
  }
}
