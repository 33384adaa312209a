// Words two or more people issued together (“In a joint statement, X and Y said ...”, "according to a joint
// statement from X and Y") that name no agreement: when those people serve two sides of one deal the article
// reports, they speak for the deal's own parties, and their shared words are about that deal.

import { aboutOtherCountries } from './statement-agreements.ts';
import type { ExtractState, StatementLike } from '../types.ts';

/** Same-content drafts of the article, by content start and end: a joint statement is split into one per issuer. */
const sharedOf = new WeakMap<readonly StatementLike[], Map<string, StatementLike[]>>();

function sharedDrafts(state: ExtractState, draft: StatementLike): readonly StatementLike[] {
  let byContent = sharedOf.get(state.drafts);
  if (!byContent) {
    byContent = new Map();
    for (const d of state.drafts) {
      const key = `${d.content.start}:${d.content.end}`;
      const list = byContent.get(key);
      if (list) list.push(d);
      else byContent.set(key, [d]);
    }
    sharedOf.set(state.drafts, byContent);
  }
  return byContent.get(`${draft.content.start}:${draft.content.end}`) ?? [];
}

/** The countries the people who share these words serve; null when one of them is no person or serves none. */
function issuerCountries(state: ExtractState, shared: readonly StatementLike[]): Set<string> | null {
  const countries = new Set<string>();
  for (const d of shared) {
    const country = state.persons.get(d.speaker)?.country;
    if (!country) return null;
    countries.add(country);
  }
  return countries;
}

/**
 * The deal whose parties two or more of the issuers serve: the lead's if it is one, else the only one not signed in
 * a year before the article's (a new pact, not the old one it replaces). Nothing when words are one person's or
 * the narrator's, when the issuers serve a single country, or when they speak of countries outside the deal.
 */
export function jointDealStatement(state: ExtractState, draft: StatementLike, lead: string | null): string[] {
  // Quoted words two people share come from a text they issued together; "X and Y expressed satisfaction with the
  // talks" is the narrator's account of a meeting, about the meeting.
  if (draft.quoteSpans.length === 0) return [];
  const shared = sharedDrafts(state, draft);
  if (shared.length < 2) return [];
  const countries = issuerCountries(state, shared);
  if (!countries || countries.size < 2) return [];
  const year = state.input.publishedAt?.slice(0, 4) ?? null;
  const candidates = state.agreements.filter((a) => a.parties.filter((p) => countries.has(p)).length >= 2);
  const leadDeal = candidates.find((a) => a.id === lead);
  const current = candidates.filter((a) => !(year && a.signedOn && a.signedOn.slice(0, 4) < year));
  const deal = leadDeal ?? (current.length === 1 ? current[0] : undefined);
  if (!deal || aboutOtherCountries(state, draft, deal.id)) return [];
  return [deal.id];
}
