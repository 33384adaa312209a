// Speakers named only by their office where a speaker stands: "the NATO chief said", "Qatar's prime minister
// stressed", "said the prime minister", "according to the vice minister". Each becomes a mention of the person
// in the article who holds that office; persons/ resolves other references, this stage only speaker positions.

import { titleFits } from '../entities/resolve-person-references.ts';
import { unnamedIntroduction } from '../entities/unnamed-introduction.ts';
import { coverWords, mergeMentions, startingIn } from '../mention-index.ts';
import { isNameWord, isTitleWord } from '../entities/person-context.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { ARTICLE_WORDS, TITLE_REMIT_LINKS } from '../lexicon/word-lists.ts';
import { SPOKESPERSON_FORMS } from '../lexicon/speaker-words.ts';
import {
  MINISTRY_PORTFOLIOS,
  OFFICE_CHANGING_MODIFIERS,
  PORTFOLIO_PHRASE_WORDS,
  PORTFOLIO_TITLE_HEADS,
} from '../lexicon/entity-words.ts';
import { STYLES_OF_ADDRESS } from '../lexicon/role-words.ts';
import { articlePosAt } from '../events/event-modality.ts';
import { inSpeakerPosition } from './speaker-position.ts';
import { afterWireDateline } from '../text/datelines.ts';
import { unnamedSpeakerAt } from './unnamed-speakers.ts';
import { roleOfBodyAt } from './role-of-body.ts';
import { styleAlone, styledHolder } from './styled-speakers.ts';
import { cannotBeTagged } from '../text/tags-without-tagging.ts';
import { abbreviates, abbreviationAfterThe } from './abbreviated-bodies.ts';
import { accreditedRemit, coveredRemit, postedHolder } from './accredited-roles.ts';
import type { EntityMention, ExtractState, PersonEntity, Resources, Sentence, Word } from '../types.ts';

/** How many sentences ahead a lead's role ("Samoa's prime minister says ...") may find the person it names. */
const NAMED_AFTER_SENTENCES = 2;
/** Title words a role phrase may hold before its head ("first deputy foreign minister"). */
const MAX_ROLE_WORDS = 5;
/** The tag that lets a lower-case word before a role's title words describe its holder. */
const ADJECTIVE_TAG: ReadonlySet<string> = new Set(['ADJ']);

interface RolePhrase {
  first: number;
  head: number;
  /** The last word of the phrase: the head, or the end of its office phrase ("head of state"). */
  last: number;
  /** Lower-case title words of the role, head last. */
  titleWords: string[];
  /** The country or organization that qualifies the role ("Qatar's", "NATO", "the Egyptian"). */
  qualifier: EntityMention | null;
  /** An abbreviation the article never defines that qualifies a spokesperson ("the FO spokesman"). */
  abbreviation?: string;
  /** Where an accredited role serves ("to Rwanda" in "Sudan's ambassador to Rwanda"): never the speaker. */
  remit?: EntityMention;
}

/**
 * Where the role phrase headed by word k ends: the head itself or the office phrase it opens ("the Head of
 * State"). -1 for a title before a name or before an "of" phrase that is not an office ("Prime Minister Fiame",
 * "the minister of foreign affairs").
 */
function roleEnd(words: readonly Word[], k: number, lexicon: Lexicon): number {
  const head = words[k] as Word;
  const after = words[k + 1];
  if (!after || after.gap !== ' ') return k;
  if (after.lower === 'of') {
    const complement = words[k + 2];
    return complement?.gap === ' ' && lexicon.leaderOfficePhrases.has(`${head.lower} of ${complement.lower}`)
      ? k + 2
      : -1;
  }
  return isNameWord(after, lexicon) ? -1 : k;
}

/**
 * "the president of the United States stated", "the foreign minister of Iran said": a role whose country follows it
 * in an "of" phrase, as "the US president" has it before. The country mention (its "the" too) ends the phrase; null
 * when anything else follows "of" ("the minister of foreign affairs", "the head of the delegation").
 */
function countryAfterRole(
  state: ExtractState,
  k: number,
  cover: Int32Array,
): { last: number; country: EntityMention } | null {
  const { words, mentions } = state;
  const of = words[k + 1];
  if (of?.lower !== 'of' || of.gap !== ' ') return null;
  let j = k + 2;
  // "the United States" may be the country's mention whole, or "the" stand before it.
  if (words[j]?.lower === 'the' && cover[j] === -1 && words[j + 1]?.gap === ' ') j++;
  const word = words[j];
  const country = mentions[cover[j] ?? -1];
  if (!word || word.gap !== ' ' || country?.kind !== 'country' || country.start !== word.start) return null;
  if (country.via === 'capital') return null;
  let last = j;
  while (last + 1 < words.length && (words[last + 1] as Word).end <= country.end) last++;
  return { last, country };
}

