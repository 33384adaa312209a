// Links short and descriptive references to the people already found: "Putin", "Mr Putin", "Kim", "the Russian
// leader", "the country's deputy foreign minister". Pronouns are left to the rules that need them (speakers).

import {
  COUNTRY_NOUN_WORDS,
  COUNTRYLESS_VAGUE_HEADS,
  DELEGATE_TITLE_WORDS,
  DIPLOMATIC_ROLE_WORDS,
  GENERIC_ROLE_WORDS,
  OFFICE_CHANGING_MODIFIERS,
  PERSON_OBJECT_PREPOSITION_WORDS,
  REFERENCE_TITLE_GLUE,
} from '../lexicon/entity-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { COUNTERPART_HEADS } from '../lexicon/role-words.ts';
import { foldName, nameParts, soundKey } from './person-name-forms.ts';
import { coverWords, mergeMentions, spanMention } from '../mention-index.ts';
import { isNameWord, isTitleWord } from './person-context.ts';
import { GOVERNMENT_LEADER_HEADS, NAME_ARTICLES, TITLE_REMIT_LINKS } from '../lexicon/word-lists.ts';
import { namedSince, unnamedIntroduction } from './unnamed-introduction.ts';
import { titleAcronymMentions } from './title-acronyms.ts';
import type { EntityMention, ExtractState, PersonEntity, Resources, Word } from '../types.ts';

const COUNTRY_NOUNS: ReadonlySet<string> = new Set(COUNTRY_NOUN_WORDS);
const PERSON_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(PERSON_OBJECT_PREPOSITION_WORDS);
/** Title words a preposition may stand before a name's object across ("by the FCT Minister, X"). */
const MAX_OBJECT_TITLE_WORDS = 6;

/** Shorter name words sound alike by chance ("Gul", "Kul"); a spelling variant is only sought for longer ones. */
const MIN_VARIANT_LENGTH = 5;

