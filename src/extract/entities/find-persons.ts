// Finds people, known or never seen: a capitalized name with a title before it, an apposition after it, an
// honorific, or a speech verb next to it. Names of one real person are merged under the fullest name's id.

import { personId } from '../../domain/ids.ts';
import { coverWords, mergeMentions, wordIndexAt } from '../mention-index.ts';
import {
  addressLead,
  agentBefore,
  apposedToRole,
  apposedSpeaker,
  appositionAfter,
  bodyAfterTitle,
  speechNextToWord,
  quoteAttributionWord,
  stackedTitleBefore,
  styleLettersEnd,
  honorificBefore,
  isNameWord,
  lastTokensStart,
  pluralTitleHead,
  nameTokens,
  speechNextTo,
  titleBefore,
  type Context,
  type TitleFacts,
} from './person-context.ts';
import { cloneEntities, ensurePerson } from './registry.ts';
import { ABBREVIATED_MONTHS } from '../../domain/calendar.ts';
import { STYLES_OF_ADDRESS } from '../lexicon/role-words.ts';
import {
  FACILITY_HEADS,
  MONARCH_TITLES,
  NAME_ARTICLES,
  PATRONYMIC_PARTICLES,
  SOCIAL_PLATFORMS,
} from '../lexicon/word-lists.ts';
import { NATURAL_FEATURE_WORDS } from '../lexicon/places.ts';
import { AGREEMENT_WORDS } from '../lexicon/event-words.ts';
import type { KnownPerson } from '../lexicon/known-people.ts';
import type { EntityMention, ExtractState, PersonEntity, Resources, Word } from '../types.ts';

const MAX_NAME_WORDS = 6;
const NATURAL_FEATURES: ReadonlySet<string> = new Set(NATURAL_FEATURE_WORDS);

interface Candidate {
  first: number;
  last: number;
  name: string;
  facts: TitleFacts | null;
  /** No title, honorific or speech verb: a capitalized run that may be someone's full name. */
  plain: boolean;
  /** The person whose name this run goes on with ("Mohamed bin Zayed" + "Al Nahyan"), if any. */
  of?: EntityMention;
  /** The person whose name this run of given names comes before ("Yoweri Kaguta" + "Museveni"), if any. */
  before?: EntityMention;
}

/** Below U+00C0 no character decomposes (NFD) and none is a combining mark: such a word folds to itself. */
const FIRST_FOLDABLE = 0xc0;

/** A name word without its diacritics: "Lajčák" and "Lajcak" are one person's name in two spellings. */
export function foldName(word: string): string {
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) >= FIRST_FOLDABLE) return word.normalize('NFD').replace(/\p{M}/gu, '');
  return word;
}

/** Name parts already made: clustering asks for every known person's parts again at each new name. */
const partsMemo = new Map<string, readonly string[]>();
/** Bounds the memo for a long-running ingest of ever new names; refilled from scratch when full. */
const PARTS_MEMO_SIZE = 20_000;

/** Name words of a person (diacritics folded), for matching shorter forms of the name against it. */
export function nameParts(name: string): readonly string[] {
  const known = partsMemo.get(name);
  if (known !== undefined) return known;
  const made = splitNameParts(name);
  if (partsMemo.size >= PARTS_MEMO_SIZE) partsMemo.clear();
  partsMemo.set(name, made);
  return made;
}

function splitNameParts(name: string): string[] {
  return name
    .split(/\s+/)
    .map(withoutArticle)
    .flatMap((word) => word.split('-'))
    .filter(
      (part) =>
        part.length > 0 && part !== part.toLowerCase() && !PATRONYMIC_PARTICLES.has(part.toLowerCase()),
    )
    .map(foldName);
}

/** A name word without the article hyphenated to its front: "Al-Sudani" and "el-Sisi" are "Sudani" and "Sisi". */
export function withoutArticle(word: string): string {
  const hyphen = word.indexOf('-');
  if (hyphen === -1 || !NAME_ARTICLES.has(word.slice(0, hyphen).toLowerCase())) return word;
  const rest = word.slice(hyphen + 1);
  return /^\p{Lu}/u.test(rest) ? rest : word;
}

/** Whether two folded words differ by one letter added, dropped or changed ("Rahmon" / "Rakhmon"). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}

/** Shortest word a spelling variant is told apart from: short names ("Kim", "Li") differ by one letter. */
const MIN_VARIANT_LENGTH = 5;

/**
 * `"...," Rakhmon said` in an article naming "Emomali Rahmon": a lone word one letter away from a word that ends a
 * longer name run is that name spelled otherwise, not a new person.
 */
function spellingVariantOfRun(word: Word, ends: ReadonlySet<string>): boolean {
  if (word.text.length < MIN_VARIANT_LENGTH) return false;
  const folded = foldName(word.text);
  for (const end of ends) if (end.length >= MIN_VARIANT_LENGTH && oneEditApart(folded, end)) return true;
  return false;
}

/** Name words a longer capitalized run starts or ends with: a lone word next to a speech verb may be one. */
function runEnds(ctx: Context): Set<string> {
  const ends = new Set<string>();
  const { words, lexicon } = ctx;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    // "Theresa May": a month ending a name run is that name's last word.
    if (isNameWord(word, lexicon) && next?.gap === ' ' && surnameMonth(ctx, i + 1))
      ends.add(foldName(next.text));
    if (!isNameWord(word, lexicon) || !next || next.gap !== ' ' || !isNameWord(next, lexicon)) continue;
    if (!isNameWord(words[i - 1], lexicon) || (word.gap !== ' ' && word.gap !== '-'))
      ends.add(foldName(word.text));
    if (!isNameWord(words[i + 2], lexicon) || (words[i + 2]?.gap !== ' ' && words[i + 2]?.gap !== '-'))
      ends.add(foldName(next.text));
  }
  return ends;
}

