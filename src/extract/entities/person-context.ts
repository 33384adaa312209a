// Reads the context around a name: a title before it ("Deputy Foreign Minister X", "South Korean national
// security adviser X"), an apposition after it ("X, Russia's deputy foreign minister,"), honorifics, speech verbs.

import {
  PERSON_AGENT_VERBS,
  POSTING_LINK_WORDS,
  SPEECH_VERB_AUXILIARIES,
  TITLE_EDGE_WORDS,
} from '../lexicon/entity-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import {
  APPOSED_ROLE_HEADS,
  STYLE_POSSESSIVES,
  STYLES_OF_ADDRESS,
  TITLE_REMIT_NOUNS,
} from '../lexicon/role-words.ts';
import {
  ARTICLE_WORDS,
  NAME_ARTICLES,
  PATRONYMIC_PARTICLES,
  TITLE_REMIT_JOINERS,
  TITLE_REMIT_LINKS,
} from '../lexicon/word-lists.ts';
import type { EntityMention, Word } from '../types.ts';

export interface TitleFacts {
  title: string;
  country: string | null;
  organization: string | null;
}

export interface Context {
  text: string;
  words: readonly Word[];
  cover: Int32Array;
  mentions: readonly EntityMention[];
  lexicon: Lexicon;
}

const POSSESSIVE_GAP = /^['’]s $/;
/** Lower-case name particles joined to a capitalized part: "al-Sharif", "el-Sisi", "bin-Zayed". */
const ARABIC_PARTICLE = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|ben)-\p{Lu}/u;
/** "led by", "commanded by": a passive agent that is a person when it has two name words or more. */
const AGENT_CUES: ReadonlySet<string> = new Set(PERSON_AGENT_VERBS);
const TRIM_TITLE: ReadonlySet<string> = new Set(TITLE_EDGE_WORDS);
const REMIT_NOUNS: ReadonlySet<string> = new Set(TITLE_REMIT_NOUNS);

export function isTitleWord(word: Word | undefined, lexicon: Lexicon): boolean {
  return word !== undefined && (lexicon.titleHeads.has(word.lower) || lexicon.titleModifiers.has(word.lower));
}

/** "ministers", "secretaries": the plural of a title head. */
export function pluralTitleHead(lower: string, lexicon: Lexicon): boolean {
  if (!lower.endsWith('s')) return false;
  if (lower.endsWith('ies') && lexicon.titleHeads.has(`${lower.slice(0, -3)}y`)) return true;
  return lexicon.titleHeads.has(lower.slice(0, -1));
}

/** A hyphen where ARABIC_PARTICLE wants one: after "al", "el" ... or "ash", "bin" ... (code 45 is "-"). */
function particleHyphen(text: string): boolean {
  // Length first: charCodeAt past the end is NaN, a slow path for the many short words asked.
  return (text.length > 2 && text.charCodeAt(2) === 45) || (text.length > 3 && text.charCodeAt(3) === 45);
}

/** Whether text holds a digit 0-9, as /\d/ tests, without a regex call for each capitalized word asked. */
export function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** What may stand before a surname spelled like a pronoun: a space after a word, or a comma. */
const SURNAME_GAP: ReadonlySet<string> = new Set([' ', ', ']);

/** A word that can be part of a person's name. */
export function isNameWord(word: Word | undefined, lexicon: Lexicon): boolean {
  // The particle is lower-case and hyphenated after its two or three letters: a capitalized word, or one without a
  // hyphen there, skips the regex.
  if (word && !word.cap && particleHyphen(word.text) && ARABIC_PARTICLE.test(word.text)) return true;
  if (!word || !word.cap) return false;
  // "Vice Premier He Lifeng", "..., He said.", "spokesman Said Khatibzadeh": a pronoun's or a verb's spelling
  // capitalized right after a word or a comma is a name; at a sentence start, after a quote mark or a colon it stays
  // the pronoun or the verb.
  if (
    lexicon.nonNames.has(word.text) &&
    !(SURNAME_GAP.has(word.gap) && lexicon.namesInsideSentence.has(word.text))
  )
    return false;
  if (lexicon.titleHeads.has(word.lower) || lexicon.titleModifiers.has(word.lower)) return false;
  // "... International Cooperation Ahmed Moalin Fiqi": a remit's closing noun ends the title, not opens the name.
  if (REMIT_NOUNS.has(word.text)) return false;
  // "the Foreign Secretaries met", "Both Ministers agreed": a title head in the plural names an office, not a person.
  if (pluralTitleHead(word.lower, lexicon)) return false;
  // "Lt. Gen. Abdel Fattah al-Burhan": an abbreviated rank or honorific is never part of the name.
  if (lexicon.honorifics.has(word.text)) return false;
  // All-capital words are acronyms (NATO, ACD), and digits are not names. A lower-case a-z second letter already
  // says "not all capitals" (no letter upper-cases to one), without upper-casing a copy of every name word.
  const second = word.text.charCodeAt(1);
  if (word.text.length > 1 && !(second >= 97 && second <= 122) && word.text === word.text.toUpperCase())
    return false;
  return !hasDigit(word.text);
}

