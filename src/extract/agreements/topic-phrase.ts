// Where a topic after an agreement's kind word ends, read from wink-nlp's parts of speech: "on visa-free travel" and
// not "... for holders of diplomatic passports", "to end hostilities" and not "... in Syria's five-year civil war".
// A topic is one noun phrase (its nouns joined by "and", "of" or "in the field of"), or, after "to", one verb and its
// object; an adjunct after it (a preposition, an adverb, a participle, a clause) describes the occasion, not the
// agreement, and a name that keeps it swallows the rest of its clause.

import {
  FIELD_NOUNS,
  NOT_A_FIELD_AFTER_IN,
  SIDES_OWN_POSSESSIVES,
} from '../lexicon/agreement-topic-words.ts';
import type { Word } from '../types.ts';

/** The part of speech of the word at an index, or undefined when wink has no token starting there. */
export type PosAt = (index: number) => string | undefined;

/** Whether a country is named between two word indexes (inclusive). */
export type CountryIn = (from: number, to: number) => boolean;

/** Tags a noun phrase holds: its determiner, modifiers, nouns and numbers. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const JOINED_GAPS: ReadonlySet<string> = new Set(['-', '–', "'", '’', '/']);
/** A possessive left in the gap: its owner and the noun after it are one phrase ("to end the country's civil war"). */
const POSSESSIVE_GAP = /^['’]s $/;

/** "in the field of", "in the areas of": a field phrase that goes on naming the topic. */
function opensFieldOf(words: readonly Word[], i: number): boolean {
  return (
    words[i]?.lower === 'in' &&
    words[i + 1]?.lower === 'the' &&
    FIELD_NOUNS.has(words[i + 2]?.lower ?? '') &&
    words[i + 3]?.lower === 'of'
  );
}

/**
 * The index of the last word of the noun phrase that begins at `from` (no later than `last`), or `from - 1` when no
 * noun phrase begins there. A gerund may head it ("on revising the trade agreement").
 */
export function nounPhraseEnd(
  words: readonly Word[],
  from: number,
  last: number,
  pos: PosAt,
  countryIn: CountryIn = () => true,
): number {
  // "related services", "armed forces": a participle modifying the noun after it.
  const participleBefore = (i: number): boolean =>
    pos(i) === 'VERB' && (words[i]?.lower ?? '').endsWith('ed') && NOUN_TAGS.has(pos(i + 1) ?? '');
  let end = from - 1;
  let noun = false;
  for (let i = from; i <= last; i++) {
    const word = words[i];
    if (!word) break;
    // "U.S. troop pullout": the abbreviation's closing dot opens no new clause.
    const gap =
      /\.$/.test(words[i - 1]?.text ?? '') || !/\./.test(word.gap) ? word.gap : word.gap.replace('.', '');
    if (i > from && gap !== ' ' && !(POSSESSIVE_GAP.test(gap) && end === i - 1)) {
      // "visa-free", "Syria's", "make-or-break": one word to the reader, whatever the tokens.
      if (JOINED_GAPS.has(gap) && end === i - 1) {
        end = i;
        continue;
      }
      break;
    }
    const tag = pos(i);
    if (tag === undefined || PHRASE_TAGS.has(tag) || (tag === 'PRON' && !noun) || tag === 'PART') {
      end = i;
      if (tag !== undefined && NOUN_TAGS.has(tag)) noun = true;
      continue;
    }
    if (i > from && participleBefore(i)) {
      end = i;
      continue;
    }
    if (i === from && tag === 'VERB' && word.lower.endsWith('ing')) {
      end = i;
      noun = true;
      continue;
    }
    const nextTag = pos(i + 1);
    const goesOn =
      nextTag !== undefined && (PHRASE_TAGS.has(nextTag) || nextTag === 'PRON' || participleBefore(i + 1));
    if ((word.lower === 'and' || word.lower === 'or') && end >= from && goesOn) continue;
    // A phrase of its own begins after "of" or "between", its possessive too ("between their news agencies").
    if (word.lower === 'of' && noun && goesOn) {
      noun = false;
      continue;
    }
    // "cooperation between the two state news agencies" names who is bound; "between Russia and Iran" repeats the
    // parties a name already carries in front ("Russia–Iran agreement").
    if (word.lower === 'between' && noun && goesOn && !countryIn(i + 1, last)) {
      noun = false;
      continue;
    }
    if (noun && opensFieldOf(words, i)) {
      i += 3;
      continue;
    }
    // "cooperation in healthcare", "in the blue economy": "in" and a lower-case noun phrase name a field, where
    // "in Syria", "in 2020" or "in principle" say where, when or how firmly.
    const following = words[i + 1];
    const head = nextTag === 'DET' ? words[i + 2] : following;
    if (
      noun &&
      word.lower === 'in' &&
      following &&
      head &&
      !following.cap &&
      !head.cap &&
      !/\d/.test(head.text) &&
      !NOT_A_FIELD_AFTER_IN.has(head.lower) &&
      goesOn
    ) {
      noun = false;
      continue;
    }
    break;
  }
  return end;
}

/**
 * The index of the last word of the topic whose preposition is at `opener`, or -1 when it names no subject
 * ("a deal to see if it is in line ...": a purpose with no object; "to end their rift": a purpose about the sides).
 * `last` bounds it (the sentence's or the regular-expression cut's last word).
 */
export function topicPhraseEnd(
  words: readonly Word[],
  opener: number,
  last: number,
  pos: PosAt,
  countryIn?: CountryIn,
): number {
  const start = opener + 1;
  if (words[opener]?.lower !== 'to' || (pos(start) !== 'VERB' && pos(start) !== 'ADV'))
    return nounPhraseEnd(words, start, last, pos, countryIn);
  // "to (permanently) cease hostilities": a verb and its object.
  let verb = start;
  while (verb <= last && pos(verb) === 'ADV') verb++;
  if (verb > last || pos(verb) !== 'VERB') return -1;
  // "a joint declaration to conclude their disagreement": a purpose about the sides' own relations tells why they
  // signed, not which instrument it is; the name is its kind and parties, and a later title names it.
  if (SIDES_OWN_POSSESSIVES.has(words[verb + 1]?.lower ?? '')) return -1;
  const object = nounPhraseEnd(words, verb + 1, last, pos, countryIn);
  return object > verb ? object : -1;
}
