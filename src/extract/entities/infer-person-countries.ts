// Fills in the country a person represents when no title said it: the country of the organization they speak
// for ("State Department spokesperson"), else the one country their introducing sentence names. A country inside a
// quote is what was said, and one attached to another person ("Philippine Foreign Secretary Enrique Manalo",
// "Trump of the United States") is that person's, and one qualifying a title no name follows ("the Saudi foreign
// minister's visit", "her Japanese counterpart") is that unnamed holder's: none tells whom the first person represents.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import type { EntityMention, ExtractState, Resources, Word } from '../types.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { isTitleWord } from './person-context.ts';
import { actSettingCountry } from './act-setting-country.ts';

/** Title words between a country and the name it qualifies: "Philippine Foreign Secretary Enrique Manalo". */
const TITLE_BETWEEN = /^(?:['’]s)?(?: [\p{Lu}][\p{L}.'’-]*){0,6},? $/u;
/** After a possessive or a demonym, a lower-case title too: "Japan's foreign minister", "Australian counterpart, ". */
const LOWER_TITLE_BETWEEN = /^(?:['’]s)?(?: [\p{L}][\p{L}.'’-]*){0,4},? $/u;
/** Between a name and its country after it: "Trump of the United States", "Manalo, the foreign secretary of". */
const OF_AFTER = /^(?:,(?: (?:the|a|an))?(?: [\p{L}][\p{L}.'’-]*){1,6})? (?:of|for|from)(?: the)? $/u;

/** Right between a name and its country: "Emomali Rahmon of Tajikistan". */
const NAME_OF = /^ of(?: the)? $/;

/** A name coordinated with the next under one demonym: "US Vice President Joe Biden and Secretary of State ". */
const COORDINATED = /^ and(?: [\p{L}][\p{L}.'’-]*){0,6} $/u;

/** The spans of `text` from `start` to `end` inside quotation marks: “...”, "...", and an open quote's tail. */
export function quotedSpans(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let straight = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”') {
      // A closing quote with no opening one in the sentence closes a quote begun in an earlier sentence.
      spans.push([open === -1 ? start : open, i + 1]);
      open = -1;
    } else if (c === '"') {
      if (straight === -1) straight = i;
      else {
        spans.push([straight, i + 1]);
        straight = -1;
      }
    }
  }
  if (open !== -1) spans.push([open, end]);
  return spans;
}

/** Whether the country mention qualifies the person mention, by its title before the name or "of" after it. */
function attached(text: string, country: EntityMention, person: EntityMention): boolean {
  if (country.end <= person.start) {
    const between = text.slice(country.end, person.start);
    if (TITLE_BETWEEN.test(between)) return true;
    const possessive = /^['’]s /.test(between);
    return (possessive || country.via === 'demonym') && LOWER_TITLE_BETWEEN.test(between);
  }
  return person.end <= country.start && OF_AFTER.test(text.slice(person.end, country.start));
}

/**
 * "the Saudi foreign minister's visit", "his Egyptian counterpart": a country that qualifies title words ending in a
 * title head qualifies whoever holds that title; when no name follows it, that holder is someone the sentence does not
 * name, and the country is theirs.
 */
function qualifiesOtherTitle(
  words: readonly Word[],
  lexicon: Lexicon,
  country: EntityMention,
  /** Where person mentions start. */
  names: ReadonlySet<number>,
): boolean {
  let k = wordIndexAt(words, country.end);
  while (k < words.length && (words[k]?.start ?? Infinity) < country.end) k++;
  const first = words[k];
  if (!first || !/^(?:['’]s)? $/.test(first.gap)) return false;
  let head = -1;
  for (let j = k; j < words.length && j - k < 5; j++) {
    const word = words[j] as Word;
    if (j > k && word.gap !== ' ') break;
    // "China's vice premier and top negotiator Liu He": two titles of one holder joined by "and".
    if (word.lower === 'and' && head === j - 1 && isTitleWord(words[j + 1], lexicon)) continue;
    if (lexicon.titleHeads.has(word.lower)) head = j;
    else if (!lexicon.titleModifiers.has(word.lower)) break;
  }
  if (head === -1) return false;
  // A title that runs into a name qualifies that name: `attached` already tells whose it is.
  const after = words[head + 1];
  return !(after && names.has(after.start));
}

export function inferPersonCountries(state: ExtractState, resources: Resources): ExtractState {
  const { words } = state;
  const { lexicon } = resources;
  const names = new Set(state.mentions.filter((m) => m.kind === 'person').map((m) => m.start));
  const persons = new Map(state.persons);
  for (const [id, person] of persons) {
    if (person.country !== null) continue;
    const org = person.organization ? state.organizations.get(person.organization) : undefined;
    // Officials of international organizations represent no country.
    if (org?.kind === 'intergovernmental') continue;
    if (org?.country) {
      persons.set(id, { ...person, country: org.country });
      continue;
    }
    if (!person.titleFromText) continue;
    // The name itself: "The Chairperson of the AU Commission, X," resolves the role before it to X as well.
    const named = (m: EntityMention): boolean => m.kind === 'person' && m.id === id;
    const first =
      state.mentions.find((m) => named(m) && m.via !== 'reference' && m.via !== 'pronoun') ??
      state.mentions.find(named);
    const sentence = first ? state.sentences[first.sentence] : undefined;
    if (!sentence) continue;
    const inSentence = startingIn(state.mentions, sentence.start, sentence.end);
    if (
      inSentence.some(
        (m) =>
          m.kind === 'org' &&
          state.organizations.get(m.id)?.kind === 'intergovernmental' &&
          m.end <= (first?.start ?? 0),
      )
    )
      continue;
    const quoted = quotedSpans(state.text, sentence.start, sentence.end);
    // "Egyptian Foreign Minister Sameh Shoukry and intelligence chief Abbas Kamel": the demonym covers both names.
    const others = inSentence.filter(
      (m) =>
        m.kind === 'person' &&
        m.id !== id &&
        !(first && m.end <= first.start && COORDINATED.test(state.text.slice(m.end, first.start))),
    );
    const candidates = inSentence.filter(
      (m) =>
        m.kind === 'country' &&
        m.via !== 'capital' &&
        !quoted.some(([s, e]) => m.start >= s && m.end <= e) &&
        !others.some((p) => attached(state.text, m, p)) &&
        !qualifiesOtherTitle(words, lexicon, m, names) &&
        // "Machar signed the deal in the Ethiopian capital": the host of the act, not his country.
        !(first && actSettingCountry(state, lexicon, m, first)),
    );
    // "President X of Tajikistan, the agency learnt from the Kremlin press service": a country attached to the name
    // itself says whom it represents, whatever else the sentence names.
    const own = first
      ? new Set(
          candidates
            .filter((m) => m.start >= first.end && NAME_OF.test(state.text.slice(first.end, m.start)))
            .map((m) => m.id),
        )
      : null;
    const countries = own && own.size === 1 ? own : new Set(candidates.map((m) => m.id));
    if (countries.size === 1) persons.set(id, { ...person, country: [...countries][0] ?? null });
  }
  return { ...state, persons };
}