function mentionAt(ctx: Context, index: number, kind: EntityMention['kind']): EntityMention | null {
  const m = ctx.cover[index] ?? -1;
  if (m === -1) return null;
  // Overlapping mentions share a word: look at neighbours with the same start for the wanted kind.
  for (
    let k = m;
    k < ctx.mentions.length && (ctx.mentions[k]?.start ?? Infinity) <= (ctx.words[index]?.start ?? 0);
    k++
  ) {
    if (ctx.mentions[k]?.kind === kind && (ctx.mentions[k]?.end ?? 0) > (ctx.words[index]?.start ?? 0))
      return ctx.mentions[k] ?? null;
  }
  const mention = ctx.mentions[m];
  return mention?.kind === kind ? mention : null;
}

/** The country mention ending at word `index` (a demonym, a name, or "Russia's"). */
function countryEndingAt(ctx: Context, index: number): EntityMention | null {
  const mention = mentionAt(ctx, index, 'country');
  return mention && mention.end === ctx.words[index]?.end && mention.via !== 'capital' ? mention : null;
}

/** The country mention ending at word `index` right after "of" or "of the": "Minister of Russia", "of the Republic of Uzbekistan". */
function countryOfRemit(ctx: Context, index: number): EntityMention | null {
  return countryAfterLink(ctx, index, (link) => link === 'of');
}

/** The country mention ending at word `index` right after a link word `linked` accepts (through "the"). */
function countryAfterLink(
  ctx: Context,
  index: number,
  linked: (link: string) => boolean,
): EntityMention | null {
  const country = countryEndingAt(ctx, index);
  if (!country) return null;
  let k = index;
  while (k > 0 && (ctx.words[k - 1]?.end ?? 0) > country.start) k--;
  if (ctx.words[k - 1]?.lower === 'the') k--;
  return linked(ctx.words[k - 1]?.lower ?? '') ? country : null;
}

/** "U.S. Ambassador to the Philippines MaryKay Carlson": a title naming where its holder is posted. */
function ambassadorTo(ctx: Context, first: number): TitleFacts | null {
  const { words, lexicon } = ctx;
  const posted = mentionAt(ctx, first - 1, 'country');
  if (!posted || posted.end !== words[first - 1]?.end || words[first]?.gap !== ' ') return null;
  let k = first - 1;
  while (k > 0 && (words[k - 1]?.end ?? 0) > posted.start) k--;
  if (words[k - 1]?.lower === 'the') k--;
  if (!POSTING_LINKS.has(words[k - 1]?.lower ?? '') || !lexicon.titleHeads.has(words[k - 2]?.lower ?? ''))
    return null;
  const head = k - 2;
  let start = head;
  while (
    start > 0 &&
    words[start]?.gap === ' ' &&
    isTitleWord(words[start - 1], lexicon) &&
    !countryEndingAt(ctx, start - 1)
  )
    start--;
  const startWord = words[start] as Word;
  const sender = start > 0 ? countryEndingAt(ctx, start - 1) : null;
  return {
    title: ctx.text.slice(startWord.start, words[first - 1]?.end ?? startWord.end),
    country: sender?.id ?? null,
    organization: null,
  };
}

/** Most name words an editor's bracket holds before it closes inside the name ("[Mohammed Ali] al-Houthi"). */
const MAX_BRACKETED_NAME_WORDS = 3;

/**
 * "President [Joseph] Kabila": the editor's bracket opening at the name's first word closes before a capitalized
 * word of the same name. A bracket around the whole name ("Minister [Sergey Vershinin]") is left alone.
 */
function bracketClosesInName(words: readonly Word[], first: number): boolean {
  for (let k = first + 1; k <= first + MAX_BRACKETED_NAME_WORDS; k++) {
    const word = words[k];
    if (word?.gap === '] ') return word.cap;
    if (word?.gap !== ' ') return false;
  }
  return false;
}

