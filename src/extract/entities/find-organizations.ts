// Finds organizations never seen before from their shape: a run of capitalized words ending in a suffix such as
// Ministry, Agency, Council, Union, Dialogue or Party, optionally with an "of ..." tail; acronyms in parentheses.

import {
  DATELINE_AGENCY_HEAD,
  AGREEMENT_NAME_ENDINGS,
  GENERIC_ORG_NAME_WORDS,
  ORG_NAME_CONNECTORS,
  ORG_NAME_KEPT_OPENERS,
  ORG_NAME_LEADING_DROPS,
  OUTLET_HEAD_NOUNS,
  OUTLET_CLAUSE_REPORT_VERBS,
  PORTFOLIO_PHRASE_WORDS,
  PORTFOLIO_TITLE_HEADS,
  OUTLET_REPORT_CLAUSE_WORDS,
  OUTLET_REPORT_SOURCE_WORDS,
  OUTLET_REPORT_VERBS,
  ORG_NAME_MODIFIER_PARTICIPLES,
  OPENING_GERUND_NAME_LINKS,
} from '../lexicon/entity-words.ts';
import { organizationId } from '../../domain/ids.ts';
import type { Gazetteer } from '../lexicon/build-gazetteer.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import {
  ORG_SUFFIXES,
  ORG_SUFFIXES_BEFORE_ACRONYM,
  ORG_SUFFIXES_WITH_IN_TAIL,
  ORGAN_HEADS,
  STORY_TAGS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/word-lists.ts';
import { countryAfterMinistry, countryBefore, longestMatch } from './match-gazetteer.ts';
import { datelineCountry, datelineSource } from '../text/datelines.ts';
import { recentSpeakingCountry } from './speaking-country.ts';
import { titleCaseHeadlineEnd } from './title-case-headline.ts';
import { isTitleWord } from './person-context.ts';
import { invertedName } from './inverted-names.ts';
import { coverWords, mergeMentions, wordIndexAt, wordMention } from '../mention-index.ts';
import { ensureOrganization, knownOrgFacts } from './registry.ts';
import type { EntityMention, ExtractState, OrgEntity, Resources, Word } from '../types.ts';

const AGREEMENT_ENDINGS: ReadonlySet<string> = new Set(AGREEMENT_NAME_ENDINGS);
const CONNECTORS: ReadonlySet<string> = new Set(ORG_NAME_CONNECTORS);
const GERUND_NAME_LINKS: ReadonlySet<string> = new Set(OPENING_GERUND_NAME_LINKS);
const GERUND = /^\p{Lu}\p{Ll}+ing$/u;

/** "Speaking on Fox News, ...", "Addressing the UN Security Council, ...": a participle clause opens the sentence. */
function openingParticiple(words: readonly Word[], i: number): boolean {
  const word = words[i];
  const next = words[i + 1];
  return (
    !!word &&
    !!next &&
    words[i - 1]?.sentence !== word.sentence &&
    GERUND.test(word.text) &&
    !next.cap &&
    next.gap === ' ' &&
    !GERUND_NAME_LINKS.has(next.lower)
  );
}
const LEADING_DROPS: ReadonlySet<string> = new Set(ORG_NAME_LEADING_DROPS);
const KEPT_OPENERS: ReadonlySet<string> = new Set(ORG_NAME_KEPT_OPENERS);
// "(TGoNU)", "(BoG)": a lower-case letter inside an acronym stands for a connector, with a capital after it.
const ACRONYM = /^\((\p{Lu}(?:[\p{Lu}0-9&-]|\p{Ll}(?=\p{Lu})){1,9})\)/u;
const TAGS: ReadonlySet<string> = new Set(STORY_TAGS);
/** Words that make a name generic ("Foreign Ministry") so it needs its country to identify it. */
const GENERIC: ReadonlySet<string> = new Set(GENERIC_ORG_NAME_WORDS);

const ORGAN_HEADS_SET: ReadonlySet<string> = new Set(ORGAN_HEADS);
const IN_TAIL_SUFFIXES: ReadonlySet<string> = new Set(ORG_SUFFIXES_WITH_IN_TAIL);
const ACRONYM_SUFFIXES: ReadonlySet<string> = new Set(ORG_SUFFIXES_BEFORE_ACRONYM);
/** Titles whose first word is an organization suffix: "Cabinet Secretary". */
const SUFFIX_TITLES: ReadonlySet<string> = new Set(
  Object.values(TITLE_ABBREVIATIONS)
    .filter((title) => title.includes(' ') && Object.hasOwn(ORG_SUFFIXES, title.split(' ')[0] ?? ''))
    .map((title) => title.toLowerCase()),
);
const OUTLET_HEADS: ReadonlySet<string> = new Set(OUTLET_HEAD_NOUNS);
/** The first words of two-word heads ("news" agency): only after one of them is the word pair built and looked up. */
const OUTLET_HEAD_FIRSTS: ReadonlySet<string> = new Set(
  OUTLET_HEAD_NOUNS.filter((head) => head.includes(' ')).map((head) => head.split(' ')[0] ?? ''),
);
/** "Saudi-backed", "Republican-led": a hyphenated modifier that opens a run but is no part of the name. */
const MODIFIER_WORD = new RegExp(`^\\p{Lu}[\\p{L}.]*-(?:${ORG_NAME_MODIFIER_PARTICIPLES.join('|')})$`, 'u');
const REPORT_VERBS: ReadonlySet<string> = new Set(OUTLET_REPORT_VERBS);
const REPORT_SOURCES: ReadonlySet<string> = new Set(OUTLET_REPORT_SOURCE_WORDS);
const REPORT_CLAUSES: ReadonlySet<string> = new Set(OUTLET_REPORT_CLAUSE_WORDS);
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(PORTFOLIO_TITLE_HEADS);
const CLAUSE_REPORT_VERBS: ReadonlySet<string> = new Set(OUTLET_CLAUSE_REPORT_VERBS);
/** Most words in an outlet's name read before its head noun. */
const OUTLET_NAME_WORDS = 3;

interface Candidate {
  first: number;
  last: number;
  kind: OrgEntity['kind'];
}

