// A name set beside a title by a comma ("alongside Danish Foreign Minister, Lars Rasmussen"): the comma joins the
// name to its title, so it opens no clause; the words before the title tell whether the name is a subject.

import { TITLE_HEADS } from '../lexicon/word-lists.ts';

const TITLE_HEAD_WORDS: ReadonlySet<string> = new Set(TITLE_HEADS);

/**
 * When `lead` (the text right before a name) ends with a title and a comma ("... with the Italian Foreign
 * Minister, "), the clause that title stands in, up to the title's comma; null otherwise.
 */
export function titleAppositionClause(lead: string): string | null {
  if (!lead.endsWith(', ')) return null;
  const before = lead.slice(0, -2);
  const last = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (!TITLE_HEAD_WORDS.has(last)) return null;
  return before.slice(before.lastIndexOf(', ') + 1);
}