const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(PORTFOLIO_TITLE_HEADS);
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([...MINISTRY_PORTFOLIOS, ...PORTFOLIO_PHRASE_WORDS]);
/** Words a minister's portfolio may run to: "Foreign Affairs and International Cooperation". */
const MAX_PORTFOLIO_WORDS = 5;

/**
 * The last word of a minister's portfolio opening at word j when the phrase names the office alone: "foreign
 * affairs" in "the minister of foreign affairs affirmed", "Cabinet Affairs" in "the Minister of Cabinet Affairs
 * announced". Its words are capitalized or a lower-case ministry's ("foreign", "affairs"); -1 when a mention stands
 * among them or a capitalized word follows ("the Minister of Foreign Affairs Sameh Shokry": a title before a name).
 */
function portfolioEnd(words: readonly Word[], j: number, lexicon: Lexicon, cover: Int32Array): number {
  const sentence = words[j]?.sentence;
  let last = -1;
  for (let i = j; i < words.length && i - j < MAX_PORTFOLIO_WORDS; i++) {
    const word = words[i] as Word;
    if (word.gap !== ' ' || word.sentence !== sentence) break;
    if (cover[i] !== -1) return -1;
    const joins = word.lower === 'and' && last !== -1 && (words[i + 1]?.cap ?? false);
    if (!(word.cap ? !lexicon.titleHeads.has(word.lower) : PORTFOLIO_WORDS.has(word.lower) || joins)) break;
    last = i;
  }
  if (last === -1) return -1;
  const next = words[last + 1];
  return next?.gap === ' ' && next.cap ? -1 : last;
}

/** The person reference persons/ read whose mention ends at word k, the head of a role ("The minister"). */
function referenceEndingAt(state: ExtractState, k: number, cover: Int32Array): EntityMention | null {
  const mention = state.mentions[cover[k] ?? -1];
  if (mention?.kind !== 'person' || mention.via !== 'reference') return null;
  return mention.end === (state.words[k] as Word).end ? mention : null;
}

/** The reference (its head word k) spanning on to word `last`, when that whole span stands where a speaker stands. */
function stretchedToSpeaker(
  words: readonly Word[],
  k: number,
  mention: EntityMention,
  last: number,
  lexicon: Lexicon,
): { id: string; start: number; last: number } | null {
  let first = k;
  while (first > 0 && (words[first - 1] as Word).start >= mention.start) first--;
  if (!inSpeakerPosition(words, first, last, lexicon)) return null;
  return { id: mention.id, start: mention.start, last };
}

/**
 * "The minister of foreign affairs affirmed that ...": persons/ read "The minister" (word k its head) as the
 * minister named before, and the portfolio after it stands between that mention and the verb. The mention then
 * spans the portfolio too, where a speaker stands.
 */
function portfolioReference(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
): { id: string; start: number; last: number } | null {
  const { words } = state;
  const head = words[k] as Word;
  const after = words[k + 1];
  if (!PORTFOLIO_HEADS.has(head.lower) || after?.lower !== 'of' || after.gap !== ' ') return null;
  const mention = referenceEndingAt(state, k, cover);
  if (mention === null) return null;
  const last = portfolioEnd(words, k + 2, lexicon, cover);
  if (last === -1) return null;
  return stretchedToSpeaker(words, k, mention, last, lexicon);
}

/**
 * "The president of the United States stated ...": persons/ read "The president" (word k its head) as the holder
 * of that country's office, and the country after it stands between that mention and the verb, where it would be
 * read as the speaker. The mention then spans the country too.
 */
function countryTailReference(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
): { id: string; start: number; last: number } | null {
  const mention = referenceEndingAt(state, k, cover);
  if (mention === null || !lexicon.titleHeads.has((state.words[k] as Word).lower)) return null;
  const tail = countryAfterRole(state, k, cover);
  if (!tail || state.persons.get(mention.id)?.country !== tail.country.id) return null;
  return stretchedToSpeaker(state.words, k, mention, tail.last, lexicon);
}

/** The part of speech wink gives word i, read only where a rule asks. */
type PosAt = (i: number) => string;

/**
 * Whether "the" or a country or organization stands before word j within the role's reach, so that a role phrase
 * may open there: only then is the tagger asked what word j is.
 */