/** Title words right before word `first` (which starts a name), ending in a title head. */
export function titleBefore(ctx: Context, first: number): TitleFacts | null {
  const { words, lexicon } = ctx;
  const toCountry = ambassadorTo(ctx, first);
  if (toCountry) return toCountry;
  const head = words[first - 1];
  const name = words[first];
  if (!head || !name || !lexicon.titleHeads.has(head.lower)) return null;
  // "Qatar's Emir, Sheikh Tamim bin Hamad Al Thani": the office set off by a comma before the honorific is the title.
  if (lexicon.honorificTitleHeads.has(head.lower) && head.gap === ', ' && name.gap === ' ') {
    const office = titleBefore(ctx, first - 1);
    if (office && !lexicon.honorificTitleHeads.has(office.title.toLowerCase())) return office;
  }
  // "The European Union's foreign policy chief, Kaja Kallas, said": a title set off by a comma before the name.
  // "President [Joseph] Kabila": an editor's bracket inserting the given name into a quote.
  if (
    name.gap !== ' ' &&
    !(name.gap === ' [' && bracketClosesInName(words, first)) &&
    !(
      name.gap === ', ' &&
      head.lower !== 'official' &&
      words[first - 2] !== undefined &&
      (words[first - 1]?.gap === ' ' || POSSESSIVE_GAP.test(words[first - 1]?.gap ?? ''))
    )
  )
    return null;
  let start = first - 1;
  for (;;) {
    while (
      start > 0 &&
      (words[start]?.gap === ' ' || (words[start]?.gap === '-' && start === first - 1)) &&
      (isTitleWord(words[start - 1], lexicon) || titleByPosition(ctx, start - 1)) &&
      !countryEndingAt(ctx, start - 1)
    )
      start--;
    // "Deputy Prime Minister and Foreign Minister Ishaq Dar": two offices held at once, joined by "and".
    if (!titlesJoinedBefore(ctx, start)) break;
    start -= 2;
  }
  while (start < first - 1 && TRIM_TITLE.has(words[start]?.lower ?? '')) start++;
  const startWord = words[start];
  if (!startWord) return null;
  let country: string | null = null;
  let organization: string | null = null;
  for (let k = start; k < first; k++) {
    const org = mentionAt(ctx, k, 'org');
    if (org) organization = org.id;
    const inner = countryEndingAt(ctx, k);
    if (inner) country = inner.id;
  }
  if (start > 0 && (startWord.gap === ' ' || POSSESSIVE_GAP.test(startWord.gap))) {
    const before = countryEndingAt(ctx, start - 1);
    if (before) country = before.id;
  }
  // "President Sheikh Mohamed", "the Amir Sheikh Tamim": a royal honorific after the office is not part of it.
  const office = words[first - 2];
  const honorific =
    start < first - 1 &&
    lexicon.honorificTitleHeads.has(head.lower) &&
    office !== undefined &&
    head.gap === ' ' &&
    words
      .slice(start, first - 1)
      .some((w, k) => lexicon.titleHeads.has(w.lower) || titleByPosition(ctx, start + k));
  const title = ctx.text.slice(startWord.start, (honorific ? office : head).end);
  return { title: lexicon.titleAbbreviations.get(title.toLowerCase()) ?? title, country, organization };
}

/**
 * "Deputy Prime Minister and Foreign Minister X", "Crown Prince and Prime Minister X": the title words starting at
 * `start` are the second of two capitalized offices joined by "and", and the first ends in a title head.
 */
function titlesJoinedBefore(ctx: Context, start: number): boolean {
  const { words, lexicon } = ctx;
  const and = words[start - 1];
  const head = words[start - 2];
  // "Kazakh presidential adviser and spokesman X": two lower-case offices joined the same way.
  const sameCase = words[start]?.cap === true ? head?.cap === true : head?.cap === false;
  return (
    words[start]?.gap === ' ' &&
    sameCase &&
    and?.lower === 'and' &&
    and.gap === ' ' &&
    head !== undefined &&
    lexicon.titleHeads.has(head.lower) &&
    !countryEndingAt(ctx, start - 2)
  );
}

/** Whether the title words ending at `head` are a remit after "to", "of" or "for" ("Advisor to the Prime Minister"). */
function remitOffice(ctx: Context, head: number): boolean {
  const { words, lexicon } = ctx;
  let k = head;
  while (k > 0 && words[k]?.gap === ' ' && isTitleWord(words[k - 1], lexicon)) k--;
  if (words[k - 1]?.lower === 'the') k--;
  return TITLE_TAIL_LINKS.has(words[k - 1]?.lower ?? '');
}

/**
 * "the Amir Sheikh Tamim": a word that is a title or a name ("Amir") is a title right before another title word,
 * set off by a space; hyphened or before a name ("Amir-Abdollahian", "Amir Khan") it is a name.
 */
function titleByPosition(ctx: Context, index: number): boolean {
  const { words, lexicon } = ctx;
  const word = words[index];
  const next = words[index + 1];
  return (
    word?.cap === true &&
    lexicon.titleOrNameWords.has(word.lower) &&
    next?.gap === ' ' &&
    lexicon.titleHeads.has(next.lower)
  );
}

