// Speakers the article leaves unnamed: "a senior US official said", "said an Israeli official", "Indian officials
// said". Unnamed officials are left out of the statements, so the country describing them is flagged as no speaker.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import type { EntityMention, ExtractState, Word } from '../types.ts';

/** Words an unnamed speaker's phrase may hold between its article and its head ("a senior US administration official"). */
const MAX_UNNAMED_WORDS = 5;

/**
 * "a senior US official said", "said an Israeli official", "An Israeli official who asked not to be named said":
 * an unnamed holder of a vague role, and unnamed officials are left out. The country inside the phrase only
 * describes them, wherever the phrase stands; it is returned so that it is no speaker there. Null when a person or
 * body is named in the phrase ("a Hamas official" speaks for Hamas).
 */
export function unnamedSpeakerAt(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
): EntityMention | null {
  const { words, mentions } = state;
  const head = words[k] as Word;
  // "Indian officials said", "two Egyptian security sources": a plural group needs no article before it.
  const group = lexicon.unnamedGroupHeads.has(head.lower);
  if ((!group && !lexicon.vagueRoleHeads.has(head.lower)) || cover[k] !== -1) return null;
  let country: EntityMention | null = null;
  for (let j = k - 1; j >= 0 && k - j <= MAX_UNNAMED_WORDS; j--) {
    const word = words[j] as Word;
    if ((words[j + 1] as Word).gap !== ' ' || word.sentence !== head.sentence) return group ? country : null;
    const covering = mentions[cover[j] ?? -1];
    if (covering) {
      if (covering.kind !== 'country' || covering.via === 'capital' || country) return null;
      // "White House sources", "Kremlin sources": a seat of government speaks for its country; only a country's
      // adjective ("Egyptian officials") leaves a group unnamed.
      if (group && covering.via !== 'demonym') return null;
      country = covering;
      while (j > 0 && (words[j - 1]?.end ?? 0) > covering.start) j--;
      continue;
    }
    // "Colombian government sources": tied to the government, which speaks for the country.
    if (group && !country && lexicon.groupGovernmentWords.has(word.lower)) return null;
    if (word.lower === 'a' || word.lower === 'an') return country;
  }
  return group ? country : null;
}