/**
 * "Prime Minister Theresa May said": a month name right after a name word, with no day or year after it, is the
 * surname the run goes on with ("May 5", "May 2016" stay dates).
 */
function surnameMonth(ctx: Context, index: number): boolean {
  const word = ctx.words[index];
  if (!word?.cap || !ctx.lexicon.months.has(word.lower)) return false;
  const after = ctx.words[index + 1];
  return !(after && after.gap === ' ' && /^\d/.test(after.text));
}

/**
 * `"...," May said`, "Mrs May said", and "May said that ..." once "Theresa May" is named: a month name that is a
 * speaker, or that follows a style of address, is a surname, never a date.
 */
function speakingMonth(ctx: Context, index: number, ends: ReadonlySet<string>): boolean {
  const word = ctx.words[index];
  if (!word?.cap || !ctx.lexicon.months.has(word.lower)) return false;
  return (
    quoteAttributionWord(ctx, index) ||
    honorificBefore(ctx, index) ||
    (ends.has(foldName(word.text)) && speechNextToWord(ctx, index))
  );
}

const GIVEN_NAME_MONTHS: ReadonlySet<string> = new Set(ABBREVIATED_MONTHS);

/**
 * "Jan Egeland, the council's chief,": a month abbreviated without its period, right before a name word set off by
 * a space (no day, no period: "Jan. 31", "Jan 31" stay dates) and after no word that dates it, is a given name.
 */
function givenNameMonth(ctx: Context, index: number): boolean {
  const word = ctx.words[index];
  if (!word || !GIVEN_NAME_MONTHS.has(word.text)) return false;
  // "in Jan", "since Jan": after a word that dates what follows, it stays the month.
  const before = ctx.words[index - 1];
  if (before && word.gap === ' ' && ctx.lexicon.monthLeads.has(before.lower)) return false;
  const next = ctx.words[index + 1];
  return next?.gap === ' ' && isNameWord(next, ctx.lexicon) && !ctx.lexicon.months.has(next.lower);
}

/**
 * "Khalid bin Sultan", "Sultan bin Ahmed Al Jaber": a title head that is also a given name is a name word right
 * after or right before a patronymic particle. So it is right before the article of a family name ("Sultan Al
 * Shamsi", "Sultan Al-Shamsy": a ruler's title is followed by his given name), and between two name words of one
 * run ("Mohammed Sultan Saif Al Suwaidi", "Ahmad Sultan Al Jaber"; "Omani Sultan Qaboos" has a demonym before it).
 */
function givenNameAt(ctx: Context, index: number): boolean {
  const { words, lexicon } = ctx;
  const word = words[index];
  if (!word?.cap || !lexicon.givenNameTitleHeads.has(word.lower)) return false;
  const before = words[index - 1];
  const after = words[index + 1];
  if (word.gap === ' ' && before !== undefined && PATRONYMIC_PARTICLES.has(before.lower)) return true;
  if (after?.gap !== ' ') return false;
  if (PATRONYMIC_PARTICLES.has(after.lower)) return true;
  if (NAME_ARTICLES.has(after.lower)) return isNameWord(words[index + 2], lexicon);
  return word.gap === ' ' && nameWordOfRun(ctx, index - 1) && isNameWord(after, lexicon);
}

/** A name word no mention (a demonym, a country) covers and no style or title-like word is: a run's own word. */
function nameWordOfRun(ctx: Context, index: number): boolean {
  const word = ctx.words[index];
  return (
    ctx.cover[index] === -1 &&
    isNameWord(word, ctx.lexicon) &&
    !STYLE_WORDS.has(word?.lower ?? '') &&
    !ctx.lexicon.titleOrNameWords.has(word?.lower ?? '')
  );
}

/** Two capitals read as a person's initials after a title: "AK" in "Foreign Minister AK Abdul Momen". */
const TWO_INITIALS = /^[A-Z]{2}$/;

/**
 * "Foreign Minister AK Abdul Momen", "Foreign Secretary MM Imrul Kayes", "Dr AK Abdul Momen": two capitals right
 * after a title head or an honorific and right before a name word are the initials the name starts with, not an
 * acronym; one a mention covers (a country, a body), a title's own abbreviation ("Cabinet Secretary PS Macharia
 * Kamau") or a style ("HE") is not.
 */
function titleInitialsAt(ctx: Context, index: number): boolean {
  const { words, lexicon } = ctx;
  const word = words[index];
  if (!word || !TWO_INITIALS.test(word.text) || word.gap !== ' ' || ctx.cover[index] !== -1) return false;
  const before = words[index - 1];
  const after = words[index + 1];
  return (
    before !== undefined &&
    (lexicon.titleHeads.has(before.lower) || lexicon.honorifics.has(before.text)) &&
    !lexicon.titleHeads.has(word.lower) &&
    !lexicon.honorifics.has(word.text) &&
    !STYLE_WORDS.has(word.lower) &&
    after?.gap === ' ' &&
    isNameWord(after, lexicon)
  );
}

/** Styles of address ("His Highness Sheikh Khalifa"): capitalized like a name, but never a given name. */
const STYLE_WORDS = new Set(Object.keys(STYLES_OF_ADDRESS));