/**
 * "Ministry of External Affairs Spokesperson X", "Union of Comoros H.E X": the "of" tail from `from` to `j` ends
 * before an office or a form of address that more capitals follow, for those open a person's name. A tail left
 * with no word of its own keeps its run.
 */
function tailEnd(words: readonly Word[], lexicon: Lexicon, from: number, j: number): number {
  for (let k = from; k < j; k++) {
    const word = words[k] as Word;
    if (!lexicon.orgBreakers.has(word.text) && !lexicon.addressForms.has(word.text)) continue;
    // "the Office of the Prime Minister and X": an office that a connector follows, not a name, ends the tail.
    if (lexicon.orgBreakers.has(word.text) && words[k - 1]?.cap && CONNECTORS.has(words[k + 1]?.lower ?? ''))
      return k;
    let end = k - 1;
    while (end >= from && CONNECTORS.has(words[end]?.lower ?? '')) end--;
    return end >= from ? end : j;
  }
  return j;
}

/**
 * "Justice and Equality Movement": word `at`, a title's portfolio word as well as a title ("Justice Minister",
 * "Justice Breyer"), joined by "and" to a capital of the name rather than set before a holder's name.
 */
function causeWord(words: readonly Word[], lexicon: Lexicon, at: number): boolean {
  return (
    lexicon.titleModifiers.has(words[at]?.lower ?? '') &&
    words[at + 1]?.lower === 'and' &&
    words[at + 2]?.cap === true &&
    !isTitleWord(words[at + 2], lexicon)
  );
}

/** Most portfolios a ministry's list names: "of Water, Irrigation and Energy". */
const MAX_LIST_ITEMS = 4;

/**
 * "Ministry of Water, Irrigation and Energy", "Ministry of Planning, Development and Reform": a tail ending at word
 * `last` goes on through a list of capitalized portfolios set off by commas and closed by "and". Each item is
 * capitals no entity covers and no title head opens; a list that never reaches its "and" stays out.
 */
function listTailEnd(words: readonly Word[], cover: Int32Array, lexicon: Lexicon, last: number): number {
  let k = last + 1;
  if (words[k]?.gap !== ', ') return last;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    // One item: capitals joined by spaces.
    const opens = words[k];
    if (!opens?.cap || cover[k] !== -1 || lexicon.titleHeads.has(opens.lower)) return last;
    while (words[k + 1]?.gap === ' ' && words[k + 1]?.cap && cover[k + 1] === -1) k++;
    const next = words[k + 1];
    if (next?.gap === ', ' && next.cap) {
      k++;
      continue;
    }
    // "..., Irrigation and Energy": the closing item after "and" ends the list.
    const closing = words[k + 2];
    if (
      next?.lower !== 'and' ||
      !/^,? $/.test(next.gap) ||
      closing?.gap !== ' ' ||
      !closing.cap ||
      cover[k + 2] !== -1 ||
      lexicon.titleHeads.has(closing.lower)
    )
      return last;
    k += 2;
    while (words[k + 1]?.gap === ' ' && words[k + 1]?.cap && cover[k + 1] === -1) k++;
    return k;
  }
  return last;
}

/** A weekday, a month or "today": "the Council on Friday", "the Committee on May 5". */
function dateWord(word: Word | undefined, lexicon: Lexicon): boolean {
  return word !== undefined && (lexicon.months.has(word.lower) || lexicon.roleVerbTimeWords.has(word.lower));
}

/**
 * "Federal Agency for Subsoil Use", "Committee on International Affairs": a "for" or "on" tail without "the" from
 * `from` to `j` belongs to the name when its capitals are free of any other entity and no date or other non-name
 * word opens it ("the Council on Friday", "the Committee on Iran"). Returns the tail's last word, or -1 for none.
 */
function looseTailEnd(
  words: readonly Word[],
  cover: Int32Array,
  lexicon: Lexicon,
  from: number,
  j: number,
): number {
  if (!words[from]?.cap || dateWord(words[from], lexicon)) return -1;
  let end = tailEnd(words, lexicon, from, j);
  // "Fund for Development and King Salman ...", "Committee on Budget on Tuesday": a title or a date after a
  // connector ends the tail.
  for (let k = from; k <= end; k++)
    if (
      cover[k] !== -1 ||
      (!words[k - 1]?.cap && (lexicon.titleHeads.has(words[k]?.lower ?? '') || dateWord(words[k], lexicon)))
    ) {
      end = k - 1;
      break;
    }
  while (end >= from && CONNECTORS.has(words[end]?.lower ?? '')) end--;
  if (end < from) return -1;
  return end === j ? listTailEnd(words, cover, lexicon, end) : end;
}

/** Whether the words after `at` open a "for" or "on" tail without "the". */
function looseLink(words: readonly Word[], at: number): boolean {
  const link = words[at + 1]?.lower;
  return (link === 'for' || link === 'on') && words[at + 2]?.lower !== 'the';
}

/** Whether a known organization, country or place starting at word `first` reaches word `last`. */
function coveredByKnown(
  words: readonly Word[],
  cover: Int32Array,
  mentions: readonly EntityMention[],
  first: number,
  last: number,
): boolean {
  const known = mentions[cover[first] ?? -1];
  return (
    cover[first] !== -1 &&
    (known?.kind === 'org' || known?.kind === 'country' || known?.kind === 'place') &&
    known.end >= (words[last]?.end ?? 0)
  );
}

/**
 * "between Kenya Investment Authority and Tanzania Investment Centre", "consultations with NATO and European Union
 * allies": an "and" after a word that ends a name of its own (an organization suffix, or a known organization or
 * person) joins two names, not the words of one.
 */
function conjunctEnds(
  words: readonly Word[],
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
  at: number,
): boolean {
  const word = words[at];
  if (!word) return false;
  if (lexicon.orgSuffixes.has(word.text)) return true;
  const known = mentions[cover[at] ?? -1];
  return (known?.kind === 'org' || known?.kind === 'person') && known.end === word.end;
}

/**
 * "Mission in Mozambique", "Mission in the Democratic Republic of the Congo", "Mission in South Sudan": the place an
 * "in" tail from `from` names, a country or place the gazetteer knows, else capitals joined by spaces. Returns the
 * tail's last word, or -1 for none.
 */
