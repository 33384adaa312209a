// Which mentions can be a side of an agreement (countries, movements, blocs), and what its name calls them.

import { slug } from '../../domain/ids.ts';
import {
  AGREEMENT_PARTY_ORG_KINDS,
  ARTICLE_GO_BETWEEN_NOUNS,
  BROKER_LIST_WORDS,
  BROKER_PARTICIPLES,
  COUNTRY_PART_NOUNS,
  COUNTRY_PART_REACH,
  SEPARATE_PART_WORDS,
  EFFORT_AUXILIARIES,
  EFFORT_GOAL_VERBS,
  EFFORT_LIST_WORDS,
  EFFORT_PREPOSITIONS,
  EFFORT_RESULT_VERBS,
  FACILITATED_OBJECTS,
  FACILITATION_VERBS,
  GO_BETWEEN_LINK_WORDS,
  GO_BETWEEN_NOUNS,
  GO_BETWEEN_EFFORT_NOUNS,
  GO_BETWEEN_HELP_WORDS,
  GO_BETWEEN_SUBJECT_WORDS,
  GO_BETWEEN_VERBS,
  HELPED_GO_BETWEEN_VERBS,
  NOT_ACTING_MODIFIERS,
  ONLOOKER_VERB_FILLERS,
  ONLOOKER_VERBS,
  SETTING_GROUND_NOUNS,
  SETTING_GROUND_PREPOSITIONS,
  SETTING_NOUNS,
  SETTING_PREPOSITIONS,
  SETTING_NEARNESS_WORDS,
  SETTING_REGION_WORDS,
  SIDE_NOUN_FILLERS,
  SIDE_NOUNS,
  URGING_VERBS,
} from '../lexicon/agreement-reference-words.ts';
import {
  GO_BETWEEN_LIST_OPENERS,
  GO_BETWEEN_ROLE_FILLERS,
  GO_BETWEEN_ROLE_VERBS,
} from '../lexicon/agreement-mention-words.ts';
import { TITLE_MODIFIERS } from '../lexicon/word-lists.ts';
import { ownCityBefore } from '../entities/own-city-before.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { DATELINE_LEAD } from '../text/datelines.ts';
import type { EntityMention, ExtractState, Word } from '../types.ts';
import { witnessSigners } from './witness-signers.ts';

const ROLE_VERBS: ReadonlySet<string> = new Set(GO_BETWEEN_ROLE_VERBS);
const ROLE_FILLERS: ReadonlySet<string> = new Set(GO_BETWEEN_ROLE_FILLERS);
const LIST_OPENERS: ReadonlySet<string> = new Set(GO_BETWEEN_LIST_OPENERS);
/** How many words a role's "as" may stand after a relative pronoun and an auxiliary ("which has acted as"). */
const ROLE_REACH = 3;

/**
 * A mention that can be a side of an agreement: a country (not its capital read as a place), or a movement, party
 * or bloc the gazetteer knows ("Israel and Hamas agreed to a truce", "the government and the TPLF signed a peace
 * agreement"). Without `knownOrganizations`, countries only.
 */
export function isPartyMention(
  state: ExtractState,
  mention: EntityMention,
  knownOrganizations?: ReadonlyMap<string, unknown>,
): boolean {
  if (mention.kind === 'country') return mention.via !== 'capital' && !notASide(state, mention);
  // Only an organization the gazetteer knows: a capitalized run ending in "Union" may be a former state.
  if (!knownOrganizations?.has(mention.id)) return false;
  const kind = mention.kind === 'org' ? state.organizations.get(mention.id)?.kind : undefined;
  if (kind === undefined || !AGREEMENT_PARTY_ORG_KINDS.has(kind)) return false;
  // "the Sudanese Army", "the Palestinian Authority": the side is the country its name holds.
  return !startingIn(state.mentions, mention.start, mention.end).some(
    (m) => m.kind === 'country' && m.end <= mention.end,
  );
}