/**
 * "Somali President Hassan Sheikh Mohamud": an honorific title head between two name words, set off by spaces, is
 * a middle part of the name, not the title of the name after it. After a style ("His Highness Sheikh Khalifa") or
 * a word that is a title before a title ("the Amir Sheikh Tamim") it stays the honorific.
 */
function honorificInName(ctx: Context, index: number): boolean {
  const { words, lexicon } = ctx;
  const word = words[index];
  const before = words[index - 1];
  const after = words[index + 1];
  return (
    word?.cap === true &&
    word.gap === ' ' &&
    lexicon.honorificTitleHeads.has(word.lower) &&
    isNameWord(before, lexicon) &&
    !STYLE_WORDS.has(before?.lower ?? '') &&
    !lexicon.titleOrNameWords.has(before?.lower ?? '') &&
    after?.gap === ' ' &&
    isNameWord(after, lexicon)
  );
}

/**
 * "Sayyid Shihab bin Tarik Al Said", "Faisal bin Turki al Said", "Mahad bin Said Ba'Owain": a capitalized word
 * that reads as a speech verb is a name right after an Arabic name particle, as Oman's ruling family and many
 * fathers are named; it is neither the end of the name nor a verb of saying.
 */
function verbAfterParticle(ctx: Context, index: number): boolean {
  const { words, lexicon } = ctx;
  const word = words[index];
  const particle = words[index - 1]?.lower ?? '';
  return (
    word?.cap === true &&
    (word.gap === ' ' || word.gap === '-') &&
    (NAME_ARTICLES.has(particle) || PATRONYMIC_PARTICLES.has(particle)) &&
    lexicon.speechVerbs.has(word.lower)
  );
}

/**
 * The title of the name from first to last: the one before it, or the apposition after it. "Sheikh Mansour bin
 * Zayed, UAE Vice President," is a royal honorific before the name and the office after it: the office wins.
 */
function titleOf(ctx: Context, first: number, last: number): TitleFacts | null {
  const lead = addressLead(ctx, first);
  const before = titleBefore(ctx, lead);
  if (before && !ctx.lexicon.honorificTitleHeads.has(before.title.toLowerCase())) return before;
  const office = before ? officeBeforeStyle(ctx, lead - 1, last) : null;
  return office ?? appositionAfter(ctx, last) ?? before;
}

/**
 * "Foreign Minister H.H. Sheikh Abdullah bin Zayed", "Prime Minister and Minister of Foreign Affairs HE Sheikh
 * Mohammed": the office before a style of address and the royal honorific at `honorific` is the title.
 */
function officeBeforeStyle(ctx: Context, honorific: number, last: number): TitleFacts | null {
  const lead = addressLead(ctx, honorific);
  if (lead === honorific || ctx.words[lead]?.gap !== ' ') return null;
  return titleBefore(ctx, lead) ?? stackedTitleBefore(ctx, lead, last, true)?.facts ?? null;
}

/**
 * "Defence Minister Israel Katz said": a country's name right after a title head and right before a name word is
 * the person's given name, not the country; once so read, the same two words elsewhere ("Israel Katz served as")
 * are that name too. Returns the indexes of such words. "Israel Hayom reported", "the Israel Defense Forces" have
 * no title before them, and "Prime Minister of Israel Benjamin Netanyahu" has "of". The country's mention stays
 * under the name: the person's country is still read from it, as "Defence Minister Katz" had it.
 */
function countryGivenNames(ctx: Context): Set<number> {
  const { words, lexicon, cover, mentions } = ctx;
  const taken = new Set<number>();
  const pairs = new Map<string, number[]>();
  const titled = new Set<string>();
  for (const mention of mentions) {
    if (mention.kind !== 'country' || mention.via !== 'name') continue;
    const at = wordIndexAt(words, mention.start);
    const word = words[at];
    const next = words[at + 1];
    if (word?.start !== mention.start || word.end !== mention.end || !word.cap || next?.gap !== ' ') continue;
    if (cover[at + 1] !== -1 || !isNameWord(next, lexicon) || lexicon.orgSuffixes.has(next.text)) continue;
    const key = `${word.text} ${next.text}`;
    pairs.set(key, [...(pairs.get(key) ?? []), at]);
    const head = words[at - 1];
    if (word.gap === ' ' && head !== undefined && lexicon.titleHeads.has(head.lower) && titleBefore(ctx, at))
      titled.add(key);
  }
  for (const key of titled) for (const at of pairs.get(key) ?? []) taken.add(at);
  return taken;
}

