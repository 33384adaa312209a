// Reads each agreement mention: its kind word, a capitalized name ("Reciprocal Access Agreement"), a descriptor
// before it ("crude oil supply") or a topic after it ("on joint climate monitoring"), and parties named with it.

import { governedByAct } from './governed-by-act.ts';
import { SOCIAL_PLATFORMS, SPEECH_VERBS } from '../lexicon/word-lists.ts';
import type { AgreementItem } from '../../domain/extraction-result.ts';
import type { AgreementIndex } from '../lexicon/build-agreement-index.ts';
import {
  AGREEMENT_AS_CONSENSUS,
  AGREEMENT_AUTHORED_KINDS,
  OFFER_KIND_WORDS,
  AGREEMENT_COLLECTIONS,
  AGREEMENT_CLASS_WORDS,
  AGREEMENT_CONSENT_OBJECTS,
  AGREEMENT_COUNT_WORDS,
  AGREEMENT_KIND_ACRONYMS,
  AGREEMENT_LEVEL_WORDS,
  AGREEMENT_NEEDS_ACT,
  AGREEMENT_NEEDS_BEFORE,
  AGREEMENT_SELF_DESCRIBING,
  AGREEMENT_TALK_NOUNS,
  AGREEMENT_TO_OPEN_VERBS,
  AGREEMENT_TO_TALK_VERBS,
  AGREEMENT_COMPLEMENTS_AFTER,
  AGREEMENT_VAGUE_MODIFIERS,
  AGREEMENT_WORDS,
  PROVISION_PLURALS,
  RELATIONSHIP_KIND_WORDS,
  SIGN_VERBS,
  TOPIC_TIME_ENDS,
  TOPIC_TRAILING_WORDS,
} from '../lexicon/event-words.ts';
import type { KnownAgreement } from '../lexicon/known-agreements.ts';
import {
  ANOTHER_DETERMINERS,
  EARLIER_AGREEMENT_MODIFIERS,
  INDEFINITE_ARTICLES,
  OTHER_AGREEMENT_MODIFIERS,
  COMPLEMENT_ARTICLES,
  COMPLEMENT_MODIFIER_TAGS,
  GOAL_ASKING_WORDS,
  GOAL_GERUND_LEADS,
  GOAL_NEARING_WORDS,
  GOAL_SEEKING_GERUNDS,
  GOAL_SEEKING_LEADS,
  GOAL_SEEKING_VERBS,
  PURPOSE_LEADS,
  PURPOSE_LEAD_REACH,
  PREDICATE_MAX_MODIFIERS,
  PREDICATE_OPENERS,
} from '../lexicon/agreement-reference-words.ts';
import { NAME_COMPOUND_PARTICIPLES } from '../lexicon/compound-words.ts';
import {
  PARTY_VERB_WORDS,
  GOAL_AIM_GERUNDS,
  GOAL_APPROACH_WORDS,
  GOAL_SCOPE_WORDS,
} from '../lexicon/agreement-act-words.ts';
import type { WordFacts, WordFactsOf } from '../events/event-modality.ts';
import { opensField } from './field-topic.ts';
import { formalTitleEnd } from './formal-title.ts';
import { kindOnlyTitle } from './kind-only-title.ts';
import { askedMaking, deniedAgreement, deniedReport, failedMaking, negatedMaking } from './unmade-making.ts';
import { topicPhraseEnd, type CountryIn, type PosAt } from './topic-phrase.ts';
import { listedSubjects, singularKind } from './listed-subjects.ts';
import { elidedPair } from './elided-kind.ts';
import { participleSidesAt } from './participle-sides.ts';
import {
  describesAnother,
  findKnownAgreements,
  sharedKnownName,
  type KnownMatch,
} from './known-agreement-matches.ts';
import { articleCues, DENYING_CUE, KIND_CUE } from './article-cues.ts';
import {
  CEASEFIRE_NAME_WORDS,
  HEDGED_AGREEMENT_MODIFIERS,
  HYPOTHETICAL_AGREEMENT_DETERMINERS,
  ONE_SIDED_MODIFIERS,
  KNOWN_NAME_KIND_MODIFIERS,
  REFUSING_VERBS,
  RULING_OUT_VERBS,
  QUANTITY_MODIFIERS,
} from '../lexicon/agreement-reference-words.ts';
import {
  ABSENT_AGREEMENT_LEADS,
  AGREEING_BEFORE,
  AGREEING_FAILURE_VERBS,
  AGREEING_NEGATION_FILLERS,
  AGREEING_NEGATIONS,
  REFUSED_AGREEING_VERBS,
  REFUSED_AGREEMENT_LINKS,
  AGREEMENT_MEETING_NOUNS,
  AGREEMENT_OBJECT_ENDS,
  AGREEMENT_TO_MEET_VERBS,
  FIELD_TOPIC_PREPOSITIONS,
  KINDS_NOT_AFTER_TO,
  KINDS_VERBAL_BEFORE,
  NAME_BARRED_QUANTIFIERS,
  SET_PASSIVE_AUXILIARIES,
  SET_CLAUSE_BREAKS,
  EARLIER_SIGNING_AUXILIARY,
  BOUND_COUNT_LEADS,
  SET_SIGNING_WORDS,
  SIGNED_SET_COUNTS,
  KNOWN_DEFINITE_DETERMINERS,
  NAME_HEAD_JOINERS,
  NAME_TAIL_INNER_WORDS,
  AGREEMENT_TALLY_WORDS,
  DENIED_REPORT_NOUNS,
  REPORT_CONTENT_PREPOSITIONS,
  REPORT_CONTENT_REACH,
  REPORTING_WORDS,
  REPORTED_CLAUSE_REACH,
  AGREEMENT_CLASS_QUANTIFIERS,
  OF_COMPOUND_HEADS,
  OF_TITLE_NOUNS,
  NAME_TAIL_PREPOSITIONS,
  NOT_TOPIC_OPENINGS,
  PRAISE_BEFORE_DEAL,
  TOPIC_PREPOSITIONS,
  AGREEMENT_DESCRIPTOR_MODIFIERS,
  AGREEMENT_DESCRIPTOR_STOPS,
  AGREEMENT_DETERMINERS,
  REFERRING_AGREEMENT_DETERMINERS,
} from '../lexicon/agreement-mention-words.ts';
import { coverWords, startingIn, wordIndexAt } from '../mention-index.ts';
import { neverTaggedJoined } from '../text/joined-word-tags.ts';
import { neverTagged } from '../text/tags-without-tagging.ts';
import {
  articleGoBetweens,
  brokeredBy,
  countryOfAPart,
  inSetting,
  isPartyMention,
  onCountryGround,
} from './party-mentions.ts';
import type { EntityMention, ExtractState, Sentence, Word } from '../types.ts';

const DETERMINERS: ReadonlySet<string> = new Set(AGREEMENT_DETERMINERS);
const KNOWN_DEFINITE: ReadonlySet<string> = new Set(KNOWN_DEFINITE_DETERMINERS);
const NAME_TAIL_OPENERS: ReadonlySet<string> = new Set(NAME_TAIL_PREPOSITIONS);
const NAME_TAIL_INNER: ReadonlySet<string> = new Set(NAME_TAIL_INNER_WORDS);
const OF_COMPOUND_HEAD_SET: ReadonlySet<string> = new Set(OF_COMPOUND_HEADS);
const TALLY_WORDS: ReadonlySet<string> = new Set(AGREEMENT_TALLY_WORDS);
const CLASS_QUANTIFIERS: ReadonlySet<string> = new Set(AGREEMENT_CLASS_QUANTIFIERS);
const TOPIC_OPENERS: ReadonlySet<string> = new Set(TOPIC_PREPOSITIONS);
const FIELD_TOPIC_OPENERS: ReadonlySet<string> = new Set(FIELD_TOPIC_PREPOSITIONS);
const NOT_AFTER_TO: ReadonlySet<string> = new Set(KINDS_NOT_AFTER_TO);
const SET_SIGNING: ReadonlySet<string> = new Set(SET_SIGNING_WORDS);
/** A signing verb later in the counted set's clause: "Seven memorandums (MoUs), worth $20 billion, were signed". */
const SIGNED_AFTER = new RegExp(
  `^(?:(?!\\b(?:${SET_CLAUSE_BREAKS.join('|')})\\b)[^.;:"“”]){0,160}?\\b(?:${SET_PASSIVE_AUXILIARIES.join('|')}) (?:${SET_SIGNING_WORDS.join('|')})\\b`,
  'i',
);
const ABSENT_LEADS: ReadonlySet<string> = new Set(ABSENT_AGREEMENT_LEADS);
const AGREEING: ReadonlySet<string> = new Set(AGREEING_BEFORE);
const PRAISE: ReadonlySet<string> = new Set(PRAISE_BEFORE_DEAL);
/** Determiners that point at an agreement already in view ("the treaty", "these agreements"). */
const REFERRING: ReadonlySet<string> = new Set(REFERRING_AGREEMENT_DETERMINERS);
/** Words before a kind word that say nothing about which agreement it is. */
const MODIFIERS: ReadonlySet<string> = new Set([...AGREEMENT_DESCRIPTOR_MODIFIERS, ...QUANTITY_MODIFIERS]);
/** Words that end a descriptor going left (verbs, prepositions, conjunctions). */
const STOPS: ReadonlySet<string> = new Set(AGREEMENT_DESCRIPTOR_STOPS);
/**
 * Where a topic after the kind word stops: a clause, a time, or where and when it was signed ("on energy on the
 * sidelines of the meeting", "on trade at the summit"), which describe the occasion, not the agreement.
 */
const TOPIC_END =
  /[;:“”"()]|,(?!\d)|(?<!(?:^|[\s.])[A-Z])\.(?!\d)|\band (?:an?|another) |\band [a-z]+ (?:their|its|his|her)\b|\bbetween (?:the two|both|them)\b|\b(?:that|which|who|signed|was|were|is|are|will|would|has|had|reached|by|in which|after|before|during|as|since|when|while)\b|\b(?:on|last|this|next|in) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:on|at) the (?:sidelines|margins|fringes?)\b|\b(?:within|in) the framework\b|\b(?:at|in) (?:the|a|their|its) (?:[\w-]+ )?(?:summit|meeting|talks|ceremony|conference|forum|presence)\b|\band [a-z]+ed (?=[A-Z]|(?:the|a|an) )/;
/** "of understanding", "of principles": an "of" topic that is part of the instrument's title. */
const OF_TITLE = new RegExp(`^of (?:${OF_TITLE_NOUNS.join('|')})\\b`);
/** A lower-case noun phrase in quote marks after a topic's preposition: "on a "permanent cessation of hostilities"". */
const QUOTED_TOPIC = /^(on|for) ((?:(?:a|an|the) )?)["“]([a-z][a-z -]{2,80})[.,]?["”]/;
/** "... for the first time today": when it was agreed, not what about (U.S. and U.N. do not end a topic either). */
const TOPIC_TIME_END = new RegExp(`\\b(?:${TOPIC_TIME_ENDS.join('|')})\\b`);
/**
 * "an agreement on fisheries and memoranda on digital trade": a topic ends where the next instrument of a list
 * begins, its kind word after "and" (with an article or a count between, or neither).
 */
const NEXT_INSTRUMENT = new RegExp(
  `\\band (?:[a-z]+ )?(?:${Object.keys(AGREEMENT_WORDS)
    .filter((w) => !AGREEMENT_NEEDS_ACT.has(w))
    .join('|')})\\b`,
  'i',
);
const MAX_DESCRIPTOR_WORDS = 5;
/** "the treaty on Monday", "a deal for years", "a plan for the next five years": time, not topic. */
const TIME_TOPIC =
  /^\w+ (?:the )?(?:(?:next|past|last|coming|following) (?:\w+ )?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|weeks|month|months|year|years|decades?|days?|\d)/;
const MAX_TOPIC_WORDS = 12;
/** What may follow "to" in a purpose ("to end the war", "to further deepen ties"): a verb or an adverb before it. */
const INFINITIVE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'PART']);
/** The tags of a word that governs the noun phrase after it ("reviewed agreements", "against protocol"). */
const GOVERNING_TAGS: ReadonlySet<string> = new Set(['VERB', 'ADP']);
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB']);
/** The tags of a word that cannot modify the noun after it ("which violates agreements", "where agreements"). */
const NOT_MODIFIER_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'PRON', 'SCONJ', 'PART']);
/** "on behalf of Bangladesh", "in favour of the respective countries": for whom, not what about. */
const NOT_TOPIC = new RegExp(`^(?:${NOT_TOPIC_OPENINGS.join('|')})\\b`, 'i');

