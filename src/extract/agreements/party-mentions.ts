// Which mentions can be a side of an agreement (countries, movements, blocs), and what its name calls them.

import {
  AGREEMENT_PARTY_ORG_KINDS,
  GO_BETWEEN_NOUNS,
  NOT_ACTING_MODIFIERS,
  SETTING_NOUNS,
  SETTING_PREPOSITIONS,
} from '../lexicon/agreement-reference-words.ts';
import { TITLE_MODIFIERS } from '../lexicon/word-lists.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { EntityMention, ExtractState } from '../types.ts';

/**
 * A mention that can be a side of an agreement: a country (not its capital read as a place), or a movement, party
 * or bloc the gazetteer knows ("Israel and Hamas agreed to a truce", "the government and the TPLF signed a peace
 * agreement"). Without `knownOrganizations`, countries only.
 */
export function isPartyMention(
  state: ExtractState,
  mention: EntityMention,
  knownOrganizations?: ReadonlyMap<string, unknown>,
): boolean {
  if (mention.kind === 'country') return mention.via !== 'capital' && !notASide(state, mention);
  // Only an organization the gazetteer knows: a capitalized run ending in "Union" may be a former state.
  if (!knownOrganizations?.has(mention.id)) return false;
  const kind = mention.kind === 'org' ? state.organizations.get(mention.id)?.kind : undefined;
  if (kind === undefined || !AGREEMENT_PARTY_ORG_KINDS.has(kind)) return false;
  // "the Sudanese Army", "the Palestinian Authority": the side is the country its name holds.
  return !startingIn(state.mentions, mention.start, mention.end).some(
    (m) => m.kind === 'country' && m.end <= mention.end,
  );
}

const TITLE_MODIFIER_WORDS: ReadonlySet<string> = new Set(TITLE_MODIFIERS);

/**
 * A country named as a go-between's nationality ("Qatari mediators", "former Nigerian President Obasanjo": a
 * former leader acts for no state) or as the setting ("in the South African capital", "signed in Qatar"): the
 * go-between or the host, not a side. A serving minister's nationality is his side ("South Korean Foreign Minister
 * Cho ... signed a memorandum").
 */
function notASide(state: ExtractState, mention: EntityMention): boolean {
  const { words } = state;
  const at = wordIndexAt(words, mention.start);
  const before = words[at - 1]?.lower === 'the' ? words[at - 2] : words[at - 1];
  if (before && before.sentence === words[at]?.sentence && SETTING_PREPOSITIONS.has(before.lower))
    return true;
  if (mention.via !== 'demonym') return false;
  if (before && NOT_ACTING_MODIFIERS.has(before.lower)) return true;
  let next = wordIndexAt(words, mention.end);
  while ((words[next]?.start ?? Infinity) < mention.end) next++;
  while (words[next] && TITLE_MODIFIER_WORDS.has(words[next]?.lower ?? '')) next++;
  const head = words[next]?.lower ?? '';
  return GO_BETWEEN_NOUNS.has(head) || SETTING_NOUNS.has(head);
}

/** What an agreement's name calls a party: its country's or its organization's name. */
export function partyName(state: ExtractState, id: string): string {
  return state.countries.get(id)?.name ?? state.organizations.get(id)?.name ?? id;
}