/** Candidate names with the evidence that makes them people. */
function findCandidates(
  ctx: Context,
  ignoredSentence: (s: number) => boolean,
  givenNames: ReadonlySet<number>,
): Candidate[] {
  const { words, lexicon, cover } = ctx;
  const out: Candidate[] = [];
  const ends = runEnds(ctx);
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    if (
      !word ||
      (cover[i] !== -1 && !givenNames.has(i)) ||
      !(
        isNameWord(word, lexicon) ||
        givenNameAt(ctx, i) ||
        speakingMonth(ctx, i, ends) ||
        givenNameMonth(ctx, i) ||
        titleInitialsAt(ctx, i)
      ) ||
      ignoredSentence(word.sentence)
    )
      continue;
    // "H. E. Evaristo Carvalho", "H E Sheikh Mohammed": letters set apart that spell a style ("HE") are its
    // abbreviation, not initials nor a name; the name starts after them.
    const style = styleLettersEnd(words, i, i + 2, lexicon.honorifics);
    if (style > i) {
      i = style - 1;
      continue;
    }
    let last = i;
    // Hyphened pieces make one name word: "Mishal Al-Ahmad Al-Jaber Al-Sabah" is four, not seven.
    while (nameTokens(words, i, last) < MAX_NAME_WORDS || words[last + 1]?.gap === '-') {
      const next = words[last + 1];
      if (!next || (next.gap !== ' ' && next.gap !== '-') || cover[last + 1] !== -1) break;
      if (
        isNameWord(next, lexicon) ||
        surnameMonth(ctx, last + 1) ||
        givenNameAt(ctx, last + 1) ||
        honorificInName(ctx, last + 1) ||
        verbAfterParticle(ctx, last + 1)
      )
        last++;
      else if (
        lexicon.particles.has(next.lower) &&
        (isNameWord(words[last + 2], lexicon) ||
          givenNameAt(ctx, last + 2) ||
          verbAfterParticle(ctx, last + 2)) &&
        (words[last + 2]?.gap === ' ' || words[last + 2]?.gap === '-')
      )
        last += 2;
      else break;
    }
    // "Ferdinand R. Marcos Jr.", "George W. Bush": a middle initial joins the name after it; when that name is a
    // known person, the run is part of that person's mention.
    if (last > i && /^\p{Lu}$/u.test(words[last]?.text ?? '') && words[last + 1]?.gap === '. ') {
      const after = ctx.mentions[cover[last + 1] ?? -1];
      if (after?.kind === 'person' && after.start === words[last + 1]?.start) {
        out.push({
          first: i,
          last,
          name: ctx.text.slice(word.start, words[last]?.end),
          facts: null,
          plain: false,
          before: after,
        });
        i = last;
        continue;
      }
      while (
        nameTokens(words, i, last) < MAX_NAME_WORDS + 1 &&
        isNameWord(words[last + 1], lexicon) &&
        cover[last + 1] === -1
      ) {
        last++;
        if (words[last + 1]?.gap !== ' ') break;
      }
    }
    // "Minister for Foreign Affairs and East African Cooperation Amb. X": capitals right before a form of address
    // that opens a name end a title's remit; they are no name.
    const form = words[last + 1];
    if (
      form?.gap === ' ' &&
      lexicon.addressForms.has(form.text) &&
      isNameWord(words[last + 2], lexicon) &&
      /^\.? $/.test(words[last + 2]?.gap ?? '')
    ) {
      i = last;
      continue;
    }
    // "Deputy Minister Andriy Sybiha" where "Sybiha" is a known person: a first name spelled otherwise, not a
    // second person. "Mohammad Jawad Zarif" where only "Zarif" is known: given names before a known surname.
    const nextMention = ctx.mentions[cover[last + 1] ?? -1];
    if (
      (last === i || nextMention?.via === 'short') &&
      words[last + 1]?.gap === ' ' &&
      nextMention?.kind === 'person' &&
      nextMention.start === words[last + 1]?.start
    ) {
      if (last > i)
        out.push({
          first: i,
          last,
          name: ctx.text.slice(word.start, words[last]?.end),
          facts: null,
          plain: false,
          before: nextMention,
        });
      continue;
    }
    // "K.P. Sharma Oli", "S. Jaishankar": initials before the name belong to it.
    // "H.E. Macky Sall": a style's abbreviation is no initial.
    while (
      i > 0 &&
      /^\p{Lu}(?:\.\p{Lu})*$/u.test(words[i - 1]?.text ?? '') &&
      !lexicon.honorifics.has(words[i - 1]?.text ?? '') &&
      /^\.\s?$/.test(words[i]?.gap ?? '') &&
      cover[i - 1] === -1 &&
      !ignoredSentence(words[i - 1]?.sentence ?? 0) &&
      styleLettersEnd(words, i - 2, i, lexicon.honorifics) !== i
    )
      i--;
    // "Chairman Senate Sadiq Sanjrani": the body word opening the run is the title's remit, not a name word; alone
    // ("the Chairman Senate held talks") it names no one.
    if (bodyAfterTitle(ctx, i)) {
      if (nameTokens(words, i, last) < 3) {
        i = last;
        continue;
      }
      i++;
    }
    word = words[i] as Word;
    // "Minister of State for the European Region Leo Docherty": the run's last two words are the name.
    const lead = addressLead(ctx, i);
    const stacked = lead < i ? stackedTitleBefore(ctx, lead, last, true) : stackedTitleBefore(ctx, i, last);
    if (stacked && nameTokens(words, i, last) >= 3 && stacked.inRun) {
      i = lastTokensStart(words, last, 2);
      word = words[i] as Word;
    }
    const facts = stacked?.facts ?? titleOf(ctx, i, last);
    // "In a post on X, the premier said", "on his official Twitter account": a platform named alone is where the
    // words were posted, not a person the apposition or title beside it describes.
    if (last === i && SOCIAL_PLATFORMS.has(word.text)) continue;
    // A lone capitalized adverb opening a sentence ("Separately, ...") is not a name.
    if (
      last === i &&
      /ly$/.test(word.text) &&
      words[i + 1]?.gap.startsWith(',') &&
      /\n|^$|[.!?] $/.test(word.gap)
    )
      continue;
    // "said Fiame." / "Fiame added" where the article also writes "Fiame Naomi Mata'afa".
    // `"...," said Obasanjo.`: the speaker slot of a quote's attribution clause, even with no fuller name.
    // "the Declaration emphasized" after the "Islamabad Declaration": a kind word that ends an agreement's name
    // run is that agreement pointed back at, no one's name.
    const shortSpeaker =
      last === i &&
      ((ends.has(foldName(word.text)) &&
        !Object.hasOwn(AGREEMENT_WORDS, word.lower) &&
        speechNextToWord(ctx, i)) ||
        (quoteAttributionWord(ctx, i) && !spellingVariantOfRun(word, ends)));
    // "Ahmed bin Sultan Al Jaber welcomed ...": a "son of" particle between name words makes a person's name,
    // unless a capitalized word goes on after it ("the Mohammed bin Rashid Space Centre" names a place).
    const goesOn = words[last + 1]?.gap === ' ' && words[last + 1]?.cap === true;
    const patronymic =
      !goesOn && words.slice(i + 1, last).some((w) => PATRONYMIC_PARTICLES.has(w.text) && w.gap === ' ');
    const evidence =
      patronymic ||
      facts !== null ||
      honorificBefore(ctx, i) ||
      speechNextTo(ctx, i, last) ||
      agentBefore(ctx, i, last) ||
      apposedToRole(ctx, i, last) ||
      apposedSpeaker(ctx, i, last) ||
      shortSpeaker;
    const lastWord = words[last];
    // "Abdel Fattah El-Sisi" where "Sisi" is a known person: the run hyphened into a person's mention is that
    // person's name, not a second person.
    const hyphened = ctx.mentions[cover[last + 1] ?? -1];
    if (words[last + 1]?.gap === '-' && hyphened?.kind === 'person') {
      i = last;
      continue;
    }
    // "the King Khalid Airport", "Sa'dabad Cultural Complex": a run a facility noun ends names a place, also one
    // capitalized word later ("King Khalid International Airport").
    const facilityAt = (k: number): boolean =>
      words[k]?.gap === ' ' && FACILITY_HEADS.has(words[k]?.text ?? '');
    const facility = facilityAt(last + 1) || (words[last + 1]?.cap === true && facilityAt(last + 2));
    if (facility || FACILITY_HEADS.has(lastWord?.text ?? '')) {
      i = last;
      continue;
    }
    // "the Red Sea and Arabian Sea, a spokesman said", "on the River Chenab": a run a natural feature opens or ends
    // names a place.
    if (NATURAL_FEATURES.has(word.text) || NATURAL_FEATURES.has(lastWord?.text ?? '')) {
      i = last;
      continue;
    }
    // "Sheikh Mohamed bin Zayed Al Nahyan", "Mohammed bin Salman bin Abdulaziz Al-Saud" after a known shorter form:
    // a run that a name particle opens, or follows, right after a person's name goes on with that name.
    const of = continuedPerson(ctx, i);
    if (of && lastWord) {
      out.push({ first: i, last, name: ctx.text.slice(word.start, lastWord.end), facts, plain: false, of });
      i = last;
      continue;
    }
    // Runs of two name words or more without evidence are kept only to complete a shorter name found elsewhere.
    if (lastWord && (evidence || last > i))
      out.push({ first: i, last, name: ctx.text.slice(word.start, lastWord.end), facts, plain: !evidence });
    i = last;
  }
  return out;
}