const TITLE_MODIFIER_WORDS: ReadonlySet<string> = new Set(TITLE_MODIFIERS);

/** notASide's answers per mention, for one article's mentions (mainPair, leadPair and sentencePair ask again). */
const NOT_A_SIDE = new WeakMap<readonly EntityMention[], Map<EntityMention, boolean>>();

/**
 * A country named as a go-between's nationality ("Qatari mediators", "former Nigerian President Obasanjo": a
 * former leader acts for no state) or as the setting ("in the South African capital", "signed in Qatar"): the
 * go-between or the host, not a side. A serving minister's nationality is his side ("South Korean Foreign Minister
 * Cho ... signed a memorandum").
 */
function notASide(state: ExtractState, mention: EntityMention): boolean {
  let answers = NOT_A_SIDE.get(state.mentions);
  if (!answers) NOT_A_SIDE.set(state.mentions, (answers = new Map()));
  let answer = answers.get(mention);
  if (answer === undefined) answers.set(mention, (answer = readNotASide(state, mention)));
  return answer;
}

function readNotASide(state: ExtractState, mention: EntityMention): boolean {
  const { words } = state;
  const at = wordIndexAt(words, mention.start);
  if (brokeredBy(state, at) || articleGoBetweens(state).has(mention.id)) return true;
  if (settingAt(state, mention, at)) return true;
  if (onlooker(state, mention)) return true;
  if (countryOfAPart(state, mention)) return true;
  if (inDateline(state, mention)) return true;
  if (mention.via !== 'demonym') return false;
  const before = words[at - 1]?.lower === 'the' ? words[at - 2] : words[at - 1];
  if (before && NOT_ACTING_MODIFIERS.has(before.lower)) return true;
  let next = wordIndexAt(words, mention.end);
  while ((words[next]?.start ?? Infinity) < mention.end) next++;
  while (words[next] && TITLE_MODIFIER_WORDS.has(words[next]?.lower ?? '')) next++;
  const head = words[next]?.lower ?? '';
  return GO_BETWEEN_NOUNS.has(head) || SETTING_NOUNS.has(head);
}

/** How far into its line a dateline's country may stand ("SHARM EL-SHEIKH, Egypt, Oct. 4 (AP) --"). */
const DATELINE_COUNTRY_REACH = 40;

/**
 * "DOHA, Qatar, March 18 (UPI) -- A rebel group signed a truce with Sudan": the country of a dateline is where the
 * story was filed, not a side of the deal it reports.
 */
function inDateline(state: ExtractState, mention: EntityMention): boolean {
  const lineStart = state.text.lastIndexOf('\n', mention.start - 1) + 1;
  if (mention.start - lineStart > DATELINE_COUNTRY_REACH) return false;
  const lead = DATELINE_LEAD.exec(state.text.slice(lineStart, lineStart + DATELINE_COUNTRY_REACH * 4));
  return lead !== null && mention.end <= lineStart + lead[0].length;
}

/**
 * A country named as where something happened: "signed in Qatar", "in the Ethiopian capital", "in northern Ethiopia",
 * "on the territory of Russia", "in Addis Ababa, Ethiopia". The host, not a side.
 */
export function inSetting(state: ExtractState, mention: EntityMention): boolean {
  return settingAt(state, mention, wordIndexAt(state.words, mention.start));
}

function settingAt(state: ExtractState, mention: EntityMention, at: number): boolean {
  const { words } = state;
  const before = words[at - 1]?.lower === 'the' ? words[at - 2] : words[at - 1];
  if (before && before.sentence === words[at]?.sentence && SETTING_PREPOSITIONS.has(before.lower))
    return true;
  return inRegionOf(words, at) || onGroundOf(words, at) || afterItsCity(state, mention, at);
}

/**
 * "in southern Syria", "in northern Ethiopia", "in neighbouring Ethiopia": a region of the country, or the country
 * near the story's, as the setting, not a side.
 */
