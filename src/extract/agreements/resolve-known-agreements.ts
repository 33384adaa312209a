// Ties an agreement the article does not name to a well-known one by its parties, kind and date ("Russia and
// North Korea signed a treaty" in June 2024), and gives a known agreement its canonical facts.

import { slug } from '../../domain/ids.ts';
import { partiesKey, type AgreementIndex } from '../lexicon/build-agreement-index.ts';
import {
  AGREEMENT_NEEDS_ACT,
  AGREEMENT_WORDS,
  INTERCHANGEABLE_AGREEMENT_KINDS,
} from '../lexicon/event-words.ts';
import type { AgreementItem } from '../../domain/extraction-result.ts';
import { CEASEFIRE_NAME_WORDS } from '../lexicon/agreement-reference-words.ts';
import { TITLE_SETTING_APART_WORDS } from '../lexicon/agreement-title-words.ts';
import { PEACE_DESCRIPTOR_WORDS } from '../lexicon/agreement-mention-words.ts';
import type { KnownAgreement } from '../lexicon/known-agreements.ts';
import { dominantKind, type Cluster } from './agreement-facts.ts';
import { sameStem } from './resolve-bare-agreements.ts';

/** The same kind, kinds news uses for one another (a deal, an accord, a treaty), or a vague one ("initiative"). */
export function kindsFit(a: string, b: string): boolean {
  return (
    a === b ||
    a === 'other' ||
    b === 'other' ||
    (INTERCHANGEABLE_AGREEMENT_KINDS.has(a) && INTERCHANGEABLE_AGREEMENT_KINDS.has(b))
  );
}

/** The slugs of an agreement's name and aliases, made once per agreement (they are scanned per article). */
const SLUGS = new WeakMap<KnownAgreement, readonly string[]>();
function slugsOf(agreement: KnownAgreement): readonly string[] {
  let slugs = SLUGS.get(agreement);
  if (!slugs) {
    slugs = [agreement.name, ...agreement.aliases].map((n) => slug(n));
    SLUGS.set(agreement, slugs);
  }
  return slugs;
}

/**
 * The known agreements by each leading run of words of their names' slugs, with its hyphen ("juba-", "juba-peace-"):
 * a name starts with a place's slug and a hyphen exactly when that prefix is one of these. Made once per index, so
 * knownByPlace looks up the places an article names instead of scanning every known agreement's names.
 */
const LEADING = new WeakMap<AgreementIndex, ReadonlyMap<string, readonly KnownAgreement[]>>();
function byLeadingPlace(index: AgreementIndex): ReadonlyMap<string, readonly KnownAgreement[]> {
  let leading = LEADING.get(index);
  if (!leading) {
    const made = new Map<string, KnownAgreement[]>();
    for (const agreement of index.all) {
      for (const name of slugsOf(agreement)) {
        for (let at = name.indexOf('-'); at !== -1; at = name.indexOf('-', at + 1)) {
          const prefix = name.slice(0, at + 1);
          const list = made.get(prefix) ?? [];
          if (!list.includes(agreement)) list.push(agreement);
          made.set(prefix, list);
        }
      }
    }
    leading = made;
    LEADING.set(index, leading);
  }
  return leading;
}

/** Every word of the agreement's names, for checking that a description says nothing the agreement is not. */
const WORDS = new WeakMap<KnownAgreement, ReadonlySet<string>>();
function wordsOf(agreement: KnownAgreement): ReadonlySet<string> {
  let words = WORDS.get(agreement);
  if (!words) {
    words = new Set(slugsOf(agreement).flatMap((n) => n.split('-')));
    WORDS.set(agreement, words);
  }
  return words;
}

/** The description's own words: not kind words, not the parties' names, not short function words. */
function describingWords(cluster: Cluster, partyNames: readonly string[]): string[] {
  const parties = new Set(partyNames.flatMap((n) => slug(n).split('-')));
  return slug(cluster.descriptor ?? '')
    .split('-')
    .filter(
      (w) =>
        w.length > 2 && (!Object.hasOwn(AGREEMENT_WORDS, w) || AGREEMENT_NEEDS_ACT.has(w)) && !parties.has(w),
    );
}