/** The person mention a name particle joins to the run at index: "<person> Al Nahyan", "<person> bin Abdulaziz". */
function continuedPerson(ctx: Context, index: number): EntityMention | undefined {
  const { words, lexicon, cover, mentions } = ctx;
  const word = words[index];
  if (!word || word.gap !== ' ') return undefined;
  const particle = lexicon.particles.has(word.lower) ? index : index - 1;
  const joining = words[particle];
  if (!joining || !lexicon.particles.has(joining.lower) || joining.gap !== ' ' || cover[particle] !== -1)
    return undefined;
  const before = mentions[cover[particle - 1] ?? -1];
  return before?.kind === 'person' && before.end === words[particle - 1]?.end ? before : undefined;
}

/** "and Finnish President Sauli Niinisto": the first word after the title words that open a name at index. */
function titledFrom(ctx: Context, index: number): number {
  let at = index;
  for (; at < index + 4; at++) {
    const word = ctx.words[at];
    const country = ctx.mentions[ctx.cover[at] ?? -1]?.kind === 'country';
    if (
      !word ||
      !(country || ctx.lexicon.titleHeads.has(word.lower) || ctx.lexicon.titleModifiers.has(word.lower))
    )
      break;
  }
  return at;
}

/** "X of Senegal": the last word of the "of <country>" after word `last`, or `last` when none follows. */
function ofCountryEnd(ctx: Context, last: number): number {
  const { words, mentions, cover } = ctx;
  if (words[last + 1]?.lower !== 'of' || words[last + 1]?.gap !== ' ') return last;
  const country = mentions[cover[last + 2] ?? -1];
  if (country?.kind !== 'country' || country.start !== words[last + 2]?.start) return last;
  let end = last + 2;
  while ((words[end + 1]?.end ?? Infinity) <= country.end) end++;
  return end;
}

/** The word before the "of <country>" that ends at word `index`, or `index` itself when no such phrase ends there. */
function countryOfStart(ctx: Context, index: number): number {
  const { words, mentions, cover } = ctx;
  const country = mentions[cover[index] ?? -1];
  if (country?.kind !== 'country' || country.end !== words[index]?.end) return index;
  let start = index;
  while (start > 0 && (words[start - 1]?.end ?? 0) > country.start) start--;
  return words[start - 1]?.lower === 'of' ? start - 2 : index;
}

/**
 * "the meeting between Serbian President Aleksandar Vucic and Albin Kurti", "Pope John Paul II and Cardinal Antonio
 * Samore": a full name (two name words or more) coordinated by "and" with a person is a person too. A run that
 * holds a person's name ("Cristina Fernandez de Kirchner" after "Fernandez de Kirchner" was found) counts as one.
 */