function inTailEnd(
  words: readonly Word[],
  cover: Int32Array,
  mentions: readonly EntityMention[],
  from: number,
): number {
  const k = words[from]?.lower === 'the' ? from + 1 : from;
  if (!words[k]?.cap || words[k]?.gap !== ' ') return -1;
  const place = mentions[cover[k] ?? -1];
  let last = k;
  if (place?.kind === 'country' || place?.kind === 'place') {
    while ((words[last + 1]?.end ?? Infinity) <= place.end) last++;
    return last;
  }
  while (words[last + 1]?.gap === ' ' && words[last + 1]?.cap && cover[last + 1] === -1) last++;
  return last;
}

/**
 * "the Atomic Energy Organization of Iran Mohammad Eslami", "the Organization of Turkic States Kubanychbek
 * Omuraliev": a name's tail after word `from` ends before a person the run goes on with, a known person or two
 * capitals or more after a known body that opens the run, with no suffix or connector among them.
 */
function nameEnd(
  words: readonly Word[],
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
  from: number,
  last: number,
): number {
  for (let k = from + 1; k <= last; k++) {
    const mention = mentions[cover[k] ?? -1];
    if (mention?.kind !== 'person' || mention.start !== words[k]?.start) continue;
    let end = k - 1;
    // "of Iran Hussein Amir Abdollahian" where "Amir Abdollahian" is known: given names between the country and the
    // person are the person's.
    let place = end;
    while (
      place > from &&
      cover[place] === -1 &&
      words[place]?.cap &&
      !lexicon.orgSuffixes.has(words[place]?.text ?? '')
    )
      place--;
    if (place < end && mentions[cover[place] ?? -1]?.kind === 'country') end = place;
    while (end > from && CONNECTORS.has(words[end]?.lower ?? '')) end--;
    return end;
  }
  const owner = ownerEnd(words, cover, mentions, lexicon, from, last);
  if (owner !== -1) return owner;
  const portfolio = portfolioEnd(words, cover, lexicon, from, last);
  if (portfolio !== -1) return portfolio;
  const known = mentions[cover[from] ?? -1];
  if (known?.kind !== 'org' || known.start !== words[from]?.start) return last;
  let end = from;
  while (end < last && (words[end + 1]?.end ?? Infinity) <= known.end) end++;
  if (last - end < 2) return last;
  for (let k = end + 1; k <= last; k++) {
    const word = words[k];
    if (!word?.cap || cover[k] !== -1 || lexicon.orgSuffixes.has(word.text)) return last;
  }
  return end;
}

/**
 * "the Ministry of Foreign Affairs of Azerbaijan Aykhan Hajizada", "the Ministry of Youth and Sports of Nepal Mohan
 * Krishna Sapkota": an "of <country>" tail names the owner and closes the name, so two capitals or more after it, no
 * entity's and no suffix among them, open the name of a person the persons finder does not know. Returns the
 * country's last word, or -1.
 */
function ownerEnd(
  words: readonly Word[],
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
  from: number,
  last: number,
): number {
  if (last - from < 4) return -1;
  for (let k = last - 1; k > from; k--) {
    if (cover[k] === -1) continue;
    const country = mentions[cover[k] ?? -1];
    // A demonym is no owner: "Community of Portuguese Speaking Countries" goes on.
    if (country?.kind !== 'country' || country.via !== 'name' || country.end !== words[k]?.end) return -1;
    let start = k;
    while ((words[start - 1]?.start ?? -1) >= country.start) start--;
    if (words[start - 1]?.lower !== 'of' || last - k < 2) return -1;
    for (let m = k + 1; m <= last; m++) {
      const word = words[m];
      if (!word?.cap || cover[m] !== -1 || lexicon.orgSuffixes.has(word.text)) return -1;
    }
    return k;
  }
  return -1;
}

const PORTFOLIO_CLOSERS: ReadonlySet<string> = new Set(PORTFOLIO_PHRASE_WORDS);
/** Fewest capitals after a portfolio's closing word that make a person's name: a given name and a surname. */
const MIN_HOLDER_NAME_WORDS = 2;

/**
 * "Spokesperson at the Ministry of External Affairs Randhir Jaiswal", "the Ministry of Home Affairs Amit Shah": a
 * ministry's portfolio closes with "Affairs", so two capitals or more right after it, no entity's and no suffix
 * among them, open the name of a person the persons finder does not know. Returns the closing word, or -1.
 */
function portfolioEnd(
  words: readonly Word[],
  cover: Int32Array,
  lexicon: Lexicon,
  from: number,
  last: number,
): number {
  for (let k = from + 1; k <= last - MIN_HOLDER_NAME_WORDS; k++) {
    if (!PORTFOLIO_CLOSERS.has(words[k]?.lower ?? '')) continue;
    for (let m = k + 1; m <= last; m++) {
      const word = words[m];
      if (!word?.cap || word.gap !== ' ' || cover[m] !== -1 || lexicon.orgSuffixes.has(word.text)) return -1;
    }
    return k;
  }
  return -1;
}

/**
 * Whether `link` and "the" and a capital follow word `j`: "Office of the Central ...", "Council for the Safeguard
 * ...", and after such a "for the" tail the complement of its noun ("... for the Safeguard of the Homeland", "...
 * for the Defence of the People"), still inside the name.
 */
function theTail(words: readonly Word[], j: number, link: 'of' | 'for'): boolean {
  return (
    words[j + 1]?.lower === link &&
    words[j + 2]?.lower === 'the' &&
    words[j + 3]?.cap === true &&
    words[j + 3]?.gap === ' '
  );
}

/**
 * The first word of the run `from`..`last` whose capitalized words' initials spell the capitals of the acronym in
 * parentheses right after it ("Transitional Government of National Unity (TGoNU)"), or -1.
 */