function inRegionOf(words: readonly Word[], at: number): boolean {
  const region = words[at - 1];
  if (!region || region.gap !== ' ') return false;
  if (!SETTING_REGION_WORDS.has(region.lower) && !SETTING_NEARNESS_WORDS.has(region.lower)) return false;
  const before = words[at - 2]?.lower === 'the' ? words[at - 3] : words[at - 2];
  return before?.sentence === words[at]?.sentence && SETTING_PREPOSITIONS.has(before?.lower ?? '');
}

/** "on the territory of Russia", "on the soil of Qatar": the country's ground as the setting, not a side. */
export function onCountryGround(state: ExtractState, mention: EntityMention): boolean {
  return onGroundOf(state.words, wordIndexAt(state.words, mention.start));
}

function onGroundOf(words: readonly Word[], at: number): boolean {
  if (words[at - 1]?.lower !== 'of' || !SETTING_GROUND_NOUNS.has(words[at - 2]?.lower ?? '')) return false;
  const opener = words[at - 3]?.lower === 'the' ? words[at - 4] : words[at - 3];
  return opener?.sentence === words[at]?.sentence && SETTING_GROUND_PREPOSITIONS.has(opener?.lower ?? '');
}

/**
 * "at the summit in Hamburg, Germany", "talks in Jeddah, Saudi Arabia": the country written after a city of its own
 * in a setting is where it happened, not a side. Tied to its city by "of" ("headed to Juba, the capital of South
 * Sudan", "signed in Doha of Qatar"), it only places the city, whatever the city's clause.
 */
function afterItsCity(state: ExtractState, mention: EntityMention, at: number): boolean {
  const { words } = state;
  const city = ownCityBefore(state, mention, at);
  if (!city) return false;
  if ((words[at - 1]?.end ?? 0) > city.end) return true;
  const first = wordIndexAt(words, city.start);
  const before = words[first - 1]?.lower === 'the' ? words[first - 2] : words[first - 1];
  return before?.sentence === words[at]?.sentence && SETTING_PREPOSITIONS.has(before?.lower ?? '');
}

/**
 * A country that owns the part of it a deal is made with: "an agreement with Somalia's breakaway region of
 * Somaliland", "a deal with the breakaway Somali region of Somaliland". Its name with "'s", or its nationality, then a
 * few describing words, one of them saying the part is separate ("breakaway", "self-declared"), and a noun for a part
 * of a country: the part is the side. "Ukraine's Donetsk region" is only a place.
 */