function promoteCoordinated(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
  const out = candidates.map((c) => ({ ...c }));
  const found = out.filter((c) => !c.plain).map((c) => nameParts(c.name));
  const holdsPerson = (c: Candidate): boolean =>
    !c.plain || found.some((parts) => parts.every((part) => nameParts(c.name).includes(part)));
  const isPersonAt = (index: number): boolean => {
    // "Pope John Paul II and ...": a regnal number closes the name before the "and".
    const at = /^[IVX]+$/.test(ctx.words[index]?.text ?? '') ? index - 1 : index;
    const mention = ctx.mentions[ctx.cover[at] ?? -1];
    if (mention?.kind === 'person') return true;
    return out.some((c) => c.first <= at && at <= c.last && holdsPerson(c));
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const c of out) {
      if (!c.plain || c.last === c.first) continue;
      // "Presidents X of Senegal and Y of Togo", "Felix Tshisekedi of DR Congo, Cyril Ramaphosa of South Africa":
      // names each followed by their country are coordinated across it, by "and" or by a comma.
      const last = ofCountryEnd(ctx, c.last);
      const before = ctx.words[c.first - 1];
      const after = ctx.words[last + 1];
      const ownCountry = last > c.last;
      const previous = countryOfStart(ctx, c.first - (before?.lower === 'and' ? 2 : 1));
      const joinedBefore =
        (before?.lower === 'and' && before.gap === ' ' && isPersonAt(previous)) ||
        (ownCountry &&
          previous !== c.first - 1 &&
          /^,? $/.test(ctx.words[c.first]?.gap ?? '') &&
          (before?.lower === 'and' || ctx.words[c.first]?.gap === ', ') &&
          isPersonAt(previous));
      const coordinated = after?.lower === 'and' || (ownCountry && after?.gap === ', ');
      // "Presidents X of Senegal and Y of Togo": a plural title before the first of coordinated names.
      const titled = before?.gap === ' ' && pluralTitleHead(before.lower, ctx.lexicon) && before.cap;
      const joinedAfter =
        coordinated && (titled || isPersonAt(titledFrom(ctx, after?.lower === 'and' ? last + 2 : last + 1)));
      if (!joinedBefore && !joinedAfter) continue;
      c.plain = false;
      changed = true;
      // "Presidents Michelle Bachelet and ...": a plural title shared by the coordinated names is not a name word.
      const first = ctx.words[c.first];
      if (first && c.last - c.first >= 2 && ctx.lexicon.titleHeads.has(first.lower.replace(/s$/, ''))) {
        c.first++;
        c.name = ctx.text.slice(ctx.words[c.first]?.start ?? 0, ctx.words[c.last]?.end ?? 0);
      }
    }
  }
  return out;
}

/**
 * The person a name belongs to: an existing person whose name contains all its words, or a new one. `monarch`: the
 * name follows a monarch's title ("King Salman").
 */
function clusterFor(
  persons: ReadonlyMap<string, PersonEntity>,
  name: string,
  monarch = false,
): PersonEntity | null {
  const parts = nameParts(name);
  // "Abdulaziz bin Salman bin Abdulaziz" is not "Mohammed bin Salman bin Abdulaziz": in a chain of "son of" names
  // the given name, first, tells the person.
  const chain = name.split(' ').some((word) => PATRONYMIC_PARTICLES.has(word));
  const lone = monarch && parts.length === 1 && !name.includes(' ') ? parts[0] : undefined;
  for (const person of persons.values()) {
    const names = [person.name, ...person.aliases];
    const full = new Set(names.flatMap(nameParts));
    if (chain && !names.some((other) => nameParts(other)[0] === parts[0])) continue;
    if (lone !== undefined && fatherOnly(names, lone)) continue;
    if (parts.every((part) => full.has(part))) return person;
  }
  return null;
}

/**
 * "King Abdullah" beside "Yusuf Bin Alawi Bin Abdullah", "King Salman" beside "Khalid bin Salman": a king's lone
 * name that a person's names hold only right after "bin" is that person's father's (or forefather's) name, so
 * another person. Not for other titles: "Mr. Momen" is "Masud Bin Momen", and "Crown Prince Salman" is how some
 * outlets shorten "Crown Prince Mohammed bin Salman".
 */
function fatherOnly(names: readonly string[], part: string): boolean {
  let held = false;
  for (const name of names) {
    const words = name.split(' ');
    for (let k = 0; k < words.length; k++) {
      if (!nameParts(words[k] ?? '').includes(part)) continue;
      if (k === 0 || !PATRONYMIC_PARTICLES.has(words[k - 1]?.toLowerCase() ?? '')) return false;
      held = true;
    }
  }
  return held;
}

/**
 * "President João Manuel Gonçalves Lourenço" where "João Lourenço" is already a person (known, or named before): a
 * run that starts and ends with that person's first and last name words and holds all of them, with middle names
 * or an initial between ("Jacob G Zuma"), is that person by the fullest form of the name. Not for "son of" chains:
 * "Mohammed bin Rashid bin Zayed" is not "Mohammed bin Zayed".
 */
function middleNamed(persons: ReadonlyMap<string, PersonEntity>, name: string): PersonEntity | null {
  if (name.split(' ').some((word) => PATRONYMIC_PARTICLES.has(word))) return null;
  const parts = nameParts(name);
  if (parts.length < 3) return null;
  for (const person of persons.values())
    for (const known of [person.name, ...person.aliases]) {
      const own = nameParts(known);
      if (
        own.length >= 2 &&
        own.length < parts.length &&
        own[0] === parts[0] &&
        own.at(-1) === parts.at(-1) &&
        own.every((part) => parts.includes(part))
      )
        return person;
    }
  return null;
}

