// Names a bare "the Cabinet" of a government communique ("The Cabinet stressed ...", "chaired the Cabinet's session")
// as that country's cabinet, an organization that acts and speaks; the country is read from the article, not guessed.

import { CABINET_MEMBER_WORDS, GOVERNMENT_SEAT_WORDS } from '../lexicon/entity-words.ts';
import { organizationId } from '../../domain/ids.ts';
import type { Gazetteer } from '../lexicon/build-gazetteer.ts';
import { countryBefore } from './match-gazetteer.ts';
import { ensureOrganization, type cloneEntities } from './registry.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { isTitleWord } from './person-context.ts';
import type { ExtractState, Word } from '../types.ts';

type Entities = Pick<ReturnType<typeof cloneEntities>, 'organizations'>;

const CABINET_MEMBER: ReadonlySet<string> = new Set(CABINET_MEMBER_WORDS);
const SEAT = new RegExp(`\\b(?:${GOVERNMENT_SEAT_WORDS.join('|')})\\b`);

/**
 * "the Cabinet stressed", "the Cabinet's session", "the kingdom's Cabinet": a capitalised "Cabinet" after "the" or a
 * possessive, with no name of its own after it ("the Cabinet Office", "the Cabinet of Ministers" are other names).
 */
export function bareCabinet(words: readonly Word[], k: number, lexicon: Lexicon): boolean {
  const word = words[k] as Word;
  if (!word.cap || word.lower !== 'cabinet') return false;
  const before = words[k - 1];
  const after = words[k + 1];
  if (!before || (before.lower !== 'the' && !/['’]s$/.test(before.lower))) return false;
  // "Minister of State, Member of the Cabinet", "member of the Cabinet": part of a person's title.
  const holder = words[k - 3];
  if (words[k - 2]?.lower === 'of' && holder && (holder.cap || CABINET_MEMBER.has(holder.lower)))
    return false;
  // "informed the Cabinet secretary": a title, not the body.
  if (after && after.gap === ' ' && isTitleWord(after, lexicon)) return false;
  return !after || after.gap !== ' ' || (!after.cap && after.lower !== 'of');
}

/**
 * Whose cabinet an article's bare "the Cabinet" is: its dateline's country, else the country it names a cabinet of
 * elsewhere, else its own state news agency's ("in a statement to the Saudi Press Agency"), else its head of state's
 * court's ("held at the Amiri Diwan"), else the country it names at least twice as often as any other.
 */
export function articleGovernment(
  state: ExtractState,
  entities: Entities,
  gazetteer: Gazetteer,
  dateline: string | null,
): string | null {
  if (dateline) return dateline;
  // The article names it once in full ("Saudi Cabinet slams ..." in its headline).
  for (let k = 0; k < state.words.length; k++) {
    const word = state.words[k];
    const named = word?.cap && word.lower === 'cabinet' ? countryBefore(state.words, k, gazetteer) : null;
    if (named) return named;
  }
  let agency: string | null = null;
  let seat: string | null = null;
  const counts = new Map<string, number>();
  for (const mention of state.mentions) {
    if (mention.kind === 'country' && mention.via !== 'capital')
      counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
    if (mention.kind !== 'org') continue;
    const org = entities.organizations.get(mention.id);
    if (!org?.country) continue;
    if (org.kind === 'news agency') agency ??= org.country;
    else if (SEAT.test(org.name)) seat ??= org.country;
  }
  if (agency ?? seat) return agency ?? seat;
  // Only a country named at least twice as often as any other: a story about two countries leaves it open.
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  return best && best[1] >= 2 * (next?.[1] ?? 0) ? best[0] : null;
}

/** The organization a bare "the Cabinet" at word `k` names: "<Demonym> Cabinet", or "Cabinet" with no country. */
export function cabinetOrganization(
  words: readonly Word[],
  k: number,
  gazetteer: Gazetteer,
  entities: Entities,
  government: () => string | null,
): string {
  const owner = countryBefore(words, k, gazetteer) ?? government();
  const demonyms = (owner ? gazetteer.countries.get(owner)?.demonyms : undefined) ?? [];
  // The shortest demonym, as the cabinet is called: "Saudi Cabinet", not "Saudi Arabian Cabinet".
  const demonym = demonyms.reduce<string | undefined>(
    (a, b) => (a && a.length <= b.length ? a : b),
    undefined,
  );
  const name = demonym ? `${demonym} Cabinet` : 'Cabinet';
  const id = organizationId(name);
  const org = ensureOrganization(entities.organizations, id, { name, kind: 'other', country: owner ?? null });
  if (!demonym) return id;
  org.aliases.add('Cabinet');
  for (const other of demonyms) if (other !== demonym) org.aliases.add(`${other} Cabinet`);
  return id;
}
