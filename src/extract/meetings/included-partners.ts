// "held meetings with many leaders, including X, Y and Z": the persons a partner phrase names after "including",
// when the phrase itself names nobody. Read by meeting acceptance and by the participant search.

import { INCLUDED_PARTNER_LEADS } from '../lexicon/meeting-words.ts';
import { startingIn } from '../mention-index.ts';
import type { ExtractState, Sentence } from '../types.ts';

const INCLUDING = new RegExp(`^,? (?:${INCLUDED_PARTNER_LEADS.join('|')}) `);

/** The persons named after ", including" at offset `at` (the end of a partner phrase), up to the clause's end. */
export function includedPartners(state: ExtractState, at: number, sentence: Sentence): string[] {
  const lead = INCLUDING.exec(state.text.slice(at, at + 16));
  if (!lead) return [];
  const from = at + lead[0].length;
  const tail = /;|\b(?:who|which|that|where|to discuss|and discussed)\b/.exec(
    state.text.slice(from, sentence.end),
  );
  const end = tail ? from + tail.index : sentence.end;
  return startingIn(state.mentions, from, end)
    .filter((m) => m.kind === 'person')
    .map((m) => m.id);
}