/**
 * Made in the story told, with no year of its own: an agreement the article reports signed or reached ("Trump
 * signs agreement with Kim", "the envoys reached an agreement"), not one these parties made years before it, which
 * news names or dates. One withdrawn from, suspended or ratified is an older one the story acts on.
 */
function madeInTheStory(cluster: Cluster, year: string | null, publishedAt: string | null): string | null {
  const older =
    cluster.status === 'withdrawn' || cluster.status === 'suspended' || cluster.status === 'ratified';
  return !older && year === null && publishedAt !== null ? publishedAt.slice(0, 4) : null;
}

const PEACE: ReadonlySet<string> = new Set(PEACE_DESCRIPTOR_WORDS);

/**
 * Still sought and told by nothing but its sides and "peace" or "ceasefire" ("call on Russia to agree a 30-day
 * ceasefire", "any future peace agreement with Russia"): the story's own deal, which no agreement signed before the
 * article can be, whatever its sides or the capital the sentence names.
 */
function soughtUnsaid(cluster: Cluster, describing: readonly string[]): boolean {
  return (
    cluster.name === null &&
    (cluster.status === 'proposed' || cluster.status === 'negotiating') &&
    describing.every((w) => PEACE.has(w) || CEASEFIRE_NAME_WORDS.has(w))
  );
}

/** Signed by the time of the article (any time, undated): no deal the story still seeks. */
const signedBefore = (a: KnownAgreement, publishedAt: string | null): boolean =>
  a.signedOn !== null && a.signedOn <= (publishedAt ?? '9999');

/** A country's id (ISO alpha-3); an organization's has a prefix ("org:tigray-peoples-liberation-front"). */
const COUNTRY_ID = /^[A-Z]{3}$/;

/** The organizations some well-known agreement has as a side, once per index. */
const sidesCache = new WeakMap<AgreementIndex, ReadonlySet<string>>();
function organizationSides(index: AgreementIndex): ReadonlySet<string> {
  let sides = sidesCache.get(index);
  if (sides === undefined) {
    sides = new Set(index.all.flatMap((a) => a.parties.filter((p) => !COUNTRY_ID.test(p))));
    sidesCache.set(index, sides);
  }
  return sides;
}

/**
 * The sides as the article gives them, and with a movement the article names in the place of a country's people
 * ("a truce between Israel and the Palestinian side" in a story naming Hamas is the Israel-Hamas truce): a movement
 * stands in for its own country, or for any one side when it has no country of its own.
 */
function sideSets(
  parties: readonly string[],
  movements: readonly { id: string; country: string | null }[],
): string[][] {
  const sets = [[...parties]];
  for (const movement of movements) {
    if (parties.includes(movement.id)) continue;
    parties.forEach((p, i) => {
      if (COUNTRY_ID.test(p) && (movement.country ?? p) === p)
        sets.push(parties.map((q, j) => (j === i ? movement.id : q)));
    });
  }
  return sets;
}

/**
 * The one well-known agreement of exactly these parties and a fitting kind: of the year the article gives it,
 * whose names hold every word of its description. None when that leaves more than one, or none. An agreement the
 * story makes, when the article is dated, is no well-known one signed more than a year before it.
 */
