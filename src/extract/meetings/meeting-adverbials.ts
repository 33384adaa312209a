// Adverbials that may stand between a meeting word and its "with" phrase: "held talks in Cairo on Monday with X",
// "a call on Tuesday with Y". A place or country after "in/at", or a date phrase (chrono's span, with its
// preposition), is stepped over so the partner after it is still read.

import {
  CITY_NOUNS,
  MANNER_ADVERBIALS,
  PLACE_PREPOSITIONS as PLACE_PREPOSITION_WORDS,
  TIME_PREPOSITIONS as TIME_PREPOSITION_WORDS,
} from '../lexicon/meeting-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { ExtractState, Sentence } from '../types.ts';

/** Prepositions that open a place adverbial. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(PLACE_PREPOSITION_WORDS);
/** Prepositions chrono may leave out of a date's span. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(TIME_PREPOSITION_WORDS);

/**
 * "in the Democratic Republic of the Congo's capital Kinshasa", "in the Egyptian capital Cairo": a city named after
 * its settlement noun, the words before that noun its country's.
 */
const CITY_NAMED = new RegExp(`^(?:[\\p{L}-]+(?:['’]s)? ){1,6}(?:${CITY_NOUNS.join('|')})(?: of|,)? $`, 'u');
const SETTLEMENT_NOUN = new RegExp(`\\b(?:${CITY_NOUNS.join('|')})\\b`);
/** How far past the preposition that city's name may start. */
const CITY_REACH = 60;

/** Enough of the text to see the longest manner adverbial and the " with " after it. */
const MANNER_REACH = ' behind closed doors with '.length;

/** The index of the last word of the adverbials right after word k (k itself when there are none). */
export function adverbialsEnd(state: ExtractState, k: number, sentence: Sentence): number {
  const { words, mentions, dates } = state;
  let last = k;
  for (let guard = 0; guard < 4; guard++) {
    let i = last + 1;
    const first = words[i];
    if (!first || first.start >= sentence.end) break;
    // "met behind closed doors with X": a manner adverbial right before the "with" phrase.
    const manner = MANNER_ADVERBIALS.exec(state.text.slice(first.start - 1, first.start + MANNER_REACH));
    if (manner) {
      last = wordIndexAt(words, first.start - 1 + manner[0].length - 1);
      continue;
    }
    if (TIME_PREPOSITIONS.has(first.lower)) i++;
    const head = words[i];
    if (!head || head.start >= sentence.end) break;
    // A date that starts here: "on Monday", "on Tuesday morning", "last week".
    const date = dates.find(
      (d) => d.sentence === sentence.index && (d.start === head.start || d.start === first.start),
    );
    if (date) {
      const end = wordIndexAt(words, date.end - 1);
      // chrono's span may end inside the sentence's last word or past it: keep only a step forward to a word.
      if (end <= last || !words[end] || (words[end]?.start ?? Infinity) >= sentence.end) break;
      last = end;
      continue;
    }
    if (!PLACE_PREPOSITIONS.has(first.lower)) break;
    if (head.lower === 'the') i++;
    const at = words[i];
    // "in the Democratic Republic of the Congo's capital Kinshasa": the city past its country, when a settlement
    // noun stands in the stretch (a cheap check before the mention scan).
    const city =
      at && SETTLEMENT_NOUN.test(state.text.slice(at.start, at.start + CITY_REACH))
        ? startingIn(mentions, at.start + 1, Math.min(sentence.end, at.start + CITY_REACH)).find(
            (m) => m.kind === 'place' && CITY_NAMED.test(state.text.slice(at.start, m.start)),
          )
        : undefined;
    const place =
      city ??
      (at
        ? startingIn(mentions, at.start, at.start + 1).find(
            (m) => m.kind === 'place' || (m.kind === 'country' && m.via !== 'demonym'),
          )
        : undefined);
    if (!place) break;
    const end = wordIndexAt(words, place.end - 1);
    if (end <= last || !words[end]) break;
    last = end;
  }
  return last;
}