function spelledStart(words: readonly Word[], from: number, last: number): number {
  const acronym = words[last + 1];
  if (!acronym || !words[last + 2]?.gap.startsWith(')') || !/^\p{Lu}[\p{L}-]{1,9}$/u.test(acronym.text))
    return -1;
  const capitals = acronym.text.replace(/[^\p{Lu}]/gu, '');
  let k = capitals.length;
  for (let w = last; w >= from && k > 0; w--) {
    const word = words[w];
    if (!word?.cap) continue;
    if (word.text[0] !== capitals[k - 1]) return -1;
    k--;
    if (k === 0) return w;
  }
  return -1;
}

/** Capitalized runs with an organization suffix. */
function candidates(
  words: readonly Word[],
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word?.cap || openingParticiple(words, i)) {
      i++;
      continue;
    }
    // A run: capitalized words joined by single spaces, with lower-case connectors inside.
    let j = i;
    // Whether the run took a suffix's "for the" tail, and an "of the" complement after it.
    let forTail = false;
    let ofTail = false;
    while (j + 1 < words.length) {
      const next = words[j + 1];
      // "George P. Shultz National Foreign Affairs Training Center": a middle initial stays inside the name.
      const initial = next?.gap === '. ' && next.cap && /^\p{Lu}$/u.test(words[j]?.text ?? '');
      if (!next || (next.gap !== ' ' && !(next.gap === '-' && next.cap) && !initial)) break;
      // "... for the Safeguard of the Homeland of Niger": after that complement, "of" and a country name its owner.
      if (ofTail && next.lower === 'of' && mentions[cover[j + 2] ?? -1]?.kind === 'country') break;
      if (forTail && !ofTail && theTail(words, j, 'of')) {
        j += 2;
        ofTail = true;
      } else if (
        next.cap ||
        (CONNECTORS.has(next.lower) &&
          words[j + 2]?.cap &&
          words[j + 2]?.gap === ' ' &&
          !dateWord(words[j + 2], lexicon) &&
          !(next.lower === 'and' && conjunctEnds(words, cover, mentions, lexicon, j)))
      )
        j++;
      // "Office of the Central ...", "Office for the Coordination of ...": "of the", "for the" inside a name.
      else if (
        (theTail(words, j, 'of') || theTail(words, j, 'for')) &&
        lexicon.orgSuffixes.has(words[j]?.text ?? '')
      ) {
        forTail ||= next.lower === 'for';
        j += 2;
      } else break;
    }
    // "Defence Cabinet Secretary Aden Duale": a suffix word that opens a two-word title is the title's. The run ends
    // before it, unless an "of the" tail holds it ("Office of the Prime Cabinet Secretary": the office of that title).
    let titleAt = -1;
    if (j > i + 1)
      for (let k = i + 1; k < j; k++)
        if (SUFFIX_TITLES.has(`${words[k]?.lower} ${words[k + 1]?.lower}`)) {
          titleAt = k;
          let ofThe = false;
          for (let m = i + 1; m < k && !ofThe; m++)
            ofThe = words[m]?.lower === 'the' && words[m - 1]?.lower === 'of';
          if (!ofThe) j = k - 1;
          break;
        }
    let suffixAt = -1;
    // A run that ends in an agreement word is an agreement's name ("Intermediate-Range Nuclear Forces Treaty").
    const agreementName = AGREEMENT_ENDINGS.has(words[j]?.text ?? '');
    for (let k = j; k > i && !agreementName; k--) {
      const w = words[k];
      if (w && k !== titleAt && lexicon.orgSuffixes.has(w.text)) {
        suffixAt = k;
        break;
      }
    }
    // "Transitional Government of National Unity (TGoNU)": a head that names a body only before its acronym.
    let spelledFrom = -1;
    if (suffixAt === -1 && !agreementName && words[j + 1]?.gap === ' (') {
      spelledFrom = spelledStart(words, i, j);
      for (let k = j; k > spelledFrom && spelledFrom !== -1; k--)
        if (ACRONYM_SUFFIXES.has(words[k]?.text ?? '')) {
          suffixAt = k;
          break;
        }
    }
    // "Ministry of External Affairs": the suffix word may open the name when an "of" tail follows, also after a
    // capitalized article that opens the sentence ("The Ministry of Emergency Situations said").
    const opener = LEADING_DROPS.has(words[i]?.text ?? '') ? i + 1 : i;
    // "Government of National Accord (GNA)": a head named before its acronym may open the name the same way.
    const openerHead =
      lexicon.orgSuffixes.has(words[opener]?.text ?? '') ||
      (spelledFrom === opener && ACRONYM_SUFFIXES.has(words[opener]?.text ?? ''));
    if (
      (suffixAt === -1 || suffixAt === opener) &&
      !agreementName &&
      openerHead &&
      (words[opener + 1]?.lower === 'of' || looseLink(words, opener)) &&
      j > opener + 1
    ) {
      let last: number;
      if (words[opener + 1]?.lower === 'of') {
        const cut = tailEnd(words, lexicon, opener + 2, j);
        last = cut === j ? listTailEnd(words, cover, lexicon, cut) : cut;
      } else last = looseTailEnd(words, cover, lexicon, opener + 2, j);
      // "Council on Foreign Relations": a loose tail no entity covers. "Organization of Islamic Cooperation
      // Secretary General": the tail cut, a known name may cover it all.
      if (last !== -1) last = nameEnd(words, cover, mentions, lexicon, opener, last);
      if (last !== -1 && !coveredByKnown(words, cover, mentions, opener, last))
        out.push({
          first: opener,
          last,
          kind: lexicon.orgSuffixes.get(words[opener]?.text ?? '') ?? 'other',
        });
    }
    if (suffixAt > i) {
      let first = Math.max(i, spelledFrom);
      while (
        first < suffixAt &&
        (LEADING_DROPS.has(words[first]?.text ?? '') ||
          MODIFIER_WORD.test(words[first]?.text ?? '') ||
          (lexicon.nonNames.has(words[first]?.text ?? '') && !KEPT_OPENERS.has(words[first]?.text ?? '')))
      )
        first++;
      // A title inside the run ("Foreign Minister Wang") starts a person, not an organization.
      let afterTitle = first > i && lexicon.titleHeads.has(words[first - 1]?.lower ?? '');
      for (let k = first; k <= suffixAt; k++)
        if (lexicon.orgBreakers.has(words[k]?.text ?? '')) {
          first = k + 1;
          afterTitle = true;
        }
      // "Envoy to Sudan and Head of United Nations Integrated ... Mission": a second title's "of" after "and"
      // opens the body it heads; the place before it closes the first title.
      for (let k = first; k < suffixAt - 2; k++)
        if (
          words[k]?.lower === 'and' &&
          lexicon.titleHeads.has(words[k + 1]?.lower ?? '') &&
          words[k + 2]?.lower === 'of'
        )
          first = k + 3;
      // "the President of Al-Kafeel University", "Assistant to the President and Deputy Press Secretary": right
      // after a title, a connector or more title words open no organization name.
      while (afterTitle && first < suffixAt && (!words[first]?.cap || isTitleWord(words[first], lexicon)))
        first++;
      // "Speaker National Assembly Asad Qaiser": a title head opening the run is the holder's title, not the name.
      // A head that also names a portfolio, joined by "and" to another capital, is a cause the name stands for
      // ("Justice and Equality Movement"), no title.
      while (
        first < suffixAt - 1 &&
        lexicon.titleHeads.has(words[first]?.lower ?? '') &&
        words[first]?.cap &&
        !causeWord(words, lexicon, first)
      )
        first++;
      // "Chief of Army Staff": the connector left after the title opens no name.
      while (first < suffixAt && !words[first]?.cap) first++;
      // "Prime Minister Kim Hwang-sik and National Assembly Speaker Park", "representative Barnaba Marial Benjamin
      // and National Salvation Front": right after a title the run opens with its holder's name, so an "and"
      // before the suffix ends that name and opens the organization's.
      const holderTitle = words[first - 1];
      if (
        holderTitle &&
        !CONNECTORS.has(holderTitle.lower) &&
        (isTitleWord(holderTitle, lexicon) || lexicon.titleHeads.has(holderTitle.lower))
      ) {
        for (let k = suffixAt - 1; k > first; k--)
          if (words[k]?.lower === 'and') {
            first = k + 1;
            break;
          }
      }
      // An "of <Name>" tail belongs to the name ("Ministry of Foreign Affairs", "Workers' Party of Korea").
      let last = suffixAt;
      // "Democratic Forces for the Liberation of Rwanda": a "for the" tail belongs to it the same way.
      const tailLink = words[suffixAt + 1]?.lower;
      if (
        (tailLink === 'of' || (tailLink === 'for' && words[suffixAt + 2]?.lower === 'the')) &&
        j > suffixAt + 1
      ) {
        last = tailEnd(words, lexicon, suffixAt + 2, j);
        if (last === j) last = listTailEnd(words, cover, lexicon, last);
      } else if (looseLink(words, suffixAt) && j > suffixAt + 1) {
        // "Saudi Fund for Development", "State Duma Committee on International Affairs".
        last = Math.max(suffixAt, looseTailEnd(words, cover, lexicon, suffixAt + 2, j));
      } else if (
        suffixAt === j &&
        IN_TAIL_SUFFIXES.has(words[suffixAt]?.text ?? '') &&
        words[suffixAt + 1]?.lower === 'in'
      ) {
        last = Math.max(suffixAt, inTailEnd(words, cover, mentions, suffixAt + 2));
      }
      // "the African Union Mission Mandate": such a suffix names a body only with its place or its acronym after it.
      const placeless =
        last === suffixAt &&
        IN_TAIL_SUFFIXES.has(words[suffixAt]?.text ?? '') &&
        words[suffixAt + 1]?.gap !== ' (';
      last = nameEnd(words, cover, mentions, lexicon, suffixAt, last);
      // "the Biden Administration", "the US Administration": a government, unless a word of its own opens the name
      // ("China National Space Administration").
      const government =
        lexicon.orgSuffixesAfterGovernment.has(words[suffixAt]?.text ?? '') &&
        words.slice(first, suffixAt).every((_, k) => {
          const kind = mentions[cover[first + k] ?? -1]?.kind;
          return kind === 'person' || kind === 'country';
        });
      // A known name that the run extends ("African Union" + "Commission") is a different, longer name.
      // "Malian minister of Territorial Administration and Decentralization": a minister's "of" complement is
      // the portfolio.
      const portfolio =
        words[first - 1]?.lower === 'of' && PORTFOLIO_TITLES.has(words[first - 2]?.lower ?? '');
      if (
        first < suffixAt &&
        !government &&
        !placeless &&
        !portfolio &&
        !coveredByKnown(words, cover, mentions, first, suffixAt)
      ) {
        const suffix = words[suffixAt]?.text ?? '';
        let kind = lexicon.orgSuffixes.get(suffix) ?? 'other';
        if (suffix === 'Agency' && words[suffixAt - 1]?.text === 'News') kind = 'news agency';
        out.push({ first, last, kind });
      }
    }
    i = j + 1;
  }
  return out;
}