/** "Name, (the) (Russia's|Russian) deputy foreign minister (of Country)," after word `last`. */
export function appositionAfter(ctx: Context, last: number): TitleFacts | null {
  const { words, lexicon } = ctx;
  let k = last + 1;
  if (words[k]?.gap !== ', ') return null;
  if (ARTICLES.has(words[k]?.lower ?? '')) k++;
  let country: string | null = null;
  let organization: string | null = null;
  const countryMention = mentionAt(ctx, k, 'country');
  if (countryMention && countryMention.via !== 'capital') {
    country = countryMention.id;
    while (k < words.length && (words[k]?.end ?? 0) <= countryMention.end) k++;
  }
  const start = k;
  let headAt = -1;
  for (; k < words.length && k - start < 6; k++) {
    const word = words[k];
    // "António Guterres, Secretary-General": a hyphened title word goes on with the title. "X, the Taliban's
    // interior minister": the title goes on after a body's possessive.
    const ownedBy = organization !== null && POSSESSIVE_GAP.test(word?.gap ?? '');
    if (
      !word ||
      (k > start && word.gap !== ' ' && !ownedBy && !(word.gap === '-' && isTitleWord(word, lexicon)))
    )
      break;
    const org = mentionAt(ctx, k, 'org');
    if (org) {
      organization = org.id;
      continue;
    }
    if (!isTitleWord(word, lexicon)) break;
    if (lexicon.titleHeads.has(word.lower)) headAt = k;
  }
  const head = words[headAt];
  const startWord = words[start];
  if (headAt === -1 || !head || !startWord) return null;
  const after = words[headAt + 1];
  if (after?.lower === 'of' && after.gap === ' ') {
    const ofCountry = mentionAt(ctx, headAt + 2, 'country');
    if (ofCountry) country ??= ofCountry.id;
    // "Ambassador Extraordinary and Plenipotentiary": a rank after the head is still the title, not a name.
  } else if (after && after.gap === ' ' && after.cap && !isTitleWord(after, lexicon)) return null;
  return { title: ctx.text.slice(startWord.start, head.end), country, organization };
}

/** "led by General X Y", "commanded by X Y": a passive agent with two name words or more. */
export function agentBefore(ctx: Context, first: number, last: number): boolean {
  const by = ctx.words[first - 1];
  const verb = ctx.words[first - 2];
  return (
    last > first && by?.lower === 'by' && by.gap === ' ' && verb !== undefined && AGENT_CUES.has(verb.lower)
  );
}

/** How many words a role set off beside a name may run: "the top U.S. envoy to the region". */
const MAX_APPOSED_ROLE_WORDS = 7;
/**
 * The gap between two words of one role phrase: a space, a hyphen, or a possessive ("IGAD's security director",
 * "Hamas' political bureau").
 */
