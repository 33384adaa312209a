// Which countries an article names the warring sides of ("Sudan's warring parties", "the rival factions in Libya"):
// in such a story "the two sides" of a truce are that war's, never the pair of countries it names most.

import {
  SIDE_NOUNS,
  WARRING_SIDE_FILLERS,
  WARRING_SIDE_PREPOSITIONS,
} from '../lexicon/agreement-reference-words.ts';
import { startingIn } from '../mention-index.ts';
import { articleCues, WARRING_MODIFIER_CUE } from './article-cues.ts';
import type { EntityMention, ExtractState } from '../types.ts';

/** What may stand between a country's name and the words after it: its possessive, then a space. */
const POSSESSIVE_GAP = /^(?:['’]s?)?\s+$/;
/** How far back a country's name may start before the words after it ("the Democratic Republic of the Congo's"). */
const NAME_REACH = 60;

const WARRING = new WeakMap<readonly EntityMention[], ReadonlySet<string>>();

const isCountry = (m: EntityMention): boolean => m.kind === 'country' && m.via !== 'capital';

/**
 * The countries whose warring sides the article names: a country's name or nationality before "warring parties"
 * ("Sudan's two warring factions", "the Libyan rival parties"), or after it with "in" or "of" ("warring sides in
 * Sudan"). The mediators of that war ("Saudi Arabia and the US said Sudan's warring parties agreed to a truce"), its
 * host or a neighbour may be named more often than the war's country, and are no side of its truces.
 */
export function warringCountries(state: ExtractState): ReadonlySet<string> {
  const cached = WARRING.get(state.mentions);
  if (cached) return cached;
  const { words, text } = state;
  const out = new Set<string>();
  const cues = articleCues(words);
  for (let i = 0; i < words.length; i++) {
    if (!((cues.at[i] ?? 0) & WARRING_MODIFIER_CUE)) continue;
    const modifier = words[i];
    const noun = words[i + 1];
    if (!modifier) continue;
    if (!noun || noun.sentence !== modifier.sentence || !SIDE_NOUNS.has(noun.lower)) continue;
    let first = i;
    while (WARRING_SIDE_FILLERS.has(words[first - 1]?.lower ?? '')) first--;
    const opens = words[first]?.start ?? modifier.start;
    const before = startingIn(state.mentions, Math.max(0, opens - NAME_REACH), opens).find(
      (m) => isCountry(m) && POSSESSIVE_GAP.test(text.slice(m.end, opens)),
    );
    let after: EntityMention | undefined;
    const preposition = words[i + 2];
    if (preposition?.sentence === noun.sentence && WARRING_SIDE_PREPOSITIONS.has(preposition.lower)) {
      const name = words[i + 3]?.lower === 'the' ? words[i + 4] : words[i + 3];
      if (name?.sentence === noun.sentence)
        after = startingIn(state.mentions, name.start, name.start + 1).find(isCountry);
    }
    const country = before ?? after;
    if (country) out.add(country.id);
  }
  WARRING.set(state.mentions, out);
  return out;
}
