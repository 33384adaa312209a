// Countries named together right before a document's noun issued it together: "the US-Saudi statement said", "the
// Turkish and Russian joint statement added". Each of them speaks, not only the one named next to the noun.

import { DOCUMENT_ISSUER_JOINERS } from '../lexicon/word-lists.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';

const JOINERS: ReadonlySet<string> = new Set(DOCUMENT_ISSUER_JOINERS);
/** A hyphen, dash or slash between two names ("US-Saudi", "U.S.-Saudi"), or the comma of a longer list. */
const JOINING_GAP = /^\.?(?:[-–/]|, )$/;
/** Before a joining word: a space, after an abbreviation's point or a list's comma ("U.S. and", "Qatari, and"). */
const JOINER_GAP = /^[.,]? $/;

export interface IssuingCountries {
  ids: string[];
  /** The word right after the last country named. */
  next: number;
}

/**
 * Two countries or more named from word `at` on and joined by a hyphen, a comma or "and": "US-Saudi", "Egyptian,
 * Qatari and US". Null when fewer than two distinct countries stand there.
 */
export function issuingCountriesAt(ctx: StatementContext, at: number): IssuingCountries | null {
  const { words, mentions } = ctx.state;
  const ids = new Set<string>();
  let next = at;
  for (let k = at; ;) {
    const word = words[k];
    // Cheap test first: a country's name or demonym is capitalized.
    const country = word?.cap
      ? startingIn(mentions, word.start, word.end).find(
          (m) =>
            m.start === word.start &&
            m.kind === 'country' &&
            m.via !== 'place' &&
            m.via !== 'pronoun' &&
            m.describesUnnamed !== true,
        )
      : undefined;
    if (!country) break;
    ids.add(country.id);
    next = wordIndexAt(words, country.end - 1) + 1;
    const after = words[next];
    if (!after) break;
    if (JOINING_GAP.test(after.gap)) k = next;
    else if (JOINERS.has(after.lower) && JOINER_GAP.test(after.gap)) k = next + 1;
    else break;
  }
  return ids.size >= 2 ? { ids: [...ids], next } : null;
}