/**
 * "the state-run Petra news agency", "Dawn newspaper reported", "told Israel's Channel Two television": capitalized
 * words no entity covers, right before a lower-case outlet noun, name a news outlet. A date word ("Saturday
 * newspaper") or a title opens no name.
 */
function outletCandidates(words: readonly Word[], cover: Int32Array, lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k < words.length; k++) {
    const word = words[k] as Word;
    if (word.cap || word.gap !== ' ') continue;
    if (
      !OUTLET_HEADS.has(word.lower) &&
      !(
        OUTLET_HEAD_FIRSTS.has(word.lower) &&
        OUTLET_HEADS.has(`${word.lower} ${words[k + 1]?.lower ?? ''}`) &&
        words[k + 1]?.gap === ' '
      )
    )
      continue;
    let first = k;
    while (first > 0 && k - first < OUTLET_NAME_WORDS) {
      const before = words[first - 1] as Word;
      const gapOk = first === k ? true : words[first]?.gap === ' ' || words[first]?.gap === '-';
      if (!gapOk || !before.cap || cover[first - 1] !== -1 || before.sentence !== word.sentence) break;
      if (
        dateWord(before, lexicon) ||
        lexicon.titleHeads.has(before.lower) ||
        lexicon.nonNames.has(before.text)
      )
        break;
      first--;
    }
    // The run must start a phrase: after a lower-case word, a possessive, a comma or the sentence's start.
    const opener = words[first - 1];
    if (first === k || (opener?.cap && opener.sentence === word.sentence && words[first]?.gap === ' '))
      continue;
    out.push({ first, last: k - 1, kind: 'news agency' });
  }
  return out;
}