const ROLE_PHRASE_GAP = /^[ -]$|^['’]s? $/;
const APPOSED_HEADS: ReadonlySet<string> = new Set(APPOSED_ROLE_HEADS);

/**
 * "the top U.S. envoy to the region, Massad Boulos, said", `," Tewolde Gebremeskal, IGAD's security director
 * said`, "Member of the group's political bureau, X Y, said": two name words or more set off by commas with a
 * role beside them (its title word in the clause right before or right after) name the role's holder. A role
 * phrase opening its sentence needs no comma after the name ("Member of the Political Office, X Y launched ...").
 */
export function apposedToRole(ctx: Context, first: number, last: number): boolean {
  const { words, lexicon } = ctx;
  if (last === first || !/,["”]?\s*$/.test(words[first]?.gap ?? '')) return false;
  const isTitle = (word: Word | undefined): boolean =>
    word !== undefined && (lexicon.titleHeads.has(word.lower) || APPOSED_HEADS.has(word.lower));
  const commaAfter = /^,/.test(words[last + 1]?.gap ?? '');
  const sentence = words[first]?.sentence;
  for (let k = first - 1; k >= 0 && first - k <= MAX_APPOSED_ROLE_WORDS; k--) {
    if (isTitle(words[k])) {
      if (commaAfter) return true;
      // Without the closing comma, only a role that opens the sentence ("Member of ...", "The member of ...").
      const opening = (j: number): boolean => j === 0 || words[j - 1]?.sentence !== sentence;
      return opening(k) || (opening(k - 1) && ARTICLES.has(words[k - 1]?.lower ?? ''));
    }
    if (!ROLE_PHRASE_GAP.test(words[k]?.gap ?? '')) break;
  }
  if (!commaAfter) return false;
  // After the name, the role opens as a noun phrase of its own ("the ...", "IGAD's ...", "spokesman for ..."),
  // not as the next item of a list of capitalized names ("..., Human Resources, Saudi Fund and King ...").
  const opener = words[last + 1];
  if (!opener || !(ARTICLES.has(opener.lower) || !opener.cap || /^['’]s $/.test(words[last + 2]?.gap ?? '')))
    return false;
  for (let k = last + 1; k < words.length && k - last <= MAX_APPOSED_ROLE_WORDS; k++) {
    if (isTitle(words[k])) return true;
    if (k > last + 1 && !ROLE_PHRASE_GAP.test(words[k]?.gap ?? '')) break;
  }
  return false;
}

/** How many words an apposition between a name and its speech verb may run: "the U.N. special envoy for ...". */
const MAX_APPOSITION_WORDS = 16;
/**
 * How many an office's own capitalized title may run there: "Assistant to the President of the Republic of X –
 * Head of the Foreign Policy Department of the Presidential Administration".
 */
const MAX_TITLE_APPOSITION_WORDS = 24;
/** A gap an apposition does not run across: a quote mark, a colon or a semicolon closes the clause. */
const CLAUSE_END_GAP = /["“”:;]/;

/**
 * "X Y, a member of the government's negotiating team, told reporters", `," X Y, the UN mediator, said`: two
 * name words or more set off by a comma, then a noun phrase (opening with an article, a lower-case word, a
 * possessive or a capitalized title word: "X Y, Assistant to the President of Z, said") closed by the next comma,
 * then a finite speech verb: the name is the subject of that verb.
 */
export function apposedSpeaker(ctx: Context, first: number, last: number): boolean {
  const { words, lexicon } = ctx;
  const opener = words[last + 1];
  if (last === first || !opener || opener.gap !== ', ') return false;
  const possessiveAt = (k: number): boolean => POSSESSIVE_GAP.test(words[k]?.gap ?? '');
  const titled = opener.cap && isTitleWord(opener, lexicon);
  if (
    opener.cap &&
    !titled &&
    !ARTICLES.has(opener.lower) &&
    !possessiveAt(last + 2) &&
    !possessiveAt(last + 3) &&
    !possessiveAt(last + 4) &&
    !bodyRole(ctx, last + 1)
  )
    return false;
  const sentence = opener.sentence;
  const reach = titled ? MAX_TITLE_APPOSITION_WORDS : MAX_APPOSITION_WORDS;
  for (let k = last + 2; k < words.length && k - last <= reach; k++) {
    const word = words[k] as Word;
    if (word.sentence !== sentence || CLAUSE_END_GAP.test(word.gap)) return false;
    if (word.gap.startsWith(','))
      return word.gap === ', ' && lexicon.speechVerbs.has(word.lower) && !word.lower.endsWith('ing');
  }
  return false;
}

const SPEECH_AUXILIARIES: ReadonlySet<string> = new Set(SPEECH_VERB_AUXILIARIES);

/**
 * "... a ceasefire in the Gaza Strip, a spokeswoman for the prime minister said", "... the month of Ramadan, the UN
 * envoy has said": after the comma a role phrase runs, with no comma closing it, into its own speech verb. That role
 * is the verb's subject; the word before the comma ends the reported clause and is no name the role describes.
 */
export function roleSubjectAfter(ctx: Context, last: number): boolean {
  const { words, lexicon } = ctx;
  const opener = words[last + 1];
  if (!opener || opener.gap !== ', ') return false;
  const sentence = opener.sentence;
  for (let k = last + 2; k < words.length && k - last <= MAX_APPOSITION_WORDS; k++) {
    const word = words[k] as Word;
    if (word.sentence !== sentence || word.gap.includes(',') || CLAUSE_END_GAP.test(word.gap)) return false;
    const verb = SPEECH_AUXILIARIES.has(word.lower) ? words[k + 1] : word;
    if (verb && verb.gap === ' ' && lexicon.speechVerbs.has(verb.lower) && !verb.lower.endsWith('ing'))
      return true;
  }
  return false;
}

/**
 * "Sovereign Council member and spokesman for ...", "Foreign Ministry spokesman": a body's capitalized name right
 * followed by a lower-case role noun, opening an apposition at word `index`.
 */
function bodyRole(ctx: Context, index: number): boolean {
  const { words, lexicon } = ctx;
  for (let k = index + 1; k < words.length && k - index < MAX_APPOSED_ROLE_WORDS; k++) {
    const word = words[k] as Word;
    if (word.gap !== ' ') return false;
    if (!word.cap) return lexicon.titleHeads.has(word.lower) || APPOSED_HEADS.has(word.lower);
  }
  return false;
}

const POSSESSIVES: ReadonlySet<string> = new Set(STYLE_POSSESSIVES);
const ARTICLES: ReadonlySet<string> = new Set(ARTICLE_WORDS);
const POSTING_LINKS: ReadonlySet<string> = new Set(POSTING_LINK_WORDS);
/** Styles spelled out ("Excellency"), which alone may stand off their name with a comma. */
const SPELLED_STYLES = new Set(Object.keys(STYLES_OF_ADDRESS));

/** "H E", "H. E.": a style's abbreviation written in letters set apart is two letters long. */
const STYLE_LETTERS = 2;

/**
 * "H E Sheikh Mohammed", "H. E. Evaristo Carvalho": the index after the single capital letters from `first` (up to
 * `end`) when they spell a style of address ("HE"), else `first`.
 */
export function styleLettersEnd(
  words: readonly Word[],
  first: number,
  end: number,
  forms: ReadonlySet<string>,
): number {
  let letters = '';
  for (let k = first; k < end && k - first < STYLE_LETTERS; k++) {
    const text = words[k]?.text ?? '';
    if (text.length !== 1 || !/\p{Lu}/u.test(text) || (k > first && !/^\.? $/.test(words[k]?.gap ?? '')))
      return first;
    letters += text;
    if (letters.length === STYLE_LETTERS && forms.has(letters)) return k + 1;
  }
  return first;
}

/**
 * "President H.E. Macky Sall", "Ambassador to Kenya H.E Zhou Pingjian", "President Dr. Arif Alvi", "His Excellency,
 * Moussa Faki": forms of address right before the name at `first` belong to neither the name nor the title before
 * them. Returns where they start (`first` when there are none), so the title is read before that word.
 */
export function addressLead(ctx: Context, first: number): number {
  const { words, lexicon } = ctx;
  let lead = first;
  for (;;) {
    const form = words[lead - 1];
    const gap = words[lead]?.gap ?? '';
    // "President of Sao Tome and Principe, H. E. Evaristo Carvalho": the style in letters set apart.
    if (
      lead >= STYLE_LETTERS &&
      (gap === ' ' || gap === '. ') &&
      styleLettersEnd(words, lead - STYLE_LETTERS, lead, lexicon.addressForms) === lead
    ) {
      lead -= STYLE_LETTERS;
      continue;
    }
    if (!form || !lexicon.addressForms.has(form.text)) break;
    if (!(gap === ' ' || gap === '. ' || (gap === ', ' && SPELLED_STYLES.has(form.lower)))) break;
    lead--;
    // "His Excellency": the possessive opens the spelled-out style.
    const possessive = words[lead - 1];
    if (possessive && POSSESSIVES.has(possessive.lower) && words[lead]?.gap === ' ') lead--;
  }
  return lead;
}

export function honorificBefore(ctx: Context, first: number): boolean {
  const before = ctx.words[first - 1];
  const name = ctx.words[first];
  return Boolean(
    before && name && ctx.lexicon.honorifics.has(before.text) && (name.gap === ' ' || name.gap === '. '),
  );
}

/** "John Smith said" or "said John Smith," — a speech verb next to a name of two words or more. */
export function speechNextTo(ctx: Context, first: number, last: number): boolean {
  const { words, lexicon } = ctx;
  if (last === first) return false;
  const after = words[last + 1];
  if (after && after.gap === ' ' && lexicon.speechVerbs.has(after.lower)) return true;
  const before = words[first - 1];
  const name = words[first];
  return Boolean(
    before &&
    name?.gap === ' ' &&
    lexicon.speechVerbs.has(before.lower) &&
    (words[last + 1]?.gap ?? '.').trimStart().match(/^[,.]/),
  );
}

/** A closing quote mark ending a gap: the quote an attribution clause follows (`," said X`, `," X said`). */
const AFTER_QUOTE = /[,?!.]?["”]\s$/;

/**
 * `"...," said Kadhafi.` / `"...," Patil said`: a lone name word filling the speaker slot of a quote's own
 * attribution clause (the speech verb right after the closing mark and the name beside it, or the name right after
 * the mark and the verb after it) is a person, even one the article never names in full.
 */
export function quoteAttributionWord(ctx: Context, k: number): boolean {
  const { words, lexicon } = ctx;
  const word = words[k];
  if (!word) return false;
  const before = words[k - 1];
  const after = words[k + 1];
  if (
    before &&
    word.gap === ' ' &&
    AFTER_QUOTE.test(before.gap) &&
    lexicon.speechVerbs.has(before.lower) &&
    /^[,.]/.test((after?.gap ?? '.').trimStart())
  )
    return true;
  return Boolean(
    after && AFTER_QUOTE.test(word.gap) && after.gap === ' ' && lexicon.speechVerbs.has(after.lower),
  );
}

/** "said Fiame." or "Fiame added": a speech verb right next to a single name word. */
export function speechNextToWord(ctx: Context, k: number): boolean {
  const { words, lexicon } = ctx;
  const after = words[k + 1];
  if (after && after.gap === ' ' && lexicon.speechVerbs.has(after.lower)) return true;
  const before = words[k - 1];
  return Boolean(
    before &&
    words[k]?.gap === ' ' &&
    lexicon.speechVerbs.has(before.lower) &&
    /^[,.]/.test((words[k + 1]?.gap ?? '.').trimStart()),
  );
}

const TITLE_TAIL_LINKS: ReadonlySet<string> = new Set(TITLE_REMIT_LINKS);
const REMIT_JOINERS: ReadonlySet<string> = new Set(TITLE_REMIT_JOINERS);
const MAX_TITLE_TAIL = 10;

/** First word of the name word at index: "Al-Sabah", "Abdel-Aty" are one name word written in two pieces. */
function tokenStart(words: readonly Word[], index: number): number {
  let at = index;
  while (at > 0 && words[at]?.gap === '-') at--;
  return at;
}

/**
 * First word of the last `count` name words ending at last ("Mohammed Al-Bishr": 2 name words, 3 pieces). An
 * article written apart ("Saeed Al Maliky") is no name word of its own, and a patronymic before them takes the
 * name back to the given name it follows ("Turki bin Abdullah Al-Shabanah", not "Abdullah Al-Shabanah").
 */
export function lastTokensStart(words: readonly Word[], last: number, count: number): number {
  let at = tokenStart(words, last);
  for (let n = 1; n < count && at > 0;) {
    at = tokenStart(words, at - 1);
    if (!NAME_ARTICLES.has(words[at]?.lower ?? '')) n++;
  }
  while (
    at > 1 &&
    words[at]?.gap === ' ' &&
    words[at - 1]?.gap === ' ' &&
    PATRONYMIC_PARTICLES.has(words[at - 1]?.lower ?? '') &&
    words[at - 2]?.cap === true
  )
    at = tokenStart(words, at - 2);
  return at;
}

/**
 * Name words from first to last, hyphened pieces counted once and lower-case particles not at all: "Mishal
 * Al-Ahmad Al-Jaber Al-Sabah" and "Rima bint Bandar bin Sultan bin Abdulaziz" are 4.
 */
export function nameTokens(words: readonly Word[], first: number, last: number): number {
  let count = 1;
  for (let k = first + 1; k <= last; k++) if (words[k]?.gap !== '-' && words[k]?.cap) count++;
  return count;
}

/** "Chairman Senate", "Speaker Parliament": the word at index is a body's name word right after a title head. */
export function bodyAfterTitle(ctx: Context, index: number): boolean {
  const { words, lexicon } = ctx;
  const word = words[index];
  const head = words[index - 1];
  return (
    word !== undefined &&
    word.gap === ' ' &&
    lexicon.orgSuffixes.has(word.text) &&
    head?.cap === true &&
    lexicon.titleHeads.has(head.lower)
  );
}

/** "(AU)" between capitals: the word at `index` is an acronym alone in parentheses. */
function acronymInParens(words: readonly Word[], index: number): boolean {
  const word = words[index];
  return (
    word !== undefined &&
    word.gap === ' (' &&
    /^\),? $/.test(words[index + 1]?.gap ?? '') &&
    word.text.length > 1 &&
    word.text === word.text.toUpperCase()
  );
}

/**
 * A title whose head is followed by its remit before the name: "US Assistant Secretary of State for European and
 * Eurasian Affairs Karen Donfried" (the remit's capitals run into the name: `inRun`), or "EU Special Envoy for
 * Belgrade-Pristina dialogue, Miroslav Lajčák," (set off by a comma).
 */
export function stackedTitleBefore(
  ctx: Context,
  first: number,
  last: number,
  /** `first` opens forms of address ("H.E.", "Amb.") before the name: the remit ends right before them. */
  styled = false,
): { facts: TitleFacts; inRun: boolean } | null {
  const { words, lexicon, text } = ctx;
  const name = words[first];
  if (!name) return null;
  // "President of Kenya and His Excellency X": a lower-case word before the style ends no title.
  if (styled && words[first - 1]?.cap !== true) return null;
  // "The Chairperson of the Commission of the African Union (AU), Dr. X": the comma after the acronym's mark.
  const commaSet = name.gap === ', ' || (name.gap === '), ' && acronymInParens(words, first - 1));
  if (!commaSet && name.gap !== ' ' && !acronymInParens(words, first - 1)) return null;
  // "President of Uzbekistan Shavkat Mirziyoyev, TurkicWorld reports": a person's name before the comma, known or
  // two name words no other entity covers, ends the title there; what follows the comma is no holder of it.
  const nameBefore =
    mentionAt(ctx, first - 1, 'person') !== null ||
    [first - 1, first - 2].every((k) => isNameWord(words[k], lexicon) && ctx.cover[k] === -1);
  if (commaSet && nameBefore) return null;
  // "Minister for Immigration, Citizenship, Migration Services and ...", "Minister of Foreign Affairs, Emigration and
  // Egyptian Expatriates X": a lone capital after the comma that a list goes on from is a portfolio, not a name.
  const next = words[last + 1];
  const listGoesOn =
    (next?.gap === ', ' && next.cap) ||
    (next?.lower === 'and' && next.gap === ' ' && words[last + 2]?.cap === true);
  if (commaSet && last === first && listGoesOn) return null;
  // "Minister of Finance Tolani Obuya": the remit ends in a capital that cannot start a name, so the run is the name.
  // "Chairperson of the African Union Commission Moussa Faki Mahamat": a remit ending in a named organization too.
  const remit = ctx.mentions[ctx.cover[first - 1] ?? -1];
  // "Chairman Senate Sadiq Sanjrani": a lone body word right after a title head names the remit too.
  const bodyWord = bodyAfterTitle(ctx, first - 1);
  const remitNamed = remit?.kind === 'org' || bodyWord;
  const remitStart = bodyWord ? words[first - 1]?.start : remit?.start;
  // "Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov", "Prime Minister of Russia X Y":
  // a remit ending in "of" and a country's name, which no name goes on from ("Ambassador to the Philippines X" is
  // posted there, not from there).
  const remitCountry = countryOfRemit(ctx, first - 1);
  // "UN Special Envoy for Syria X Y", "Special Representative for Ukraine X Y": a remit ending in a country after
  // "for" ends there too; the holder is posted for that country, not from it (no country is taken). After "to"
  // ("Ambassador of Iraq to Kuwait X Y Z") the whole run is the name as well.
  const remitPlace =
    remitCountry ?? countryAfterLink(ctx, first - 1, (link) => link === 'for' || link === 'to');
  // "U.S. Ambassador to Pakistan Nawaf Saeed Al Maliky": a title ambassadorTo reads keeps the sender's country.
  if (!commaSet && !styled && ambassadorTo(ctx, first)) return null;
  const afterRemit =
    styled ||
    (!commaSet &&
      last > first &&
      words[first - 1]?.cap === true &&
      // "... Union (AU) Commission X Y": the remit goes on after its acronym, into the run.
      !acronymInParens(words, first - 1) &&
      (remitNamed || remitPlace !== null || !isNameWord(words[first - 1], lexicon)));
  if (!commaSet && !afterRemit && nameTokens(words, first, last) < 3) return null;
  let linked = false;
  // Name words read since the link nearest the head: "President Trump for the Nobel Peace Prize", "President Mahmoud
  // Abbas dismissed the idea of amending the Arab Peace Initiative" hold a name between head and link, so the
  // head is that name's title, not a remit's over the capitals after the link. (Set off by a comma, "President X
  // of Guinea-Bissau, Alassane Ouattara of ...", the name after the comma stays a person.)
  let namesAfterHead = 0;
  let nameAfterHead = false;
  for (let j = first - 1; j >= 0 && first - j <= MAX_TITLE_TAIL; j--) {
    const word = words[j] as Word;
    const gapAfter = words[j + 1]?.gap ?? '';
    // "Chair of the African Union (AU) Commission, X": an acronym in parentheses inside the remit is read through.
    const parenthesised = acronymInParens(words, j) || acronymInParens(words, j + 1);
    if (j < first - 1 && gapAfter !== ' ' && gapAfter !== '-' && !parenthesised) return null;
    if (acronymInParens(words, j)) continue;
    if (linked && !nameAfterHead) {
      const person = mentionAt(ctx, j, 'person') !== null;
      namesAfterHead = person || (ctx.cover[j] === -1 && isNameWord(word, lexicon)) ? namesAfterHead + 1 : 0;
      nameAfterHead = person || namesAfterHead > 1;
    }
    if (TITLE_TAIL_LINKS.has(word.lower)) {
      linked = true;
      namesAfterHead = 0;
      nameAfterHead = false;
    }
    // A remit run straight into the name is capitals and links only: "Minister of Finance", not "a series of".
    else if (afterRemit && !word.cap && !REMIT_JOINERS.has(word.lower)) return null;
    if (!lexicon.titleHeads.has(word.lower) || !word.cap) continue;
    if (nameAfterHead && !commaSet) return null;
    // "Speaker National Assembly Asad Qaiser", "Chairman Pakistan Senate X": a named body right after the title
    // head is its remit without an "of".
    const namedRemit = afterRemit && remitNamed && remitStart === words[j + 1]?.start;
    if (!linked && !namedRemit) return null;
    let start = j;
    for (;;) {
      while (start > 0 && words[start]?.gap === ' ' && isTitleWord(words[start - 1], lexicon)) start--;
      // "Deputy Prime Minister and Minister of Foreign Affairs X": a first office joined by "and" is held too, unless
      // it is a remit ("Advisor to the Prime Minister and Official Spokesperson X").
      if (!titlesJoinedBefore(ctx, start) || remitOffice(ctx, start - 2)) break;
      start -= 2;
    }
    while (start < j && TRIM_TITLE.has(words[start]?.lower ?? '')) start++;
    // "X, Chairperson of the AU Commission, H.E. Y": an office set off by commas right after a name is that name's
    // apposition ("In his remarks, Chairperson of ..., Y" stays Y's).
    if (name.gap === ', ' && words[start]?.gap === ', ' && isNameWord(words[start - 1], lexicon)) return null;
    const before = start > 0 ? countryEndingAt(ctx, start - 1) : null;
    const country =
      before && (words[start]?.gap === ' ' || POSSESSIVE_GAP.test(words[start]?.gap ?? ''))
        ? before.id
        : (remitCountry?.id ?? null);
    const inRun = !commaSet && !afterRemit;
    const endAt = inRun ? lastTokensStart(words, last, 2) - 1 : first - 1;
    const titleEnd = words[endAt];
    if (!titleEnd) return null;
    // "Director General of World Health Organization (WHO) Dr X": the title keeps the acronym's closing mark.
    const end = titleEnd.end + (acronymInParens(words, endAt) ? 1 : 0);
    // "Chairperson of the Commission of the African Union (AU)": the body the remit names is whom the holder serves.
    let organization: string | null = null;
    for (let k = start; k <= endAt; k++) organization = mentionAt(ctx, k, 'org')?.id ?? organization;
    return {
      facts: { title: text.slice(words[start]?.start ?? 0, end), country, organization },
      inRun,
    };
  }
  return null;
}