function opensAhead(state: ExtractState, j: number, k: number, cover: Int32Array): boolean {
  for (let i = j - 1; i >= 0 && k - i <= MAX_ROLE_WORDS; i--) {
    const word = state.words[i] as Word;
    if (word.lower === 'the') return true;
    const covering = state.mentions[cover[i] ?? -1];
    if (covering) return covering.kind === 'country' || covering.kind === 'org';
    if ((state.words[i + 1] as Word).gap !== ' ') return false;
  }
  return false;
}

/**
 * "Iran's president has defended the visit, saying ...": a role its country qualifies, opening the sentence, is the
 * subject whatever verb follows, and the holder the article names is who the sentence's speech belongs to.
 */
function countryRoleOpensSentence(
  state: ExtractState,
  first: number,
  qualifier: EntityMention | null,
): boolean {
  if (qualifier?.kind !== 'country') return false;
  const opener = state.words[first] as Word;
  const before = state.words[first - 1];
  if (before === undefined || before.sentence !== opener.sentence) return true;
  // "MUNICH (Reuters) - Iran's foreign minister held talks ... and said": the role opens the clause after a dateline.
  const sentenceStart = state.sentences[opener.sentence]?.start ?? opener.start;
  return afterWireDateline(state.text, sentenceStart) === opener.start;
}

