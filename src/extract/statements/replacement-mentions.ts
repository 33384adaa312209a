// A mention called new ("the new treaty", "the new North American Free Trade agreement") that the agreement stage
// matched to a deal made in a year before the article: the words mean the deal that replaces it, not the old one.

import type { AgreementItem } from '../../domain/extraction-result.ts';
import { INDEFINITE_ARTICLES, REPLACEMENT_MODIFIERS } from '../lexicon/agreement-reference-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState, Range } from '../types.ts';

/** Whether two agreements are between the same known sides (the replacement and the deal it replaces). */
function sameSides(a: AgreementItem, b: AgreementItem): boolean {
  return (
    a.parties.length > 0 &&
    a.parties.length === b.parties.length &&
    a.parties.every((p) => b.parties.includes(p))
  );
}

/**
 * The agreement a mention in a statement's sentence stands for: its own, unless a lowercase replacement word opens it
 * or stands right before it while its own was signed in a year before the article's. Then the agreement between the
 * same sides signed after it ("the new North American Free Trade agreement" in a story on the USMCA), the lead's if
 * there are several, else none after "the" ("rejected an opportunity to sign the new treaty" after the old Minsk
 * agreements). Not "New START": a capitalized word is part of a name.
 */
export function replacementMentionAgreement(
  state: ExtractState,
  mention: Range & { id: string },
  lead: string | null,
): string | null {
  const published = state.input.publishedAt;
  if (published === undefined) return mention.id;
  const at = wordIndexAt(state.words, mention.start);
  const first = state.words[at];
  if (first === undefined) return mention.id;
  const calledAt = [at, at - 1].find((i) => {
    const w = state.words[i];
    return w !== undefined && w.sentence === first.sentence && !w.cap && REPLACEMENT_MODIFIERS.has(w.lower);
  });
  if (calledAt === undefined) return mention.id;
  const own = state.agreements.find((a) => a.id === mention.id);
  const signedYear = own?.signedOn?.slice(0, 4);
  if (own === undefined || signedYear === undefined || signedYear >= published.slice(0, 4)) return mention.id;
  const ownDate = own.signedOn ?? '';
  // The agreement stage may already have read "new" as the later deal (the USMCA beside NAFTA): it stands.
  const replacesAnother = state.agreements.some(
    (a) => a !== own && sameSides(own, a) && a.signedOn !== null && a.signedOn < ownDate,
  );
  if (replacesAnother) return mention.id;
  // The replacement: between the same sides and signed after it, the lead's if the lead is one such.
  const replacements = state.agreements.filter(
    (a) => a !== own && sameSides(own, a) && a.signedOn !== null && a.signedOn > ownDate,
  );
  const replacement =
    replacements.find((a) => a.id === lead) ?? (replacements.length === 1 ? replacements[0] : undefined);
  if (replacement) return replacement.id;
  // "comply with a new ceasefire agreement reached in Minsk": one the story introduces, which the agreement stage
  // folded into the older deal's item; that item stands for it. "The new treaty" with none made points at none.
  return INDEFINITE_ARTICLES.has(state.words[calledAt - 1]?.lower ?? '') ? mention.id : null;
}