export function knownByParties(
  cluster: Cluster,
  index: AgreementIndex,
  partyNames: readonly string[],
  publishedAt: string | null = null,
  namedMovements: readonly { id: string; country: string | null }[] = [],
): KnownAgreement | null {
  if (cluster.parties.length < 2) return null;
  const kind = dominantKind(cluster);
  const year = (cluster.signedOn ?? cluster.statedYear)?.slice(0, 4) ?? null;
  const storyYear = madeInTheStory(cluster, year, publishedAt);
  const movements = namedMovements.filter((m) => organizationSides(index).has(m.id));
  const ofSides = sideSets(cluster.parties, movements).flatMap(
    (sides) => index.byParties.get(partiesKey(sides)) ?? [],
  );
  // Most sides have no known agreement: then its words are not read.
  if (ofSides.length === 0) return null;
  const words = describingWords(cluster, partyNames);
  // A name without its parties ("the Reciprocal Access Agreement" between Japan and the Philippines) is the
  // known agreement of those parties whose names hold every word of it.
  const named =
    cluster.name === null ? null : describingWords({ ...cluster, descriptor: cluster.name }, partyNames);
  const sought = soughtUnsaid(cluster, words);
  const fits = ofSides.filter((a) => {
    if (!kindsFit(kind, a.kind) || (sought && signedBefore(a, publishedAt))) return false;
    // Nor is it one signed after the article was written ("a Gaza ceasefire agreement" in May 2024).
    if (publishedAt !== null && (a.signedOn ?? '') > publishedAt) return false;
    const names = wordsOf(a);
    if (named !== null) return named.length > 0 && named.every((w) => names.has(w));
    // "an agreement ... on construction of motorways" signed the day of a known treaty is still another one.
    if (year !== null && a.signedOn?.slice(0, 4) !== year) return false;
    if (storyYear !== null && Number(a.signedOn?.slice(0, 4) ?? storyYear) < Number(storyYear) - 1)
      return false;
    return words.every((w) => names.has(w));
  });
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** The slugged words a description writes with a capital ("Turkish Stream natural gas pipeline" -> turkish, stream). */
function capitalizedWords(descriptor: string | null): string[] {
  return (descriptor?.match(/\p{Lu}[\p{L}\p{N}'’]*/gu) ?? [])
    .flatMap((w) => slug(w).split('-'))
    .filter((w) => w !== '');
}

/**
 * The one well-known agreement named after a city its sentences name ("signed in Juba": "Juba Peace Agreement";
 * "reached in Pretoria": "Pretoria Agreement") that an unnamed agreement is: a fitting kind, a party in common, and no other year. A
 * convention open to every state ("Basel Convention") lists no parties, so a bilateral deal signed in Basel is not
 * it.
 */
export function knownByPlace(
  cluster: Cluster,
  index: AgreementIndex,
  placesOf: () => readonly string[],
  publishedAt: string | null,
  partyNames: readonly string[] = [],
): KnownAgreement | null {
  const kind = dominantKind(cluster);
  // A joint statement or memorandum issued in Jeddah is not thereby the Jeddah Declaration: instruments only.
  if (!INTERCHANGEABLE_AGREEMENT_KINDS.has(kind)) return null;
  if (cluster.name !== null || cluster.parties.length === 0) return null;
  // The places are read only for an unnamed instrument with sides.
  const places = placesOf();
  if (places.length === 0) return null;
  const named = byLeadingPlace(index);
  const candidates = new Set(places.flatMap((p) => named.get(`${slug(p)}-`) ?? []));
  // No agreement is named after these places: nothing below could fit, so its words are not read.
  if (candidates.size === 0) return null;
  const year = (cluster.signedOn ?? cluster.statedYear)?.slice(0, 4) ?? null;
  const ownNames = [cluster.descriptor, ...cluster.aliases].flatMap(capitalizedWords);
  const sought = soughtUnsaid(cluster, describingWords(cluster, []));
  const fitting = (own: readonly string[]): KnownAgreement[] =>
    [...candidates].filter(
      (a) =>
        kindsFit(kind, a.kind) &&
        !(sought && signedBefore(a, publishedAt)) &&
        // "an agreement for the Turkish Stream natural gas pipeline" signed beside the Black Sea, "an agreement on the
        // Rasht-Astara railway" with the Caspian Sea in its sentence: a description naming a subject of its own that
        // the known agreement's names lack is another instrument, whatever city or sea its sentence names.
        own.every((w) => wordsOf(a).has(w)) &&
        a.parties.some((p) => cluster.parties.includes(p)) &&
        // "an interstate agreement with Iran" in a sentence on "Tehran-Moscow relations" is no Moscow Treaty of the
        // United States and Russia: a country the text gives as a side must be one of the known agreement's.
        cluster.parties.every((p) => !COUNTRY_ID.test(p) || a.parties.includes(p)) &&
        (year === null || a.signedOn?.slice(0, 4) === year) &&
        (a.signedOn ?? '') <= (publishedAt ?? '9999'),
    );
  let fits = fitting(ownNames);
  // "the Sudanese peace agreement" signed in Juba: a capitalized word of its sides' own names ("Sudanese", "Sudan")
  // says whose it is, not a subject the known agreement's names must hold; when no agreement holds them all, the
  // rest decide (while they still tell two agreements of one city apart, "Israel-Hamas" beside other Gaza deals).
  if (fits.length === 0) {
    const sideWords = partyNames.flatMap((n) => slug(n).split('-')).filter((w) => w.length > 3);
    const isSide = (w: string): boolean => sideWords.some((side) => sameStem(w, side));
    if (ownNames.some(isSide)) fits = fitting(ownNames.filter((w) => !isSide(w)));
  }
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/**
 * A known agreement the article names by its own name, unless that name sets it apart as a sequel or stage ("Minsk
 * II"): "the Minsk Agreement" beside "the Minsk II Agreement" is the first text, not the one named.
 */
function namedAsWhole(known: KnownAgreement, namedKnown: ReadonlySet<KnownAgreement>): boolean {
  return (
    namedKnown.has(known) &&
    !slug(known.name)
      .split('-')
      .some((w) => TITLE_SETTING_APART_WORDS.has(w))
  );
}

/**
 * "the Beijing Agreement" in a story on Saudi Arabia and Iran: a name that is a city its sentences name and kind
 * words alone is the one well-known agreement named after that city whose every party is a side the article
 * names, of a fitting kind and signed by the article's date; a city hosts many signings, its sides tell which.
 * "the Istanbul agreement" in a story that names the Black Sea Grain Initiative (also the "Istanbul grain deal") is
 * that one: a known agreement the article names by its own name needs no side named, and wins over the others.
 */
export function knownByPlaceName(
  cluster: Cluster,
  index: AgreementIndex,
  placesOf: () => readonly string[],
  namedSides: ReadonlySet<string>,
  publishedAt: string | null,
  namedKnown: ReadonlySet<KnownAgreement> = new Set(),
): KnownAgreement | null {
  if (cluster.name === null) return null;
  const name = slug(cluster.name);
  const place = placesOf()
    .map((p) => slug(p))
    .find((p) => name.startsWith(`${p}-`));
  if (place === undefined) return null;
  const rest = name.slice(place.length + 1).split('-');
  if (!rest.every((w) => Object.hasOwn(AGREEMENT_WORDS, w))) return null;
  const kind = dominantKind(cluster);
  const fits = (byLeadingPlace(index).get(`${place}-`) ?? []).filter(
    (a) =>
      kindsFit(kind, a.kind) &&
      a.parties.length > 0 &&
      (namedAsWhole(a, namedKnown) || a.parties.every((p) => namedSides.has(p))) &&
      cluster.parties.every((p) => a.parties.includes(p)) &&
      (a.signedOn ?? '') <= (publishedAt ?? '9999'),
  );
  const named = fits.filter((a) => namedAsWhole(a, namedKnown));
  if (named.length > 0) return named.length === 1 ? (named[0] ?? null) : null;
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/**
 * "the Arusha agreement" in a story on Rwanda, "the Algiers Accord" in one on Mali: a city's name that several
 * well-known agreements go by is the one of them whose parties the article names. The matched one stays when the
 * article names one of its parties, or when not exactly one other agreement of that city has a named party.
 */
export function sameCityAgreement(
  matched: KnownAgreement,
  surface: string,
  index: AgreementIndex,
  namedSides: () => ReadonlySet<string>,
  publishedAt: string | null,
): KnownAgreement {
  if (matched.parties.length === 0) return matched;
  const city = slug(surface).split('-')[0] ?? '';
  const others = (byLeadingPlace(index).get(`${city}-`) ?? []).filter((a) => a !== matched);
  if (others.length === 0) return matched;
  const named = namedSides();
  if (matched.parties.some((p) => named.has(p))) return matched;
  const fits = others.filter(
    (a) =>
      kindsFit(matched.kind, a.kind) &&
      a.parties.some((p) => named.has(p)) &&
      (a.signedOn ?? '') <= (publishedAt ?? '9999'),
  );
  return fits.length === 1 ? (fits[0] ?? matched) : matched;
}

/**
 * "the Washington agreement" in a story on Rwanda and the DRC: a city's name and kind words alone (the words a
 * well-known agreement of Kosovo and Serbia also goes by) are the article's own agreement of that city when the
 * article names none of the known one's sides. Returns the kind the kind word gives it then, else null.
 */
export function cityNameOfOwnAgreement(
  matched: KnownAgreement,
  surface: string,
  namedSides: () => ReadonlySet<string>,
): AgreementItem['kind'] | null {
  if (matched.parties.length === 0) return null;
  // A city and one kind word: "the Gaza ceasefire deal" names what it is about, not only where.
  const [city, kindWord, ...more] = slug(surface).split('-');
  if (city === undefined || kindWord === undefined || more.length > 0) return null;
  const kind = Object.hasOwn(AGREEMENT_WORDS, kindWord) ? AGREEMENT_WORDS[kindWord] : undefined;
  if (kind === undefined) return null;
  const named = namedSides();
  return matched.parties.some((p) => named.has(p)) ? null : kind;
}

/**
 * "the 2015 nuclear deal", "the 1960 treaty": the one well-known agreement of the year an unnamed one states, of a
 * fitting kind, whose names hold every word of its description, and one of whose parties the article names.
 */
export function knownByYear(
  cluster: Cluster,
  index: AgreementIndex,
  countries: readonly string[],
  partyNames: readonly string[],
): KnownAgreement | null {
  const year = cluster.statedYear?.slice(0, 4) ?? null;
  if (cluster.name !== null || year === null) return null;
  const kind = dominantKind(cluster);
  const words = describingWords(cluster, partyNames);
  const fits = index.all.filter(
    (a) =>
      a.signedOn?.slice(0, 4) === year &&
      kindsFit(kind, a.kind) &&
      a.parties.some((p) => countries.includes(p)) &&
      (cluster.parties.length === 0 || cluster.parties.some((p) => a.parties.includes(p))) &&
      words.every((w) => wordsOf(a).has(w)),
  );
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** A name needs this many words of its own (not kind nouns, not short function words) to stand for a known one. */
const MIN_NAME_WORDS = 3;

/**
 * "the Intermediate-Range Nuclear Treaty", "the Treaty of Conventional Armed Forces in Europe": a name the article
 * writes a little differently from the well-known agreement's (a word left out, "of" for "on") is that agreement
 * when every word of its own is one of the agreement's names, it has enough of them to tell one agreement, only one
 * known agreement fits, and that one is open to all or one of its parties is a side the article names.
 */
export function knownByNameWords(
  cluster: Cluster,
  index: AgreementIndex,
  namedSides: ReadonlySet<string>,
): KnownAgreement | null {
  if (cluster.name === null) return null;
  const own = slug(cluster.name)
    .split('-')
    .filter((w) => w.length > 3 && !Object.hasOwn(AGREEMENT_WORDS, w));
  if (own.length < MIN_NAME_WORDS) return null;
  const kind = dominantKind(cluster);
  const fits = index.all.filter(
    (a) =>
      kindsFit(kind, a.kind) &&
      own.every((w) => wordsOf(a).has(w)) &&
      (a.parties.length === 0 || a.parties.some((p) => namedSides.has(p))) &&
      cluster.parties.every((p) => a.parties.length === 0 || a.parties.includes(p)),
  );
  return fits.length === 1 ? (fits[0] ?? null) : null;
}