/** The role phrase whose head is word k, read backwards over title words to "the" or a qualifier. */
function roleAt(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
  posAt: PosAt,
): RolePhrase | null {
  const { words, mentions } = state;
  const head = words[k] as Word;
  if (!lexicon.titleHeads.has(head.lower) && !lexicon.organizationChiefWords.has(head.lower)) return null;
  if (cover[k] !== -1) return null;
  const accredited = accreditedRemit(state, k, cover, lexicon);
  let last = accredited?.last ?? roleEnd(words, k, lexicon);
  const countryAfter = last === -1 ? countryAfterRole(state, k, cover) : null;
  if (countryAfter) last = countryAfter.last;
  if (last === -1) return null;
  // "the Head of State" is matched as a whole; other roles by their title words, head last.
  const office = !accredited && !countryAfter && last > k && words[k + 1]?.lower === 'of';
  const titleWords = office ? words.slice(k, last + 1).map((w) => w.lower) : [head.lower];
  let qualifier: EntityMention | null = countryAfter?.country ?? null;
  let abbreviation: string | undefined;
  let first = k;
  for (let j = k - 1; j >= 0 && k - j <= MAX_ROLE_WORDS; j--) {
    const word = words[j] as Word;
    const gap = (words[j + 1] as Word).gap;
    if (word.sentence !== head.sentence) break;
    const covering = mentions[cover[j] ?? -1];
    // "Iran's Foreign Ministry spokesman": a country owning the body that qualifies the role opens the phrase.
    if (covering?.kind === 'country' && qualifier?.kind === 'org' && /^(?:['’]s)? $/.test(gap)) {
      while (j > 0 && (words[j - 1]?.end ?? 0) > covering.start) j--;
      first = j;
      break;
    }
    if (covering) {
      // "MUNICH (Reuters) - Iran's foreign minister said": past the qualifier, a mention beyond punctuation (a
      // dateline's place or agency) lies outside the phrase and closes it.
      if (qualifier && gap !== ' ') break;
      if (qualifier || (covering.kind !== 'country' && covering.kind !== 'org') || covering.via === 'capital')
        return null;
      // "the U.N. special envoy", "The U.N.'s special representative": an abbreviation's last period is in the gap.
      const rest = gap.startsWith('.') && word.text.includes('.') ? gap.slice(1) : gap;
      if (rest !== ' ' && !/^['’]s $/.test(rest)) return null;
      qualifier = covering;
      while (j > 0 && (words[j - 1]?.end ?? 0) > covering.start) j--;
      first = j;
      continue;
    }
    if (gap !== ' ') break;
    if (word.lower === 'the') {
      first = j;
      break;
    }
    // "the foreign minister of Iran": title words still stand before a role its country follows.
    if (qualifier && !countryAfter) break;
    // "The FO spokesperson said": an undefined abbreviation of the body, read against the persons named.
    if (
      titleWords.length === 1 &&
      SPOKESPERSON.has(head.lower) &&
      abbreviationAfterThe(words, j) &&
      !isTitleWord(word, lexicon)
    ) {
      abbreviation = word.text;
      first = j;
      continue;
    }
    if (!isTitleWord(word, lexicon)) {
      // "Mexico's leftist new president": an adjective describes the holder; it is no title word.
      if (
        !word.cap &&
        opensAhead(state, j, k, cover) &&
        !cannotBeTagged(state.text, state.sentences[word.sentence] as Sentence, word, ADJECTIVE_TAG) &&
        posAt(j) === 'ADJ'
      ) {
        first = j;
        continue;
      }
      break;
    }
    if (!office) titleWords.unshift(word.lower);
    first = j;
  }
  const opensWithThe = words[first]?.lower === 'the';
  if (!opensWithThe && (!qualifier || countryAfter)) return null;
  if (!qualifier && lexicon.vagueRoleHeads.has(head.lower)) return null;
  if (!inSpeakerPosition(words, first, last, lexicon) && !countryRoleOpensSentence(state, first, qualifier))
    return null;
  const role: RolePhrase = { first, head: k, last, titleWords, qualifier };
  if (abbreviation) role.abbreviation = abbreviation;
  if (accredited) role.remit = accredited.remit;
  return role;
}

const SPOKESPERSON: ReadonlySet<string> = new Set(SPOKESPERSON_FORMS);

/** Does the person hold the role: its title words, or for "chief"/"head" any title that leads a body? */
function holdsRole(state: ExtractState, person: PersonEntity, role: RolePhrase, lexicon: Lexicon): boolean {
  // "FM spokesperson" for the ministry's Spokesman: the forms of the word name one office.
  if (role.titleWords.length === 1 && SPOKESPERSON.has(role.titleWords[0] ?? ''))
    return (person.title ?? '')
      .toLowerCase()
      .split(/[\s-]+/)
      .some((w) => SPOKESPERSON.has(w));
  // "the Head of State": whoever holds a leader's title.
  if (lexicon.leaderOfficePhrases.has(role.titleWords.slice(-3).join(' '))) {
    const title = (person.title ?? '').toLowerCase().split(/[\s-]+/);
    return title.some((w) => lexicon.leaderHeads.has(w));
  }
  const head = role.titleWords[role.titleWords.length - 1] ?? '';
  if (lexicon.organizationChiefWords.has(head)) {
    const title = (person.title ?? '').toLowerCase().split(/[\s-]+/);
    return title.some((w) => lexicon.organizationChiefTitles.has(w)) || headsMinistry(state, person, role);
  }
  return titleFits(person, role.titleWords, lexicon) || spellsOffice(person, head, lexicon);
}

const OFFICE_CHANGING: ReadonlySet<string> = new Set(OFFICE_CHANGING_MODIFIERS);

/**
 * "according to the PS" after "Foreign Affairs Principal Secretary X", "the CS" after "Cabinet Secretary for Trade
 * X": an abbreviated role whose full form is the office inside a longer title, the ministry or remit around it. A
 * word that changes the office before it ("Deputy Prime Minister" for "the PM") keeps it another office.
 */
function spellsOffice(person: PersonEntity, abbreviation: string, lexicon: Lexicon): boolean {
  const full = lexicon.titleAbbreviations.get(abbreviation)?.toLowerCase();
  if (!full || !person.title) return false;
  const title = person.title.toLowerCase().split(/[\s-]+/);
  const office = full.split(' ');
  for (let i = 0; i + office.length <= title.length; i++) {
    if (office.every((w, j) => title[i + j] === w)) return !OFFICE_CHANGING.has(title[i - 1] ?? '');
  }
  return false;
}

/**
 * Whether the person heads the ministry qualifying a chief word ("the head of the Belarusian Foreign Ministry"):
 * titled its minister ("Foreign Minister"), and of its country when both are known.
 */
function headsMinistry(state: ExtractState, person: PersonEntity, role: RolePhrase): boolean {
  const body = role.qualifier?.kind === 'org' ? state.organizations.get(role.qualifier.id) : undefined;
  const title = (person.title ?? '').toLowerCase();
  if (!body || !title.endsWith(' minister')) return false;
  if (body.country && person.country && body.country !== person.country) return false;
  return body.name.toLowerCase().includes(title.replace(/minister$/, 'ministry'));
}

/**
 * "the head of the Foreign Ministry stated": a chief word, "of" and the body it leads, where a speaker stands. The
 * body qualifies the role, as "the NATO chief" does.
 */
function chiefOfAt(state: ExtractState, k: number, cover: Int32Array, lexicon: Lexicon): RolePhrase | null {
  const { words, mentions } = state;
  const head = words[k] as Word;
  if (!lexicon.organizationChiefWords.has(head.lower) || cover[k] !== -1) return null;
  if (words[k - 1]?.lower !== 'the' || head.gap !== ' ' || words[k + 1]?.lower !== 'of') return null;
  let j = k + 2;
  if (words[j]?.lower === 'the') j++;
  const from = words[j]?.start ?? -1;
  // The body, not the country that may open its name ("the Belarusian Foreign Ministry").
  const body = startingIn(mentions, from, from + 1).find((m) => m.kind === 'org');
  if (!body) return null;
  let last = j;
  while (last + 1 < words.length && (words[last + 1] as Word).end <= body.end) last++;
  if (!inSpeakerPosition(words, k - 1, last, lexicon)) return null;
  return { first: k - 1, head: k, last, titleWords: [head.lower], qualifier: body };
}

/**
 * Whether the person may be the one the qualifier names: of that country (or of none known); of that
 * organization, or its chief when no organization is known ("a ministry official" stays the ministry's).
 */
function qualifierFits(
  state: ExtractState,
  person: PersonEntity,
  role: RolePhrase,
  lexicon: Lexicon,
): boolean {
  const { qualifier } = role;
  if (role.abbreviation) return abbreviates(state, person, role.abbreviation);
  if (!qualifier) return true;
  if (qualifier.kind === 'country') return person.country === null || person.country === qualifier.id;
  if (person.organization === qualifier.id) return true;
  // "Foreign Ministry spokesman" and a person titled "Foreign Ministry Spokesman": the title names the body.
  const body = state.organizations.get(qualifier.id)?.name.toLowerCase();
  if (body && (person.title ?? '').toLowerCase().includes(body)) return true;
  const head = role.titleWords[role.titleWords.length - 1] ?? '';
  if (SPOKESPERSON.has(head) && speaksForBody(state, person, qualifier.id)) return true;
  if (person.organization !== null) return false;
  if (titledUnderBody(state, person, role, qualifier.id)) return true;
  // "the UN envoy noted" after "UN envoy Hans Grundberg" or "Special Envoy for Syria Staffan de Mistura": a body's
  // posted envoy, whose title the article gave without the body (or gave none: the last tier of `roleHolder`).
  if (
    lexicon.postedRoleHeads.has(head) &&
    (person.title === null || titleFits(person, role.titleWords, lexicon))
  )
    return true;
  return lexicon.organizationChiefWords.has(head);
}

/**
 * "senior Hamas official Izzat Al-Rishq" then "according to the Hamas official": a person titled by the role's words
 * alone, of no known country, introduced with the body's name right before that title.
 */
function titledUnderBody(
  state: ExtractState,
  person: PersonEntity,
  role: RolePhrase,
  bodyId: string,
): boolean {
  const title = role.titleWords.join(' ');
  if (person.country !== null || (person.title ?? '').toLowerCase() !== title) return false;
  return state.mentions.some((m) => {
    if (m.kind !== 'person' || m.id !== person.id) return false;
    const space = m.start - title.length - 2;
    if (state.text.slice(space, m.start).toLowerCase() !== ` ${title} `) return false;
    return startingIn(state.mentions, space - 120, space).some((b) => b.id === bodyId && b.end === space);
  });
}

/**
 * Whether the person is titled a spokesperson of the body `bodyId` names, in other words than its name: "the FO
 * spokesman" after "Foreign Office (FO) Spokesman Dr Faisal" (titled "Spokesman"), "the Foreign Ministry spokeswoman"
 * after "Russian Foreign Ministry Spokeswoman X" (whose ministry the article names twice, "Foreign Ministry of
 * Russia"). The title's other words are all in the body's name, and nothing known ties the person to another country
 * or to a body of another country ("Kremlin spokesman X" is no foreign ministry's).
 */
function speaksForBody(state: ExtractState, person: PersonEntity, bodyId: string): boolean {
  const body = state.organizations.get(bodyId);
  const title = (person.title ?? '').toLowerCase().split(/[\s-]+/);
  if (!body || !title.some((w) => SPOKESPERSON.has(w))) return false;
  const bodyWords = body.name.toLowerCase().split(/[\s-]+/);
  if (!title.every((w) => SPOKESPERSON.has(w) || bodyWords.includes(w))) return false;
  if (person.country !== null && body.country !== null && person.country !== body.country) return false;
  if (person.organization === null) return true;
  const own = state.organizations.get(person.organization)?.country ?? null;
  return own !== null && own === body.country;
}

/**
 * Whether the article gave the person no office: no title, or only an honorific ("Sheikh Mohammed bin Abdulrahman",
 * "Prince Faisal"), which any office holder of a Gulf court may bear.
 */
function officeUntold(person: PersonEntity, lexicon: Lexicon): boolean {
  return (
    person.title === null ||
    person.title
      .toLowerCase()
      .split(/\s+/)
      .every((w) => lexicon.honorificTitleHeads.has(w))
  );
}

/**
 * The person a role phrase means: among those holding the role (else those whose title the article
 * never gave, unless `strict`), the one named last before it, or the first named in the next sentences.
 * After an unnamed holder's introduction at offset `since` ("a senior official"), only someone named since then.
 */
function roleHolder(
  state: ExtractState,
  role: RolePhrase,
  lexicon: Lexicon,
  strict = false,
  since = -1,
): string | null {
  const persons = [...state.persons.values()].filter((p) => qualifierFits(state, p, role, lexicon));
  const holders = persons.filter((p) => holdsRole(state, p, role, lexicon));
  // "South Sudan's president": one titled President holds it before a rebel "leader" the leader titles also fit.
  const head = role.titleWords[role.titleWords.length - 1] ?? '';
  const titled = holders.filter((p) =>
    (p.title ?? '')
      .toLowerCase()
      .split(/[\s-]+/)
      .includes(head),
  );
  let ids = (titled.length > 0 ? titled : holders).map((p) => p.id);
  // "The Kingdom's ambassador to Yemen": one whose title names that posting holds it before another ambassador.
  const posting = role.remit ? state.text.slice(role.remit.start, role.remit.end).toLowerCase() : '';
  const posted = posting ? holders.filter((p) => (p.title ?? '').toLowerCase().includes(posting)) : [];
  if (posted.length > 0) ids = posted.map((p) => p.id);
  // "Brazilian Defense Minister said" after "Brazilian Minister Nelson Jobim": a person of the qualifying country
  // whose title has the role's head holds it, when nobody holds all its words.
  if (ids.length === 0 && role.qualifier?.kind === 'country') {
    ids = persons
      .filter((p) => p.country === role.qualifier?.id && titleFits(p, [head], lexicon))
      .map((p) => p.id);
  }
  // "Foreign minister of Armenia X" keeps only the title "Minister": "the foreign minister said" is X when the
  // article names no one whose title has the role's other words, and X's title is the role's head alone.
  if (ids.length === 0 && role.titleWords.length > 1)
    ids = persons.filter((p) => (p.title ?? '').toLowerCase() === head).map((p) => p.id);
  // Not after an unnamed holder's introduction: "the Saudi diplomat said" goes back to "a Saudi diplomat", not to an
  // untitled commander named since.
  if (ids.length === 0 && !strict && since === -1)
    ids = persons.filter((p) => officeUntold(p, lexicon)).map((p) => p.id);
  // "Iran's Foreign Ministry spokesperson dismissed reports ..." then "Saeed Khatibzadeh said ...": a body's
  // spokesperson named, without a title or body, in the sentences right after the role (never before it: someone
  // named earlier may speak for the other side).
  let afterOnly = false;
  // "Saudi Arabia's ambassador to Yemen said ..." then "Mohammed al-Jaber met ...": an accredited role likewise.
  const namedAfter = (!strict && SPOKESPERSON.has(head)) || role.remit !== undefined;
  if (ids.length === 0 && since === -1 && role.qualifier && namedAfter) {
    ids = [...state.persons.values()]
      .filter((p) => p.title === null && p.organization === null)
      .map((p) => p.id);
    afterOnly = true;
  }
  if (ids.length === 0) return null;
  const at = (state.words[role.first] as Word).start;
  const sentence = (state.words[role.head] as Word).sentence;
  let before: string | null = null;
  let after: string | null = null;
  for (const mention of state.mentions) {
    if (mention.kind !== 'person' || !ids.includes(mention.id)) continue;
    // After an unnamed holder's introduction ("a senior official"), only someone named since competes.
    if (mention.start < at) before = mention.start >= since && !afterOnly ? mention.id : null;
    else if (since === -1 && mention.sentence - sentence <= NAMED_AFTER_SENTENCES) {
      after ??= mention.id;
    }
  }
  return before ?? after;
}

/**
 * "The spokesperson said ..." where the article names no spokesperson: the body whose spokesperson it told of before
 * ("the Foreign Office spokesperson clarified"), or else the body it last had speak ("The Foreign Office has
 * confirmed ..."). Unnamed officials tied to a body speak for it.
 */
function spokespersonBody(
  state: ExtractState,
  role: RolePhrase,
  cover: Int32Array,
  lexicon: Lexicon,
): string | null {
  if (role.qualifier || role.titleWords.length !== 1 || !SPOKESPERSON.has(role.titleWords[0] ?? ''))
    return null;
  const { words, mentions } = state;
  let speaking: string | null = null;
  for (let j = role.first - 1; j >= 0; j--) {
    const body = mentions[cover[j] ?? -1];
    if (!body || body.kind !== 'org' || body.describesUnnamed) continue;
    let first = j;
    while (first > 0 && cover[first - 1] === cover[j]) first--;
    const next = words[j + 1];
    if (next && /^(?:['’]s)? $/.test(next.gap) && SPOKESPERSON.has(next.lower)) return body.id;
    if (speaking === null && inSpeakerPosition(words, first, j, lexicon)) speaking = body.id;
    j = first;
  }
  return speaking;
}

/** A title word, or one joined by hyphens from title words ("President-elect", "vice-chairman"). */
function titleWordOrCompound(word: Word, lexicon: Lexicon): boolean {
  return (
    isTitleWord(word, lexicon) ||
    word.lower.split('-').every((part) => lexicon.titleHeads.has(part) || lexicon.titleModifiers.has(part))
  );
}

const ARTICLES: ReadonlySet<string> = new Set(ARTICLE_WORDS);
/** Words that tie a role to the one it serves, as a title to its remit: "a spokesperson for X", "an aide to Name". */
const SERVES: ReadonlySet<string> = new Set(TITLE_REMIT_LINKS);

/**
 * "a spokesperson for President-elect Yoon said": a role serving someone, then the speech verb. The speaker is
 * the role's holder, not the one served; the phrase runs to the end of the served one's mention.
 */
function servingRoleAt(
  state: ExtractState,
  k: number,
  cover: Int32Array,
  lexicon: Lexicon,
): { role: RolePhrase; end: number; served: EntityMention } | null {
  const { words, mentions } = state;
  const head = words[k] as Word;
  if (!lexicon.servingRoleHeads.has(head.lower) || cover[k] !== -1) return null;
  // "Prime Minister Ana Ruiz's spokesman said": a person's serving role, told by a possessive.
  if (/^['’]s $/.test(head.gap)) {
    const owner = mentions[cover[k - 1] ?? -1];
    if (!owner || owner.kind !== 'person' || owner.end !== (words[k - 1] as Word).end) return null;
    let first = k - 1;
    while (first > 0 && (words[first - 1] as Word).start >= owner.start) first--;
    if (!inSpeakerPosition(words, first, k, lexicon)) return null;
    return {
      role: { first, head: k, last: k, titleWords: [head.lower], qualifier: null },
      end: head.end,
      served: owner,
    };
  }
  const link = words[k + 1];
  if (!link || link.gap !== ' ' || !SERVES.has(link.lower)) return null;
  // Title words of the served one may stand before its name ("for President-elect Yoon").
  let j = k + 2;
  while (j < words.length && j - k < 6 && cover[j] === -1 && titleWordOrCompound(words[j] as Word, lexicon))
    j++;
  const served = mentions[cover[j] ?? -1];
  if (!served || served.start !== (words[j] as Word).start) return null;
  let last = j;
  while (last + 1 < words.length && (words[last + 1] as Word).end <= served.end) last++;
  const before = words[k - 1];
  const first = before && ARTICLES.has(before.lower) && head.gap === ' ' ? k - 1 : k;
  if (!inSpeakerPosition(words, first, last, lexicon)) return null;
  const qualifier = served.kind === 'person' ? null : served;
  return { role: { first, head: k, last: k, titleWords: [head.lower], qualifier }, end: served.end, served };
}

const speakerHeadsByLexicon = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * Every lower-case word the loop of resolveRoleSpeakers reads a speaker from: the head words each of its rules asks
 * for first (accredited, serving, chief, portfolio, unnamed and title heads) and the styles of address. A word not
 * among them is skipped with one look-up instead of one per rule (most words are none of them).
 */
function speakerHeads(lexicon: Lexicon): ReadonlySet<string> {
  let heads = speakerHeadsByLexicon.get(lexicon);
  if (!heads) {
    heads = new Set([
      ...lexicon.accreditedRoleHeads,
      ...lexicon.servingRoleHeads,
      ...lexicon.organizationChiefWords,
      ...PORTFOLIO_HEADS,
      ...lexicon.unnamedGroupHeads,
      ...lexicon.unnamedRoleHeads,
      ...lexicon.titleHeads,
      ...Object.values(STYLES_OF_ADDRESS).flatMap((forms) => forms.map((form) => form.toLowerCase())),
    ]);
    speakerHeadsByLexicon.set(lexicon, heads);
  }
  return heads;
}

export function resolveRoleSpeakers(state: ExtractState, resources: Resources): ExtractState {
  const { words } = state;
  const { lexicon } = resources;
  const cover = coverWords(words, state.mentions);
  const posAt = articlePosAt(state, resources);
  const added: EntityMention[] = [];
  /** The person a role phrase from `start` to `end` in word `at`'s sentence refers to. */
  const refer = (id: string, start: number, end: number, at: Word): void => {
    added.push({ kind: 'person', id, start, end, sentence: at.sentence, via: 'reference' });
  };
  const silenced = new Set<EntityMention>();
  // Countries that describe an unnamed speaker: kept for what they say of the article, flagged as no speaker.
  const describing = new Set<EntityMention>();
  const heads = speakerHeads(lexicon);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    if (!heads.has(word.lower) || state.sentences[word.sentence]?.ignored) continue;
    // "The ambassador to China said" already read as the ambassador named before: China is still no speaker.
    const covered = coveredRemit(state, k, cover, lexicon);
    if (covered) {
      describing.add(covered.remit);
      const id = postedHolder(state, covered.remit, covered.holder.start) ?? covered.holder.id;
      refer(id, covered.holder.start, covered.remit.end, word);
    }
    const serving = servingRoleAt(state, k, cover, lexicon);
    if (serving) {
      // Only someone who holds the role: an untitled person named nearby may be the one served.
      const id = roleHolder(state, serving.role, lexicon, true);
      if (id) refer(id, (words[serving.role.first] as Word).start, serving.end, word);
      // With no one named in the role, the words are still not the served person's own: that mention stops
      // being a speaker candidate here. (A spokesperson for a body speaks for it: that mention stays.)
      else if (serving.served.kind === 'person') silenced.add(serving.served);
      continue;
    }
    // "His Highness expressed ...": the person last named with that style.
    const styled = cover[k] === -1 ? styleAlone(words, k) : null;
    if (styled && inSpeakerPosition(words, styled.first, k, lexicon)) {
      const id = styledHolder(state, styled.style, word.start);
      if (id) refer(id, (words[styled.first] as Word).start, word.end, word);
      continue;
    }
    const chief = chiefOfAt(state, k, cover, lexicon);
    const chiefId = chief ? roleHolder(state, chief, lexicon, true) : null;
    if (chief && chiefId) {
      refer(chiefId, (words[chief.first] as Word).start, (words[chief.last] as Word).end, word);
      continue;
    }
    const ownCountry = countryTailReference(state, k, cover, lexicon);
    if (ownCountry) {
      refer(ownCountry.id, ownCountry.start, (words[ownCountry.last] as Word).end, word);
      continue;
    }
    const portfolio = portfolioReference(state, k, cover, lexicon);
    if (portfolio) {
      refer(portfolio.id, portfolio.start, (words[portfolio.last] as Word).end, word);
      continue;
    }
    const unnamed = unnamedSpeakerAt(state, k, cover, lexicon);
    if (unnamed) {
      for (const country of unnamed) describing.add(country);
      continue;
    }
    const role = roleAt(state, k, cover, lexicon, posAt);
    if (!role) {
      // "The parliament speaker of the X republic confirmed": its holder speaks, never the body.
      const ofBody = roleOfBodyAt(state, k, cover, lexicon);
      if (!ofBody) continue;
      const served = {
        first: k,
        head: k,
        last: ofBody.last,
        titleWords: [word.lower],
        qualifier: ofBody.body,
      };
      const id = roleHolder(state, served, lexicon, true);
      if (id) refer(id, word.start, (words[ofBody.last] as Word).end, word);
      else describing.add(ofBody.body);
      continue;
    }
    const since = unnamedIntroduction(words, word.lower, role.first, lexicon);
    // "Sudan's ambassador to Rwanda stated": Rwanda is where the ambassador serves, not the speaker.
    if (role.remit) describing.add(role.remit);
    const strict = role.abbreviation !== undefined || role.remit !== undefined;
    const id = roleHolder(state, role, lexicon, strict, since);
    // An abbreviation no one named in the role spells stays unread, as before it was read at all.
    if (!id && (role.abbreviation || role.remit)) continue;
    if (!id) {
      // '"...," the Israeli official told reporters' after "a senior official": the unnamed one speaks, and unnamed
      // officials are left out; the country describing them is not the speaker.
      // "Spain's prime minister welcomed ..." where the article names no one in that office: the office-holder
      // speaks, unnamed like an unnamed official, and the country only describes them (it is no speaker).
      if (role.qualifier?.kind === 'country') describing.add(role.qualifier);
      const body = since === -1 ? spokespersonBody(state, role, cover, lexicon) : null;
      if (body) {
        const start = (words[role.first] as Word).start;
        added.push({
          kind: 'org',
          id: body,
          start,
          end: word.end,
          sentence: word.sentence,
          via: 'reference',
        });
      }
      continue;
    }
    refer(id, (words[role.first] as Word).start, (words[role.last] as Word).end, word);
  }
  if (added.length === 0 && silenced.size === 0 && describing.size === 0) return state;
  const kept = state.mentions
    .filter((m) => !silenced.has(m))
    .map((m): EntityMention => (describing.has(m) ? { ...m, describesUnnamed: true } : m));
  return { ...state, mentions: mergeMentions(kept, added) };
}
