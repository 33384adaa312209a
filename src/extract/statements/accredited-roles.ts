// Roles accredited to a country or body: "Sudan's ambassador to Rwanda stated", "The Kingdom's ambassador to Yemen
// said", "the UN special envoy for Yemen said". The country or body after "to"/"in" (a country after "for") is where
// the holder serves, never the speaker; the holder is the person
// whose title names that posting, or the one the role phrase already refers to.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { inSpeakerPosition } from './speaker-position.ts';
import type { EntityMention, ExtractState, Word } from '../types.ts';

/**
 * "ambassador to Rwanda", "envoy to the United Nations", "special envoy for Yemen": the country or body an accredited
 * role head (word k) is sent to, right after "to" or "in" (a country or place after "for"), and the index of its last
 * word. Null for any other role.
 */
export function accreditedRemit(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
): { remit: EntityMention; last: number } | null {
  const { words, mentions } = state;
  const link = words[k + 1];
  if (!lexicon.accreditedRoleHeads.has((words[k] as Word).lower) || !link || link.gap !== ' ') return null;
  // "envoy for Yemen" names a country or place; "a representative for the company" the body spoken for.
  const countryOnly = lexicon.countryAccreditationLinks.has(link.lower);
  if (!countryOnly && !lexicon.accreditationLinks.has(link.lower)) return null;
  let j = k + 2;
  if (words[j]?.lower === 'the' && words[j]?.gap === ' ') j++;
  const remit = mentions[cover[j] ?? -1];
  if (!remit || remit.kind === 'person' || remit.start !== (words[j] as Word).start) return null;
  if (countryOnly && remit.kind !== 'country' && remit.kind !== 'place') return null;
  let last = j;
  while (last + 1 < words.length && (words[last + 1] as Word).end <= remit.end) last++;
  return { remit, last };
}

/**
 * The person named last before offset `at` whose title names the posting `remit` ("ambassador to Yemen"): the one an
 * accredited role phrase means before another holder of the bare title the references stage may have picked.
 */
export function postedHolder(state: ExtractState, remit: EntityMention, at: number): string | null {
  const posting = state.text.slice(remit.start, remit.end).toLowerCase();
  let id: string | null = null;
  for (const mention of state.mentions) {
    if (mention.start >= at) break;
    if (mention.kind !== 'person' || mention.via === 'reference') continue;
    const title = state.persons.get(mention.id)?.title?.toLowerCase() ?? '';
    if (title.includes(posting)) id = mention.id;
  }
  return id;
}

/**
 * The remit of an accredited role whose head word k is part of a person mention ("The ambassador to China", a
 * reference to the ambassador named before) in a speaker's place: it must not be the speaker.
 */
export function coveredRemit(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
): { holder: EntityMention; remit: EntityMention } | null {
  // The head word first: a Set look-up, cheaper than the mention look-up for most words, which are no role head.
  if (!lexicon.accreditedRoleHeads.has((state.words[k] as Word).lower)) return null;
  const holder = state.mentions[cover[k] ?? -1];
  if (!holder || holder.kind !== 'person') return null;
  const accredited = accreditedRemit(state, k, cover, lexicon);
  if (!accredited) return null;
  let first = k;
  while (first > 0 && cover[first - 1] === cover[k]) first--;
  if (!inSpeakerPosition(state.words, first, accredited.last, lexicon)) return null;
  return { holder, remit: accredited.remit };
}
