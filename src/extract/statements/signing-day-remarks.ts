// A signer's words on the day itself, naming no deal ("“We are building peace in the region today,” the president
// said"): about the agreement the headline and lead report, when the speaker signed it or speaks for one of its sides.

import { SIGNING_DAY_WORDS } from '../lexicon/agreement-reference-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { aboutOtherCountries } from './statement-agreements.ts';
import type { ExtractState, StatementLike } from '../types.ts';

/** Only a deal already signed has a signing day; words on one still negotiated look ahead to it. */
const SIGNED_STATUSES: ReadonlySet<string> = new Set(['signed', 'ratified']);

/** Whether the agreement is signed and the speaker signed it, is one of its parties, or represents one of them. */
function signerOrSide(state: ExtractState, draft: StatementLike, agreementId: string): boolean {
  const agreement = state.agreements.find((a) => a.id === agreementId);
  if (!agreement || !SIGNED_STATUSES.has(agreement.status ?? '')) return false;
  if (agreement.signatories.includes(draft.speaker) || agreement.parties.includes(draft.speaker)) return true;
  const country = state.persons.get(draft.speaker)?.country;
  return country !== undefined && country !== null && agreement.parties.includes(country);
}

/** Whether one of the quoted pieces sets the words on the day they are spoken ("today"). */
function speaksOfTheDay(state: ExtractState, draft: StatementLike): boolean {
  const { words } = state;
  for (const piece of draft.quoteSpans)
    for (let i = wordIndexAt(words, piece.start); i < words.length; i++) {
      const word = words[i];
      if (!word || word.start >= piece.end) break;
      if (SIGNING_DAY_WORDS.has(word.lower)) return true;
    }
  return false;
}

/**
 * The lead's agreement for a quote that speaks of the day itself, by one of its signers or sides; not a quote that
 * names a meeting of its own ("very pleased today to have this meeting" is about the meeting), nor one that names
 * only countries outside the deal ("on a Palestinian state ... that remains our position today": "today" as "still").
 * Reported words are left alone: there "today" is mostly the narrator's date ("said today that ...").
 */
export function signingDayRemark(state: ExtractState, draft: StatementLike, lead: string | null): string[] {
  if (lead === null || !draft.direct || !speaksOfTheDay(state, draft)) return [];
  if (startingIn(state.meetingMentions, draft.content.start, draft.content.end).length > 0) return [];
  return signerOrSide(state, draft, lead) && !aboutOtherCountries(state, draft, lead) ? [lead] : [];
}
