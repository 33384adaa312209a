// Speakers the article leaves unnamed: "a senior US official said", "said an Israeli official", "Indian officials
// said". Unnamed officials are left out of the statements, so the country describing them is flagged as no speaker.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { INDEFINITE_UNNAMED_HEADS, UNNAMED_PERSON_HEADS } from '../lexicon/role-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
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
): EntityMention[] | null {
  const { words } = state;
  const head = words[k] as Word;
  // "Indian officials said", "two Egyptian security sources": a plural group needs no article before it.
  const group = lexicon.unnamedGroupHeads.has(head.lower);
  if ((!group && !lexicon.unnamedRoleHeads.has(head.lower)) || cover[k] !== -1) return null;
  const before = describedBefore(state, k, cover, lexicon, group);
  if (before === null) return null;
  // "Officials from Sudan told AFP", "a senior official from Egypt said": the countries they come from describe them.
  const from = words[k + 1]?.lower === 'from' ? countriesFrom(state, k + 2, cover) : [];
  const described = before === 'none' ? from : [before, ...from];
  return described.length > 0 ? described : null;
}

/**
 * The country describing an unnamed speaker before the head at word `k` ("a senior US official", "Egyptian
 * officials"); 'none' when the phrase is unnamed but no country is in it; null when it is no unnamed speaker.
 */
function describedBefore(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
  group: boolean,
): EntityMention | 'none' | null {
  const { words, mentions } = state;
  const head = words[k] as Word;
  let country: EntityMention | null = null;
  for (let j = k - 1; j >= 0 && k - j <= MAX_UNNAMED_WORDS; j--) {
    const word = words[j] as Word;
    if (!spaced(word, words[j + 1] as Word) || word.sentence !== head.sentence)
      return group ? (country ?? 'none') : null;
    const covering = mentions[cover[j] ?? -1];
    if (covering) {
      if (covering.kind !== 'country' || covering.via === 'capital' || country) return null;
      // "White House sources", "Kremlin sources": a seat of government speaks for its country; only a country's
      // adjective ("Egyptian officials") or its abbreviation, which stands as one ("US officials"), leaves a group
      // unnamed. A full name may be a subject before its verb ("Pakistan today dismissed media reports").
      if (group && !countryAdjective(state.text.slice(covering.start, covering.end), covering)) return null;
      country = covering;
      while (j > 0 && (words[j - 1]?.end ?? 0) > covering.start) j--;
      continue;
    }
    // "Colombian government sources": tied to the government, which speaks for the country.
    if (group && !country && lexicon.groupGovernmentWords.has(word.lower)) return null;
    if (word.lower === 'a' || word.lower === 'an') return country ?? 'none';
  }
  return group ? (country ?? 'none') : null;
}

/** An abbreviated country name: "US", "U.S.", "UAE". */
const COUNTRY_ABBREVIATION = /^(?:[A-Z]\.?){2,4}$/;

/** Whether a country's mention reads as an adjective before a noun: a demonym, or an abbreviated name ("US"). */
function countryAdjective(surface: string, country: EntityMention): boolean {
  if (country.via === 'demonym') return true;
  return (country.via === 'name' || country.via === 'alias') && COUNTRY_ABBREVIATION.test(surface);
}

/** Whether only a space, or the period of an abbreviation such as "U.S.", stands between two words of a phrase. */
function spaced(word: Word, next: Word): boolean {
  return next.gap === ' ' || (next.gap === '. ' && /\.[A-Z]$/.test(word.text));
}

/** How many words a list of countries after "from" may take ("from Qatar, Egypt and the United States"). */
const MAX_FROM_WORDS = 12;

/** The countries listed from word `at` on: "Egypt", "Qatar, Egypt and the United States" (nothing else between). */
function countriesFrom(state: ExtractState, at: number, cover: Int32Array): EntityMention[] {
  const { words, mentions } = state;
  const found: EntityMention[] = [];
  for (let j = at; j < words.length && j - at < MAX_FROM_WORDS; j++) {
    const word = words[j] as Word;
    if (j > at && !/^(?:, ?| )$/.test(word.gap)) break;
    const covering = mentions[cover[j] ?? -1];
    if (covering?.kind === 'country' && covering.start === word.start) {
      found.push(covering);
      while ((words[j + 1]?.start ?? Infinity) < covering.end) j++;
    } else if (covering || (word.lower !== 'and' && word.lower !== 'the')) break;
  }
  return found;
}

/** Heads that leave a speaker unnamed even after "the": they name no office ("the source said", "the observer"). */
const UNTITLED_HEADS: ReadonlySet<string> = new Set([...UNNAMED_PERSON_HEADS, 'source', 'sources']);

/**
 * Heads of an unnamed speaker after "a"/"an"/"one" ("a senior Arab source", "one Egyptian security source"); not the
 * vague ones that are adjectives too ("a two-day official visit"): those count when a country describes them.
 */
const INDEFINITE_HEADS: ReadonlySet<string> = new Set([...INDEFINITE_UNNAMED_HEADS, ...UNTITLED_HEADS]);

/** The words that open an unnamed speaker's phrase before its head. */
const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/**
 * Whether an unnamed speaker's phrase stands in [from, to): "a high ranking Arab source", "one Egyptian security
 * source", "the source said", "a Somali observer"; not one a person or body is named in ("a Hamas official").
 * `skip` leaves out words that are not the article's own (inside quotes).
 */
export function unnamedSpeakerIn(
  state: ExtractState,
  from: number,
  to: number,
  skip: (offset: number) => boolean,
): boolean {
  const { words } = state;
  if (startingIn(state.mentions, from, to).some((m) => m.describesUnnamed === true && !skip(m.start)))
    return true;
  for (let k = wordIndexAt(words, from); k < words.length && (words[k] as Word).end <= to; k++) {
    const head = words[k] as Word;
    if (!INDEFINITE_HEADS.has(head.lower) || skip(head.start)) continue;
    for (let j = k - 1; j >= 0 && k - j <= MAX_UNNAMED_WORDS; j--) {
      const word = words[j] as Word;
      if (word.sentence !== head.sentence || named(state, word)) break;
      if (INDEFINITE_OPENERS.has(word.lower) || (word.lower === 'the' && UNTITLED_HEADS.has(head.lower)))
        return true;
    }
  }
  return false;
}

/** Whether a person or body named at `word` stands in the phrase ("a Hamas official" speaks for Hamas). */
function named(state: ExtractState, word: Word): boolean {
  return state.mentions.some(
    (m) => (m.kind === 'person' || m.kind === 'org') && m.start <= word.start && word.start < m.end,
  );
}
