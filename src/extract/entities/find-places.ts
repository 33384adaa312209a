// Finds named places the gazetteer does not know: a capitalized run ending in a place word ("Vostochny
// Cosmodrome") or an unknown town followed by its country ("in Vladivostok, Russia"). Country from context.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { CITY_NAMED_MEETING_NOUNS, SETTLEMENT_NOUNS, TOWN_PREPOSITIONS } from '../lexicon/entity-words.ts';
import { coverWords, mergeMentions, spanMention } from '../mention-index.ts';
import { isNameWord } from './person-context.ts';
import { ensurePlace } from './registry.ts';
import type { EntityMention, ExtractState, Resources, Word } from '../types.ts';

const TOWN_PREPOSITION_SET: ReadonlySet<string> = new Set(TOWN_PREPOSITIONS);
/** A word that ends in a settlement noun ("town", "port-city"). */
const SETTLEMENT_END = new RegExp(`\\b(?:${SETTLEMENT_NOUNS.join('|')})$`);

const LOOKAHEAD_WORDS = 8;
const MEETING_NOUNS_BEFORE_TOWN: ReadonlySet<string> = new Set(CITY_NAMED_MEETING_NOUNS);

/** The first country named within a few words after the place, in the same sentence ("in the Russian Far East"). */
function countryAfter(
  words: readonly Word[],
  last: number,
  cover: Int32Array,
  mentions: readonly EntityMention[],
): string | null {
  const sentence = words[last]?.sentence;
  for (let k = last + 1; k < words.length && k <= last + LOOKAHEAD_WORDS; k++) {
    const word = words[k];
    if (!word || word.sentence !== sentence || /[.;:]/.test(word.gap)) break;
    const mention = mentions[cover[k] ?? -1];
    if (mention?.kind === 'country') return mention.id;
    if (mention?.kind === 'person') break;
  }
  return null;
}

function isPlaceWord(word: Word | undefined, lexicon: Lexicon): boolean {
  return word !== undefined && word.cap && !lexicon.nonNames.has(word.text);
}

export function findPlaces(state: ExtractState, resources: Resources): ExtractState {
  const { words, mentions, text } = state;
  const { lexicon } = resources;
  const cover = coverWords(words, mentions);
  // Only places are added here: the other entity maps pass on as they are, uncopied.
  const entities = { places: new Map(state.places) };
  const added: EntityMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || cover[i] !== -1 || !isPlaceWord(word, lexicon) || state.sentences[word.sentence]?.ignored)
      continue;
    let last = i;
    while (
      last - i < 4 &&
      words[last + 1]?.gap === ' ' &&
      cover[last + 1] === -1 &&
      isPlaceWord(words[last + 1], lexicon)
    )
      last++;
    const lastWord = words[last];
    if (!lastWord) continue;
    const suffixed = last > i && lexicon.placeSuffixes.has(lastWord.text);
    const previous = words[i - 1];
    const located = previous !== undefined && TOWN_PREPOSITION_SET.has(previous.lower) && word.gap === ' ';
    const nextMention = mentions[cover[last + 1] ?? -1];
    // "the coastal town of Mamallapuram", "the Russian city of Kazan": a named settlement.
    const settlement =
      previous?.lower === 'of' && SETTLEMENT_END.test(words[i - 2]?.lower ?? '') && isNameWord(word, lexicon);
    // "the summit in Honolulu", "talks in Hakone": a name no list knows, right where a meeting noun's place stands.
    const meetingTown =
      located &&
      previous?.lower === 'in' &&
      MEETING_NOUNS_BEFORE_TOWN.has(words[i - 2]?.lower ?? '') &&
      isNameWord(word, lexicon);
    const townWithCountry =
      located &&
      isNameWord(word, lexicon) &&
      words[last + 1]?.gap === ', ' &&
      nextMention?.kind === 'country' &&
      nextMention.via === 'name';
    if (suffixed || townWithCountry || settlement || meetingTown) {
      const name = text.slice(word.start, lastWord.end);
      const place = ensurePlace(entities.places, name, countryAfter(words, last, cover, mentions));
      added.push(spanMention(word, lastWord, 'place', place.id, 'place'));
    }
    i = last;
  }
  return { ...state, ...entities, mentions: mergeMentions(mentions, added) };
}