/**
 * "..., News.az reports citing the ministry.", "..., Reporters reports.": capitalized words no entity covers, set off
 * by a comma and followed by "reports" that ends the sentence or names its source, are the outlet that filed it.
 */
function reportCandidates(
  words: readonly Word[],
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 2; k < words.length; k++) {
    const verb = words[k] as Word;
    if (!REPORT_VERBS.has(verb.text) || verb.gap !== ' ') continue;
    const after = words[k + 1];
    const closes = !after || after.sentence !== verb.sentence || /^[.,]/.test(after.gap);
    const clause =
      CLAUSE_REPORT_VERBS.has(verb.text) && after?.gap === ' ' && REPORT_CLAUSES.has(after.lower);
    if (!closes && !clause && !(after.gap === ' ' && REPORT_SOURCES.has(after.lower))) continue;
    let first = k - 1;
    while (first > 0 && k - first < OUTLET_NAME_WORDS && words[first]?.gap === ' ' && words[first - 1]?.cap)
      first--;
    // The comma may follow or precede a closing quote: '...", Reporters reports'. "NewsClick Nigeria reports that
    // ...", "LEADERSHIP reports that ...": an outlet that opens its sentence reports a clause, named by two words or
    // a masthead in capitals ("Novinar reports that" may be a reporter's surname).
    const opensClause =
      clause &&
      words[first - 1]?.sentence !== verb.sentence &&
      (k - first >= 2 || /^\p{Lu}{2,}$/u.test(words[first]?.text ?? ''));
    if (!/^["”’]?,["”’]? $/.test(words[first]?.gap ?? '') && !opensClause) continue;
    let free = true;
    for (let w = first; w < k; w++) {
      const word = words[w] as Word;
      if (
        !word.cap ||
        // "NewsClick Nigeria reports that": a country after the outlet's first word is part of its name.
        (cover[w] !== -1 && !(opensClause && w > first && mentions[cover[w] ?? -1]?.kind === 'country')) ||
        lexicon.titleHeads.has(word.lower) ||
        lexicon.nonNames.has(word.text)
      )
        free = false;
    }
    // "Foreign Minister Anna Berg ... , Berg reported": a word a title opens elsewhere is a person's name.
    const titled = (w: number): boolean =>
      words.some((other, o) => {
        if (other.text !== words[w]?.text) return false;
        let before = o - 1;
        while (
          before > o - 3 &&
          words[before + 1]?.gap === ' ' &&
          words[before]?.cap &&
          !isTitleWord(words[before], lexicon)
        )
          before--;
        return words[before + 1]?.gap === ' ' && isTitleWord(words[before], lexicon);
      });
    for (let w = first; w < k && free; w++) if (titled(w)) free = false;
    if (free) out.push({ first, last: k - 1, kind: 'news agency' });
  }
  return out;
}