export interface RawAgreement {
  start: number;
  end: number;
  sentence: number;
  /** Index of the kind word. */
  word: number;
  kind: AgreementItem['kind'] | null;
  /** A capitalized proper name. */
  name: string | null;
  /** What tells this agreement apart ("crude oil supply", "on joint climate monitoring"), or null when generic. */
  descriptor: string | null;
  /** "comprehensive strategic partnership": names the relationship the agreement in focus sets up. */
  relationship: boolean;
  /** Introduced by "the", "its" or "their": points at an agreement already in view. */
  definite: boolean;
  /** Introduced as one more ("another agreement", "a new deal"): not one already in view. */
  another: boolean;
  /** In a headline: its words preview the agreement the article then tells of. */
  headline?: boolean;
  /** A complement ("the pact is a balanced deal", "described as a model agreement"): what the one in view is. */
  predicate?: boolean;
  surface: string;
  /** The surface with the sides written before it ("Saudi-Iranian deal"), when the noun phrase names them. */
  partyPhrase: string | null;
  parties: string[];
  /** The well-known agreement its words name, if any. */
  known: KnownAgreement | null;
  /** One subject of a listed plural ("memoranda on trade, energy and education"): an instrument of its own. */
  listed?: boolean;
  /** A signed set known only by its count ("signed 11 agreements"): no node of its own beside agreements named before it. */
  counted?: boolean;
  /** The standing its own sentence tells of it ("the draft deal" proposed, "the deal was signed"), once read. */
  toldStatus?: AgreementItem['status'];
}

/** A well-known agreement's mention: its canonical name, kind and parties stand for whatever the text calls it. */
function knownMention(state: ExtractState, match: KnownMatch): RawAgreement {
  const { words, text } = state;
  const first = words[match.first] as Word;
  const last = words[match.last] as Word;
  return {
    start: first.start,
    end: last.end,
    sentence: first.sentence,
    word: match.last,
    kind: match.agreement.kind,
    name: match.agreement.name,
    descriptor: null,
    relationship: false,
    definite: KNOWN_DEFINITE.has(words[match.first - 1]?.lower ?? ''),
    another: false,
    surface: text.slice(first.start, last.end),
    partyPhrase: null,
    parties: [...match.agreement.parties],
    known: match.agreement,
  };
}

/**
 * The last word of a well-known agreement's mention, with the kind noun written after its name or acronym ("the
 * JCPOA deal", "the USMCA trade deal", "the AUKUS security pact"): that noun is the same agreement, not a second one
 * named by the capitalized words before it.
 */
function withTrailingKind(words: readonly Word[], last: number): number {
  for (let j = last + 1; j <= last + 2; j++) {
    const word = words[j];
    if (!word || word.gap !== ' ' || word.cap || word.sentence !== words[last]?.sentence) return last;
    if (AGREEMENT_KINDS.has(word.lower)) return j;
    if (!KNOWN_NAME_KIND_MODIFIERS.has(word.lower)) return last;
  }
  return last;
}

/** "a Chinese-brokered deal", "the US-backed plan": a country that brokers or backs is no party. */
function brokerOnly(text: string, mention: EntityMention): boolean {
  if (text[mention.end] !== '-') return false;
  const participle = /^-([a-z]+)/.exec(text.slice(mention.end, mention.end + 20))?.[1] ?? '';
  return NAME_COMPOUND_PARTICIPLES.has(participle);
}

/** A dash that sets off an aside ("Israel - at Egypt's request - continued to negotiate"). */
const ASIDE_DASH = /\s[-–—]\s/;

/**
 * The other side before "an agreement with Y" in [start, end): the nearest country that is no side yet, stands in no
 * aside set off by dashes and in the kind word's clause (no comma between them); else, as before, the first one.
 */
function ownerBefore(
  state: ExtractState,
  start: number,
  end: number,
  parties: ReadonlySet<string>,
): string | null {
  const ids = countriesIn(state, start, end).filter((id) => !parties.has(id));
  const mentions = startingIn(state.mentions, start, end).filter((m) => m.kind === 'country');
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as EntityMention;
    if (!ids.includes(m.id)) continue;
    const after = state.text.slice(m.end, end);
    if (after.includes(',')) break;
    const aside = ASIDE_DASH.test(state.text.slice(start, m.start)) && ASIDE_DASH.test(after);
    if (!aside) return m.id;
  }
  return ids[0] ?? null;
}

/** A country mention that may be a side: not a capital, a broker, a go-between, a part's owner or the ground. */
function sideCountry(state: ExtractState, m: EntityMention): boolean {
  return (
    m.kind === 'country' &&
    m.via !== 'capital' &&
    !brokerOnly(state.text, m) &&
    !brokeredBy(state, wordIndexAt(state.words, m.start)) &&
    !articleGoBetweens(state).has(m.id) &&
    !countryOfAPart(state, m) &&
    !onCountryGround(state, m)
  );
}

/** The side countries in [start, end); with `notHosts`, not ones named as where it happened ("in Ethiopia"). */
export function countriesIn(state: ExtractState, start: number, end: number, notHosts = false): string[] {
  return startingIn(state.mentions, start, end)
    .filter((m) => sideCountry(state, m) && !(notHosts && inSetting(state, m)))
    .map((m) => m.id);
}

/**
 * Whether [start, end) holds a country countriesIn would give: the topic phrase asks only whether there is one, so
 * the search stops at the first instead of testing and listing them all.
 */
export function anyCountryIn(state: ExtractState, start: number, end: number): boolean {
  return startingIn(state.mentions, start, end).some((m) => sideCountry(state, m));
}

const WHEN_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const HYPHENS: ReadonlySet<string> = new Set(['-', '–']);

/**
 * Whether the capitalized words from `j` (after an article) hold a kind word of their own ("the Additional Protocol",
 * "the Framework Agreement"): a second instrument, not more of the name before ("Friendship and Strategic
 * Partnership" names a relationship inside it).
 */
function nextInstrumentAt(words: readonly Word[], j: number): boolean {
  let k = words[j]?.lower === 'the' ? j + 1 : j;
  for (; words[k]?.cap && words[k]?.gap === ' '; k++) {
    const lower = words[k]?.lower ?? '';
    if (AGREEMENT_KINDS.has(lower) && !RELATIONSHIP_KIND_WORDS.has(lower)) return true;
  }
  return false;
}

/** How many words a kind word's complement has (" of hostilities": two). */
function complementWordCount(complement: string): number {
  return complement.trim().split(' ').length;
}

/**
 * Kind words that name a deal only with their complement ("the cessation of hostilities"): inside a quoted topic
 * ("an agreement on a "lasting cessation of hostilities"") they are words of the topic, no mention of their own.
 */
const COMPLEMENT_ONLY_KINDS: ReadonlySet<string> = new Set(
  Object.keys(AGREEMENT_COMPLEMENTS_AFTER).filter((kind) => AGREEMENT_NEEDS_BEFORE[kind]?.length === 0),
);

/** How far after a deal's phrase its sides may run ("with Ethiopia", "signed between the government and TPLF"). */
const SIDES_REACH_CHARS = 60;

/** Where the sides that start at `from` end: the first comma, semicolon or bracket, within SIDES_REACH_CHARS. */
function sidesClauseEnd(text: string, from: number, sentenceEnd: number): number {
  const end = Math.min(sentenceEnd, from + SIDES_REACH_CHARS);
  return from + (/[,;(]/.exec(text.slice(from, end))?.index ?? end - from);
}

/** A movement or bloc within from..end that can be a party is a side too, while the deal has fewer than two. */
function addBodySides(
  state: ExtractState,
  parties: Set<string>,
  from: number,
  end: number,
  knownOrganizations?: ReadonlyMap<string, unknown>,
): void {
  for (const m of startingIn(state.mentions, from, end))
    if (m.kind === 'org' && m.end <= end && parties.size < 2 && isPartyMention(state, m, knownOrganizations))
      parties.add(m.id);
}

/** How far back a noun phrase's determiner may stand before its kind word ("the recently declared cessation"). */
const DEFINITE_PHRASE_REACH = 3;

/** Whether the kind word at k opens with "the", "its" or "their" in its own noun phrase, not "a" or "any". */
function definitePhrase(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= k - DEFINITE_PHRASE_REACH && words[j]?.sentence === words[k]?.sentence; j--) {
    const lower = words[j]?.lower ?? '';
    if (KNOWN_DEFINITE.has(lower)) return true;
    if (DETERMINERS.has(lower) || words[j + 1]?.gap !== ' ') return false;
  }
  return false;
}

/** Whether the word at `at` is the "of" of a compound that opens a description ("cessation of hostilities"). */
function ofCompoundAt(words: readonly Word[], at: number): boolean {
  return (
    words[at]?.lower === 'of' &&
    words[at]?.gap === ' ' &&
    words[at + 1]?.gap === ' ' &&
    words[at - 1]?.sentence === words[at]?.sentence &&
    OF_COMPOUND_HEAD_SET.has(words[at - 1]?.lower ?? '')
  );
}

/**
 * Where a name's head starts when a joiner sets a capitalized run before the one that reaches its kind word: "Basic
 * Exchange and Cooperation Agreement". The run must be words no entity covers: "Ethiopia and Eritrea Peace
 * Agreement" names its sides, not a longer title.
 */
function joinedHeadStart(words: readonly Word[], first: number, cover: Int32Array): number {
  const joiner = words[first - 1];
  if (!joiner || !NAME_HEAD_JOINERS.has(joiner.lower) || words[first]?.gap !== ' ' || joiner.gap !== ' ')
    return first;
  let start = first - 1;
  while (
    start > 0 &&
    words[start - 1]?.cap &&
    cover[start - 1] === -1 &&
    words[start - 1]?.sentence === joiner.sentence &&
    !DETERMINERS.has(words[start - 1]?.lower ?? '') &&
    (start === first - 1 || words[start]?.gap === ' ' || HYPHENS.has(words[start]?.gap ?? ''))
  )
    start--;
  return start < first - 1 ? start : first;
}