/** Name word (or its sound key) -> ids of the people whose names contain it. */
function partIndex(persons: Iterable<PersonEntity>, key: (part: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (id: string, name: string): void => {
    for (const word of nameParts(name)) {
      const part = key(word);
      let ids = index.get(part);
      if (!ids) index.set(part, (ids = []));
      // A part the name and its aliases share is listed once.
      if (!ids.includes(id)) ids.push(id);
    }
  };
  for (const person of persons) {
    add(person.id, person.name);
    for (const alias of person.aliases) add(person.id, alias);
  }
  return index;
}

/**
 * Among candidate ids, the first one named in the last sentence before `offset` that names one, else the first one
 * mentioned after.
 */
export function nearestPerson(
  ids: readonly string[],
  mentions: readonly EntityMention[],
  offset: number,
): string | null {
  let best: string | null = null;
  let bestAt = -1;
  let firstAfter: string | null = null;
  let firstAfterAt = Infinity;
  let bestSentence = -1;
  for (const mention of mentions) {
    if (mention.kind !== 'person' || !ids.includes(mention.id)) continue;
    // In the last sentence naming a candidate, the first one named: its subject, not the one it met ("Tokayev
    // thanked Putin for ..." then "said the president" is Tokayev).
    if (mention.start < offset && mention.start > bestAt && mention.sentence !== bestSentence) {
      best = mention.id;
      bestAt = mention.start;
      bestSentence = mention.sentence;
    } else if (mention.start >= offset && mention.start < firstAfterAt) {
      firstAfter = mention.id;
      firstAfterAt = mention.start;
    }
  }
  return best ?? firstAfter ?? ids[0] ?? null;
}

/**
 * "The Minister of Foreign Affairs, X, disclosed this ... welcomed by the FCT Minister, Y. According to the minister,
 * ...": a bare "the minister" is the holder the article has speaking, not one merely named since. The nearest holder
 * keeps it when it was last named as a sentence's own person, or when no other holder stood right before a speech
 * verb; only a holder last named as a preposition's object ("by", "with") gives way.
 */
function speakingHolder(
  words: readonly Word[],
  mentions: readonly EntityMention[],
  ids: readonly string[],
  offset: number,
  lexicon: Lexicon,
): string | null {
  const nearest = nearestPerson(ids, mentions, offset);
  let speaking: string | null = null;
  let objectOnly = false;
  let w = 0;
  for (const mention of mentions) {
    if (mention.start >= offset) break;
    if (mention.kind !== 'person' || !ids.includes(mention.id)) continue;
    let first = w;
    while (first < words.length && (words[first] as Word).start < mention.start) first++;
    if (mention.id === nearest) objectOnly = preposedObject(words, first);
    while (w < words.length && (words[w] as Word).end <= mention.end) w++;
    // "X said", "X, disclosed this": the word after the name is a speech verb (after an appositive's comma too).
    const next = words[w];
    if (!next || !/^,? $/.test(next.gap) || !lexicon.speechVerbs.has(next.lower)) continue;
    if (mention.id === nearest) speaking = null;
    else speaking = mention.id;
  }
  return objectOnly && speaking ? speaking : nearest;
}

/** Whether the name starting at word `first` is a preposition's object, title words between ("by the FCT Minister, X"). */
function preposedObject(words: readonly Word[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= MAX_OBJECT_TITLE_WORDS; k--) {
    const word = words[k] as Word;
    if (PERSON_OBJECT_PREPOSITIONS.has(word.lower)) return true;
    if (word.lower !== 'the' && !/^[A-Z]/.test(word.text)) return false;
    if (!/^,? $/.test((words[k + 1] as Word).gap)) return false;
  }
  return false;
}

/**
 * A title's lower-case words, its office (the words before its remit) and their initials; for a title joining two
 * offices with "and" before any remit, each office's own parts ("Deputy Prime Minister and Foreign Minister").
 */
interface TitleParts {
  readonly words: readonly string[];
  readonly office: readonly string[];
  readonly initials: string;
  readonly joined: readonly TitleParts[];
}

/**
 * Title parts already read: titleFits asks them of every person for every reference and role, and the titles of an
 * article are few. Bounded like the slug memo; refilled from scratch when full.
 */
const titlePartsMemo = new Map<string, TitleParts>();
const TITLE_PARTS_MEMO_SIZE = 5_000;

function titleParts(personTitle: string): TitleParts {
  let parts = titlePartsMemo.get(personTitle);
  if (parts) return parts;
  const words = personTitle.toLowerCase().split(/[\s-]+/);
  parts = partsOf(words);
  if (titlePartsMemo.size >= TITLE_PARTS_MEMO_SIZE) titlePartsMemo.clear();
  titlePartsMemo.set(personTitle, parts);
  return parts;
}

function partsOf(words: readonly string[], joinable = true): TitleParts {
  // The office is the title before its remit: "Director of the President's Office" is no president.
  const remitAt = words.findIndex((w) => REMIT_LINKS.has(w));
  const office = remitAt === -1 ? words : words.slice(0, remitAt);
  // "and" inside the office joins two offices; after a remit link it joins the remit's words ("of Trade and Industry").
  const andAt = joinable ? office.indexOf('and') : -1;
  const joined =
    andAt > 0 && andAt < words.length - 1
      ? [partsOf(words.slice(0, andAt), false), partsOf(words.slice(andAt + 1))]
      : [];
  return { words, office, initials: initials(words), joined };
}

/** Does a person's title fit the title words of a reference ("deputy foreign minister", "leader")? */
export function titleFits(person: PersonEntity, refWords: readonly string[], lexicon: Lexicon): boolean {
  const parts = titleParts(person.title ?? '');
  // "the foreign minister" for a "First Deputy Prime Minister and Foreign Minister": either office may be meant.
  return (
    partsFit(parts, refWords, lexicon) || parts.joined.some((office) => partsFit(office, refWords, lexicon))
  );
}

function partsFit(parts: TitleParts, refWords: readonly string[], lexicon: Lexicon): boolean {
  const { words: title, office, initials: titleInitials } = parts;
  const head = refWords[refWords.length - 1] ?? '';
  // The reference's words in hyphened pieces, split only for a title that holds an office modifier.
  let said: string[] | undefined;
  const otherOffice = office.some(
    (w) =>
      OFFICE_MODIFIERS.has(w) &&
      !(said ??= refWords.flatMap((r) => r.split('-'))).includes(w) &&
      !(w === 'prime' && lexicon.leaderHeads.has(head)),
  );
  // "the EAM", "the PM": an abbreviated title fits a title whose initials it spells ("External Affairs Minister").
  if (refWords.length === 1 && head.length >= 2 && head === titleInitials) return true;
  if (otherOffice) return false;
  if (
    lexicon.leaderHeads.has(head) &&
    (office.some((w) => lexicon.leaderHeads.has(w)) ||
      (office.includes('prime') && office.includes('minister')))
  ) {
    // "the premier" heads a government: a prime minister or premier, never a president or king.
    const government = office.includes('prime') && office.includes('minister');
    if (GOVERNMENT_HEADS.has(head) && !government && !office.some((w) => GOVERNMENT_HEADS.has(w)))
      return false;
    return refWords.slice(0, -1).every((w) => title.includes(w) || w === 'top' || w === 'supreme');
  }
  // "the top diplomat", "the Chinese official": generic roles fit officials, not heads of state.
  if (GENERIC_ROLES.has(head)) {
    const leader =
      title.some((w) => lexicon.leaderHeads.has(w)) ||
      (title.includes('prime') && title.includes('minister'));
    // "the Qatari delegate" is a country's speaker at a body: an ambassador or representative, or a name with no title.
    const delegate = title.every((w) => w === '') || title.some((w) => DELEGATE_TITLES.has(w));
    return (
      !leader &&
      (head !== 'diplomat' || title.some((w) => DIPLOMATIC.has(w))) &&
      (head !== 'delegate' || delegate)
    );
  }
  // "the secretary-general" fits "Secretary-General": a hyphened title word is matched by its pieces.
  return refWords.every((w) => w.split('-').every((piece) => title.includes(piece)));
}

/** The initials of a title's words, without its glue words: "minister of foreign affairs" -> "mfa". */
function initials(titleWords: readonly string[]): string {
  return titleWords
    .filter((w) => w !== '' && !TITLE_GLUE.has(w))
    .map((w) => w[0])
    .join('');
}

const TITLE_GLUE: ReadonlySet<string> = new Set(REFERENCE_TITLE_GLUE);
const COUNTERPARTS: ReadonlySet<string> = new Set(COUNTERPART_HEADS);
const REMIT_LINKS: ReadonlySet<string> = new Set(TITLE_REMIT_LINKS);
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(OFFICE_CHANGING_MODIFIERS);

const GENERIC_ROLES: ReadonlySet<string> = new Set(GENERIC_ROLE_WORDS);
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(GOVERNMENT_LEADER_HEADS);
const DIPLOMATIC: ReadonlySet<string> = new Set(DIPLOMATIC_ROLE_WORDS);
const DELEGATE_TITLES: ReadonlySet<string> = new Set(DELEGATE_TITLE_WORDS);
const VAGUE_WITHOUT_COUNTRY: ReadonlySet<string> = new Set(COUNTRYLESS_VAGUE_HEADS);

/** Is the person's office a head of state's where `head` names a lower office, or the other way round? */
function otherRank(person: PersonEntity, head: string, lexicon: Lexicon): boolean {
  if (!person.title) return false;
  const title = person.title.toLowerCase().split(/[\s-]+/);
  // "the Algerian diplomat", "the Chadian official": a generic role is an official's, never a head of state's.
  if (GENERIC_ROLES.has(head))
    return (
      title.some((w) => lexicon.leaderHeads.has(w)) || (title.includes('prime') && title.includes('minister'))
    );
  if (VAGUE_WITHOUT_COUNTRY.has(head)) return false;
  const remitAt = title.findIndex((w) => REMIT_LINKS.has(w));
  const office = remitAt === -1 ? title : title.slice(0, remitAt);
  // "his Russian counterpart": a title borrowed from someone else's office says nothing of rank yet.
  if (!office.some((w) => lexicon.titleHeads.has(w)) || office.some((w) => COUNTERPARTS.has(w))) return false;
  const leader =
    office.some((w) => lexicon.leaderHeads.has(w)) ||
    (office.includes('prime') && office.includes('minister'));
  return leader !== lexicon.leaderHeads.has(head);
}

/** How many words a title's remit may run before the name it introduces ("of the Security Council, ..."). */
const MAX_REMIT_WORDS = 8;

/** What remitHolder returns for a holder named but not found as a person: the reference then names no one. */
const UNKNOWN_HOLDER = '';

/**
 * "the president of the Security Council, Jeremy Greenstock", "the King of Saudi Arabia Salman Al Saud": a title
 * whose capitalized remit runs into a name introduces that person, whoever else holds a title like it.
 */
function remitHolder(
  words: readonly Word[],
  last: number,
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
): string | null {
  if (!REMIT_LINKS.has(words[last + 1]?.lower ?? '') || words[last + 1]?.gap !== ' ') return null;
  for (let k = last + 2; k < words.length && k - last <= MAX_REMIT_WORDS; k++) {
    const word = words[k] as Word;
    const mention = mentions[cover[k] ?? -1];
    if (
      mention?.kind === 'person' &&
      mention.via === 'name' &&
      mention.start === word.start &&
      (word.gap === ' ' || word.gap === ', ')
    )
      return mention.id;
    // "..., Jeremy Greenstock of Britain": a name the finder does not know holds it, so no one known does.
    if (
      word.gap === ', ' &&
      cover[k] === -1 &&
      isNameWord(word, lexicon) &&
      words[k + 1]?.gap === ' ' &&
      isNameWord(words[k + 1], lexicon)
    )
      return UNKNOWN_HOLDER;
    if (word.gap !== ' ' || !(word.cap || TITLE_GLUE.has(word.lower))) return null;
  }
  return null;
}

interface Reference {
  first: number;
  last: number;
  titleWords: string[];
  country: string | null;
  countryNoun: boolean;
}

/** The last country that opens a sentence before `offset` ("Russia says ..."): what "the country" refers to. */
function leadingCountry(state: ExtractState, offset: number): string | null {
  let found: string | null = null;
  for (const mention of state.mentions) {
    if (mention.start >= offset) break;
    const sentence = state.sentences[mention.sentence];
    if (
      mention.kind === 'country' &&
      mention.via !== 'capital' &&
      sentence &&
      mention.start - sentence.start <= 4
    )
      found = mention.id;
  }
  return found;
}

/** "the (Russian|country's) deputy foreign minister" starting at word i ("the"), not followed by a name. */
function referenceAt(
  words: readonly Word[],
  i: number,
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
): Reference | null {
  let k = i + 1;
  let country: string | null = null;
  let countryNoun = false;
  const countryMention = mentions[cover[k] ?? -1];
  if (countryMention?.kind === 'country' && countryMention.via !== 'capital' && words[k]?.gap === ' ') {
    country = countryMention.id;
    while (k < words.length && (words[k]?.end ?? 0) <= countryMention.end) k++;
  } else if (COUNTRY_NOUNS.has(words[k]?.lower ?? '') && /^['’]s $/.test(words[k + 1]?.gap ?? '')) {
    k++;
    countryNoun = true;
  }
  const start = k;
  let headAt = -1;
  let headWord = '';
  const titleWords: string[] = [];
  for (; k < words.length && k - start < 6; k++) {
    const word = words[k];
    // "the Secretary-General": a title word in hyphened pieces is one title word.
    const hyphened = word?.gap === '-' && k > start && headAt === k - 1;
    if (
      !word ||
      (word.gap !== ' ' &&
        !hyphened &&
        !(k === start && /^['’]s $/.test(word.gap)) &&
        !(word.gap === '. ' && words[k - 1]?.cap))
    )
      break;
    // "the top U.S. diplomat", "the former Russian president": a country inside the title words.
    const inner = mentions[cover[k] ?? -1];
    if (inner?.kind === 'country' && inner.via !== 'capital' && country === null && k > start) {
      country = inner.id;
      while (k + 1 < words.length && (words[k + 1]?.end ?? 0) <= inner.end) k++;
      continue;
    }
    if (!isTitleWord(word, lexicon) || cover[k] !== -1) break;
    if (hyphened) {
      const joined = `${titleWords.pop() ?? ''}-${word.lower}`;
      titleWords.push(joined);
      headAt = k;
      headWord = joined;
      continue;
    }
    titleWords.push(word.lower);
    if (lexicon.titleHeads.has(word.lower)) {
      headAt = k;
      headWord = word.lower;
    }
  }
  if (headAt === -1 || (country === null && VAGUE_WITHOUT_COUNTRY.has(headWord))) return null;
  const next = words[headAt + 1];
  if (next && next.gap === ' ' && isNameWord(next, lexicon)) return null;
  return {
    first: i,
    last: headAt,
    titleWords: titleWords.slice(0, titleWords.lastIndexOf(headWord) + 1),
    country: country ?? remitCountry(words, headAt, cover, mentions),
    countryNoun,
  };
}

/**
 * "the Minister of Foreign Affairs of the Republic of Turkey": the country a capitalized remit after the title head
 * ends in, after "of", is the office holder's.
 */
function remitCountry(
  words: readonly Word[],
  head: number,
  cover: Int32Array,
  mentions: readonly EntityMention[],
): string | null {
  if (words[head + 1]?.lower !== 'of') return null;
  for (let k = head + 2; k < words.length && k - head <= MAX_REMIT_WORDS; k++) {
    const word = words[k] as Word;
    if (word.gap !== ' ') return null;
    const mention = mentions[cover[k] ?? -1];
    if (mention?.kind === 'country' && mention.via !== 'capital' && mention.start === word.start)
      return words[k - 1]?.lower === 'of' || (words[k - 1]?.lower === 'the' && words[k - 2]?.lower === 'of')
        ? mention.id
        : null;
    if (!(word.cap || TITLE_GLUE.has(word.lower))) return null;
  }
  return null;
}

export function resolvePersonReferences(state: ExtractState, resources: Resources): ExtractState {
  const { words, mentions } = state;
  const { lexicon } = resources;
  if (state.persons.size === 0) return state;
  const cover = coverWords(words, mentions);
  const index = partIndex(state.persons.values(), (part) => part);
  // Built at its first use: only a lone long name word no name part matches asks it.
  let sounds: Map<string, string[]> | null = null;
  const persons = [...state.persons.values()];
  const added: EntityMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || cover[i] !== -1 || state.sentences[word.sentence]?.ignored) continue;
    if (word.lower === 'the') {
      const ref = referenceAt(words, i, cover, mentions, lexicon);
      if (!ref) continue;
      const fitting = persons
        .filter(
          (p) => (ref.country === null || p.country === ref.country) && titleFits(p, ref.titleWords, lexicon),
        )
        .map((p) => p.id);
      // "the Chinese diplomat", "the Saudi official": with no title to match, the person of that country named last.
      // A head of state is not that country's minister, nor its minister its head of state: "the President of
      // Armenia" is not the Armenian foreign minister the article names, whatever else of a title may differ.
      const head = words[ref.last]?.lower ?? '';
      const sameCountry =
        ref.country === null
          ? []
          : persons.filter((p) => p.country === ref.country && !otherRank(p, head, lexicon)).map((p) => p.id);
      const since = unnamedIntroduction(words, head, i, lexicon);
      const holder = remitHolder(words, ref.last, cover, mentions, lexicon);
      const id =
        holder === UNKNOWN_HOLDER
          ? null
          : (holder ??
            (since === -1
              ? ref.country === null && ref.last === i + 1 && fitting.length > 1
                ? speakingHolder(words, mentions, fitting, word.start, lexicon)
                : nearestPerson(fitting.length > 0 ? fitting : sameCountry, mentions, word.start)
              : namedSince(fitting.length > 0 ? fitting : sameCountry, mentions, since, word.start)));
      const person = id ? state.persons.get(id) : undefined;
      // "the country's deputy foreign minister": the country is the one the article is about so far.
      if (person && person.country === null && ref.countryNoun)
        person.country = leadingCountry(state, word.start);
      const lastWord = words[ref.last];
      if (id && lastWord) added.push(spanMention(word, lastWord, 'person', id, 'reference'));
      i = ref.last;
      continue;
    }
    // "el-Sisi", "Al-Sudani": the Arabic article hyphenated to a name belongs to the reference, not to the name
    // words looked up (a person's name parts leave it out); a name already known there takes it in.
    // The gap first: few words have a hyphen after them, and it spares the lookup.
    const joined = words[i + 1]?.gap === '-' && NAME_ARTICLES.has(word.lower);
    const named = joined && cover[i + 1] !== -1 ? mentions[cover[i + 1] ?? -1] : undefined;
    if (named) {
      if (named.kind === 'person' && named.start === words[i + 1]?.start)
        added.push({ ...named, start: word.start, via: 'short' });
      continue;
    }
    const article = joined && isNameWord(words[i + 1], lexicon) ? 1 : 0;
    // A lone name ("Putin", "Kim", "Amir-Abdollahian"), not part of a longer unknown name ("Kim Mi-na").
    if (article === 0 && !isNameWord(word, lexicon)) continue;
    const first = i + article;
    let last = first;
    while (words[last + 1]?.gap === '-' && isNameWord(words[last + 1], lexicon) && cover[last + 1] === -1)
      last++;
    const previous = words[i - 1];
    const next = words[last + 1];
    if (
      previous &&
      (word.gap === ' ' || word.gap === '-') &&
      isNameWord(previous, lexicon) &&
      cover[i - 1] === -1
    )
      continue;
    if (next && next.gap === ' ' && isNameWord(next, lexicon) && cover[last + 1] === -1) continue;
    const name = words[first] ?? word;
    let ids = index.get(foldName(name.text));
    for (let k = first + 1; k <= last && ids; k++) {
      const part = index.get(foldName(words[k]?.text ?? '')) ?? [];
      ids = ids.filter((id) => part.includes(id));
    }
    // "Araqchi said" after "Abbas Araghchi": a lone long name word spelled otherwise names that one person.
    if ((!ids || ids.length === 0) && last === first && name.text.length >= MIN_VARIANT_LENGTH) {
      sounds ??= partIndex(state.persons.values(), soundKey);
      const alike = sounds.get(soundKey(name.text));
      if (alike?.length === 1) ids = alike;
    }
    if (!ids || ids.length === 0) continue;
    const lastWord = words[last] ?? word;
    const id = ids.length === 1 ? ids[0] : nearestPerson(ids, mentions, word.start);
    if (id) added.push(spanMention(word, lastWord, 'person', id, 'short'));
    if (id && article) i = last;
  }
  added.push(...titleAcronymMentions(state.text, words, cover, mentions, lexicon));
  return { ...state, mentions: mergeMentions(mentions, added) };
}
