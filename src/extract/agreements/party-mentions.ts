// Which mentions can be a side of an agreement (countries, movements, blocs), and what its name calls them.

import { AGREEMENT_PARTY_ORG_KINDS } from '../lexicon/agreement-reference-words.ts';
import { startingIn } from '../mention-index.ts';
import type { EntityMention, ExtractState } from '../types.ts';

/**
 * A mention that can be a side of an agreement: a country (not its capital read as a place), or a movement, party
 * or bloc ("Israel and Hamas agreed to a truce", "the government and the TPLF signed a peace agreement").
 */
export function isPartyMention(state: ExtractState, mention: EntityMention): boolean {
  if (mention.kind === 'country') return mention.via !== 'capital';
  const kind = mention.kind === 'org' ? state.organizations.get(mention.id)?.kind : undefined;
  if (kind === undefined || !AGREEMENT_PARTY_ORG_KINDS.has(kind)) return false;
  // "the Sudanese Army", "the Palestinian Authority": the side is the country its name holds.
  return !startingIn(state.mentions, mention.start, mention.end).some(
    (m) => m.kind === 'country' && m.end <= mention.end,
  );
}

/** What an agreement's name calls a party: its country's or its organization's name. */
export function partyName(state: ExtractState, id: string): string {
  return state.countries.get(id)?.name ?? state.organizations.get(id)?.name ?? id;
}