/** Capitalized words before a capitalized kind word and an "on/of the ..." tail after it: the agreement's name. */
function namedSpan(words: readonly Word[], k: number, cover: Int32Array): [number, number] | null {
  let first = k;
  // "Trans-Pacific ... Agreement", "US-Mexico Trade Agreement": a hyphen joins a capitalized word to the name too.
  // "Permanent Cessation of Hostilities Agreement", "Status of Forces Agreement": so does a compound's "of".
  for (;;) {
    if (first > 1 && first < k && ofCompoundAt(words, first - 1) && words[first - 2]?.cap) {
      first -= 2;
      continue;
    }
    if (
      first > 0 &&
      (words[first]?.gap === ' ' || (first < k && HYPHENS.has(words[first]?.gap ?? ''))) &&
      words[first - 1]?.cap &&
      !DETERMINERS.has(words[first - 1]?.lower ?? '') &&
      !NAME_BARRED_QUANTIFIERS.has(words[first - 1]?.lower ?? '')
    ) {
      first--;
      continue;
    }
    break;
  }
  if (first < k) first = joinedHeadStart(words, first, cover);
  let last = k;
  // Only words joined by a space continue the name: "Agreement on Monday. The Philippines" is two sentences.
  const joined = (j: number) => words[j]?.gap === ' ';
  if (NAME_TAIL_OPENERS.has(words[k + 1]?.lower ?? '') && joined(k + 1)) {
    let j = k + 2;
    if (words[j]?.lower === 'the' && joined(j)) j++;
    // "the agreement on Monday": a day or month after it is when, not part of its name.
    if (WHEN_WORDS.test(words[j]?.text ?? '')) return last > first ? [first, last] : null;
    while (words[j]?.cap && joined(j)) {
      last = j;
      j++;
      // "... Suppression of Terrorism and the Framework Agreement on ...": the next instrument of a list.
      if (words[j]?.lower === 'and' && nextInstrumentAt(words, j + 1)) break;
      // "Memorandum of Understanding on Tuesday": nor does a day or month after an inner word.
      if (
        NAME_TAIL_INNER.has(words[j]?.lower ?? '') &&
        joined(j) &&
        (words[j + 1]?.cap || words[j + 2]?.cap) &&
        !WHEN_WORDS.test(words[j + 1]?.text ?? '')
      )
        j++;
      if (words[j]?.lower === 'the' && joined(j) && words[j + 1]?.cap) j++;
    }
  }
  return last > first ? [first, last] : null;
}

/**
 * Capitalized words, no entity's, before a lower-case kind word: a name written with a generic kind word ("the
 * New START treaty"). An acronym or two such words make a name; one capitalized word alone may just open the
 * sentence, and "Kremlin-brokered" or "Monday's" describe rather than name.
 */
function capitalizedPrefix(words: readonly Word[], k: number, cover: Int32Array): [number, number] | null {
  let first = k;
  while (first > 0 && words[first]?.gap === ' ') {
    const previous = words[first - 1] as Word;
    if (!previous.cap || cover[first - 1] !== -1 || previous.sentence !== words[k]?.sentence) break;
    if (DETERMINERS.has(previous.lower) || !/^[A-Z][A-Za-z0-9.]*$/.test(previous.text)) break;
    first--;
  }
  const run = words.slice(first, k);
  const acronym = run.some((w) => /^[A-Z0-9]{2,}$/.test(w.text));
  return acronym || run.length >= 2 ? [first, k] : null;
}

/**
 * "the Dakar agreement", "the Agadir agreement": a city the article names, alone between "the" and a lower-case
 * kind word, names the agreement made there (a city is no side, so it is no party phrase either).
 */
function placeNamed(
  words: readonly Word[],
  k: number,
  cover: Int32Array,
  mentions: readonly EntityMention[],
): [number, number] | null {
  const place = mentions[cover[k - 1] ?? -1];
  if (!place || (place.kind !== 'place' && place.via !== 'capital')) return null;
  if (words[k]?.gap !== ' ' || words[k - 1]?.start !== place.start || words[k - 1]?.end !== place.end)
    return null;
  return words[k - 2]?.lower === 'the' && words[k - 2]?.sentence === words[k]?.sentence ? [k - 1, k] : null;
}

/** Who may author a proposal by name: a side or a body. */
const AUTHOR_KINDS: ReadonlySet<string> = new Set(['country', 'org']);

/**
 * "an Israeli proposal", "the latest French proposal", "Egypt's proposal", "the UN envoy's proposal": a country or a
 * body named right before the kind word (or a body's officer, owning it by "'s") authored the offer.
 * Not a pronoun ("its proposal"), which may stand for anything.
 */