/**
 * "President Yoweri Kaguta Museveni", "Sameh Hassan Shoukry", "Emmerson D. Mnangagwa" where the surname is a known
 * person's: given names before it that start with that person's first name are the person's name in full, an
 * alias (gold names a person by the fullest form the article writes). Other words before a known surname
 * ("Andriy Sybiha" for "Andrii Sybiha") stay a first name spelled otherwise, as before.
 */
function givenNamesBefore(
  found: readonly Candidate[],
  persons: Map<string, PersonEntity>,
  words: readonly Word[],
  text: string,
  added: EntityMention[],
): void {
  for (const run of found) {
    const firstWord = words[run.first];
    const person = run.before && persons.get(run.before.id);
    if (!run.before || !person || !firstWord) continue;
    if (nameParts(person.name)[0] !== foldName(firstWord.text)) continue;
    const full = text.slice(firstWord.start, run.before.end);
    if (full === person.name || person.aliases.has(full)) continue;
    persons.set(person.id, { ...person, aliases: new Set([...person.aliases, full]) });
    added.push({ ...run.before, start: firstWord.start });
  }
}

/** A name with no hyphens, spaces, case or diacritics: "Hossein Amirabdollahian" and "Hossein Amir-Abdollahian". */
function joinedKey(name: string): string {
  return foldName(name)
    .toLowerCase()
    .replace(/[\s-]+/g, '');
}

/** Known people by the joined key of their names, built once per gazetteer. */
const joinedIndexes = new WeakMap<ReadonlyMap<string, KnownPerson>, ReadonlyMap<string, string>>();

/**
 * The known person a name read from the article spells otherwise, with a hyphen dropped or added ("Hossein
 * Amirabdollahian", "Nana Akufo Addo"), or null: two names that differ only there are one person's.
 */
function knownSpelling(people: ReadonlyMap<string, KnownPerson>, name: string): string | null {
  let index = joinedIndexes.get(people);
  if (!index) {
    const made = new Map<string, string>();
    for (const [id, person] of people)
      for (const known of [person.name, ...(person.variants ?? [])]) made.set(joinedKey(known), id);
    joinedIndexes.set(people, made);
    index = made;
  }
  return index.get(joinedKey(name)) ?? null;
}

/**
 * "Prince Faisal" ... "Faisal bin Farhan Al Saud": a person found by a short name takes the fullest run of name
 * words that contains it, and its id follows (ids come from the fullest name).
 */
function completeNames(
  plain: readonly Candidate[],
  persons: Map<string, PersonEntity>,
  added: EntityMention[],
  words: readonly Word[],
  known: ReadonlyMap<string, unknown>,
): void {
  for (const run of plain) {
    const parts = nameParts(run.name);
    const firstWord = words[run.first];
    const lastWord = words[run.last];
    // "Shafqat Ali Khan again made it clear ..." after "Spokesperson, Shafqat Ali Khan, said": a run that repeats a
    // found person's full name word for word is that person, with or without a title or speech verb beside it.
    const same = persons.get(personId(run.name));
    if (same && same.name === run.name && parts.length > 1) {
      if (firstWord && lastWord)
        added.push({
          kind: 'person',
          id: same.id,
          start: firstWord.start,
          end: lastWord.end,
          sentence: firstWord.sentence,
          via: 'name',
        });
      continue;
    }
    const person = [...persons.values()].find((p) => {
      const own = nameParts(p.name);
      return own.length < parts.length && own.every((part) => parts.includes(part)) && !known.has(p.id);
    });
    if (!person) continue;
    const id = personId(run.name);
    persons.delete(person.id);
    persons.set(id, { ...person, id, name: run.name, aliases: new Set([...person.aliases, person.name]) });
    for (const mention of added) if (mention.id === person.id) mention.id = id;
    if (firstWord && lastWord)
      added.push({
        kind: 'person',
        id,
        start: firstWord.start,
        end: lastWord.end,
        sentence: firstWord.sentence,
        via: 'name',
      });
  }
}

/** Share of a headline's longer words that are capitalized from which it is written in title case. */
const TITLE_CASE_SHARE = 0.75;
/** Words of this length or more count for the share: "of", "to", "and" stay lower case in title case. */
const TITLE_CASE_WORD = 4;

/**
 * Where the article's headline ends when it is written in title case ("Hamas Chief Informs Mediators of ..."), else
 * -1: there every word is capitalized, so a capital after a title word is no sign of a name.
 */
export function titleCaseHeadlineEnd(state: ExtractState): number {
  const { title, text, words } = state;
  if (!title) return -1;
  const start = text.indexOf(title);
  if (start === -1) return -1;
  const end = start + title.length;
  let long = 0;
  let capitalized = 0;
  for (const word of words) {
    if (word.start >= end) break;
    if (word.start < start || word.text.length < TITLE_CASE_WORD) continue;
    long++;
    if (word.cap) capitalized++;
  }
  return long > 0 && capitalized >= long * TITLE_CASE_SHARE ? end : -1;
}

/**
 * "IGAD: Awaiting RSF's Official Approval", "Hamas Chief Informs Mediators of Acceptance", "Qureshi Arrives In
 * Beijing": in a title-case headline a name ends at its last word the body writes again; a name none of whose words
 * the body writes is the headline's wording, not a person.
 */