export function countryOfAPart(state: ExtractState, mention: EntityMention): boolean {
  const { words } = state;
  let next = wordIndexAt(words, mention.end);
  while ((words[next]?.start ?? Infinity) < mention.end) next++;
  const possessive = /^['’]s\b/.test(state.text.slice(mention.end, mention.end + 3));
  if (!possessive && mention.via !== 'demonym') return false;
  if (possessive && /^['’]?s$/.test(words[next]?.lower ?? '')) next++;
  const at = wordIndexAt(words, mention.start);
  const sentence = words[at]?.sentence;
  // "the breakaway Somali region": the word that makes the part separate may stand before the nationality.
  let separate = SEPARATE_PART_WORDS.has(words[at - 1]?.lower ?? '');
  for (let i = next; i <= next + COUNTRY_PART_REACH; i++) {
    const word = words[i];
    if (!word || word.sentence !== sentence) return false;
    if (COUNTRY_PART_NOUNS.has(word.lower)) return separate;
    separate ||= SEPARATE_PART_WORDS.has(word.lower);
  }
  return false;
}

const PART_OWNERS = new WeakMap<readonly EntityMention[], ReadonlySet<string>>();

/**
 * The countries an article names as the owner of a part that makes a deal ("an agreement with Somalia's breakaway
 * region of Somaliland", "Georgia's breakaway region of Abkhazia"): the country the part broke from is the one
 * objecting, not a side, so it is never the story's other side either ("Somalia says Somaliland is part of its
 * territory").
 */
export function articlePartOwners(state: ExtractState): ReadonlySet<string> {
  const cached = PART_OWNERS.get(state.mentions);
  if (cached) return cached;
  const { words } = state;
  const out = new Set<string>();
  for (const mention of state.mentions) {
    if (mention.kind !== 'country' || mention.via === 'capital' || !countryOfAPart(state, mention)) continue;
    // "the conflict in Ethiopia's northern region of Tigray": the setting of a war the country is a side of.
    const at = wordIndexAt(words, mention.start);
    const before = words[at - 1];
    if (before && before.sentence === words[at]?.sentence && SETTING_PREPOSITIONS.has(before.lower)) continue;
    out.add(mention.id);
  }
  PART_OWNERS.set(state.mentions, out);
  return out;
}

/** How many words an onlooker's verb may stand after it ("Egypt's Foreign Minister Nabil Fahmy welcomed"). */
const ONLOOKER_REACH = 7;

/**
 * A country that heads the subject of an onlooker's verb ("India welcomed the agreement", "Iran's Foreign Ministry
 * welcomed a recent truce deal", "Saudi Arabia and the United States welcomed"), or of a verb that urges the sides
 * ("Saudi Arabia and the United States urged both parties to engage in the talks"): only names, titles, "and" and
 * auxiliaries between them, in one clause. It approves of the agreement of its sentence or presses its parties; it
 * did not make it.
 */
function onlooker(state: ExtractState, mention: EntityMention): boolean {
  const { words } = state;
  let next = wordIndexAt(words, mention.end);
  while ((words[next]?.start ?? Infinity) < mention.end) next++;
  const sentence = words[wordIndexAt(words, mention.start)]?.sentence;
  for (let steps = 0; steps < ONLOOKER_REACH; steps++, next++) {
    const word = words[next];
    if (!word || word.sentence !== sentence) return false;
    // "Saudi Arabia, US urge ...": a comma only between the countries of a list.
    if (/[,;:()"“”…]/.test(word.gap) && !(word.gap === ', ' && startsCountry(state, word.start)))
      return false;
    if (ONLOOKER_VERBS.has(word.lower)) return true;
    if (URGING_VERBS.has(word.lower)) return urgedSides(state, next);
    if (!word.cap && !ONLOOKER_VERB_FILLERS.has(word.lower) && !BROKER_LIST_WORDS.has(word.lower))
      return false;
  }
  return false;
}

/** Each article's onlookers, read once: impliedParties and completedSides ask for every agreement. */
const ONLOOKERS = new WeakMap<readonly EntityMention[], ReadonlySet<string>>();

/**
 * The countries an article shows welcoming a deal or pressing its sides anywhere ("the United States welcomed the
 * ceasefire", "China urged both parties"): the story may name them most, yet they approve of the deal, not make it,
 * so they are no side of a deal whose sides the story alone implies.
 */
export function articleOnlookers(state: ExtractState): ReadonlySet<string> {
  const cached = ONLOOKERS.get(state.mentions);
  if (cached) return cached;
  const out = new Set<string>();
  for (const mention of state.mentions)
    if (mention.kind === 'country' && !out.has(mention.id) && onlooker(state, mention)) out.add(mention.id);
  ONLOOKERS.set(state.mentions, out);
  return out;
}

/** Whether a country mention starts at `at`. */
function startsCountry(state: ExtractState, at: number): boolean {
  return startingIn(state.mentions, at, at + 1).some((m) => m.kind === 'country');
}

/** The object of the urging verb at `verb` names the sides: "both parties", "the two sides", "both Sudanese parties". */
function urgedSides(state: ExtractState, verb: number): boolean {
  const { words } = state;
  const sentence = words[verb]?.sentence;
  for (let i = verb + 1; i <= verb + 4; i++) {
    const word = words[i];
    if (!word || word.sentence !== sentence || /[^\s]/.test(word.gap)) return false;
    if (SIDE_NOUNS.has(word.lower)) return true;
    if (!SIDE_NOUN_FILLERS.has(word.lower) && !word.cap) return false;
  }
  return false;
}

/**
 * An article's country mentions (not capitals), and for lists of them the first one starting at an offset and
 * the first one holding a word (by its index): list walks look them up, not search every mention at every step.
 */
interface CountryIndex {
  list: readonly EntityMention[];
  startingAt: ReadonlyMap<number, EntityMention>;
  covering: ReadonlyMap<number, EntityMention>;
}

function countryIndex(words: readonly Word[], mentions: readonly EntityMention[]): CountryIndex {
  const list = mentions.filter((m) => m.kind === 'country' && m.via !== 'capital');
  const startingAt = new Map<number, EntityMention>();
  const covering = new Map<number, EntityMention>();
  for (const m of list) {
    if (!startingAt.has(m.start)) startingAt.set(m.start, m);
    for (let i = wordIndexAt(words, m.start); i < words.length; i++) {
      const word = words[i] as Word;
      if (word.start > m.end) break;
      if (m.start <= word.start && word.end <= m.end && !covering.has(i)) covering.set(i, m);
    }
  }
  return { list, startingAt, covering };
}

/** Each article's go-betweens, read once: party checks run for every mention of every agreement's sentence. */
const GO_BETWEENS = new WeakMap<readonly EntityMention[], ReadonlySet<string>>();

/**
 * The countries an article names as go-betweens anywhere: after "brokered by" or "hosted by" (by name or by its
 * capital: "a deal brokered by Beijing"), or before a go-between noun or verb with only other countries, "and" and
 * titles between ("US and Saudi mediators said", "Qatari and Egyptian
 * mediators", "Qatar mediates ..."). The mediator of a truce stays no side of it where a sentence names it alone.
 */
export function articleGoBetweens(state: ExtractState): ReadonlySet<string> {
  const cached = GO_BETWEENS.get(state.mentions);
  if (cached) return cached;
  const { words } = state;
  const out = new Set<string>();
  const countries = countryIndex(words, state.mentions);
  // "a deal brokered by Beijing", "a dialogue hosted by Beijing": a capital after a broker's or host's participle
  // stands for its country.
  for (const mention of state.mentions)
    if (
      mention.kind === 'country' &&
      mention.via === 'capital' &&
      brokeredBy(state, wordIndexAt(words, mention.start))
    )
      out.add(mention.id);
  for (const mention of countries.list) {
    // "a Qatari-brokered ceasefire": the go-between's participle is joined to the name it follows.
    const own = words[wordIndexAt(words, mention.end - 1)];
    if (brokeredBy(state, wordIndexAt(words, mention.start)) || (own && hyphenedGoBetween(own))) {
      out.add(mention.id);
      continue;
    }
    let next = wordIndexAt(words, mention.end);
    while ((words[next]?.start ?? Infinity) < mention.end) next++;
    const sentence = words[next]?.sentence;
    for (let steps = 0; steps < 8 && words[next]?.sentence === sentence; steps++) {
      const word = words[next];
      if (!word) break;
      // "a US government-mediated pact", "a US-Qatari-brokered ceasefire": the participle closes the word after it.
      if (hyphenedGoBetween(word)) {
        out.add(mention.id);
        break;
      }
      const other = countries.startingAt.get(word.start);
      if (other) {
        while ((words[next]?.start ?? Infinity) < other.end) next++;
        continue;
      }
      if (
        GO_BETWEEN_LINK_WORDS.has(word.lower) ||
        TITLE_MODIFIER_WORDS.has(word.lower) ||
        GO_BETWEEN_SUBJECT_WORDS.has(word.lower)
      ) {
        next++;
        continue;
      }
      if (
        ARTICLE_GO_BETWEEN_NOUNS.has(word.lower) ||
        (GO_BETWEEN_VERBS.has(word.lower) && !passiveBy(words, next)) ||
        facilitatesTalks(state, next) ||
        helpsBroker(words, next) ||
        inGoBetweenRole(words, next)
      )
        out.add(mention.id);
      break;
    }
    if (afterGoBetweenNoun(state, mention, countries) || effortsToward(state, mention, countries))
      out.add(mention.id);
  }
  // "US Secretary of State X signed as a witness": the witness's country too.
  for (const id of witnessSigners(state)) out.add(id);
  GO_BETWEENS.set(state.mentions, out);
  return out;
}

/** A word closed by a go-between's participle after a hyphen: "Qatari-brokered", "government-mediated". */
function hyphenedGoBetween(word: Word): boolean {
  const dash = word.lower.lastIndexOf('-');
  return dash > 0 && GO_BETWEEN_VERBS.has(word.lower.slice(dash + 1));
}

/**
 * "(a truce between Israel and Hamas) brokered by Egypt": a go-between's participle with its "by" is passive, so the
 * countries before it are the ones brokered for, the sides; the go-between is the one after "by".
 */
function passiveBy(words: readonly Word[], at: number): boolean {
  const by = words[at + 1];
  return by?.lower === 'by' && by.sentence === words[at]?.sentence;
}

/**
 * "act as both mediators", "which has acted as a mediator", "as a mediator": the words after a country (or its list)
 * give it a go-between's role: "as", after a role verb a few words on or right at `at`, then fillers and the noun.
 */
function inGoBetweenRole(words: readonly Word[], at: number): boolean {
  const sentence = words[at]?.sentence;
  let as = at;
  if (words[as]?.lower !== 'as') {
    const verb = words.slice(at, at + ROLE_REACH + 1).findIndex((w) => ROLE_VERBS.has(w.lower));
    if (verb < 0) return false;
    as = at + verb + 1;
    if (words[as]?.lower !== 'as') return false;
  }
  let noun = as + 1;
  while (noun - as <= 3 && ROLE_FILLERS.has(words[noun]?.lower ?? '')) noun++;
  return words[noun]?.sentence === sentence && ARTICLE_GO_BETWEEN_NOUNS.has(words[noun]?.lower ?? '');
}

/**
 * "helps broker a ceasefire", "helped to mediate", "(thanked Egypt) for helping secure the truce": a form of "help"
 * at `at`, after "for" or not, then a go-between's verb, in one sentence.
 */
function helpsBroker(words: readonly Word[], at: number): boolean {
  const help = words[at]?.lower === 'for' ? at + 1 : at;
  if (!GO_BETWEEN_HELP_WORDS.has(words[help]?.lower ?? '')) return false;
  if (help === at + 1 && words[help]?.lower !== 'helping') return false;
  let verb = help + 1;
  if (words[verb]?.lower === 'to') verb++;
  return (
    words[verb]?.sentence === words[at]?.sentence && HELPED_GO_BETWEEN_VERBS.has(words[verb]?.lower ?? '')
  );
}

/** "facilitated the negotiations", "facilitates talks": a verb of helping along whose object is talks or a deal. */
function facilitatesTalks(state: ExtractState, at: number): boolean {
  const { words } = state;
  if (!FACILITATION_VERBS.has(words[at]?.lower ?? '')) return false;
  const object = words[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  return (
    words[object]?.sentence === words[at]?.sentence && FACILITATED_OBJECTS.has(words[object]?.lower ?? '')
  );
}

/**
 * A country in a list right after a go-between noun ("Mediators Egypt, Qatar and Turkey joined ...", "Joint
 * mediators Qatar, the US and Egypt will monitor ...", "mediator Qatar said"): only other countries, "and" and
 * "the" between them.
 */
function afterGoBetweenNoun(state: ExtractState, mention: EntityMention, countries: CountryIndex): boolean {
  const { words } = state;
  let at = wordIndexAt(words, mention.start) - 1;
  const sentence = words[at + 1]?.sentence;
  for (let steps = 0; steps < 8 && at >= 0 && words[at]?.sentence === sentence; steps++) {
    const word = words[at];
    if (!word) return false;
    const other = countries.covering.get(at);
    if (other) {
      at = wordIndexAt(words, other.start) - 1;
      continue;
    }
    if (ARTICLE_GO_BETWEEN_NOUNS.has(word.lower)) return true;
    if (!GO_BETWEEN_LINK_WORDS.has(word.lower) && !LIST_OPENERS.has(word.lower)) return false;
    at--;
  }
  return false;
}

/**
 * A country whose efforts brought the deal about: in the list after "efforts of" or "efforts by", or as the
 * nationality before "efforts", when the list is followed by the deal's making ("the efforts of Qatar, Lebanon and
 * the United States to reach a ceasefire", "efforts by South Africa to facilitate the talks", "Omani efforts
 * resulted in an agreement"). Efforts that reach nothing ("efforts by Iran and the six powers") name no go-between.
 */
function effortsToward(state: ExtractState, mention: EntityMention, countries: CountryIndex): boolean {
  const { words } = state;
  const first = wordIndexAt(words, mention.start);
  const sentence = words[first]?.sentence;
  let listEnd = wordIndexAt(words, mention.end);
  while ((words[listEnd]?.start ?? Infinity) < mention.end) listEnd++;
  if (mention.via === 'demonym' && GO_BETWEEN_EFFORT_NOUNS.has(words[listEnd]?.lower ?? ''))
    return effortReaches(words, listEnd + 1, sentence);
  // Back over the list to "efforts of" / "efforts by".
  let at = first - 1;
  for (let steps = 0; ; steps++) {
    const word = words[at];
    if (!word || steps >= 12 || word.sentence !== sentence) return false;
    const other = countries.covering.get(at);
    if (other) at = wordIndexAt(words, other.start) - 1;
    else if (EFFORT_LIST_WORDS.has(word.lower)) at--;
    else break;
  }
  if (!EFFORT_PREPOSITIONS.has(words[at]?.lower ?? '')) return false;
  if (!GO_BETWEEN_EFFORT_NOUNS.has(words[at - 1]?.lower ?? '')) return false;
  // On over the rest of the list to what the efforts did.
  for (let steps = 0; steps < 12; steps++) {
    const word = words[listEnd];
    if (!word || word.sentence !== sentence) return false;
    const other = countries.startingAt.get(word.start);
    if (other) {
      while ((words[listEnd]?.start ?? Infinity) < other.end) listEnd++;
      continue;
    }
    if (!EFFORT_LIST_WORDS.has(word.lower)) break;
    listEnd++;
  }
  return effortReaches(words, listEnd, sentence);
}

/** "to reach", "in brokering", "(have) resulted in", "secured": the efforts' list ends in the deal's making. */
function effortReaches(words: readonly Word[], at: number, sentence: number | undefined): boolean {
  let verb = at;
  if (EFFORT_AUXILIARIES.has(words[verb]?.lower ?? '')) verb++;
  const word = words[verb];
  if (!word || word.sentence !== sentence) return false;
  if (EFFORT_RESULT_VERBS.has(word.lower)) return true;
  const next = words[verb + 1];
  return (
    (word.lower === 'to' || word.lower === 'in') &&
    next?.sentence === sentence &&
    EFFORT_GOAL_VERBS.has(next.lower)
  );
}

/** How many words back "brokered by" may stand from a broker ("brokered by the United States and Russia"). */
const BROKER_REACH = 6;

/**
 * A country after "brokered by" or "mediated by", alone or in a list of brokers ("brokered by Russia and the United
 * States", "mediated by Qatar, Egypt and the United States"): the go-between of the agreement, not one of its sides.
 * A comma stands in the list only before another country.
 */
export function brokeredBy(state: ExtractState, at: number): boolean {
  const { words } = state;
  const sentence = words[at]?.sentence;
  for (let i = at - 1; i >= Math.max(0, at - BROKER_REACH); i--) {
    const word = words[i];
    if (!word || word.sentence !== sentence) return false;
    const gap = words[i + 1]?.gap ?? '';
    if (/[^\s-]/.test(gap) && !(gap === ', ' && startsCountry(state, words[i + 1]?.start ?? -1)))
      return false;
    if (word.lower === 'by') return BROKER_PARTICIPLES.has(words[i - 1]?.lower ?? '');
    if (!word.cap && !BROKER_LIST_WORDS.has(word.lower)) return false;
  }
  return false;
}

/** What an agreement's name calls a party: its country's or its organization's name. */
export function partyName(state: ExtractState, id: string): string {
  return state.countries.get(id)?.name ?? state.organizations.get(id)?.name ?? id;
}

/** Ways of finding a country that write its name, not its capital's or a pronoun. */
const NAMING_VIAS: ReadonlySet<EntityMention['via']> = new Set(['name', 'alias', 'short']);

/** Ways that write no name of it: its capital, a pronoun, a reference, a place. */
const NOT_NAMING_VIAS: ReadonlySet<EntityMention['via']> = new Set([
  'capital',
  'pronoun',
  'reference',
  'place',
]);

/** An abbreviation ("U.S." officials, "UK"), however it was read, unlike a demonym ("American"), is a name. */
const ABBREVIATION = /^[\p{Lu}.]+$/u;
/** "U.S" as a word, its last dot left to the sentence: the abbreviation is written with it. */
const DOTTED = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/**
 * Each article's names of its parties, read once per side: the joins compare every pair of agreements through them,
 * and each reading walks all the article's mentions.
 */
const ARTICLE_PARTY_NAMES = new WeakMap<ExtractState, Map<string, string | null>>();

/**
 * What the article itself most often calls a party ("U.S.", "US" for the United States), or null when that is its
 * name already: an unnamed agreement is also known by its parties as the article writes them.
 */
export function articlePartyName(state: ExtractState, id: string): string | null {
  let names = ARTICLE_PARTY_NAMES.get(state);
  if (!names) {
    names = new Map();
    ARTICLE_PARTY_NAMES.set(state, names);
  }
  let name = names.get(id);
  if (name === undefined) {
    name = readArticlePartyName(state, id);
    names.set(id, name);
  }
  return name;
}

/** Each article's slugged words of its parties' names, read once per side as their names are. */
const PARTY_NAME_WORDS = new WeakMap<ExtractState, Map<string, readonly string[]>>();

/**
 * The slugged words of a side's name and of the article's name for it ("us", "united", "states"): what the joins
 * leave out of an agreement's topic, asked for every pair of agreements they compare.
 */
export function partyNameWords(state: ExtractState, id: string): readonly string[] {
  let all = PARTY_NAME_WORDS.get(state);
  if (!all) {
    all = new Map();
    PARTY_NAME_WORDS.set(state, all);
  }
  let words = all.get(id);
  if (words === undefined) {
    words = [partyName(state, id), articlePartyName(state, id) ?? ''].flatMap((n) => slug(n).split('-'));
    all.set(id, words);
  }
  return words;
}

function readArticlePartyName(state: ExtractState, id: string): string | null {
  const counts = new Map<string, number>();
  for (const m of state.mentions) {
    if (m.id !== id) continue;
    let surface = state.text.slice(m.start, m.end).replace(/^the /i, '');
    if (DOTTED.test(surface) && state.text[m.end] === '.') surface += '.';
    if (NAMING_VIAS.has(m.via) || (!NOT_NAMING_VIAS.has(m.via) && ABBREVIATION.test(surface)))
      counts.set(surface, (counts.get(surface) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[0] !== partyName(state, id) ? best[0] : null;
}