/** The country a generic name belongs to: a country word inside it, or "<Country>'s" right before it. */
function countryOf(
  words: readonly Word[],
  first: number,
  last: number,
  gazetteer: Gazetteer,
): { id: string | null; insideName: boolean } {
  for (let k = first; k <= last; k++) {
    const match = longestMatch(words, k, gazetteer);
    if (match?.entry.kind === 'country') return { id: match.entry.id, insideName: true };
  }
  const before = words[first];
  if (before && /^['’]s $/.test(before.gap)) {
    for (let k = Math.max(0, first - 3); k < first; k++) {
      const match = longestMatch(words, k, gazetteer);
      if (match?.entry.kind === 'country' && match.last === first - 1)
        return { id: match.entry.id, insideName: false };
    }
  }
  return { id: null, insideName: false };
}

/**
 * The country whose minister of the same portfolio was last named before a generic ministry ("Foreign Minister"
 * for "Foreign Ministry"), with that country right before the title ("Indonesian Foreign Minister").
 */
function ministerCountry(words: readonly Word[], candidate: Candidate, gazetteer: Gazetteer): string | null {
  const head = words[candidate.last];
  if (head?.text !== 'Ministry') return null;
  const portfolio = words.slice(candidate.first, candidate.last).map((w) => w.text);
  if (portfolio.length === 0) return null;
  for (let k = candidate.first - 1; k >= portfolio.length; k--) {
    if (words[k]?.text !== 'Minister') continue;
    const start = k - portfolio.length;
    if (!portfolio.every((w, i) => words[start + i]?.text === w)) continue;
    const owner = countryOf(words, start, start - 1, gazetteer);
    if (owner.id) return owner.id;
    const before = countryBefore(words, start, gazetteer);
    if (before) return before;
  }
  return null;
}

/**
 * "Politburo Standing Committee of the Communist Party of China", "Parliamentary Assembly of the Council of Europe":
 * the last "of the" tail of a name that holds an organization suffix of its own names a second organization, the
 * body the first belongs to. Returns that tail, or null.
 */
function innerBody(words: readonly Word[], lexicon: Lexicon, candidate: Candidate): Candidate | null {
  for (let k = candidate.last - 3; k > candidate.first; k--) {
    if (words[k]?.lower !== 'of' || words[k + 1]?.lower !== 'the' || !words[k + 2]?.cap) continue;
    const first = k + 2;
    if (first >= candidate.last) return null;
    for (let s = candidate.last; s >= first; s--) {
      const kind = lexicon.orgSuffixes.get(words[s]?.text ?? '');
      // "Office of the Prime Cabinet Secretary": a suffix opening a title names no inner body.
      if (SUFFIX_TITLES.has(`${words[s]?.lower} ${words[s + 1]?.lower}`)) continue;
      // "Council of Europe": a suffix that opens the tail needs an "of" tail of its own.
      if (kind && (s > first || words[s + 1]?.lower === 'of')) return { first, last: candidate.last, kind };
    }
    return null;
  }
  return null;
}

/** An acronym: "UN", "U.N.", "OSCE". */
const ACRONYM_WORD = /^\p{Lu}(?:\.?\p{Lu})+\.?$/u;

/**
 * Whether `longer` is `name` with an owner set before it: a country, a known body or an acronym ("UN Security
 * Council", "Iranian Foreign Ministry", "OSCE Minsk Group", "Zimbabwe-Namibia Joint Commission"). Another word
 * before it ("Supreme National Security Council") makes it a different body.
 */
function ownerBefore(longer: string, name: string, gazetteer: Gazetteer): boolean {
  if (!longer.endsWith(` ${name}`)) return false;
  const owner = longer.slice(0, longer.length - name.length - 1);
  const known = (words: string): boolean => {
    const kind = gazetteer.phrases.get(words)?.kind;
    return kind === 'country' || kind === 'org';
  };
  return known(owner) || owner.split(/[ -]/).every((word) => ACRONYM_WORD.test(word) || known(word));
}

/** "CSIR" beside "BCSIR": two bodies each with an acronym of its own, and the acronyms differ. */
function otherAcronym(aliases: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  const acronyms = [...aliases].filter((alias) => /^\p{Lu}{2,}$/u.test(alias));
  return acronyms.length > 0 && !acronyms.some((acronym) => others.has(acronym));
}

export function findOrganizations(state: ExtractState, resources: Resources): ExtractState {
  const { words, text } = state;
  const { gazetteer, lexicon } = resources;
  const cover = coverWords(words, state.mentions);
  // Only organizations are added here: the other entity maps pass on as they are, uncopied.
  const entities = { organizations: new Map(state.organizations) };
  const added: EntityMention[] = [];
  const acronyms = new Map<string, string>();
  let datelineHome: { id: string | null } | undefined;
  const found = [
    ...candidates(words, cover, state.mentions, lexicon),
    ...outletCandidates(words, cover, lexicon),
    ...reportCandidates(words, cover, state.mentions, lexicon),
  ];
  // "Relaunch Humanitarian and Ceasefire Talks Between the Sudanese Armed Forces", "UN Endorses Security Council": in
  // a title-case headline a name starts where the body writes the rest of it again; none of it (or its last word
  // alone), no name.
  const headlineEnd = titleCaseHeadlineEnd(state);
  if (headlineEnd !== -1)
    for (let c = found.length - 1; c >= 0; c--) {
      const candidate = found[c] as Candidate;
      const end = words[candidate.last]?.end ?? Infinity;
      // "Press Office: 3-Way Summit ... Less Likely": a name the headline's colon closes is its source, kept.
      if (end > headlineEnd || words[candidate.last + 1]?.gap.startsWith(':')) continue;
      let first = candidate.first;
      while (
        first <= candidate.last &&
        (!words[first]?.cap || text.indexOf(text.slice(words[first]?.start ?? 0, end), headlineEnd) === -1)
      )
        first++;
      if (first > candidate.last || (first === candidate.last && first > candidate.first)) found.splice(c, 1);
      else candidate.first = first;
    }
  // A known organization inside a longer name that holds it ("... of the Communist Party of China") stays a mention.
  const innerKnown = new Set<number>();
  for (const candidate of [...found]) {
    const inner = innerBody(words, lexicon, candidate);
    if (!inner) continue;
    const known = state.mentions[cover[inner.first] ?? -1];
    if (!known) found.push(inner);
    else if (known.kind === 'org' && known.end === words[inner.last]?.end) innerKnown.add(known.start);
  }
  for (const candidate of found) {
    const firstWord = words[candidate.first];
    const lastWord = words[candidate.last];
    if (!firstWord || !lastWord || state.sentences[firstWord.sentence]?.ignored) continue;
    let name = text.slice(firstWord.start, lastWord.end);
    const country = countryOf(words, candidate.first, candidate.last, gazetteer);
    const nameWords = name.toLowerCase().split(' ');
    // "Ministry of Foreign Affairs" is as generic as "Foreign Ministry": its connectors name nothing of their own.
    const generic = nameWords.every((w) => GENERIC.has(w) || CONNECTORS.has(w));
    // "the Foreign Ministry in Qatar", "the Foreign Ministry of Ghana": the country after it says whose, and the
    // mention takes it in, so the ministry, not the country, stands before a verb.
    const placed =
      generic && !country.id && nameWords.includes('ministry')
        ? countryAfterMinistry(words, candidate.last, gazetteer)
        : null;
    if (placed) country.id = placed.id;
    const endWord = placed ? (words[placed.last] as Word) : lastWord;
    // "the Foreign Ministry" after "Azerbaijani Foreign Minister Jeyhun Bayramov": that minister's ministry.
    if (generic && !country.id) country.id = ministerCountry(words, candidate, gazetteer);
    // "Qatar welcomes truce ... In a statement, the Ministry of Foreign Affairs said": the country that just spoke.
    if (generic && !country.id && nameWords.includes('ministry'))
      country.id = recentSpeakingCountry(state, firstWord.sentence, resources);
    // "Addis Ababa, 2 July 2014 (WIC) - ... according to Ministry of Foreign Affairs": the dateline's country's.
    if (generic && !country.id)
      country.id = (datelineHome ??= { id: datelineCountry(text, gazetteer, true) }).id;
    const surface = name;
    if (!country.insideName && country.id && generic) {
      const demonym = gazetteer.countries.get(country.id)?.demonyms[0];
      if (demonym) name = `${demonym} ${name}`;
    }
    // "the Intergovernmental Authority for Development (IGAD)", "Organization of the Islamic Conference (OIC)": a name
    // whose acronym in parentheses is a known organization's is that organization, spelt another way or by an old name.
    const acronym = ACRONYM.exec(text.slice(lastWord.end + 1, lastWord.end + 14))?.[1];
    // "Office of the Foreign Affairs Commission of the Communist Party of China (CPC)": an acronym that a known name
    // inside the run already spells out after a connector is that inner body's, so the run stays a name of its own.
    // "US Central Intelligence Agency (CIA)": after its country it is the run's own.
    const known = acronym ? gazetteer.phrases.get(acronym) : undefined;
    const inner = (m: EntityMention): boolean =>
      m.start > firstWord.start && m.end <= lastWord.end && !words[wordIndexAt(words, m.start) - 1]?.cap;
    if (known?.kind === 'org' && !state.mentions.some((m) => m.id === known.id && inner(m))) {
      const org = ensureOrganization(entities.organizations, known.id, knownOrgFacts(known.org));
      if (surface !== org.name) org.aliases.add(surface);
      added.push({
        kind: 'org',
        id: known.id,
        start: firstWord.start,
        end: lastWord.end,
        sentence: firstWord.sentence,
        via: 'name',
      });
      continue;
    }
    const id = organizationId(name);
    // "African Union Commission", "ECOWAS Commission": an organ named after an intergovernmental body is one too.
    const organOf =
      ORGAN_HEADS_SET.has(lastWord.text) &&
      state.mentions.some(
        (m) =>
          m.kind === 'org' &&
          m.start >= firstWord.start &&
          m.end <= lastWord.end &&
          state.organizations.get(m.id)?.kind === 'intergovernmental',
      );
    const org = ensureOrganization(entities.organizations, id, {
      name,
      kind: organOf && candidate.kind === 'other' ? 'intergovernmental' : candidate.kind,
      country: country.id,
    });
    if (surface !== name && !country.insideName && !/^['’]s $/.test(firstWord.gap)) org.aliases.add(surface);
    added.push({
      kind: 'org',
      id,
      start: firstWord.start,
      end: endWord.end,
      sentence: firstWord.sentence,
      via: 'name',
    });
    if (acronym) {
      org.aliases.add(acronym);
      acronyms.set(acronym, id);
    }
  }
  // A dateline's source no known name covers: a news agency, named by its acronym ("MNA", "ISNA", "FBC").
  const dateline = datelineSource(text);
  const source = dateline?.[1];
  // "Amman, April 20 (Petra) -": a known agency named by the first word of its name.
  const namedAgency = source ? gazetteer.phrases.get(`${source} ${DATELINE_AGENCY_HEAD}`) : undefined;
  const spelled = (source?.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  if (dateline && source && !TAGS.has(source) && (spelled || namedAgency?.kind === 'org')) {
    const at = dateline.index + dateline[0].indexOf(`(${source})`) + 1;
    const w = words.findIndex((word) => word.start === at);
    const word = words[w];
    if (word && cover[w] === -1 && word.end === at + source.length && namedAgency?.kind === 'org') {
      ensureOrganization(entities.organizations, namedAgency.id, knownOrgFacts(namedAgency.org)).aliases.add(
        source,
      );
      added.push(wordMention(word, 'org', namedAgency.id, 'alias'));
    } else if (word && cover[w] === -1 && word.end === at + source.length) {
      const id = organizationId(source);
      ensureOrganization(entities.organizations, id, { name: source, kind: 'news agency', country: null });
      added.push(wordMention(word, 'org', id, 'name'));
      acronyms.set(source, id);
    }
  }
  // Later uses of an acronym introduced in parentheses are mentions of the same organization.
  if (acronyms.size > 0) {
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      const id = word ? acronyms.get(word.text) : undefined;
      if (word && id && cover[w] === -1 && !added.some((m) => m.start === word.start))
        added.push(wordMention(word, 'org', id, 'alias'));
    }
  }
  // "the Saudi Fund" after "the Saudi Fund for Development", "Ministry of Foreign Affairs" beside "Ministry of Foreign
  // Affairs of Belarus": a name found here that a longer one found here opens, before its "of", "for" or "on" tail,
  // is that body's short form.
  const fresh = [...new Set(added.map((m) => m.id))].filter((id) => !state.organizations.has(id));
  const shortOf = new Map<string, string>();
  for (const id of fresh) {
    const short = entities.organizations.get(id);
    if (!short) continue;
    const longer = fresh.filter((other) => {
      const name = entities.organizations.get(other)?.name ?? '';
      return (
        other !== id &&
        /^(?:of|for|on) /.test(name.slice(short.name.length + 1)) &&
        name.startsWith(`${short.name} `)
      );
    });
    if (longer.length === 1 && longer[0]) {
      shortOf.set(id, longer[0]);
      continue;
    }
    const inverted = invertedName(short, entities.organizations);
    if (inverted && !shortOf.has(inverted)) {
      shortOf.set(id, inverted);
      continue;
    }
    // "the Security Council" beside "the UN Security Council", "the Minsk Group" beside "the OSCE Minsk Group": a name
    // of two or more words that its owner lengthens into the name or an alias of one other body in the text is that
    // body.
    if (!short.name.includes(' ')) continue;
    const heads = [...entities.organizations.values()].filter(
      (other) =>
        other.id !== id &&
        [other.name, ...other.aliases].some((name) => ownerBefore(name, short.name, gazetteer)) &&
        !otherAcronym(short.aliases, other.aliases),
    );
    if (heads.length === 1 && heads[0]) shortOf.set(id, heads[0].id);
  }
  for (const [id, direct] of shortOf) {
    // "Ministerial Council" -> "Ministerial Council of the Gulf Cooperation Council" -> "GCC Ministerial Council".
    let longId = direct;
    for (let hops = 0; shortOf.has(longId) && hops < shortOf.size; hops++)
      longId = shortOf.get(longId) ?? longId;
    const short = entities.organizations.get(id);
    const long = entities.organizations.get(longId);
    if (!short || !long) continue;
    long.aliases.add(short.name);
    for (const alias of short.aliases) long.aliases.add(alias);
    entities.organizations.delete(id);
    for (const [k, m] of added.entries()) if (m.id === id) added[k] = { ...m, id: longId };
  }
  // A known name inside a longer one found here ("Security Council" in "National Security Council") is not a mention.
  const spans = added.filter((m) => m.via === 'name');
  const kept = state.mentions.filter(
    (m) =>
      m.kind !== 'org' ||
      innerKnown.has(m.start) ||
      !spans.some((s) => s.start <= m.start && s.end >= m.end && s.end - s.start > m.end - m.start),
  );
  return { ...state, ...entities, mentions: mergeMentions(kept, added) };
}
