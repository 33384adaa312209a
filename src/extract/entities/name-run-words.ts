// Which words of a capitalized run belong to a person's name although they read as something else: a month
// ("Theresa May", "Jan Egeland"), a title head ("Sultan", "Sheikh"), initials, a speech verb after "bin", a
// country's name ("Israel Katz"), or a surname spelled one letter otherwise.

import { wordIndexAt } from '../mention-index.ts';
import {
  speechNextToWord,
  quoteAttributionWord,
  honorificBefore,
  isNameWord,
  titleBefore,
  type Context,
} from './person-context.ts';
import { ABBREVIATED_MONTHS } from '../../domain/calendar.ts';
import { STYLES_OF_ADDRESS } from '../lexicon/role-words.ts';
import { NAME_ARTICLES, PATRONYMIC_PARTICLES } from '../lexicon/word-lists.ts';
import type { Word } from '../types.ts';
import { foldName, oneEditApart } from './person-name-forms.ts';

/** Shortest word a spelling variant is told apart from: short names ("Kim", "Li") differ by one letter. */
const MIN_VARIANT_LENGTH = 5;

/**
 * `"...," Rakhmon said` in an article naming "Emomali Rahmon": a lone word one letter away from a word that ends a
 * longer name run is that name spelled otherwise, not a new person.
 */
export function spellingVariantOfRun(word: Word, ends: ReadonlySet<string>): boolean {
  if (word.text.length < MIN_VARIANT_LENGTH) return false;
  const folded = foldName(word.text);
  for (const end of ends) if (end.length >= MIN_VARIANT_LENGTH && oneEditApart(folded, end)) return true;
  return false;
}

/** Name words a longer capitalized run starts or ends with: a lone word next to a speech verb may be one. */
export function runEnds(
  ctx: Context,
  name: readonly boolean[] = ctx.words.map((word) => isNameWord(word, ctx.lexicon)),
): Set<string> {
  const ends = new Set<string>();
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    if (!name[i]) continue;
    // "Theresa May": a month ending a name run is that name's last word.
    if (next?.gap === ' ' && surnameMonth(ctx, i + 1)) ends.add(foldName(next.text));
    if (!next || next.gap !== ' ' || !name[i + 1]) continue;
    if (!name[i - 1] || (word.gap !== ' ' && word.gap !== '-')) ends.add(foldName(word.text));
    if (!name[i + 2] || (words[i + 2]?.gap !== ' ' && words[i + 2]?.gap !== '-'))
      ends.add(foldName(next.text));
  }
  return ends;
}

const GIVEN_NAME_MONTHS: ReadonlySet<string> = new Set(ABBREVIATED_MONTHS);

/**
 * "Prime Minister Theresa May said", "envoy Zhang Jun said": a month name, or a month's abbreviation, right after a
 * name word, with no day or year after it, is the surname the run goes on with ("May 5", "May 2016", "Jun. 5" stay
 * dates).
 */
export function surnameMonth(ctx: Context, index: number): boolean {
  const word = ctx.words[index];
  if (!word?.cap || !(ctx.lexicon.months.has(word.lower) || GIVEN_NAME_MONTHS.has(word.text))) return false;
  const after = ctx.words[index + 1];
  return !(after && (after.gap === ' ' || after.gap === '. ') && /^\d/.test(after.text));
}

/**
 * `"...," May said`, "Mrs May said", and "May said that ..." once "Theresa May" is named: a month name that is a
 * speaker, or that follows a style of address, is a surname, never a date.
 */
export function speakingMonth(ctx: Context, index: number, ends: ReadonlySet<string>): boolean {
  const word = ctx.words[index];
  if (!word?.cap || !ctx.lexicon.months.has(word.lower)) return false;
  return (
    quoteAttributionWord(ctx, index) ||
    honorificBefore(ctx, index) ||
    (ends.has(foldName(word.text)) && speechNextToWord(ctx, index))
  );
}

/**
 * "Jan Egeland, the council's chief,": a month abbreviated without its period, right before a name word set off by
 * a space (no day, no period: "Jan. 31", "Jan 31" stay dates) and after no word that dates it, is a given name.
 */
export function givenNameMonth(ctx: Context, index: number): boolean {
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
export function givenNameAt(ctx: Context, index: number): boolean {
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
export function titleInitialsAt(ctx: Context, index: number): boolean {
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
export function honorificInName(ctx: Context, index: number): boolean {
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
export function verbAfterParticle(ctx: Context, index: number): boolean {
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
 * "Defence Minister Israel Katz said": a country's name right after a title head and right before a name word is
 * the person's given name, not the country; once so read, the same two words elsewhere ("Israel Katz served as")
 * are that name too. Returns the indexes of such words. "Israel Hayom reported", "the Israel Defense Forces" have
 * no title before them, and "Prime Minister of Israel Benjamin Netanyahu" has "of". The country's mention stays
 * under the name: the person's country is still read from it, as "Defence Minister Katz" had it.
 */
export function countryGivenNames(ctx: Context): Set<number> {
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