function authoredBy(
  words: readonly Word[],
  k: number,
  cover: Int32Array,
  mentions: readonly EntityMention[],
): string | null {
  const word = words[k] as Word;
  const previous = words[k - 1];
  if (!previous || previous.sentence !== word.sentence) return null;
  const possessive = /^['’]s $/.test(word.gap);
  if (word.gap !== ' ' && !possessive) return null;
  const author = mentions[cover[k - 1] ?? -1];
  if (author && author.end === previous.end && author.via !== 'pronoun' && author.via !== 'reference')
    return AUTHOR_KINDS.has(author.kind) ? author.id : null;
  if (!possessive || previous.cap || previous.gap !== ' ') return null;
  // "the UN envoy's proposal": the officer's body.
  const body = mentions[cover[k - 2] ?? -1];
  return body && AUTHOR_KINDS.has(body.kind) && body.via !== 'pronoun' && body.end === words[k - 2]?.end
    ? body.id
    : null;
}

/** How many describing words may stand between "agreement on a" and the instrument it consents to. */
const CONSENT_REACH = 2;

/** "agreement to the deal", "agreement on a proposal for ...": "on" or "to", a determiner, then an instrument. */
function consentTo(words: readonly Word[], k: number): boolean {
  const preposition = words[k + 1];
  if (!preposition || preposition.gap !== ' ' || (preposition.lower !== 'on' && preposition.lower !== 'to'))
    return false;
  if (!DETERMINERS.has(words[k + 2]?.lower ?? '') || words[k + 2]?.gap !== ' ') return false;
  for (let i = k + 3; i <= k + 3 + CONSENT_REACH; i++) {
    const word = words[i];
    if (!word || word.gap !== ' ' || word.cap || word.sentence !== words[k]?.sentence) return false;
    if (AGREEMENT_CONSENT_OBJECTS.has(word.lower)) return true;
    if (STOPS.has(word.lower) || DETERMINERS.has(word.lower)) return false;
  }
  return false;
}

/** Lower-case words right before the kind word that describe it ("long-term crude oil supply"). */
function descriptorStart(words: readonly Word[], k: number, cover: Int32Array): number {
  let first = k;
  while (first > 0 && k - first < MAX_DESCRIPTOR_WORDS && words[first]?.gap === ' ') {
    const previous = words[first - 1] as Word;
    // "a cessation of hostilities agreement": "of" inside a compound the description opens with.
    if (ofCompoundAt(words, first - 1) && !words[first - 2]?.cap) {
      first -= 2;
      continue;
    }
    if (
      previous.cap ||
      cover[first - 1] !== -1 ||
      DETERMINERS.has(previous.lower) ||
      MODIFIERS.has(previous.lower) ||
      STOPS.has(previous.lower) ||
      /\d/.test(previous.text)
    )
      break;
    first--;
  }
  return first;
}

/**
 * A topic ends with its subject: not with where it was signed ("... cooperation in Riyadh"), a word left
 * dangling by the cut ("on space cooperation under"), or a number cut short.
 */
export function tidyTopic(topic: string): string {
  let words = topic.split(' ');
  const place = / in \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?$/u.exec(topic);
  if (place && words.length > 4) words = topic.slice(0, place.index).split(' ');
  while (
    words.length > 1 &&
    (TOPIC_TRAILING_WORDS.has(words[words.length - 1] ?? '') || /^\d+$/.test(words[words.length - 1] ?? ''))
  )
    words.pop();
  return words.join(' ');
}

/** Words a party phrase ("between the foreign ministries", "with Uzbekistan") cannot hold: a clause has begun. */
const NOT_IN_PARTY_PHRASE = new Set([...STOPS].filter((w) => w !== 'and' && w !== 'of'));
const MAX_PARTY_PHRASE_WORDS = 6;

/**
 * "an agreement between the foreign ministries on construction ...", "a treaty with Uzbekistan on the junction of
 * borders": the index of the "on" that opens the topic after a party phrase, or -1.
 */
function topicAfterParties(words: readonly Word[], k: number): number {
  const next = words[k + 1];
  if (!next || next.gap !== ' ' || (next.lower !== 'with' && next.lower !== 'between')) return -1;
  for (let j = k + 2; j <= k + 2 + MAX_PARTY_PHRASE_WORDS; j++) {
    const word = words[j];
    if (!word || word.gap !== ' ' || word.sentence !== next.sentence) return -1;
    if (word.lower === 'on') return j > k + 2 ? j : -1;
    if (NOT_IN_PARTY_PHRASE.has(word.lower) || /\d/.test(word.text)) return -1;
  }
  return -1;
}

/** "on joint climate monitoring in the polar regions", "to restore diplomatic relations" after the kind word. */
function topicAfter(
  text: string,
  words: readonly Word[],
  k: number,
  sentenceEnd: number,
  fieldIn = false,
  pos?: PosAt,
  countryIn?: CountryIn,
  afterBracket = false,
): string | null {
  const afterParties = topicAfterParties(words, k);
  if (afterParties !== -1)
    return topicAfter(text, words, afterParties - 1, sentenceEnd, false, pos, countryIn);
  const next = words[k + 1];
  const prepositions = fieldIn ? FIELD_TOPIC_OPENERS : TOPIC_OPENERS;
  if (!next || next.gap !== (afterBracket ? ') ' : ' ') || !prepositions.has(next.lower)) return null;
  let rest = text.slice(next.start, Math.min(sentenceEnd, next.start + 160));
  if (TIME_TOPIC.test(rest) || NOT_TOPIC.test(rest)) return null;
  // "the importance of the declaration in supporting peace": a role in the clause, not a field ("agreements in
  // anti-smuggling" name one); "announced the agreement on Twitter": where it was posted.
  if (next.lower === 'in' && pos?.(k + 2) === 'VERB' && !words[k + 2]?.text.includes('-')) return null;
  if (next.lower === 'on' && SOCIAL_PLATFORMS.has(words[k + 2]?.text ?? '')) return null;
  // "signed an agreement on a "permanent cessation of hostilities"": a topic in quote marks is the whole phrase.
  const quoted = QUOTED_TOPIC.exec(rest);
  // A kind word inside the quote ("on a “complete ceasefire”") is a mention of its own.
  if (
    quoted &&
    !quoted[3]
      ?.split(/[\s-]+/)
      .some((w) => Object.hasOwn(AGREEMENT_WORDS, w) && !COMPLEMENT_ONLY_KINDS.has(w))
  ) {
    const phrase = tidyTopic(`${quoted[1]} ${quoted[2]}${quoted[3]}`.replace(/\s+/g, ' ').trim());
    const count = phrase.split(' ').length;
    return count >= 2 && count <= MAX_TOPIC_WORDS + 1 ? phrase : null;
  }
  if (next.lower === 'of' && !OF_TITLE.test(rest)) return null;
  // "a deal to end the war" tells its purpose by a verb; "handed the text of the agreement to Prime Minister X",
  // "sold the deal to his people" tell where it went.
  if (next.lower === 'to' && pos && !INFINITIVE_POS.has(pos(k + 2) ?? '')) return null;
  const stop = TOPIC_END.exec(rest.slice(next.lower.length + 1));
  if (stop) rest = rest.slice(0, next.lower.length + 1 + stop.index);
  const nextInstrument = NEXT_INSTRUMENT.exec(rest.slice(next.lower.length + 1));
  if (nextInstrument) rest = rest.slice(0, next.lower.length + 1 + nextInstrument.index);
  const time = TOPIC_TIME_END.exec(rest.slice(next.lower.length + 1));
  if (time) rest = rest.slice(0, next.lower.length + 1 + time.index);
  // The words of speech decide where the phrase ends within what the patterns left: its noun phrase, or its verb
  // and object after "to".
  const before = tidyTopic(rest.trim()).split(' ').length;
  if (pos && next.lower !== 'of' && before <= MAX_TOPIC_WORDS + 1) {
    let last = k + 1;
    while (words[last + 1] && (words[last + 1]?.end ?? 0) <= next.start + rest.trimEnd().length) last++;
    const end = topicPhraseEnd(words, k + 1, last, pos, countryIn);
    if (end <= k + 1) return null;
    rest = text.slice(next.start, words[end]?.end ?? next.end);
  }
  rest = tidyTopic(rest.trim());
  const count = rest.split(' ').length;
  return count >= 2 && count <= MAX_TOPIC_WORDS + 1 ? rest : null;
}

/** wink's tags of a noun, the head a topic phrase ends on. */
const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** "Memorandum of Understanding (MoU) on ...": the index of an acronym in brackets right after word `k`, or -1. */
function bracketedAcronymAfter(words: readonly Word[], k: number): number {
  const acronym = words[k + 1];
  return acronym &&
    acronym.gap === ' (' &&
    /^\p{Lu}[\p{L}.]{1,7}$/u.test(acronym.text) &&
    words[k + 2]?.gap === ') '
    ? k + 1
    : -1;
}

/**
 * "a Memorandum of Understanding on cooperation in Defence and Security", "a Memorandum of Understanding (MoU) on a
 * strategic health partnership": the topic that says which instrument a title of kind words alone is, or null.
 */
function kindOnlyTitleTopic(
  state: ExtractState,
  named: readonly [number, number],
  sentence: Sentence,
  pos?: PosAt,
): { topic: string; end: number } | null {
  const { text, words } = state;
  const title = text.slice(words[named[0]]?.start ?? 0, words[named[1]]?.end ?? 0);
  if (!kindOnlyTitle(title)) return null;
  const acronym = bracketedAcronymAfter(words, named[1]);
  const last = acronym === -1 ? named[1] : acronym;
  const countryIn = (from: number, to: number): boolean =>
    anyCountryIn(state, words[from]?.start ?? 0, words[to]?.end ?? 0);
  const start = words[last + 1]?.start ?? 0;
  // "a Memorandum of Understanding to boost bilateral ties": a purpose, which any instrument may have, says not which.
  if (words[last + 1]?.lower === 'to') return null;
  // "... on a strategic health partnership between the Ministry of ... and the African Union": the sides close it.
  const between = text.indexOf(' between ', start);
  const end = between !== -1 && between < sentence.end ? between : sentence.end;
  const topic = pos && topicAfter(text, words, last, end, false, pos, countryIn, acronym !== -1);
  if (!pos || !topic || !text.startsWith(topic, start)) return null;
  let close = last + 1;
  while ((words[close + 1]?.end ?? Infinity) <= start + topic.length) close++;
  // "for the cultural, scientific ... cooperation" cut at its comma: a topic with no noun at its end names nothing.
  if (!NOUN_POS.has(pos(close) ?? '')) return null;
  // "on Trade Road Map 2025-27": a capitalized name the phrase reading broke off goes on to its last capital.
  while (
    words[close + 1]?.cap &&
    words[close + 1]?.gap === ' ' &&
    words[close + 1]?.sentence === sentence.index
  )
    close++;
  const stop = words[close]?.end ?? start + topic.length;
  return { topic: text.slice(start, stop), end: stop };
}

/**
 * "another agreement", "a new deal", "a separate pact", "an earlier truce": an indefinite noun phrase whose modifier
 * says it is one more agreement, so it neither refers back to the one in view nor stands for the article's main one.
 */
function introducedAsAnother(words: readonly Word[], surfaceStart: number, k: number): boolean {
  const opener = words[surfaceStart - 1]?.lower ?? '';
  if (ANOTHER_DETERMINERS.has(opener)) return true;
  return (
    INDEFINITE_ARTICLES.has(opener) &&
    words
      .slice(surfaceStart, k)
      .some((w) => OTHER_AGREEMENT_MODIFIERS.has(w.lower) || EARLIER_AGREEMENT_MODIFIERS.has(w.lower))
  );
}

/** Words of a content clause after "another agreement" ("proclaimed the two capitals sister cities"). */
const MAX_CONTENT_WORDS = 10;
const SPEECH_VERB_WORDS: ReadonlySet<string> = new Set(SPEECH_VERBS);
/** What may open the object of a content verb: a noun phrase, not a preposition ("came into force"). */
const CONTENT_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/**
 * "Another agreement proclaimed the two capitals sister cities", "a new accord extending their cooperation": one
 * more agreement whose content its own verb tells, right after the kind word. The verb must take an object (a noun
 * phrase, not "came into force") and not be the signing itself ("another deal signed by ..."). Returns the verb
 * phrase up to the clause's end, or null.
 */
function contentClause(text: string, words: readonly Word[], k: number, pos: PosAt): string | null {
  const verb = words[k + 1];
  if (!verb || verb.gap !== ' ' || verb.sentence !== words[k]?.sentence || pos(k + 1) !== 'VERB') return null;
  if (!/(?:ed|ing)$/.test(verb.lower) || SIGN_VERBS.test(verb.lower) || SPEECH_VERB_WORDS.has(verb.lower))
    return null;
  if (!CONTENT_OBJECT_POS.has(pos(k + 2) ?? '')) return null;
  let last = k + 1;
  while (
    last - k < MAX_CONTENT_WORDS &&
    words[last + 1]?.sentence === verb.sentence &&
    !/[,;:.()"“”]/.test(words[last + 1]?.gap ?? '') &&
    pos(last + 1) !== 'PUNCT'
  )
    last++;
  if (last - k >= MAX_CONTENT_WORDS || last < k + 2) return null;
  return text.slice(verb.start, words[last]?.end ?? verb.end);
}

/**
 * Whether the noun phrase opening at `surfaceStart` is a complement: its article, after at most a few lowercase
 * modifiers, stands after a copula or a naming verb ("is an amazing deal", "as a 'model agreement'").
 */
function isComplement(
  text: string,
  sentences: readonly Sentence[],
  words: readonly Word[],
  surfaceStart: number,
  pos?: (i: number) => string | undefined,
): boolean {
  const sentence = words[surfaceStart]?.sentence;
  for (let i = surfaceStart - 1; i >= Math.max(0, surfaceStart - 1 - PREDICATE_MAX_MODIFIERS); i--) {
    const word = words[i];
    if (!word || word.sentence !== sentence) return false;
    if (COMPLEMENT_ARTICLES.has(word.lower)) {
      const opener = words[i - 1];
      if (opener?.sentence !== sentence || !PREDICATE_OPENERS.has(opener.lower)) return false;
      // "as well as a comprehensive agreement", "such as a deal": "as" joining, not naming what the one in view is.
      const beforeAs = opener.lower === 'as' ? pos?.(i - 2) : undefined;
      return beforeAs !== 'ADV' && beforeAs !== 'ADJ';
    }
    if (word.cap) return false;
    if (!pos) continue;
    // "pulls out of treaty", "says new treaty": a word the model never tags as a modifier ends the phrase without
    // tagging its sentence.
    if (neverTagged(text, sentences[word.sentence] as Sentence, word, COMPLEMENT_MODIFIER_TAGS)) return false;
    const tag = pos(i);
    if (tag !== undefined && !COMPLEMENT_MODIFIER_TAGS.has(tag)) return false;
  }
  return false;
}

/**
 * A headline written in title case on a line of its own ("Qatar Mediates Hopeful Truce Deal", "Talks On Ukraine End
 * With Vow ..."): its capitals are the style's, not a name's. No closing stop, and nearly every word capitalized.
 */
function titleCaseLine(sentences: readonly Sentence[], index: number, sentenceText: string): boolean {
  const paragraph = sentences[index]?.paragraph;
  if (sentences[index - 1]?.paragraph === paragraph || sentences[index + 1]?.paragraph === paragraph)
    return false;
  if (/[.!?]["”’)]?\s*$/.test(sentenceText)) return false;
  const words = sentenceText.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized >= words.length * TITLE_CASE_SHARE;
}

/**
 * A kind word, or a mention ending in one, in the plural: "agreements", "MoUs", "memoranda". Case kept, so a name
 * ending in a capital ("NAFTA") is no plural.
 */
export const pluralKind = (text: string): boolean => /(?:s|a)$/.test(text);

/**
 * The lower-case text of words[i] when it stands in `sentence`, else ''. A factory whose arrow has no name: tsx's
 * keepNames renames (defineProperty) every named closure each time it is built, and these run per kind word.
 */
function lowerInSentence(words: readonly Word[], sentence: number | undefined): (i: number) => string {
  return (i) => (words[i]?.sentence === sentence ? (words[i]?.lower ?? '') : '');
}

/**
 * Whether the indefinite noun phrase opening at `first` is only asked for: "hopes for an agreement", "a push for a
 * truce", "are nearing a temporary deal". Nobody has made it, so it is no agreement of the article.
 */
export function askedForOnly(words: readonly Word[], first: number): boolean {
  const article = words[first - 1];
  if (!article || !INDEFINITE_ARTICLES.has(article.lower)) return false;
  const at = lowerInSentence(words, article.sentence);
  if (GOAL_NEARING_WORDS.has(at(first - 2))) return true;
  if (GOAL_APPROACH_WORDS.has(at(first - 2)) && GOAL_SCOPE_WORDS.has(at(first))) return true;
  // "negotiations aimed at cementing a comprehensive peace accord".
  if (GOAL_AIM_GERUNDS.has(at(first - 2)) && at(first - 3) === 'at' && /^aim/.test(at(first - 4)))
    return true;
  return at(first - 2) === 'for' && GOAL_ASKING_WORDS.has(at(first - 3));
}

/**
 * Whether the indefinite noun phrase opening at `first` is what a making verb only seeks: "a new effort to reach an
 * agreement", "a chance to reach a deal", "will focus on reaching a deal for a ceasefire". It gives no agreement of
 * its own; a statement about it may still be about the deal the article names otherwise.
 */
function soughtToMake(words: readonly Word[], phraseFirst: number, posAt?: PosAt): boolean {
  // "close to reaching an interim agreement": a modifier that ends the description still stands after the article.
  let first = phraseFirst;
  while (first > phraseFirst - 2 && MODIFIERS.has(words[first - 1]?.lower ?? '')) first--;
  const article = words[first - 1];
  if (!article || !INDEFINITE_ARTICLES.has(article.lower)) return false;
  const at = (i: number): string => (words[i]?.sentence === article.sentence ? (words[i]?.lower ?? '') : '');
  const verb = at(first - 2);
  if (GOAL_SEEKING_GERUNDS.has(verb)) return GOAL_GERUND_LEADS.has(at(first - 3));
  if (!GOAL_SEEKING_VERBS.has(verb) || at(first - 3) !== 'to') return false;
  // "the efforts of the African Union High-Level Implementation Panel (AUHIP) to mediate a peace agreement": whose
  // efforts they are stands between the lead and its "to", a name after "of the".
  let lead = first - 4;
  const inName = (i: number): boolean =>
    words[i]?.sentence === article.sentence &&
    (words[i]?.cap === true || (at(i) === 'of' && words[i - 1]?.cap === true && words[i + 1]?.cap === true));
  while (lead > first - 4 - LEAD_OWNER_REACH && inName(lead)) lead--;
  if (lead < first - 4 && at(lead) === 'the' && at(lead - 1) === 'of') lead -= 2;
  if (GOAL_SEEKING_LEADS.has(at(lead))) return true;
  // "talks with the Houthi movement to reach a ceasefire agreement", "efforts are continuing to reach a broader
  // agreement": the infinitive names the purpose of talks or a goal still pursued. A verb before it ends the
  // search ("shook hands in the capital to reach a deal", "were able to reach a deal" tell of one made).
  for (let i = first - 4; i >= Math.max(0, first - 3 - PURPOSE_LEAD_REACH); i--) {
    if (at(i) === '' || /[,;:]/.test(words[i + 1]?.gap ?? '')) return false;
    if (PURPOSE_LEADS.has(at(i))) return true;
    const pos = posAt?.(i);
    if (pos === 'VERB' || pos === 'AUX') return false;
  }
  return false;
}

/**
 * Whether the indefinite noun phrase opening at `first` is only the content of a report: "asked about reports of a
 * ceasefire deal", "reports by some media outlets about reaching a partial deal ... are rumors". A proper name or a
 * definite article ("reports of the deal's collapse") names a deal the article holds to exist.
 */
function reportedOnly(words: readonly Word[], phraseFirst: number, articleDenies: () => boolean): boolean {
  let first = phraseFirst;
  while (first > phraseFirst - 2 && MODIFIERS.has(words[first - 1]?.lower ?? '')) first--;
  const article = words[first - 1];
  if (!article || !INDEFINITE_ARTICLES.has(article.lower)) return false;
  const sentence = article.sentence;
  // "Reports said that the council had agreed to a temporary ceasefire": in an article that carries a denial, a new
  // deal told only in what reports said is the one denied.
  if (articleDenies())
    for (let i = first - 2; i >= Math.max(0, first - 1 - REPORTED_CLAUSE_REACH); i--) {
      const word = words[i];
      if (!word || word.sentence !== sentence) break;
      if (DENIED_REPORT_NOUNS.has(word.lower) || REPORTING_WORDS.has(word.lower)) return true;
    }
  let at = first - 2;
  if (GOAL_SEEKING_GERUNDS.has(words[at]?.lower ?? '')) at--;
  if (words[at]?.sentence !== sentence || !REPORT_CONTENT_PREPOSITIONS.has(words[at]?.lower ?? ''))
    return false;
  for (let i = at - 1; i >= Math.max(0, at - REPORT_CONTENT_REACH); i--) {
    const word = words[i];
    if (!word || word.sentence !== sentence || /[,;:]/.test(words[i + 1]?.gap ?? '')) return false;
    if (DENIED_REPORT_NOUNS.has(word.lower)) return true;
  }
  return false;
}

/** How many words of a name may say whose effort seeks an agreement ("the efforts of the African Union ..."). */
const LEAD_OWNER_REACH = 10;

/** Whether "a"/"an" opens the noun phrase from `first` to its kind word `k` with a hedge: "a possible deal". */
function hedgedAgreement(words: readonly Word[], first: number, k: number): boolean {
  if (!INDEFINITE_ARTICLES.has(words[first - 1]?.lower ?? '')) return false;
  for (let i = first; i < k; i++) if (HEDGED_AGREEMENT_MODIFIERS.has(words[i]?.lower ?? '')) return true;
  return false;
}

/** Whether a refusing verb governs the "a"/"an" noun phrase opening at `first`: "rejected a partial arrangement". */
function refusedBeforeMade(words: readonly Word[], first: number): boolean {
  const article = words[first - 1];
  if (!article || !INDEFINITE_ARTICLES.has(article.lower)) return false;
  const at = (i: number): string => (words[i]?.sentence === article.sentence ? (words[i]?.lower ?? '') : '');
  if (REFUSING_VERBS.has(at(first - 2))) return true;
  return at(first - 2) === 'out' && RULING_OUT_VERBS.has(at(first - 3));
}

/**
 * Whether the kind word at `k` is what the sides did not agree to: "did not agree to a ceasefire", "have not yet
 * agreed to a ceasefire", "fail to agree on ceasefire". Only through "to"/"on" and an indefinite article: "has not
 * agreed to the deal" names a deal on the table.
 */
function refusedAgreement(words: readonly Word[], k: number): boolean {
  const sentence = words[k]?.sentence;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && REFUSED_AGREEMENT_LINKS.has(words[j]?.lower ?? '')) j--;
  const verb = words[j];
  if (j === k - 1 || !verb || verb.sentence !== sentence || !REFUSED_AGREEING_VERBS.has(verb.lower))
    return false;
  let before = words[j - 1]?.lower ?? '';
  if (AGREEING_NEGATION_FILLERS.has(before)) before = words[j - 2]?.lower === 'not' ? 'not' : '';
  if (AGREEING_NEGATIONS.has(before)) return true;
  return before === 'to' && AGREEING_FAILURE_VERBS.has(words[j - 2]?.lower ?? '');
}

/** How far before its description a noun phrase may name its parties ("the Russia-North Korea treaty"). */
const PARTY_REACH = 4;

/** The gap inside a hyphenated pair of sides ("India-Oman", "Kenya–UAE"). */
const HYPHEN_JOIN = /^[-–]$/;

/**
 * Where a noun phrase cut by PARTY_REACH inside its sides really begins: "the India-Oman Comprehensive Economic
 * Partnership Agreement", "the Turkey-United Arab Emirates Comprehensive ... Agreement" name both sides whole, so the
 * start moves back over a name it cuts and over the hyphen that joins it to the other side.
 */
function widenOverSides(state: ExtractState, start: number): number {
  const words = state.words;
  for (let step = 0; step < 3 && start > 0; step++) {
    const at = words[start]?.start ?? 0;
    const cut = state.mentions.find((m) => m.start < at && at < m.end);
    if (cut) start = wordIndexAt(words, cut.start);
    else if (HYPHEN_JOIN.test(words[start]?.gap ?? '')) start--;
    else break;
  }
  return start;
}

/**
 * Where the noun phrase ending in the description at `first` begins: at most PARTY_REACH words back, and after
 * its determiner or the verb before it, so the subject of "Armenia and Azerbaijan initialled a peace treaty" or
 * "Israel and Hamas agreed to a ceasefire" is not read as the agreement's only party.
 */
function nounPhraseStart(words: readonly Word[], first: number, posAt?: PosAt): number {
  let start = first;
  while (start > 0 && first - start < PARTY_REACH) {
    const previous = words[start - 1]?.lower ?? '';
    if (DETERMINERS.has(previous) || STOPS.has(previous)) break;
    // "India welcomes Israel-Hamas agreement": a verb ends the noun phrase; its subject is no side.
    if (words[start - 1]?.sentence === words[first]?.sentence && posAt?.(start - 1) === 'VERB') break;
    start--;
  }
  return start;
}

const TALK_OPENING_VERBS: ReadonlySet<string> = new Set([
  ...AGREEMENT_TO_OPEN_VERBS,
  ...AGREEMENT_TO_MEET_VERBS,
]);
const TALK_OBJECT_NOUNS: ReadonlySet<string> = new Set([...AGREEMENT_TALK_NOUNS, ...AGREEMENT_MEETING_NOUNS]);
const OBJECT_ENDS: ReadonlySet<string> = new Set(AGREEMENT_OBJECT_ENDS);
/** How many words after its verb an object's head may stand ("a joint press conference": four). */
const TALK_OBJECT_REACH = 5;

/** "agreement to discuss ...", "agreement to start (the) negotiations ...", "to hold a summit": an agreement to talk, after `k`. */
function agreementToTalk(words: readonly Word[], k: number): boolean {
  const at = lowerInSentence(words, words[k]?.sentence);
  if (at(k + 1) !== 'to') return false;
  const verb = at(k + 2);
  if (AGREEMENT_TO_TALK_VERBS.has(verb)) return true;
  if (!TALK_OPENING_VERBS.has(verb)) return false;
  // "to continue technical discussions in a future round", "to hold the U.S.-North Korea summit": the head of the
  // verb's object, past its determiner and modifiers, before a preposition or a comma ends the noun phrase.
  for (let i = k + 3; i <= k + 2 + TALK_OBJECT_REACH; i++) {
    const word = at(i);
    if (word === '' || /[,;:()"“”]/.test(words[i]?.gap ?? '')) return false;
    if (TALK_OBJECT_NOUNS.has(word)) return true;
    if (OBJECT_ENDS.has(word)) return false;
  }
  return false;
}

const PARTY_VERB_SET: ReadonlySet<string> = new Set(PARTY_VERB_WORDS);
/** How far before a noun phrase an act of agreeing governs it ("agreed on new patrolling arrangements"). */
const AGREED_REACH = 3;

/** Whether a signing or agreeing verb stands within AGREED_REACH words before `first`, in its sentence. */
function agreedJustBefore(words: readonly Word[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - AGREED_REACH); i--) {
    if (words[i]?.sentence !== words[first]?.sentence) return false;
    if (PARTY_VERB_SET.has(words[i]?.lower ?? '')) return true;
  }
  return false;
}

/** A Map, not the record: looked up for every word, and own keys only ("constructor" finds nothing). */
const AGREEMENT_KINDS = new Map(Object.entries(AGREEMENT_WORDS));

/** A title-case headline has at least this many words, this share of them capitalized. */
const TITLE_CASE_MIN_WORDS = 4;
const TITLE_CASE_SHARE = 0.85;

/**
 * "signed 11 agreements and memoranda", "Seven memorandums of understanding (MoUs) ... were signed": a plural kind
 * word counted exactly (and by nothing else) and signed in its clause is the set signed, one instrument.
 */
function signedSet(
  text: string,
  words: readonly Word[],
  first: number,
  k: number,
  sentenceEnd: number,
): boolean {
  const counted = (w: Word | undefined): boolean =>
    w !== undefined &&
    w.sentence === words[k]?.sentence &&
    (/^\d+$/.test(w.lower) || SIGNED_SET_COUNTS.has(w.lower));
  if (!words.slice(first, k).every(counted)) return false;
  let from = first;
  while (counted(words[from - 1])) from--;
  if (from === k || BOUND_COUNT_LEADS.has(words[from - 1]?.lower ?? '')) return false;
  const sentence = words[k]?.sentence;
  for (let j = from - 1; j >= from - 2; j--) {
    const before = words[j];
    if (!before || before.sentence !== sentence) break;
    if (SET_SIGNING.has(before.lower)) return words[j - 1]?.lower !== EARLIER_SIGNING_AUXILIARY;
  }
  return SIGNED_AFTER.test(text.slice(words[k]?.end ?? 0, sentenceEnd));
}

/** Whether the word before the kind word at k is a verb or an adverb of its clause, not a modifier of the kind. */
function notModifierBefore(
  text: string,
  sentence: Sentence,
  words: readonly Word[],
  k: number,
  posAt: PosAt,
): boolean {
  const before = words[k - 1];
  if (before === undefined || /-/.test(before.lower)) return false;
  if (neverTagged(text, sentence, before, NOT_MODIFIER_TAGS)) return false;
  if (!NOT_MODIFIER_TAGS.has(posAt(k - 1) ?? '')) return false;
  // "new patrolling arrangements": wink may tag "new" an adverb, but a word that opens a description is no adverb.
  return !/ing$/.test(before.lower) || (posAt(k - 2) === 'ADV' && !MODIFIERS.has(words[k - 2]?.lower ?? ''));
}

/** The tag of the word before words[d]: punctuation where d opens its clause. */
function tagBefore(opensClause: boolean, d: number, posAt: PosAt): string | undefined {
  return opensClause ? 'PUNCT' : posAt(d - 1);
}

/**
 * Whether words[d] stands inside the noun phrase opened at `first`: after a determiner within the description, or
 * after the one that opens it with only adjectives between ("an earlier loan agreement"); "the president broke
 * protocol" has a noun between.
 */
function insideNounPhrase(words: readonly Word[], first: number, d: number, posAt: PosAt): boolean {
  const opener = words[first - 1]?.lower ?? '';
  const between = words.slice(first, d);
  return (
    between.some((w, i) => DETERMINERS.has(w.lower) || posAt(first + i) === 'DET') ||
    ((DETERMINERS.has(opener) || MODIFIERS.has(opener)) &&
      between.every((w, i) => {
        const pos = posAt(first + i);
        return pos === 'ADJ' || pos === 'ADV' || pos === 'NUM';
      }))
  );
}

/**
 * Whether a known agreement's name is only the head of an organization's ("the Collective Security Treaty
 * Organization"): the bloc is named, not its founding treaty, which "Article 4 of the North Atlantic Treaty" names.
 */
function insideOrganizationName(
  words: readonly Word[],
  mentions: readonly EntityMention[],
  cover: Int32Array,
  match: KnownMatch,
): boolean {
  const mention = mentions[cover[match.first] ?? -1];
  return mention?.kind === 'org' && mention.end > (words[match.last]?.end ?? mention.end);
}

/** wink's facts of words[i], read in its sentence (text and start given). Factories of unnamed arrows, as above. */
type FactsAt = (i: number) => WordFacts | null | undefined;
function factsReader(
  facts: WordFactsOf | undefined,
  words: readonly Word[],
  sentenceText: string,
  sentenceStart: number,
): FactsAt {
  return (i) => facts?.(sentenceText, (words[i]?.start ?? 0) - sentenceStart);
}
function posReader(factsAt: FactsAt): PosAt {
  return (i) => factsAt(i)?.pos;
}
function negationReader(factsAt: FactsAt): (i: number) => boolean {
  return (i) => factsAt(i)?.negated ?? false;
}

/**
 * "a comprehensive peace agreement" between Armenia and Azerbaijan, "the 1950 Peace and Friendship treaty" with
 * Nepal: a known name of common words (written in lower case, or shared by several known agreements) is another
 * deal's when the article names none of the known one's sides. A name with a city ("the first Minsk agreement",
 * "the Arusha agreement") is left to the rules that choose among that city's agreements.
 */
function sidesUnnamed(match: KnownMatch, mentions: readonly EntityMention[], cover: Int32Array): boolean {
  const sides = match.agreement.parties;
  if (sides.length === 0) return false;
  for (let w = match.first; w <= match.last; w++) {
    const mention = mentions[cover[w] ?? -1];
    if (mention?.kind === 'place' || mention?.via === 'capital') return false;
  }
  return !mentions.some((m) => sides.includes(m.id));
}

/**
 * Reads every agreement mention; `facts` (wink-nlp's part of speech, when given) keeps verbs out of descriptions.
 */
export function readAgreementMentions(
  state: ExtractState,
  index: AgreementIndex,
  facts?: WordFactsOf,
  knownOrganizations?: ReadonlyMap<string, unknown>,
): RawAgreement[] {
  const { words, text, mentions, sentences } = state;
  const cover = coverWords(words, mentions);
  const out: RawAgreement[] = [];
  // "a Gaza ceasefire deal" in May 2024 is no agreement signed in January 2025: one made after the article was
  // written is not what its words name, but one sought then.
  const publishedAt = state.input.publishedAt ?? null;
  const allKnown = findKnownAgreements(words, index);
  let knownMatches = allKnown.filter(
    (m) =>
      !sentences[words[m.first]?.sentence ?? 0]?.ignored &&
      !describesAnother(m, allKnown) &&
      !(publishedAt !== null && m.agreement.signedOn !== null && m.agreement.signedOn > publishedAt) &&
      !insideOrganizationName(words, mentions, cover, m),
  );
  // Known agreements one of whose names the article writes in lower case, or shares with others, while naming none of
  // their sides: none of their names is taken as theirs in this article.
  const unsided = new Set(
    knownMatches
      .filter(
        (m) =>
          sidesUnnamed(m, mentions, cover) &&
          (words[m.first]?.cap === false ||
            sharedKnownName(text.slice(words[m.first]?.start, words[m.last]?.end), m.agreement, index)),
      )
      .map((m) => m.agreement),
  );
  // A lower-case one ("a comprehensive peace agreement") is read as a description instead.
  if (unsided.size > 0)
    knownMatches = knownMatches.filter((m) => !unsided.has(m.agreement) || words[m.first]?.cap !== false);
  const cues = articleCues(words);
  const articleDenies = (): boolean => (cues.any & DENYING_CUE) !== 0;
  /** Kind words of formal ceasefire names told with "the" ("the cessation of hostilities"). */
  const toldInForceAt = new Set<number>();
  let nextKnown = 0;
  for (let k = 0; k < words.length; k++) {
    const match = knownMatches[nextKnown];
    if (match && k >= match.first) {
      match.last = withTrailingKind(words, match.last);
      const mention = knownMention(state, match);
      // A capitalized name of such an agreement names the article's own deal, which its sides may still tie to
      // another known one (a distinctive name, "the Ilulissat Declaration", is that agreement wherever it is told).
      out.push(
        unsided.has(match.agreement)
          ? { ...mention, name: mention.surface, parties: [], known: null }
          : mention,
      );
      nextKnown++;
      k = match.last;
      continue;
    }
    // Only a kind word starts a mention: the others are skipped by their cue bits, their words left unread.
    if (!((cues.at[k] ?? 0) & KIND_CUE)) continue;
    const word = words[k];
    const kind = word && AGREEMENT_KINDS.get(word.lower);
    if (!word || !kind || sentences[word.sentence]?.ignored || cover[k] !== -1) continue;
    const previous = words[k - 1]?.lower ?? '';
    const needs = Object.hasOwn(AGREEMENT_NEEDS_BEFORE, word.lower)
      ? AGREEMENT_NEEDS_BEFORE[word.lower]
      : undefined;
    // A headline's words are no name or description: "Lawmakers Ratify Partnership Treaty".
    const sentenceText = text.slice(sentences[word.sentence]?.start ?? 0, sentences[word.sentence]?.end ?? 0);
    const headline =
      (word.sentence === 0 && state.title !== null && sentenceText === state.title) ||
      titleCaseLine(sentences, word.sentence, sentenceText);
    let named = headline
      ? null
      : word.cap
        ? namedSpan(words, k, cover)
        : (capitalizedPrefix(words, k, cover) ?? placeNamed(words, k, cover, mentions));
    // "Memorandum of Understanding between the Ministry of ... of Tajikistan and ... on cooperation in ...": a formal
    // title names one instrument of a list, through its parties and subject.
    const formalEnd = word.cap && !headline ? formalTitleEnd(state, named?.[1] ?? k, facts) : -1;
    if (formalEnd !== -1) named = [named?.[0] ?? k, formalEnd];
    // "the ASEAN-India Strategic Partnership", "the Eastern Partnership program": a relationship's proper name is no
    // document (the data know the partnerships that are: "Trans-Pacific Partnership").
    if (named && RELATIONSHIP_KIND_WORDS.has(word.lower)) {
      k = Math.max(k, named[1]);
      continue;
    }
    // "the MEA statement", "FO statement said": a lower-case kind word that needs a word before it is not named by the
    // capitals of whoever issued it.
    if (needs && named && !word.cap && !needs.includes(previous)) named = null;
    const complement = Object.hasOwn(AGREEMENT_COMPLEMENTS_AFTER, word.lower)
      ? AGREEMENT_COMPLEMENTS_AFTER[word.lower]
      : undefined;
    const complemented =
      complement !== undefined &&
      text.slice(word.end, word.end + complement.length).toLowerCase() === complement;
    // "an Israeli proposal": its author says which offer it is, as "peace" says what it is about.
    const authored =
      needs !== undefined && !named && !needs.includes(previous) && AGREEMENT_AUTHORED_KINDS.has(word.lower)
        ? authoredBy(words, k, cover, mentions)
        : null;
    if (needs && !named && !needs.includes(previous) && !complemented && !authored) continue;
    // "a cessation of hostilities agreement": the kind word after the complement names the deal, the compound before
    // it only describes it.
    if (complemented && AGREEMENT_KINDS.has(words[k + complementWordCount(complement) + 1]?.lower ?? ''))
      continue;
    if (AGREEMENT_KIND_ACRONYMS.has(word.lower)) {
      const following = words[k + 1];
      if (following?.gap === ' ' && AGREEMENT_KINDS.has(following.lower)) continue;
      if (previous === 'understanding') continue;
    }
    // "ceasefire agreement": the agreement word names it; "urged a ceasefire": none was made.
    if (AGREEMENT_NEEDS_ACT.has(word.lower)) {
      const following = words[k + 1];
      if (following?.gap === ' ' && Object.hasOwn(AGREEMENT_WORDS, following.lower)) continue;
      // "consolidate the cessation of hostilities", "the recently declared cessation of hostilities": the formal name
      // after "the" tells one in force; "urged a cessation", "the implementation of a permanent cessation" a goal.
      if (complemented ? !definitePhrase(words, k) : !governedByAct(text, words, k, DETERMINERS)) continue;
      if (complemented) toldInForceAt.add(k);
    }
    if (NOT_AFTER_TO.has(word.lower) && previous === 'to') continue;
    // "as we deal with the challenges", "will strictly deal with it": wink's verb tag, asked only before its preposition.
    if (
      facts &&
      Object.hasOwn(KINDS_VERBAL_BEFORE, word.lower) &&
      words[k + 1]?.lower === KINDS_VERBAL_BEFORE[word.lower] &&
      facts(sentenceText, word.start - (sentences[word.sentence]?.start ?? 0))?.pos === 'VERB'
    )
      continue;
    // "ended without a joint declaration", "no deal": an agreement that does not exist.
    const lead = words.slice(Math.max(0, k - 3), k).map((w) => w.lower);
    if (lead.some((w) => ABSENT_LEADS.has(w))) continue;
    if (refusedAgreement(words, k) || failedMaking(words, k) || askedMaking(words, k)) continue;
    if (!named && deniedReport(words, k)) continue;
    // "denied a ceasefire agreement with Hamas", "deny agreeing to ceasefire": a deal the speaker says nobody made.
    const sentenceStart = sentences[word.sentence]?.start ?? 0;
    const factsAt = factsReader(facts, words, sentenceText, sentenceStart);
    const posAt = posReader(factsAt);
    if (deniedAgreement(words, k, posAt)) continue;
    // "No one was going to agree on a ceasefire", "could not sign a similar agreement": a deal nobody makes.
    const negatedAt = negationReader(factsAt);
    if (!named && negatedMaking(words, k, negatedAt)) continue;
    // "any agreement which does not include ...": a condition, not an instrument ("any of the agreements" is one).
    if (lead.some((w, i) => HYPOTHETICAL_AGREEMENT_DETERMINERS.has(w) && lead[i + 1] !== 'of')) continue;
    // "reached agreement on the text": the act of agreeing, not an instrument.
    if (word.lower === 'agreement' && AGREEING.has(previous)) continue;
    // "welcomed the agreement on the text": consent to a draft, not a second instrument.
    if (
      word.lower === 'agreement' &&
      /^ on the (?:text|wording|draft)\b/.test(text.slice(word.end, word.end + 20))
    )
      continue;
    if (word.lower === 'deal' && PRAISE.has(previous)) continue;
    // "their agreement to the deal", "a provisional agreement on another ceasefire deal": consent to an instrument
    // the article names by its own kind word, not a second one.
    if (!named && word.lower === 'agreement' && consentTo(words, k)) continue;
    const sentence = sentences[word.sentence] as Sentence;
    let first = headline ? k : descriptorStart(words, k, cover);
    if (!named && (askedForOnly(words, first) || soughtToMake(words, first, posAt))) continue;
    if (!named && reportedOnly(words, first, articleDenies)) continue;
    // "drafts of a possible deal", "talk of an imminent deal": a deal nobody has made yet.
    if (!named && hedgedAgreement(words, first, k)) continue;
    // "rejected a partial arrangement", "he rules out a truce": turned down before anyone made it.
    if (!named && refusedBeforeMade(words, first)) continue;
    // "the unilateral cessation of hostilities declaration by the government": one side's act, agreed with nobody.
    if (!named && words.slice(first, k).some((w) => ONE_SIDED_MODIFIERS.has(w.lower))) continue;
    // "the progress of implementing agreements", "ministers reviewed agreements": a gerund after a preposition or a
    // past-tense verb governs the kind word; "new patrolling arrangements" (after an adjective) describes it.
    if (facts && first < k) {
      for (let d = k - 1; d >= first; d--) {
        const lower = words[d]?.lower ?? '';
        // Any verb form governs, irregular ones too ("broke protocol", "forgot protocol"), and so does a preposition
        // ("against protocol"), while no determiner opens the noun phrase before it ("an earlier loan agreement":
        // "loan" is inside it); a gerund only after a preposition or opening its clause (", breaking protocol").
        // "cessation of hostilities": the compound's "of" is inside the description.
        if (ofCompoundAt(words, d)) continue;
        // Only a verb or a preposition governs: a word the model never tags so ("cooperation") asks no tagging.
        if (neverTagged(text, sentence, words[d] as Word, GOVERNING_TAGS)) continue;
        // Tags are read lazily, the cheap tests first: asking one tags the whole sentence.
        const ing = /ing$/.test(lower);
        const ed = /ed$/.test(lower);
        const opensClause =
          d === 0 ||
          words[d - 1]?.sentence !== words[d]?.sentence ||
          (/\S/.test(words[d]?.gap ?? '') && !HYPHENS.has(words[d]?.gap ?? ''));
        // Module functions, not closures: this loop runs for every word of a description. Tags are still asked
        // lazily, only where the tests before them pass.
        const governs =
          ((ing ? tagBefore(opensClause, d, posAt) === 'ADP' : ed) && posAt(d) === 'VERB') ||
          // "cease-fire": a word joined by a hyphen is part of a compound, not a verb before the phrase.
          (words[d + 1]?.gap === ' ' &&
            !HYPHENS.has(words[d]?.gap ?? '') &&
            !/-/.test(lower) &&
            !insideNounPhrase(words, first, d, posAt) &&
            (posAt(d) === 'ADP' ||
              (posAt(d) === 'VERB' && (ing ? tagBefore(opensClause, d, posAt) === 'PUNCT' : !ed))));
        if (governs) {
          first = d + 1;
          break;
        }
      }
    }
    // "any party which violates agreements", "a situation where agreements reached ... are not put into practice",
    // "by strictly observing agreements": a plural right after a verb or an adverb is described by nothing, so it
    // is the class of instruments, read as a bare plural below. A gerund is a verb only after an adverb: "joint
    // patrolling arrangements" are described by it. The tagger is asked only where a description was read.
    if (
      facts &&
      first < k &&
      !named &&
      pluralKind(word.lower) &&
      notModifierBefore(text, sentence, words, k, posAt)
    )
      first = k;
    const descriptorWords = words.slice(first, k).map((w) => w.text);
    // "a mutually satisfactory agreement", "concrete agreement on all of these issues": agreeing, no instrument.
    if (
      !named &&
      word.lower === 'agreement' &&
      words.slice(first, k).some((w) => AGREEMENT_AS_CONSENSUS.has(w.lower))
    )
      continue;
    // "an agreement to discuss light water reactors", "an agreement to start negotiations": agreeing to talk.
    if (!named && word.lower === 'agreement' && agreementToTalk(words, k)) continue;
    // "a certain agreement was reached", "a very serious agreement on all these issues", "the necessary arrangements":
    // described only by how firm or how much, with adverbs and counts, it is agreeing or a tally, no instrument.
    if (
      !named &&
      descriptorWords.length > 0 &&
      words.slice(first, k).some((w) => AGREEMENT_VAGUE_MODIFIERS.has(w.lower)) &&
      words
        .slice(first, k)
        .every(
          (w, i) =>
            AGREEMENT_VAGUE_MODIFIERS.has(w.lower) ||
            AGREEMENT_COUNT_WORDS.has(w.lower) ||
            /^\d+$/.test(w.lower) ||
            (facts !== undefined &&
              facts(sentenceText, (words[first + i]?.start ?? 0) - sentence.start)?.pos === 'ADV'),
        )
    )
      continue;
    let surfaceStart = first;
    while (
      surfaceStart > 0 &&
      words[surfaceStart]?.gap === ' ' &&
      MODIFIERS.has(words[surfaceStart - 1]?.lower ?? '')
    )
      surfaceStart--;
    // "a ceasefire to end the fighting", "a truce in Gaza": a purpose or a place, not what it is about.
    const fieldIn = facts !== undefined && opensField(words, k + 1, text, sentence, facts);
    // "a plan of action on trade": the complement is part of the kind, the topic follows it.
    const kindEnd = complemented ? k + (complement?.trim().split(' ').length ?? 0) : k;
    const tail =
      named || headline || AGREEMENT_NEEDS_ACT.has(word.lower)
        ? null
        : topicAfter(
            text,
            words,
            kindEnd,
            sentence.end,
            fieldIn,
            facts && posAt,
            (from: number, to: number) => anyCountryIn(state, words[from]?.start ?? 0, words[to]?.end ?? 0),
          );
    const topic = complemented
      ? [complement?.trim() ?? '', tail ?? ''].filter((p) => p !== '').join(' ')
      : (tail ??
        (!named && facts && introducedAsAnother(words, surfaceStart, k)
          ? contentClause(text, words, k, posAt)
          : null));
    const titleTopic = named && !headline ? kindOnlyTitleTopic(state, named, sentence, facts && posAt) : null;
    const relationship = RELATIONSHIP_KIND_WORDS.has(word.lower) && !named;
    // "partnership treaty": the partnership is the treaty's description, read with the treaty.
    const nextWord = words[k + 1];
    if (relationship && nextWord?.gap === ' ' && AGREEMENT_KINDS.has(nextWord.lower)) continue;
    // A bare "partnership" or "protocol" is too vague to be an agreement.
    const selfDescribing = AGREEMENT_SELF_DESCRIBING.has(word.lower);
    if (kind === 'other' && !named && descriptorWords.length === 0 && !needs && !selfDescribing) continue;
    // Plural kind words ("similar arrangements") name no single agreement unless described or named.
    // Nor do they when described only by the level they were made at ("intergovernmental agreements").
    // "these agreements", "the pacts" point back at the agreements in view, as "the agreement" does.
    const plural = pluralKind(word.lower);
    let counted = false;
    const pointsBack = descriptorWords.length === 0 && REFERRING.has(previous);
    // A plural with a subject ("memoranda on hydropower") is described, unless it is a collection's ("a series of
    // agreements on energy, shipping and ...") or a purpose ("agreements to strengthen trade").
    const collection = previous === 'of' && AGREEMENT_COLLECTIONS.has(words[k - 2]?.lower ?? '');
    if (plural && !named && collection) continue;
    // "memoranda on trade, energy and education": one memorandum per listed subject, with the sentence's parties.
    const listed =
      plural && !named && !headline
        ? listedSubjects(
            text,
            words,
            k,
            sentence.end,
            facts ? { of: facts, text: sentenceText, start: sentence.start } : undefined,
          )
        : null;
    const subject =
      listed !== null ||
      (topic !== null && (words[k + 1]?.lower === 'on' || fieldIn || /^of understanding on /.test(topic)));
    // "establishes security arrangements": provisions of a deal, not one of its own.
    if (plural && !named && !subject && PROVISION_PLURALS.has(word.lower) && !agreedJustBefore(words, first))
      continue;
    if (
      plural &&
      !named &&
      !pointsBack &&
      !subject &&
      descriptorWords.every(
        (w) =>
          AGREEMENT_LEVEL_WORDS.has(w.toLowerCase()) ||
          AGREEMENT_COUNT_WORDS.has(w.toLowerCase()) ||
          /^\d+$/.test(w),
      )
    ) {
      if (!signedSet(text, words, first, k, sentence.end)) continue;
      counted = true;
    }
    // "all agreements reached by both governments", "too many agreements", "prior agreements", "potential broader
    // diplomatic deals": a quantifier opens the plural, with only adjectives after it, so it names the class of
    // instruments, not one; a set the sentence says was signed ("all agreements were signed on Monday") stays.
    if (plural && !named && !subject && !pointsBack && facts) {
      // "too many agreements": the quantifier may stand before a count word that ends the determiners.
      let before = first - 1;
      while (before > first - 3 && AGREEMENT_LEVEL_WORDS.has(words[before]?.lower ?? '')) before--;
      const opener = CLASS_QUANTIFIERS.has(words[before]?.lower ?? '') ? before : first;
      if (
        opener < k &&
        CLASS_QUANTIFIERS.has(words[opener]?.lower ?? '') &&
        words[opener]?.sentence === word.sentence &&
        words
          .slice(opener + 1, k)
          .every(
            (w, i) =>
              AGREEMENT_LEVEL_WORDS.has(w.lower) || ['ADJ', 'ADV'].includes(posAt(opener + 1 + i) ?? ''),
          ) &&
        !SIGNED_AFTER.test(text.slice(word.end, sentence.end))
      )
        continue;
    }
    // "Several ceasefire agreements brokered by ... have failed": a tally of earlier truces. One that goes on to
    // name its members ("previous truce deals, including the 2008 Doha peace agreement") is left as it was.
    if (
      plural &&
      !/^,? (?:including|such as)\b/.test(text.slice(word.end, word.end + 12)) &&
      !named &&
      !subject &&
      descriptorWords.length > 0 &&
      descriptorWords.every(
        (w) => CEASEFIRE_NAME_WORDS.has(w.toLowerCase()) || TALLY_WORDS.has(w.toLowerCase()),
      ) &&
      [words[first - 1], words[first - 2], ...words.slice(first, k)].some(
        (w) => w?.sentence === word.sentence && TALLY_WORDS.has(w.lower),
      )
    )
      continue;
    // "is not a political deal but a binding international treaty", "a recognized international agreement": the
    // class of the instrument in view, not another (a past participle read as a verb may have cut the phrase short).
    if (!plural && !named && !subject && descriptorWords.some((w) => w.toLowerCase() === 'international')) {
      let open = first - 1;
      while (open > 0 && AGREEMENT_CLASS_WORDS.has(words[open]?.lower ?? '')) open--;
      if (
        INDEFINITE_ARTICLES.has(words[open]?.lower ?? '') &&
        descriptorWords.every((w) => AGREEMENT_CLASS_WORDS.has(w.toLowerCase()))
      )
        continue;
    }
    const parties = new Set<string>();
    // "<kind> with X", "between X and Y": explicit parties.
    const withEnd = Math.min(sentence.end, word.end + 60);
    const withMatch = /^ (?:with|between) /.exec(text.slice(word.end, withEnd));
    // The phrase ends at its clause's first comma: "a ceasefire between Israel and Hamas will ..., Qatar says" has
    // Qatar as the sayer, not a side.
    const phraseEnd = word.end + (/[,;(]/.exec(text.slice(word.end, withEnd))?.index ?? withEnd - word.end);
    // "signed a peace agreement with rebel factions in Ethiopia": the host is where, not with whom. Not after
    // "between": "a ceasefire between rival forces in Mali" is Mali's own.
    if (withMatch)
      for (const id of countriesIn(state, word.end, phraseEnd, withMatch[0] === ' with ').slice(0, 2))
        parties.add(id);
    if (formalEnd !== -1)
      for (const id of countriesIn(state, word.end, words[formalEnd]?.end ?? 0)) parties.add(id);
    // "the ceasefire between Israel and Hamas": a movement or bloc in the phrase is the other side.
    if (withMatch && parties.size < 2) addBodySides(state, parties, word.end, phraseEnd, knownOrganizations);
    // "agreements on greater economic cooperation with Ethiopia": a "with" that closes the topic names a side too.
    const topicEnd =
      topic !== null && text.startsWith(topic, word.end + 1) ? word.end + 1 + topic.length : -1;
    const topicWith = !withMatch && topicEnd !== -1 && text.startsWith(' with ', topicEnd);
    if (topicWith) {
      const clauseEnd = sidesClauseEnd(text, topicEnd, sentence.end);
      for (const id of countriesIn(state, topicEnd, clauseEnd).slice(0, 2)) parties.add(id);
    }
    // "the peace agreement signed between the Ethiopian government and TPLF", "a deal was reached between the
    // Yemeni government and the Houthis": a participle between the deal and its sides.
    if (!withMatch && !topicWith && parties.size === 0) {
      const phraseLast = topicEnd === -1 ? k : wordIndexAt(words, topicEnd - 1);
      const sidesAt = participleSidesAt(words, phraseLast);
      const from = words[sidesAt]?.start;
      if (from !== undefined) {
        const sidesEnd = sidesClauseEnd(text, from, sentence.end);
        // "a truce agreed by the warring parties in northern Yemen": the agents' setting is no side. Not after
        // "between", as above.
        const agents = words[sidesAt - 1]?.lower === 'by';
        for (const id of countriesIn(state, from, sidesEnd, agents).slice(0, 2)) parties.add(id);
        addBodySides(state, parties, from, sidesEnd, knownOrganizations);
      }
    }
    // "the Russia-North Korea treaty", "a U.S.-Japan space cooperation agreement": countries in the noun phrase.
    // Only a verb ends the noun phrase: a word the model never tags so ("strategic") asks no tagging.
    const phraseStart = nounPhraseStart(
      words,
      first,
      facts &&
        ((i: number) =>
          neverTagged(text, sentence, words[i] as Word, VERB_TAGS) ||
          neverTaggedJoined(text, sentence, words[i] as Word, VERB_TAGS)
            ? undefined
            : facts(sentenceText, (words[i]?.start ?? 0) - sentence.start)?.pos),
    );
    const npStart =
      words[first - phraseStart < PARTY_REACH ? phraseStart : widenOverSides(state, phraseStart)]?.start ?? 0;
    const surfaceAt = words[surfaceStart]?.start ?? word.start;
    // "the Saudi-Iranian deal", "the Israel-Hamas ceasefire": the sides as the article writes them, before it.
    let partyPhrase: string | null = null;
    if (!/[,.;]/.test(text.slice(npStart, word.start))) {
      for (const id of countriesIn(state, npStart, word.start)) parties.add(id);
      const sides = startingIn(state.mentions, npStart, surfaceAt).filter(
        (m) => m.end <= surfaceAt && isPartyMention(state, m, knownOrganizations) && !brokerOnly(text, m),
      );
      for (const m of sides) if (m.kind === 'org' && parties.size < 2) parties.add(m.id);
      // Only sides and their joiners before it: "Russia suspends grain deal" is a clause, not a noun phrase.
      const sidesAt = sides[0]?.start ?? surfaceAt;
      if (
        sides.length > 0 &&
        !/[\p{L}-]/u.test(text[sidesAt - 1] ?? '') &&
        !/\b(?!and\b)\p{Ll}/u.test(text.slice(sidesAt, surfaceAt).replace(/['’]s\b/g, ''))
      )
        partyPhrase = text.slice(sidesAt, word.end);
    }
    // Not after "between": both sides stand in the phrase, one of them maybe no country ("between Israel and Hamas").
    if (parties.size === 1 && (withMatch?.[0] === ' with ' || topicWith)) {
      // "X's new treaty with Y" or "X says new treaty with Y": the country before it is the other party, the nearest
      // one in its clause ("Netanyahu thanked the United States ... but noted that Israel retains ... the ceasefire
      // agreement with Hezbollah"), not one set off by dashes ("Israel - at Egypt's request - negotiated ...").
      const owner = ownerBefore(state, sentence.start, word.start, parties);
      if (owner) parties.add(owner);
    }
    // "a ceasefire proposal ... the new Egyptian-Qatari proposal": an authored offer that says no more is the one before.
    // Not a named one, nor one of other sides ("the Arab Peace Initiative ... the latest French proposal").
    if (
      authored &&
      topic === null &&
      out.some(
        (r) =>
          OFFER_KIND_WORDS.has(words[r.word]?.lower ?? '') &&
          r.name === null &&
          // "Saudis Call on Israel to Accept Arab Peace Initiative": a title-case headline's name is no unnamed offer.
          !words[r.word]?.cap &&
          (r.parties.length === 0 || r.parties.includes(authored)),
      )
    )
      continue;
    const descriptorText = [descriptorWords.join(' '), word.text, topic ?? '']
      .filter((p) => p !== '')
      .join(' ');
    // "a ceasefire" says what it is about by its kind word alone.
    const hasDescriptor =
      descriptorWords.length > 0 ||
      topic !== null ||
      AGREEMENT_NEEDS_ACT.has(word.lower) ||
      selfDescribing ||
      authored !== null;
    const raw: RawAgreement = {
      start: words[surfaceStart]?.start ?? word.start,
      end:
        formalEnd !== -1
          ? (words[formalEnd]?.end ?? word.end)
          : titleTopic
            ? titleTopic.end
            : topic
              ? word.end + 1 + topic.length
              : word.end,
      sentence: word.sentence,
      word: k,
      kind: kind === 'other' && !named && !needs && !selfDescribing ? null : kind,
      name: named
        ? text
            .slice(words[named[0]]?.start ?? 0, words[named[1]]?.end ?? 0)
            .replace(/^The /, '')
            .concat(titleTopic ? ` ${titleTopic.topic}` : '')
        : null,
      descriptor: hasDescriptor ? descriptorText : null,
      relationship,
      definite: REFERRING.has(words[surfaceStart - 1]?.lower ?? ''),
      another: introducedAsAnother(words, surfaceStart, k),
      headline,
      predicate: !named && isComplement(text, sentences, words, surfaceStart, facts && posAt),
      surface: text.slice(words[surfaceStart]?.start ?? word.start, word.end),
      partyPhrase,
      parties: [...parties],
      known: null,
      ...(counted ? { counted } : {}),
    };
    if (listed) {
      const singular = singularKind(word);
      for (const item of listed)
        out.push({
          ...raw,
          start: item.start,
          end: item.start + item.subject.length,
          descriptor: `${singular} on ${item.subject}`,
          definite: false,
          listed: true,
        });
    } else {
      // "an agreement on shipping and another on hydrography": two instruments of one kind word.
      const pair = plural ? null : elidedPair(text, raw, word.lower, sentence.end);
      out.push(...(pair ?? [raw]));
    }
    // Its parties' and subject's words are the title's: "the 'Work and Holiday' visa arrangement" is no second one.
    if (formalEnd > k) k = formalEnd;
    // "the Declaration of Principles Agreement": a kind word inside the name is the same instrument's.
    else if (named && named[1] > k) k = named[1];
  }
  // "a new truce accord ... the cessation of hostilities": told with "the", the formal name refers back to a deal the
  // article names or describes otherwise (a bare "the agreement" is no such deal); it is a deal of its own only where
  // the article has no other.
  const namedOtherwise = (m: RawAgreement): boolean =>
    !toldInForceAt.has(m.word) &&
    (m.name !== null || m.descriptor !== null || m.parties.length > 0 || m.known !== null);
  if (toldInForceAt.size > 0 && out.some(namedOtherwise))
    return out.filter((m) => !toldInForceAt.has(m.word));
  return out;
}
