// "The parliament speaker of the self-declared X republic confirmed ...", "A representative of the Chilean
// delegation said ...": an office holder named by the body they serve, after the title. The body only describes
// the holder; it is no speaker (the speech is the holder's, named elsewhere or left out as unnamed).

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import type { EntityMention, ExtractState, Word } from '../types.ts';
import { inSpeakerPosition } from './speaker-position.ts';

/** Words from the title head to the body a role's "of"/"for" phrase may run over ("speaker of the self-declared X"). */
const MAX_WORDS_TO_BODY = 5;
/** Words a title may carry before its head ("vice", "Deputy Foreign") within an apposition. */
const MAX_TITLE_MODIFIERS = 2;
/** Words that tie a title to the body its holder serves. */
const BODY_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

export interface RoleOfBody {
  /** The country or organization the role serves. */
  body: EntityMention;
  /** The phrase's last word: the body's, or the noun after it ("the Chilean delegation"). */
  last: number;
}

/**
 * The body in "<title> of|for [the] [words] <body> [noun]" when the phrase, headed by the title word `k`, stands
 * where a speaker does (right before a speech verb). Null for anything else: a name or punctuation before the body,
 * a person in the phrase, no speech verb after it, or one speaking for the body (its spokesperson, an
 * organization's representative).
 */
export function roleOfBodyAt(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
): RoleOfBody | null {
  const { words, mentions } = state;
  const head = words[k] as Word;
  // A spokesperson for a body speaks for it ("a spokesman for the ministry said" is the ministry's).
  if (cover[k] !== -1 || !lexicon.titleHeads.has(head.lower) || lexicon.servingRoleHeads.has(head.lower))
    return null;
  const link = words[k + 1];
  if (!link || link.gap !== ' ' || !BODY_LINKS.has(link.lower)) return null;
  if (appositionOfPerson(state, k, cover)) return null;
  for (let j = k + 2; j < words.length && j - k <= MAX_WORDS_TO_BODY; j++) {
    const word = words[j] as Word;
    // "self-declared": a hyphen joins words inside the phrase; other punctuation ends it.
    if (word.gap !== ' ' && word.gap !== '-') return null;
    const covering = mentions[cover[j] ?? -1];
    if (!covering) continue;
    if (covering.start !== word.start || covering.via === 'capital') return null;
    if (covering.kind !== 'country' && covering.kind !== 'org') return null;
    // "A representative for the African Union said": an organization speaks through its representative.
    if (covering.kind === 'org' && lexicon.accreditedRoleHeads.has(head.lower)) return null;
    let last = j;
    while (last + 1 < words.length && (words[last + 1] as Word).end <= covering.end) last++;
    if (inSpeakerPosition(words, k, last, lexicon)) return { body: covering, last };
    // "the Chilean delegation said": one lower-case noun after the body may close the phrase.
    const noun = words[last + 1];
    if (
      noun &&
      noun.gap === ' ' &&
      !noun.cap &&
      cover[last + 1] === -1 &&
      inSpeakerPosition(words, k, last + 1, lexicon)
    )
      return { body: covering, last: last + 1 };
    return null;
  }
  return null;
}

/**
 * Whether the title headed by word `k` is an apposition of the person named right before its comma ("Name, vice
 * president of the X party said"): that person holds the title and speaks, as the apposition readers find.
 */
function appositionOfPerson(state: ExtractState, k: number, cover: Int32Array): boolean {
  const { words, mentions } = state;
  let first = k;
  while (first > 0 && k - first < MAX_TITLE_MODIFIERS) {
    const word = words[first] as Word;
    if (word.gap !== ' ' || cover[first - 1] !== -1) break;
    first--;
  }
  if (first === 0 || !(words[first] as Word).gap.startsWith(',')) return false;
  return mentions[cover[first - 1] ?? -1]?.kind === 'person';
}