function inBody(ctx: Context, candidate: Candidate, headlineEnd: number): Candidate[] {
  const { words, text } = ctx;
  if ((words[candidate.last]?.end ?? Infinity) > headlineEnd) return [candidate];
  let last = candidate.last;
  while (last >= candidate.first && text.indexOf(words[last]?.text ?? '', headlineEnd) === -1) last--;
  if (last === candidate.last) return [candidate];
  const first = words[candidate.first];
  const end = words[last];
  if (last < candidate.first || !first || !end) return [];
  return [{ ...candidate, last, name: text.slice(first.start, end.end) }];
}

export function findPersons(state: ExtractState, resources: Resources): ExtractState {
  const { words, text } = state;
  const cover = coverWords(words, state.mentions);
  const ctx: Context = { text, words, cover, mentions: state.mentions, lexicon: resources.lexicon };
  const entities = cloneEntities(state);
  const added: EntityMention[] = [];

  // Known people named with a title in this article take that title ("Russian President Vladimir Putin").
  for (const mention of state.mentions) {
    if (mention.kind !== 'person' || mention.via !== 'name') continue;
    const first = wordIndexAt(words, mention.start);
    let last = first;
    while (last + 1 < words.length && (words[last + 1]?.end ?? Infinity) <= mention.end) last++;
    const facts = first >= words.length ? null : titleOf(ctx, first, last);
    const person = entities.persons.get(mention.id);
    if (facts && person && !person.titleFromText) {
      person.title = facts.title;
      person.country = facts.country ?? person.country;
      person.organization = facts.organization ?? person.organization;
      person.titleFromText = true;
    }
  }

  const givenNames = countryGivenNames(ctx);
  const found = findCandidates(ctx, (s) => state.sentences[s]?.ignored ?? false, givenNames);
  for (const run of found) {
    const person = run.of && entities.persons.get(run.of.id);
    const lastWord = words[run.last];
    const firstWord = words[run.first];
    const from =
      firstWord && resources.lexicon.particles.has(firstWord.lower) ? firstWord : words[run.first - 1];
    if (!run.of || !person || !lastWord || !from) continue;
    // The full name is an alias, so that a later "Al Nahyan" or "bin Abdulaziz" names the same person.
    entities.persons.set(person.id, {
      ...person,
      aliases: new Set([...person.aliases, text.slice(run.of.start, lastWord.end)]),
    });
    added.push({ ...run.of, end: lastWord.end });
  }
  givenNamesBefore(found, entities.persons, words, text, added);
  const all = promoteCoordinated(
    ctx,
    found.filter((c) => !c.of && !c.before),
  );
  const headlineEnd = titleCaseHeadlineEnd(state);
  const candidates = all.flatMap((c) => (c.plain ? [] : inBody(ctx, c, headlineEnd)));
  // Longest names first, so "Rudenko" joins "Andrey Rudenko" whichever the article says first.
  const ordered = [...candidates].sort((a, b) => nameParts(b.name).length - nameParts(a.name).length);
  for (const candidate of ordered) {
    const facts = candidate.facts;
    const monarch = MONARCH_TITLES.has(facts?.title.split(' ').at(-1)?.toLowerCase() ?? '');
    const existing =
      clusterFor(entities.persons, candidate.name, monarch) ?? middleNamed(entities.persons, candidate.name);
    const knownId = existing ? null : knownSpelling(resources.gazetteer.people, candidate.name);
    const known = knownId === null ? undefined : resources.gazetteer.people.get(knownId);
    const name = existing?.name ?? known?.name ?? candidate.name;
    const person = ensurePerson(entities.persons, {
      id: existing?.id ?? knownId ?? personId(candidate.name),
      name,
      aliases: new Set(name !== candidate.name ? [candidate.name] : []),
      title: facts?.title ?? known?.title ?? null,
      country: facts?.country ?? known?.country ?? null,
      organization: facts?.organization ?? null,
      titleFromText: facts !== null,
    });
    const firstWord = words[candidate.first];
    const lastWord = words[candidate.last];
    if (firstWord && lastWord)
      added.push({
        kind: 'person',
        id: person.id,
        start: firstWord.start,
        end: lastWord.end,
        sentence: firstWord.sentence,
        via: existing ? 'short' : 'name',
      });
  }
  // Gazetteer names are already full; only names read from this article are completed.
  completeNames(
    all.filter((c) => c.plain),
    entities.persons,
    added,
    words,
    resources.gazetteer.people,
  );
  return {
    ...state,
    ...entities,
    dates: withoutSurnames(state, entities.persons, resources),
    mentions: mergeMentions(state.mentions, added),
  };
}

/**
 * "At their first meeting, Putin and May ...": a month that is the surname of a person of the article is
 * that person, unless a word that dates it comes before ("in May", "since May").
 */
function withoutSurnames(
  state: ExtractState,
  persons: ReadonlyMap<string, PersonEntity>,
  resources: Resources,
): ExtractState['dates'] {
  const { months, monthLeads } = resources.lexicon;
  const surnames = new Set<string>();
  for (const person of persons.values()) {
    const last = person.name.split(' ').at(-1)?.toLowerCase() ?? '';
    if (months.has(last)) surnames.add(last);
  }
  if (surnames.size === 0) return state.dates;
  return state.dates.filter((date) => {
    // chrono may read on: "Putin and May first met" is "May first", the first of May.
    const said = /^\p{L}+/u.exec(state.text.slice(date.start, date.end))?.[0].toLowerCase() ?? '';
    if (!surnames.has(said)) return true;
    const before = /(\S+)\s+$/.exec(state.text.slice(Math.max(0, date.start - 12), date.start))?.[1];
    return before !== undefined && monthLeads.has(before.toLowerCase().replace(/-$/, ''));
  });
}
