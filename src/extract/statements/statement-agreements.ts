// Which agreements a statement is about beyond those its own words name: ones named in its sentence, ones its
// sentence points back at ("the deal", "this treaty", "according to the statement"), the lead's one for a reaction.

import {
  ABSENT_AGREEMENT_CUES,
  AGREEING_COMPLEMENT_OPENERS,
  AGREEING_LINK_WORDS,
  AGREEING_SIDES,
  AGREEING_SIDE_PRONOUNS,
  SIDES_CLAUSE_JOINERS,
  SIDES_FIRST_PREDICATE_MAX_WORDS,
  FURTHER_TALKS_NOUNS,
  GOAL_LINK_PREPOSITIONS,
  GOAL_PREPOSITIONS,
  AGREED_CONTENTS,
  NOT_YET_DETERMINERS,
  NOT_YET_MAX_MODIFIERS,
  BROKER_PARTICIPLES,
  ONE_SIDED_MODIFIERS,
  KEEPING_LINK_WORDS,
  KEEPING_VERBS,
  KEPT_CONTENT_COMPLEMENTS,
  ACT_BEFORE_OF,
  AGREEMENT_SET_OPENERS,
  AGREEMENT_BACK_REFERENCE_NOUNS,
  ANAPHOR_JUDGING_VERBS,
  ANAPHOR_TOPIC_MAX_AT,
  ANAPHOR_TOPIC_NOUNS,
  ANAPHORIC_OPENERS,
  BACK_REFERENCE_DETERMINERS,
  BACK_REFERENCE_MAX_MODIFIERS,
  CALLING_FOR_VERBS,
  CEASEFIRE_NAME_WORDS,
  CONSEQUENCE_ASKING_WORDS,
  CONSEQUENCE_DEMAND_MAX_AFTER,
  CONSEQUENCE_DEMAND_WORDS,
  CONSEQUENCE_DETERMINERS,
  CONSEQUENCE_NOUNS,
  CONSEQUENCE_OTHER_COMPLEMENTS,
  CONTINUATION_POINTER_MAX_AT,
  CONTINUATION_POINTERS,
  DEAL_ACT_VERBS,
  DESCRIBING_IT_VERBS,
  DAY_POSSESSIVE_DETERMINERS,
  DECLARATION_INSTRUMENT_NOUNS,
  DEFINITE_DETERMINERS,
  DEFINITE_ONLY_BACK_REFERENCES,
  DESCRIBED_NEWS_NOUNS,
  DESCRIBING_VERBS,
  EARLIER_OCCASION_VERBS,
  EXTRAPOSED_CLAUSE_MAX_DISTANCE,
  EXTRAPOSED_CLAUSE_OPENERS,
  EXTRAPOSING_VERBS,
  INDEFINITE_ARTICLES,
  INFINITIVE_SUBJECT_MARKERS,
  INFINITIVE_SUBJECT_MAX_WORDS,
  NAMED_ONLY_BACK_REFERENCES,
  NEWS_REACTION_DETERMINERS,
  NEWS_REACTION_MAX_MODIFIERS,
  NEWS_SEQUENCE_MODIFIERS,
  NEWS_COMPOUND_HEADS,
  NEWS_REACTION_NOUNS,
  NEWS_ANNOUNCEMENT_NOUNS,
  ANNOUNCED_OBJECT_OPENER,
  NEWS_DEVELOPMENT_DETERMINERS,
  COORDINATING_JOINERS,
  NEWS_DEVELOPMENT_NOUNS,
  DEVELOPMENT_CONTINUATIONS,
  OWN_HEAD_BACK_REFERENCES,
  OWN_NAME_BACK_REFERENCES,
  OWN_TOPIC_PREPOSITIONS,
  SOLE_AGREEMENT_OWN_NAME_REFERENCES,
  OPPORTUNITY_MAX_MODIFIERS,
  OPPORTUNITY_NOUNS,
  OPPORTUNITY_SEIZING_VERBS,
  OTHER_AGREEMENT_MODIFIERS,
  PART_BEFORE_OF,
  PART_NUMBERS,
  PART_ORDINALS,
  PLURAL_AGREEMENT_DETERMINERS,
  PLURAL_AGREEMENT_NOUNS,
  QUANTITY_BEFORE_OF,
  RELATIONS_TOPIC_WORDS,
  RELATIONSHIP_BACK_REFERENCES,
  RELATIONSHIP_COMPLEMENT_WORDS,
  REPORTED_ANAPHORIC_OPENERS,
  TOPIC_ONLY_VERBS,
  SAME_SPEAKER_BACK_POINTERS,
  TURNING_CONJUNCTIONS,
  SEEKING_VERB_OPENERS,
  SEEKING_VERBS,
  SIDES_FUTURE_LINK_WORDS,
  SIDES_FUTURE_MODALS,
  SOUGHT_SCOPE_WORDS,
  MADE_BEFORE_GOAL_LINK,
  SELF_REFERENCE_ADVERBS,
  SELF_REFERENCE_MODALS,
  SELF_REFERENCE_PASSIVE,
  UNMODIFIED_BACK_REFERENCES,
  GRASP_COMPLEMENT_WORDS,
  GOAL_INFINITIVE_MARKERS,
  GOAL_ONLY_VERBS,
} from '../lexicon/agreement-reference-words.ts';
import type { AgreementItem } from '../../domain/extraction-result.ts';
import { askedForOnly } from '../agreements/agreement-mentions.ts';
import { earlierOccasionBetween } from './earlier-occasion.ts';
import { nameWords } from './agreement-name-words.ts';
import { ownHeadAgreement, ownHeadReferenceAt } from './own-head-references.ts';
import { replacementMentionAgreement } from '../agreements/replaced-agreements.ts';
import { GOAL_SCOPE_WORDS } from '../lexicon/agreement-act-words.ts';
import { RELATIONSHIP_KIND_WORDS } from '../lexicon/event-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { leadEnd } from '../text/segment-text.ts';
import { ownWordsAgreements } from './own-words-agreements.ts';
import { quotesOwnWords } from './statement-context.ts';
import type { ExtractState, Range, Sentence, StatementLike } from '../types.ts';

/** A Map, not the record: looked up for every word in a statement's sentences, own keys only. */
const BACK_REFERENCE_KINDS = new Map(Object.entries(AGREEMENT_BACK_REFERENCE_NOUNS));

/** A regex alternation matching any of `words` as whole words; a trailing * stands for any word ending. */
export function wordsPattern(words: readonly string[]): string {
  return words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? c : `\\${c}`)).replace(/\*$/, '\\w*'))
    .join('|');
}

/** The nouns a reaction calls the news by ("move", "decision"; "announcement" with no object after it). */
const NEWS_NOUNS = `(?:(?:${wordsPattern(NEWS_REACTION_NOUNS)})\\b|(?:${wordsPattern(NEWS_ANNOUNCEMENT_NOUNS)})\\b(?! ${ANNOUNCED_OBJECT_OPENER}\\b))`;

/** The words, and each with its first letter capitalized, for a pattern that matches case-sensitively. */
function sentenceCase(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
}

/**
 * "called the move ...", "regretted the decision", "the suspension was ...", "welcomed the announcement and said": a
 * reaction to the article's news; not "the announcement of a truce by the coalition", which names its own news. Judged
 * too ("this positive step", "the most significant step"): lower-case modifiers only (case-sensitive: "the Bangladeshi
 * news report" is a source, not the news), and not one that makes it what comes after ("the next step"); nor the noun
 * as a modifier itself ("the state news agency").
 */
const NEWS_REFERENCES = new RegExp(
  `\\b(?:${wordsPattern(sentenceCase(NEWS_REACTION_DETERMINERS))}) (?:(?!(?:${wordsPattern(NEWS_SEQUENCE_MODIFIERS)}) )[a-z][a-z-]* ){0,${NEWS_REACTION_MAX_MODIFIERS}}${NEWS_NOUNS}(?! (?:${wordsPattern(NEWS_COMPOUND_HEADS)})\\b)`,
  'g',
);

/**
 * "Ethiopia's move is a naked aggression", "Beijing's announcement is a positive step": the news named by whose act it
 * was, a capitalized name's possessive standing where "the" would (case-sensitive: not "the people's decision").
 */
const NAMED_NEWS_REFERENCES = new RegExp(`(?<!\\p{L})\\p{Lu}[\\p{L}-]*['’]s ${NEWS_NOUNS}`, 'gu');

/**
 * "called the development a “positive step”", "welcomed this positive development": the news judged as an event, like
 * "the move"; not "the development of trade" or "the development and enlargement of ties", nor "the union and
 * development", a second noun joined on (case-sensitive, as above).
 */
const DEVELOPMENT_REFERENCES = new RegExp(
  `\\b(?:${wordsPattern(sentenceCase(NEWS_DEVELOPMENT_DETERMINERS))}) (?:(?!(?:${wordsPattern(COORDINATING_JOINERS)}) )[a-z][a-z-]* ){0,${NEWS_REACTION_MAX_MODIFIERS}}(?:${wordsPattern(NEWS_DEVELOPMENT_NOUNS)})\\b(?! (?:${wordsPattern(DEVELOPMENT_CONTINUATIONS)})\\b)`,
  'g',
);

/** "to seize the historic opportunity", "seize this unique opportunity": the agreement the lead reports, taken up. */
const SEIZED_OPPORTUNITY = new RegExp(
  `\\b(?:${wordsPattern(OPPORTUNITY_SEIZING_VERBS)}) (?:${wordsPattern([...BACK_REFERENCE_DETERMINERS])}) (?:[\\w-]+ ){0,${OPPORTUNITY_MAX_MODIFIERS}}(?:${wordsPattern(OPPORTUNITY_NOUNS)})\\b`,
  'i',
);

/**
 * "implement its provisions", "respect what they have signed", "implement, without delay, the relevant measures
 * adopted": keeping the agreement in view, unnamed; not "the terms of trade", "obligations under international law".
 */
const KEEPING_AGREED = new RegExp(
  `\\b(?:${wordsPattern(KEEPING_VERBS)}),? (?:(?:${wordsPattern(KEEPING_LINK_WORDS)}),? )?(?:${wordsPattern(AGREED_CONTENTS)})\\b(?! (?:${wordsPattern(KEPT_CONTENT_COMPLEMENTS)})\\b)`,
  'i',
);

/**
 * "Why wouldn't they ratify it?", "they violated it within hours", "described it as “a historic day”": the agreement
 * in view, named sentences before, as the pronoun object of an act done only to an agreement or of a verb judging it by
 * the quote after; not "sign it into law".
 */
const DEAL_AS_IT = new RegExp(
  `\\b(?:(?:${wordsPattern(DEAL_ACT_VERBS)}) it\\b(?! into\\b)|(?:${wordsPattern(DESCRIBING_IT_VERBS)}) it,? (?:as )?["“])`,
  'gi',
);

/** The sides' phrases ("the two sides", "they") as word sequences, to match on the statement's words. */
const AGREEING_SIDE_WORDS = [...AGREEING_SIDES, ...AGREEING_SIDE_PRONOUNS].map((phrase) => phrase.split(' '));
/** The words between the sides and "agreed" ("have also"), one by one. */
const AGREEING_LINK_WORD_SET: ReadonlySet<string> = new Set(AGREEING_LINK_WORDS.flatMap((w) => w.split(' ')));
const AGREEING_COMPLEMENT_OPENER_SET: ReadonlySet<string> = new Set(AGREEING_COMPLEMENT_OPENERS);
const SIDES_CLAUSE_JOINER_SET: ReadonlySet<string> = new Set(SIDES_CLAUSE_JOINERS);
/** A cheap test before the statement's words are read. */
const AGREED_WORD = /\bagreed\b/i;
/**
 * “Both countries will work to promote close cooperation ...,” the minister added, "said the two countries will keep
 * their promise": the sides' future course, opening reported or quoted words, is a term of the agreement in view too.
 */
const SIDES_WILL = new RegExp(
  `^["“‘']?(?:${wordsPattern(AGREEING_SIDES)}) (?:(?:${wordsPattern(SIDES_FUTURE_LINK_WORDS)}) )?(?:${wordsPattern(SIDES_FUTURE_MODALS)})\\b`,
  'i',
);
const FURTHER_TALKS = new RegExp(`\\b(?:${wordsPattern(FURTHER_TALKS_NOUNS)})\\b`, 'i');

/** "these agreements", "the two documents": the agreements in view that the article reports signed. */
const PLURAL_AGREEMENTS = new RegExp(
  `\\b(?:${wordsPattern(PLURAL_AGREEMENT_DETERMINERS)}) (?:\\w+ )?(?:${wordsPattern(PLURAL_AGREEMENT_NOUNS)})\\b`,
  'i',
);

/** "signed 51 agreements", "the signing of agreements": the whole set of agreements the article reports signed. */
const AGREEMENT_SET = new RegExp(
  `\\b(?:\\d+|${wordsPattern(AGREEMENT_SET_OPENERS)}) (?:\\w+ )?(?:${wordsPattern(PLURAL_AGREEMENT_NOUNS)})\\b`,
  'i',
);

/** The news-reaction nouns as a set, for the object of a describing verb ("called the move ..."). */
const NEWS_REACTION_OBJECTS: ReadonlySet<string> = new Set(NEWS_REACTION_NOUNS);

/** The one agreement the headline and lead are about ("Russia quits Black Sea grain deal"), if there is one. */
export function leadAgreement(state: ExtractState): string | null {
  const ids = new Set(startingIn(state.agreementMentions, 0, leadEnd(state)).map((m) => m.id));
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

/**
 * Whether a capitalized word before an agreement noun names its go-between, not the agreement ("the Egypt-mediated
 * ceasefire", "the U.S.-brokered deal"): a name joined to a broker's participle.
 */
function brokerCompound(word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && BROKER_PARTICIPLES.has(parts[parts.length - 1] ?? '');
}

/** A noun that points back at an agreement named before it, with the kinds of agreement it can mean. */
export interface BackReference extends Range {
  noun: string;
  kinds: readonly AgreementItem['kind'][] | null;
  /** After "the", "this" or "that": one already in view, not one more ("a ceasefire"). */
  definite: boolean;
  /**
   * Capitalized words between the determiner and the noun ("the Gaza ceasefire", "the Egypt-mediated truce"),
   * lower-cased, each the part before a hyphen: only an agreement whose name has them all is meant.
   */
  namedBy: readonly string[];
  /**
   * After a goal ("to achieve a", "would negotiate a", "the need for a"): only a proposal can be what it means (the
   * proposal to achieve a ceasefire), not an agreement already made.
   */
  sought: boolean;
}

/** The lower-case text of words[i] when it stands in `sentence`, else ''. */
function lowerIn(words: ExtractState['words'], i: number, sentence: number): string {
  return words[i]?.sentence === sentence ? (words[i]?.lower ?? '') : '';
}

/** Whether the indefinite article at `at` opens what a speaker calls for ("has been calling for an early ceasefire"). */
function calledFor(words: ExtractState['words'], at: number): boolean {
  const article = words[at];
  return (
    article !== undefined &&
    INDEFINITE_ARTICLES.has(article.lower) &&
    lowerIn(words, at - 1, article.sentence) === 'for' &&
    CALLING_FOR_VERBS.has(lowerIn(words, at - 2, article.sentence))
  );
}

/** Whether `word` is a day's possessive ("Today's", "Saturday's"): it opens a back reference as "the" does. */
function dayPossessive(text: string, word: ExtractState['words'][number]): boolean {
  return DAY_POSSESSIVE_DETERMINERS.has(word.lower) && /^['’][sS]/.test(text.slice(word.end, word.end + 2));
}

/**
 * Whether the indefinite article at `at`, before the kind noun at `noun`, opens a larger agreement sought, not one
 * made: "expand negotiations to achieve a permanent cessation of hostilities", "a committee that would negotiate a
 * permanent ceasefire", "measures for a complete ceasefire", "stressed the importance of a longer ceasefire", and
 * after a verb that only seeks, whatever its scope ("will seek a truce once more, this time in Gaza"). Not "the goal
 * of the talks was to achieve an immediate ceasefire": with no word of scope, the one the talks made.
 */
function sought(words: ExtractState['words'], at: number, noun: number): boolean {
  const article = words[at];
  if (!article || !INDEFINITE_ARTICLES.has(article.lower)) return false;
  const before = (k: number): string =>
    words[at - k]?.sentence === article.sentence ? (words[at - k]?.lower ?? '') : '';
  // "will seek a truce, this time in Gaza", "efforts to negotiate a ceasefire": a verb that only ever seeks.
  if (GOAL_ONLY_VERBS.has(before(1)) && SEEKING_VERB_OPENERS.has(before(2))) return true;
  const scoped = words
    .slice(at + 1, noun)
    .some((w) => GOAL_SCOPE_WORDS.has(w.lower) || SOUGHT_SCOPE_WORDS.has(w.lower));
  if (!scoped) return false;
  if (SEEKING_VERBS.has(before(1))) return SEEKING_VERB_OPENERS.has(before(2));
  // "oversee the implementation of a permanent cessation of hostilities", "a roadmap for a permanent ceasefire": where
  // the process should lead; not "agreed to a permanent ceasefire", "the signing of a comprehensive agreement".
  if (GOAL_LINK_PREPOSITIONS.has(before(1)) && !MADE_BEFORE_GOAL_LINK.has(before(2))) return true;
  return before(1) !== '' && GOAL_PREPOSITIONS.get(before(2)) === before(1);
}

/**
 * Back references in [start, end): a kind noun after a determiner and at most a few lowercase modifiers ("the deal",
 * "a long-awaited document", "an immediate ceasefire"), outside any agreement's own mention, and not introduced as
 * another agreement ("a new deal", "the Paris agreement" left unnamed by the agreement stage), nor one said not to
 * exist ("without a ceasefire", "no such proposal").
 */
export function backReferencesIn(state: ExtractState, start: number, end: number): BackReference[] {
  const out: BackReference[] = [];
  const { words } = state;
  for (let i = wordIndexAt(words, start); i < words.length; i++) {
    const word = words[i];
    if (!word || word.start >= end) break;
    // "the framework" after the "Doha Framework for ...": a form noun only for the one agreement so named.
    const ownHead = ownHeadReferenceAt(state, i);
    if (!BACK_REFERENCE_KINDS.has(word.lower) && !ownHead) continue;
    if (ownHead && ownHeadAgreement(state, word.lower, word.start) === null) continue;
    // Inside a mention that is only a relationship ("the strategic partnership" the agreement stage folded into a
    // memorandum), the noun may still point back at the agreement that sets the relationship up.
    if (
      startingIn(state.agreementMentions, 0, word.end).some(
        (m) => m.end >= word.end && !relationshipOnly(state, m),
      )
    )
      continue;
    const next = words[i + 1]?.sentence === word.sentence ? words[i + 1]?.lower : undefined;
    if (
      (QUANTITY_BEFORE_OF.has(word.lower) ||
        ACT_BEFORE_OF.has(word.lower) ||
        PART_BEFORE_OF.has(word.lower)) &&
      next === 'of'
    )
      continue;
    // "the strategic partnership that the leaders agreed to pursue": the relations, not the deal that sets them up.
    if (RELATIONSHIP_BACK_REFERENCES.has(word.lower) && RELATIONSHIP_COMPLEMENT_WORDS.has(next ?? ''))
      continue;
    const unmodified = UNMODIFIED_BACK_REFERENCES.has(word.lower);
    if (unmodified && GRASP_COMPLEMENT_WORDS.has(next ?? '')) continue;
    // "In phase one, Hamas will release ...": the number makes it the one in view, as "the" would.
    const numbered = PART_BEFORE_OF.has(word.lower) && PART_NUMBERS.has(next ?? '');
    let determiner: string | null = numbered ? 'the' : null;
    let determinerAt = numbered ? i : -1;
    let absent = false;
    const capitals: string[] = [];
    const brokers: string[] = [];
    for (let k = 1; k <= BACK_REFERENCE_MAX_MODIFIERS + 1 && !numbered; k++) {
      const before = words[i - k];
      if (!before || before.sentence !== word.sentence) break;
      if (ABSENT_AGREEMENT_CUES.has(before.lower)) absent = true;
      if (BACK_REFERENCE_DETERMINERS.has(before.lower) || dayPossessive(state.text, before)) {
        determiner = BACK_REFERENCE_DETERMINERS.has(before.lower) ? before.lower : 'the';
        determinerAt = i - k;
        const opener = words[i - k - 1];
        absent ||= opener?.sentence === word.sentence && ABSENT_AGREEMENT_CUES.has(opener.lower);
        break;
      }
      // "the second phase" is a stage of the deal in view; "a second deal" is one more.
      const partOrdinal = PART_BEFORE_OF.has(word.lower) && PART_ORDINALS.has(before.lower);
      if (OTHER_AGREEMENT_MODIFIERS.has(before.lower) && !partOrdinal) break;
      // "the Egypt-mediated ceasefire" is the ceasefire in view, whoever the article says brokered it; "an
      // Egypt-mediated truce" is one more, so the broker stays among the capitals that must name it.
      if (before.cap && brokerCompound(before.lower))
        brokers.push(before.lower.split('-')[0] ?? before.lower);
      else if (before.cap) capitals.push(before.lower.split('-')[0] ?? before.lower);
    }
    // "the Gaza ceasefire", "the Egypt-mediated ceasefire": capitals the agreement stage left unnamed mean the one
    // agreement of the article whose name has those words, if there is one; else another agreement ("the Paris
    // accord" in a story on a Sudan truce), as before.
    const kinds = BACK_REFERENCE_KINDS.get(word.lower) ?? null;
    if (!DEFINITE_DETERMINERS.has(determiner ?? '')) capitals.push(...brokers);
    if (
      capitals.length > 0 &&
      (!DEFINITE_DETERMINERS.has(determiner ?? '') || namedBy(state, capitals, kinds) === null)
    )
      continue;
    // "hopes for a deal", "nearing a temporary deal", "calling for a ceasefire": asked for, so no agreement it could
    // point back at.
    if (
      determiner === null ||
      absent ||
      askedForOnly(words, determinerAt + 1) ||
      calledFor(words, determinerAt)
    )
      continue;
    if (DEFINITE_ONLY_BACK_REFERENCES.has(word.lower) && !DEFINITE_DETERMINERS.has(determiner)) continue;
    // "reached an understanding on patrolling", not "a common understanding" nor "to reach an understanding".
    if (
      unmodified &&
      (determinerAt !== i - 1 ||
        (INDEFINITE_ARTICLES.has(determiner) &&
          words[i - 3]?.sentence === word.sentence &&
          GOAL_INFINITIVE_MARKERS.has(words[i - 3]?.lower ?? '')))
    )
      continue;
    // "the first phase", not "the coming phase".
    if (
      PART_BEFORE_OF.has(word.lower) &&
      !numbered &&
      !words.slice(determinerAt + 1, i).some((w) => PART_ORDINALS.has(w.lower))
    )
      continue;
    out.push({
      start: word.start,
      end: word.end,
      noun: word.lower,
      kinds,
      definite: DEFINITE_DETERMINERS.has(determiner),
      namedBy: capitals,
      sought: sought(words, determinerAt, i),
    });
  }
  return out;
}

/**
 * The one agreement of the article whose name or aliases have every word of `words` (of one of `kinds`, when given),
 * if there is one.
 */
function namedBy(
  state: ExtractState,
  words: readonly string[],
  kinds: readonly AgreementItem['kind'][] | null = null,
): string | null {
  const named = state.agreements.filter(
    (a) => hasWords(a, words) && (kinds === null || kinds.includes(a.kind)),
  );
  return named.length === 1 ? (named[0]?.id ?? null) : null;
}

function hasWords(agreement: AgreementItem, words: readonly string[]): boolean {
  const own = nameWords(agreement);
  return words.every((w) => own.has(w));
}

/**
 * Whether the headline and lead call their agreement by a named-only reference's family ("Israel-Hamas deal ... The
 * four-day truce between Israel and Hamas ..."): then "the truce" later points back at it, though its name lacks the word.
 */
function leadCallsIt(state: ExtractState, reference: BackReference): boolean {
  if (!reference.definite || !NAMED_ONLY_BACK_REFERENCES.has(reference.noun)) return false;
  const end = leadEnd(state);
  for (const word of state.words) {
    if (word.start >= end || word.start >= reference.start) break;
    if (CEASEFIRE_NAME_WORDS.has(word.lower) || NAMED_ONLY_BACK_REFERENCES.has(word.lower)) return true;
  }
  return false;
}

/**
 * The agreement a back reference means: the last one named before it whose own name has the noun ("the
 * agreement" after "the peace agreement" and "the 2020 ceasefire"), else the lead's one, else the last one of a
 * fitting kind named before it; "the truce" with no truce named, the lead's one if the lead calls it so. Only an
 * agreement named before it: "according to the statement" before any joint statement is named is a press statement.
 */
export function resolveBackReference(
  state: ExtractState,
  reference: BackReference,
  lead: string | null,
): string | null {
  const id = resolvedAgreement(state, reference, lead);
  if (id === null || !reference.sought) return id;
  // "talks to achieve a permanent cessation of hostilities" after a truce is signed: one sought, not the one made; "a
  // proposal to achieve a ceasefire", "to reach a permanent truce" while one is negotiated: that one's own goal.
  const status = state.agreements.find((a) => a.id === id)?.status;
  return status === 'proposed' || status === 'negotiating' ? id : null;
}

/**
 * Whether "the proposal" means the article's one agreement whatever its name ("the proposal has taken into account
 * the positions of both sides" after "a new proposal for a truce" the agreement stage named a truce), not a new
 * one with a topic of its own ("would study the proposal on prisoners").
 */
function soleAgreementReference(state: ExtractState, reference: BackReference): boolean {
  if (
    !SOLE_AGREEMENT_OWN_NAME_REFERENCES.has(reference.noun) ||
    !reference.definite ||
    state.agreements.length !== 1
  )
    return false;
  const at = wordIndexAt(state.words, reference.start);
  const next = state.words[at + 1];
  return !(next?.sentence === state.words[at]?.sentence && OWN_TOPIC_PREPOSITIONS.has(next?.lower ?? ''));
}

/** Whether a one-sided modifier stands between the reference's determiner and its noun ("the unilateral truce"). */
function oneSided(state: ExtractState, reference: BackReference): boolean {
  const at = wordIndexAt(state.words, reference.start);
  const sentence = state.words[at]?.sentence;
  for (let k = 1; k <= BACK_REFERENCE_MAX_MODIFIERS; k++) {
    const before = state.words[at - k];
    if (!before || before.sentence !== sentence || BACK_REFERENCE_DETERMINERS.has(before.lower)) return false;
    if (ONE_SIDED_MODIFIERS.has(before.lower)) return true;
  }
  return false;
}

function resolvedAgreement(
  state: ExtractState,
  reference: BackReference,
  lead: string | null,
): string | null {
  if (OWN_HEAD_BACK_REFERENCES.has(reference.noun))
    return ownHeadAgreement(state, reference.noun, reference.start);
  // "the Gaza ceasefire" before the story names it otherwise: the one agreement with those words in its name.
  if (reference.namedBy.length > 0) return namedBy(state, reference.namedBy, reference.kinds);
  const byId = new Map(state.agreements.map((a) => [a.id, a]));
  const inText = startingIn(state.agreementMentions, 0, reference.start).map((m) => m.id);
  // "Somalia and Ethiopia agreed on a joint declaration ... Erdogan said he hoped the deal would be ...": an instrument
  // noun means a declaration the article names when no instrument of its kinds is named before it.
  const kinds = reference.kinds;
  const declarationToo =
    kinds !== null &&
    DECLARATION_INSTRUMENT_NOUNS.has(reference.noun) &&
    !inText.some((id) => {
      const kind = byId.get(id)?.kind;
      return kind !== undefined && kinds.includes(kind);
    });
  const fits = (id: string): boolean => {
    const agreement = byId.get(id);
    return (
      agreement !== undefined &&
      (kinds === null ||
        kinds.includes(agreement.kind) ||
        (declarationToo && agreement.kind === 'declaration')) &&
      (!OWN_NAME_BACK_REFERENCES.has(reference.noun) ||
        nameWords(agreement).has(reference.noun) ||
        soleAgreementReference(state, reference)) &&
      (!NAMED_ONLY_BACK_REFERENCES.has(reference.noun) ||
        [...nameWords(agreement)].some((w) => w === reference.noun || CEASEFIRE_NAME_WORDS.has(w)))
    );
  };
  const before = inText.filter(fits).reverse();
  if (before.length === 0) {
    if (lead && inText.includes(lead) && leadCallsIt(state, reference)) return lead;
    // "urged Israel to support a proposed ceasefire in Lebanon", in the lead, before the story names the
    // "ceasefire agreement with Lebanon": the one agreement the article calls by a word of that family. Not in a
    // sentence that names an agreement of its own ("an expanded agreement that would lead to a durable ceasefire").
    // Past the lead too, when "the" points back ("to honor their commitments under the ceasefire", before the story
    // tells the "ongoing ceasefire agreement"), but not one side's own act ("the unilateral cessation of hostilities").
    const sentence = state.sentences[state.words[wordIndexAt(state.words, reference.start)]?.sentence ?? -1];
    if (
      (reference.start < leadEnd(state) || (reference.definite && !oneSided(state, reference))) &&
      NAMED_ONLY_BACK_REFERENCES.has(reference.noun) &&
      sentence !== undefined &&
      startingIn(state.agreementMentions, sentence.start, sentence.end).length === 0
    ) {
      const later = state.agreements.filter(
        (a) => fits(a.id) && [...nameWords(a)].some((w) => NAMED_ONLY_BACK_REFERENCES.has(w)),
      );
      if (later.length === 1) return later[0]?.id ?? null;
    }
    return null;
  }
  const named = before.find((id) => nameWords(byId.get(id) as AgreementItem).has(reference.noun));
  if (named) return named;
  if (lead && before.includes(lead)) return lead;
  return before[0] ?? null;
}

/** The words inside `range`. */
function wordsIn(state: ExtractState, range: Range): ExtractState['words'] {
  const out: ExtractState['words'] = [];
  const { words } = state;
  for (let i = wordIndexAt(words, range.start); i < words.length; i++) {
    const word = words[i];
    if (!word || word.start >= range.end) break;
    out.push(word);
  }
  return out;
}

/**
 * Whether an agreement mention is a lower-case relationship word the agreement stage read as an agreement of the
 * article whose name lacks that word ("the two leaders discussed ... development partnership", "on the basis of mutual
 * benefit and equal partnership", "their strong and enduring partnership", after a signed memorandum): words on the
 * relations between the sides, not on that document.
 */
export function relationshipOnly(state: ExtractState, mention: Range & { id: string }): boolean {
  const last = state.words[wordIndexAt(state.words, mention.end - 1)];
  if (!last || last.cap || !RELATIONSHIP_KIND_WORDS.has(last.lower)) return false;
  const agreement = state.agreements.find((a) => a.id === mention.id);
  // Its name, not its aliases: the agreement stage keeps the relationship phrase among those.
  return (
    agreement !== undefined &&
    !agreement.name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .includes(last.lower)
  );
}

/** Adds `id` to `out` once (a module function: statementAgreements runs for every statement). */
function addId(out: string[], id: string | null): void {
  if (id !== null && !out.includes(id)) out.push(id);
}

/**
 * Whether the word at `at` is an "it" that a clause opener a few words on shows extraposed ("it was vital to"), after
 * a copula ("it seems that"): "It also contributes to establishing stability" points back. Not from a country or a
 * body, whose "it also looks forward to ..." is as often the speaker itself: that "it" stays out as before.
 */
function extraposedAt(state: ExtractState, draft: StatementLike, at: number): boolean {
  if (state.words[at]?.lower !== 'it') return false;
  let linked = !state.persons.has(draft.speaker);
  let reach = EXTRAPOSED_CLAUSE_MAX_DISTANCE;
  for (let k = 1; k <= reach; k++) {
    const next = state.words[at + k];
    if (!next || next.start >= draft.content.end) break;
    if (EXTRAPOSING_VERBS.has(next.lower)) linked = true;
    else if (EXTRAPOSED_CLAUSE_OPENERS.has(next.lower)) return linked;
    // "it was too early for him to say": the infinitive's own subject stands before its "to".
    else if (linked && INFINITIVE_SUBJECT_MARKERS.has(next.lower))
      reach = k + INFINITIVE_SUBJECT_MAX_WORDS + 1;
  }
  return false;
}

/**
 * Whether the "it" at `at` is a speaking body itself, announcing its own next step ("Pakistan announced that it will
 * reduce ...", after a sentence on India suspending a treaty): a country or organization, never a person, and a
 * modal before an active verb. Not a step in an agreement the body itself made in the sentence before ("The ministry
 * announced a ceasefire with the SDF. ... the ministry said it would halt all firing"): its words go on about it.
 */
function bodySelfReference(state: ExtractState, draft: StatementLike, at: number): boolean {
  if (!REPORTED_ANAPHORIC_OPENERS.has(state.words[at]?.lower ?? '') || state.persons.has(draft.speaker))
    return false;
  let k = at + 1;
  const skip = (): void => {
    while (SELF_REFERENCE_ADVERBS.has(state.words[k]?.lower ?? '')) k++;
  };
  skip();
  if (!SELF_REFERENCE_MODALS.has(state.words[k]?.lower ?? '')) return false;
  k++;
  skip();
  const verb = state.words[k];
  if (verb === undefined || verb.start >= draft.content.end || verb.lower === SELF_REFERENCE_PASSIVE)
    return false;
  const previous = state.sentences[draft.sentence - 1];
  if (!previous) return true;
  const agreement = startingIn(state.agreementMentions, previous.start, previous.end)[0];
  return !startingIn(state.mentions, previous.start, agreement?.start ?? previous.start).some(
    (m) => m.id === draft.speaker,
  );
}

/**
 * A reported clause that opens with a subject pronoun outside its quoted words ("Guterres said it was “a welcome first
 * step”"), not an extraposed one ("said it was vital to ..."), nor one its own words say is a meeting ("said it had
 * been a “historic meeting”").
 */
function reportedAnaphoric(state: ExtractState, draft: StatementLike, at: number): boolean {
  const opener = state.words[at];
  if (!opener || !REPORTED_ANAPHORIC_OPENERS.has(opener.lower)) return false;
  if (draft.quoteSpans.some((q) => opener.start >= q.start && opener.start < q.end)) return false;
  if (extraposedAt(state, draft, at) || bodySelfReference(state, draft, at)) return false;
  return startingIn(state.meetingMentions, draft.content.start, draft.content.end).length === 0;
}

/**
 * Whether a statement only names what its speaker spoke of ("Fiame referred to AUKUS"): its verb, opening its words
 * or right before them, is one that names a topic (TOPIC_ONLY_VERBS).
 */
export function namesTopicOnly(state: ExtractState, draft: StatementLike): boolean {
  const at = wordIndexAt(state.words, draft.content.start);
  return [at - 1, at].some((k) => TOPIC_ONLY_VERBS.has(state.words[k]?.lower ?? ''));
}

/**
 * Whether the statement's quoted words name a meeting (“this meeting”, “a historic visit”), as the meeting stage read
 * them. Quoted words only, not a fragment quoted inside a paraphrase: a reported clause's bounds are the parser's
 * guess, and may take in the narrator's "after a call".
 */
function namesOwnMeeting(state: ExtractState, draft: StatementLike): boolean {
  return (
    quotesOwnWords(draft) &&
    startingIn(state.meetingMentions, draft.content.start, draft.content.end).length > 0
  );
}

/** Whether `at` lies inside the statement's own words. */
function inWords(draft: StatementLike, at: number): boolean {
  return at >= draft.content.start && at < draft.content.end;
}

/** Whether the statement's words open its sentence ("“We have taken the first step ...,” Erdogan said"). */
export function opensSentence(state: ExtractState, draft: StatementLike): boolean {
  const first = state.sentences[draft.sentence];
  return first !== undefined && /^[\s"“‘']*$/.test(state.text.slice(first.start, draft.content.start));
}

/**
 * Words that go on from the same speaker's words in the sentence before, pointing back at what that sentence named
 * with an "it" or "this" among their first words ("“It represents a milestone for our trade policy,” he added", "the
 * statement adds: “We hope this will lead to ...”"), across a paragraph break, or with no pointer when they open their
 * sentence; or, with an "it", from a sentence that names the speaker beside the agreement ("Powell signed the protocols
 * as a witness. “It marks the end of the war,” said Powell"). Not an "It" of words that follow neither words nor a mention of their speaker ("“It is a festival
 * day,” the spokeswoman said" after a sentence reporting the agreement).
 */
function continuesOwnWords(state: ExtractState, draft: StatementLike, openerAt: number): boolean {
  let pointer: string | null = null;
  for (let k = 0; k < CONTINUATION_POINTER_MAX_AT && pointer === null; k++) {
    const word = state.words[openerAt + k];
    if (!word || word.start >= draft.content.end) break;
    if (
      CONTINUATION_POINTERS.has(word.lower) &&
      !extraposedAt(state, draft, openerAt + k) &&
      !bodySelfReference(state, draft, openerAt + k)
    )
      pointer = word.lower;
  }
  // "The spokesman welcomed the support of the ministers for the recent agreement. ¶ “We welcome the support of the
  // ministers for the results of the talks,” the spokesman said": words opening their sentence right after the same
  // speaker's own words go on from them, across the paragraph break. Not after words that only name the agreement
  // ("referred to AUKUS"), nor words the speaker goes on from in their own sentence ("“...,” he said, adding that trade
  // talks would follow"), nor words on an agreement still sought ("“... a permanent cessation of hostilities”").
  // The flag first: walking the drafts for every statement of the article is the costly part.
  if (pointer === null)
    return (
      quotesOwnWords(draft) &&
      state.drafts.some((d) => saysJustBefore(d, draft) && !namesTopicOnly(state, d)) &&
      !state.drafts.some(
        (d) => d !== draft && d.speaker === draft.speaker && d.sentence === draft.sentence,
      ) &&
      opensSentence(state, draft) &&
      !backReferencesIn(state, draft.content.start, draft.content.end).some((r) => r.sought)
    );
  if (state.drafts.some((d) => saysJustBefore(d, draft))) return true;
  // "Powell signed on the protocols as a witness, saying that the deal ... . “It marks the end of the war,” said
  // Powell": the speaker acted on the agreement in the sentence before, in words not taken as theirs. Only the
  // pronoun "it": "this" is as often a determiner there ("since this round of conflict").
  const previous = state.sentences[draft.sentence - 1];
  return (
    REPORTED_ANAPHORIC_OPENERS.has(pointer) &&
    previous !== undefined &&
    startingIn(state.mentions, previous.start, previous.end).some((m) => m.id === draft.speaker)
  );
}

/** Whether `other` is the same speaker's, its words ending in the sentence right before `draft`'s. */
function saysJustBefore(other: StatementLike, draft: StatementLike): boolean {
  return other !== draft && other.speaker === draft.speaker && other.lastSentence === draft.sentence - 1;
}

/**
 * Whether the statement's words describe an object of their own, named between the describing verb and the quoted
 * words ("described the meetings he held with his counterpart as “constructive”", "calling the scars “permanent
 * reminders”"): they are about that object, not the agreement the sentence before is about.
 */
function describesOwnObject(state: ExtractState, draft: StatementLike): boolean {
  const at = wordIndexAt(state.words, draft.content.start);
  const verb = state.words[at - 1];
  const opener = state.words[at];
  const quote = draft.quoteSpans[0];
  if (
    verb === undefined ||
    opener === undefined ||
    quote === undefined ||
    verb.sentence !== opener.sentence ||
    !DESCRIBING_VERBS.has(verb.lower) ||
    !DEFINITE_DETERMINERS.has(opener.lower) ||
    opener.end > quote.start
  )
    return false;
  // "described the announcement as ...", "called the move ...": the object is the news, the agreement itself.
  for (let i = at + 1; (state.words[i]?.end ?? Infinity) <= quote.start; i++) {
    const word = state.words[i]?.lower ?? '';
    if (DESCRIBED_NEWS_NOUNS.has(word) || NEWS_REACTION_OBJECTS.has(word)) return false;
  }
  return true;
}

/**
 * Whether the statement's words name countries or places, none of them a party to `agreementId` nor the speaker ("Saudi Arabia
 * and Qatar expressed deep concern over the humanitarian catastrophe in the Gaza Strip", after "The pacts were inked
 * ..."): its topic is those countries, not the agreement of the sentence before. Only for an agreement between
 * countries.
 */
export function aboutOtherCountries(state: ExtractState, draft: StatementLike, agreementId: string): boolean {
  const parties = state.agreements.find((a) => a.id === agreementId)?.parties ?? [];
  // An organization's members are not known here ("the Alliance of Sahel States" and Mali).
  if (parties.length === 0 || parties.some((p) => !state.countries.has(p))) return false;
  // A place stands for its country ("the Gaza Strip"); one of no known country is no party either.
  const countries = startingIn(state.mentions, draft.content.start, draft.content.end).flatMap((m) =>
    m.kind === 'country' ? [m.id] : m.kind === 'place' ? [state.places.get(m.id)?.country ?? m.id] : [],
  );
  return countries.length > 0 && countries.every((id) => id !== draft.speaker && !parties.includes(id));
}

/**
 * Whether the statement's words speak of the relations between countries ("expressed satisfaction with the excellent
 * relationship between the two governments", "reaffirmed the invaluable relations that exist between Kenya and
 * Somalia") and do not call `agreementId` by a word of its name after "the" ("hailed the CEPA as a milestone in
 * trade relations", an alias the agreement stage leaves unmarked): they are about the relations.
 */
function aboutRelations(state: ExtractState, draft: StatementLike, agreementId: string): boolean {
  const words = wordsIn(state, draft.content);
  if (!words.some((w) => RELATIONS_TOPIC_WORDS.has(w.lower))) return false;
  const agreement = state.agreements.find((a) => a.id === agreementId);
  if (agreement === undefined) return true;
  const own = nameWords(agreement);
  // "the CEPA" for the "Comprehensive Economic Partnership Agreement": the initials of its name's capitalized words.
  const initials = (agreement.name.match(/\b\p{Lu}/gu) ?? []).join('');
  return !words.some(
    (w, i) =>
      w.cap &&
      DEFINITE_DETERMINERS.has(words[i - 1]?.lower ?? '') &&
      (own.has(w.lower) ||
        (w.text.length > 2 && w.text === w.text.toUpperCase() && initials.includes(w.text))),
  );
}

/**
 * The agreement a sentence is about as its subject: one named or pointed back at by its opening words ("The truce is
 * expected to begin on Thursday.", "The agreement calls for ...", "The Doha accord takes effect ..."), else null.
 */
function agreementSubject(state: ExtractState, sentence: Sentence, lead: string | null): string | null {
  const at = wordIndexAt(state.words, sentence.start);
  const opener = state.words[at];
  if (!opener || opener.sentence !== sentence.index) return null;
  // Not words a speaker opens with (“The partnership is a framework ...,” it added): a narrator's sentence.
  if (!DEFINITE_DETERMINERS.has(opener.lower) || /["“]/.test(opener.gap)) return null;
  // "The signing comes weeks after a clash at sea ...": set against another occasion, which what follows is about.
  for (let i = at; state.words[i]?.sentence === sentence.index; i++)
    if (EARLIER_OCCASION_VERBS.has(state.words[i]?.lower ?? '')) return null;
  const second = state.words[at + 1];
  const named = startingIn(state.agreementMentions, sentence.start, sentence.end)[0];
  if (named && named.start <= (second?.start ?? opener.start)) return named.id;
  const reach = state.words[at + BACK_REFERENCE_MAX_MODIFIERS + 1]?.end ?? sentence.end;
  const reference = backReferencesIn(state, opener.start, Math.min(reach, sentence.end))[0];
  return reference?.definite ? resolveBackReference(state, reference, lead) : null;
}

/**
 * Whether the judging verb at `at` calls its pronoun an issue of the speaker's words ("“This is a serious issue,” he
 * said", "said it is a matter of concern", "it is time for diplomacy"): the pronoun is that issue, not the news.
 */
function judgesTopic(state: ExtractState, draft: StatementLike, at: number): boolean {
  const verb = state.words[at];
  for (let k = 1; k <= ANAPHOR_TOPIC_MAX_AT + 1; k++) {
    const word = state.words[at + k];
    if (!word || word.sentence !== verb?.sentence || word.start >= draft.content.end) return false;
    if (ANAPHOR_TOPIC_NOUNS.has(word.lower)) return true;
  }
  return false;
}

/**
 * Whether the narrator's words between the mention at `at` and the statement's words turn away from it ("The White
 * House welcomed the deal, but said it remains to be seen whether ...", "acknowledged there was “more work to be
 * done” but said the deal ..."): a "but" between them, and the words do not point back at it themselves ("but said
 * it was not enough"; an extraposed "it" points at nothing, "its promises" at the side named before it).
 */
function turnedAway(state: ExtractState, draft: StatementLike, at: number): boolean {
  const from = at < draft.content.start ? at : draft.content.end;
  const to = at < draft.content.start ? draft.content.start : at;
  let turned = false;
  for (let i = wordIndexAt(state.words, from); (state.words[i]?.end ?? Infinity) <= to; i++)
    if (TURNING_CONJUNCTIONS.has(state.words[i]?.lower ?? '')) turned = true;
  if (!turned) return false;
  for (
    let i = wordIndexAt(state.words, draft.content.start);
    (state.words[i]?.end ?? Infinity) <= draft.content.end;
    i++
  )
    if (CONTINUATION_POINTERS.has(state.words[i]?.lower ?? '') && !extraposedAt(state, draft, i))
      return false;
  return true;
}

/** Whether the statement's words say a deal is not made yet: "no" and, a word or so on, a kind noun ("No deal today"). */
function deniesDealYet(state: ExtractState, draft: StatementLike): boolean {
  const words = wordsIn(state, draft.content);
  return words.some(
    (w, i) =>
      NOT_YET_DETERMINERS.has(w.lower) &&
      words
        .slice(i + 1, i + 2 + NOT_YET_MAX_MODIFIERS)
        .some((n) => n.sentence === w.sentence && BACK_REFERENCE_KINDS.has(n.lower)),
  );
}

/**
 * Whether the statement's words react to what an agreement brings about, after "the" and a few modifiers ("welcomed
 * the release of the Israeli hostages", "celebrates the release of the four hostages", "the smooth implementation of
 * the releases"), not to one asked for ("called for the release of hostages", "to secure the release", "the
 * immediate release", "the return of all the hostages").
 */
function reactsToConsequence(state: ExtractState, draft: StatementLike): boolean {
  const words = wordsIn(state, draft.content);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || !CONSEQUENCE_NOUNS.has(word.lower)) continue;
    if (CONSEQUENCE_OTHER_COMPLEMENTS.has(words[i + 1]?.lower ?? '')) continue;
    // "the return of all the hostages": a demand, whatever opens it.
    if (
      words[i + 1]?.lower === 'of' &&
      words
        .slice(i + 2, i + 2 + CONSEQUENCE_DEMAND_MAX_AFTER)
        .some((w) => CONSEQUENCE_DEMAND_WORDS.has(w.lower))
    )
      continue;
    const at = wordIndexAt(state.words, word.start);
    for (let k = 1; k <= BACK_REFERENCE_MAX_MODIFIERS + 1; k++) {
      const before = state.words[at - k];
      // "is to release 50 hostages", "would return": the verb, not the noun.
      if (
        !before ||
        before.sentence !== word.sentence ||
        CONSEQUENCE_DEMAND_WORDS.has(before.lower) ||
        SEEKING_VERB_OPENERS.has(before.lower)
      )
        break;
      if (!CONSEQUENCE_DETERMINERS.has(before.lower)) continue;
      const opener = state.words[at - k - 1];
      if (opener?.sentence === word.sentence && CONSEQUENCE_ASKING_WORDS.has(opener.lower)) break;
      return true;
    }
  }
  return false;
}

/**
 * Whether the words at `at` are the statement's own: inside its content, or outside every other speaker's words
 * (`others`) and not told of an earlier occasion ("The agreement follows PM Shehbaz's visit in May, when he stressed
 * ...": his words there predate it) nor turned away from. Module functions, not closures: tsx's keepNames renames
 * each named closure every time statementAgreements builds it.
 */
function ownMention(
  state: ExtractState,
  draft: StatementLike,
  others: readonly StatementLike[],
  at: number,
): boolean {
  return (
    (at >= draft.content.start && at < draft.content.end) ||
    (!others.some((d) => at >= d.content.start && at < d.content.end) &&
      !(at < draft.content.start && earlierOccasionBetween(state, at, draft.content.start)) &&
      !turnedAway(state, draft, at))
  );
}

/**
 * The statements whose words are not this one's: what another speaker says in the same sentence is that speaker's
 * ("X told reporters following a tweet in which Y said a new trade deal would ..."): a mention inside their words is
 * not this statement's. So is what the same speaker says in another clause, unless this one points back at it
 * ("calling it a positive step"). Not a pronoun after a name of its clause's own: "Lithuania would keep working with
 * its partners".
 */
function otherWords(state: ExtractState, draft: StatementLike): StatementLike[] {
  const pointsBack = wordsIn(state, draft.content).some(
    (w) =>
      SAME_SPEAKER_BACK_POINTERS.has(w.lower) &&
      startingIn(state.mentions, draft.content.start, w.start).length === 0,
  );
  return state.drafts.filter(
    (d) =>
      d !== draft &&
      (d.speaker !== draft.speaker || !pointsBack) &&
      d.sentence <= draft.lastSentence &&
      d.lastSentence >= draft.sentence &&
      (d.content.end <= draft.content.start || d.content.start >= draft.content.end),
  );
}

/** Whether the statement's own words in its sentences call the agreement in view "it" (DEAL_AS_IT). */
function dealAsIt(
  state: ExtractState,
  draft: StatementLike,
  start: number,
  end: number,
  others: readonly StatementLike[],
): boolean {
  const span = state.text.slice(start, end);
  DEAL_AS_IT.lastIndex = 0;
  for (let m = DEAL_AS_IT.exec(span); m; m = DEAL_AS_IT.exec(span))
    if (ownMention(state, draft, others, start + m.index)) return true;
  return false;
}

/** Whether `at` lies in the words of an earlier statement of the same speaker, in a sentence before this one. */
function saidEarlierBySpeaker(state: ExtractState, draft: StatementLike, at: number): boolean {
  return state.drafts.some(
    (d) =>
      d !== draft &&
      d.speaker === draft.speaker &&
      d.lastSentence < draft.sentence &&
      at >= d.content.start &&
      at < d.content.end,
  );
}

/**
 * Whether the sides (or "they") open a clause of the statement's own, at its start or after a joiner, that ends
 * before `end` (exclusive).
 */
function sidesOpenClauseEndingAt(words: ExtractState['words'], end: number): boolean {
  return AGREEING_SIDE_WORDS.some((phrase) => {
    const start = end - phrase.length;
    if (start < 0 || !phrase.every((w, k) => words[start + k]?.lower === w)) return false;
    return start === 0 || SIDES_CLAUSE_JOINER_SET.has(words[start - 1]?.lower ?? '');
  });
}

/**
 * "the two sides agreed to deliver aid", “Both sides agreed for strict observance of ...”, "They agreed that ...",
 * and in mid-sentence "hailed the ties as the two countries agreed to protect trade", "they had spoken on Thursday
 * and agreed to ...": the sides agreeing in the statement's own clause give a term of the agreement in view. Read on
 * words: the sides open the words or follow a clause joiner, then "agreed" after link words only ("have also") or
 * after a short first predicate of theirs and "and".
 */
function sidesAgreed(state: ExtractState, draft: StatementLike, text: string): boolean {
  if (!AGREED_WORD.test(text)) return false;
  const words = wordsIn(state, draft.content);
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i]?.lower !== 'agreed' || !AGREEING_COMPLEMENT_OPENER_SET.has(words[i + 1]?.lower ?? ''))
      continue;
    let end = i;
    while (end > 0 && AGREEING_LINK_WORD_SET.has(words[end - 1]?.lower ?? '')) end -= 1;
    if (sidesOpenClauseEndingAt(words, end)) return true;
    // A first predicate, then "and agreed": no comma in it, which would set off an aside or another clause.
    const and = words[i - 1];
    if (and?.lower !== 'and' || /[,;]/.test(and.gap)) continue;
    for (let e = i - 2; e > 0 && i - 1 - e <= SIDES_FIRST_PREDICATE_MAX_WORDS; e -= 1) {
      if (/[,;]/.test(words[e]?.gap ?? '')) break;
      if (sidesOpenClauseEndingAt(words, e)) return true;
    }
  }
  return false;
}

/**
 * Agreements a statement is about beyond those its words name: one named in its own sentence ("said the pact
 * would ..., adding that ..."), one its sentence points back at ("welcomed the agreement", "according to the
 * statement"), one in the sentence a quote follows, the signed ones in view for "these agreements", or the lead's one for a
 * reaction to the news ("called the move ...").
 */
export function statementAgreements(
  state: ExtractState,
  draft: StatementLike,
  lead: string | null,
): string[] {
  const out: string[] = [];
  const first = state.sentences[draft.sentence] as Sentence;
  const last = state.sentences[draft.lastSentence] ?? first;
  // The other speakers' words (otherWords), read only once a mention asks: most statements have none to weigh.
  let others: readonly StatementLike[] | null = null;
  const inSentence = startingIn(state.agreementMentions, first.start, last.end).filter(
    (m) => !relationshipOnly(state, m),
  );
  // “It's a historic visit”, said “very pleased to have this meeting” after the signing: words that name a meeting of
  // their own are about it; only an agreement they name themselves is theirs, not the narrator's or the one before.
  const ownMeeting = namesOwnMeeting(state, draft);
  for (const m of inSentence)
    if (
      ownMention(state, draft, (others ??= otherWords(state, draft)), m.start) &&
      (!ownMeeting || inWords(draft, m.start))
    )
      addId(out, replacementMentionAgreement(state, m, lead));
  const references = backReferencesIn(state, first.start, last.end);
  for (const reference of references)
    if (
      ownMention(state, draft, (others ??= otherWords(state, draft)), reference.start) &&
      (!ownMeeting || inWords(draft, reference.start))
    )
      addId(out, resolveBackReference(state, reference, lead));
  const previous = state.sentences[draft.sentence - 1];
  // "This is a critical step ...", said the statement, after the paragraph that reports the signing: what it points at.
  const openerAt = wordIndexAt(state.words, draft.content.start);
  const opener = state.words[openerAt];
  const anaphoric =
    opener !== undefined &&
    opener.start < draft.content.end &&
    (ANAPHORIC_OPENERS.has(opener.lower) || reportedAnaphoric(state, draft, openerAt));
  if (
    out.length === 0 &&
    previous &&
    !ownMeeting &&
    (anaphoric ||
      (quotesOwnWords(draft) &&
        previous.paragraph === first.paragraph &&
        !describesOwnObject(state, draft)) ||
      continuesOwnWords(state, draft, openerAt))
  ) {
    // "X said that the Washington agreement 'means nothing'. He stressed that dialogue is 'the only way for Serbia
    // and Kosovo to ...'": an agreement the same speaker already named in their own words there is that statement's;
    // this one, naming its own topic and not pointing back ("this", "it"), has moved on.
    const ownTopic =
      !anaphoric &&
      inSentence.length === 0 &&
      references.length === 0 &&
      !wordsIn(state, draft.content).some((w) => SAME_SPEAKER_BACK_POINTERS.has(w.lower)) &&
      startingIn(state.mentions, draft.content.start, draft.content.end).some((m) => m.id !== draft.speaker);
    // Nor one the sentence before sets after an earlier occasion, whose words these go on from.
    for (const m of startingIn(state.agreementMentions, previous.start, previous.end))
      if (
        !relationshipOnly(state, m) &&
        !(ownTopic && saidEarlierBySpeaker(state, draft, m.start)) &&
        !earlierOccasionBetween(state, m.end, previous.end)
      )
        addId(out, replacementMentionAgreement(state, m, lead));
    // "Ruto greeted the delegations for the historic signing. “From today our fishermen can sail ...,” Ruto said":
    // the sentence before points back at the agreement rather than naming it; only a definite reference ("the",
    // "this"), not one asked for ("to achieve an immediate ceasefire").
    if (out.length === 0)
      for (const reference of backReferencesIn(state, previous.start, previous.end))
        if (
          reference.definite &&
          !(ownTopic && saidEarlierBySpeaker(state, draft, reference.start)) &&
          !earlierOccasionBetween(state, reference.end, previous.end)
        )
          addId(out, resolveBackReference(state, reference, lead));
  }
  // "The truce is expected to begin on Thursday. Israel said 50 hostages would be freed over four days": the
  // sentence before is about the agreement, its subject, and these words go on about it, across a paragraph break.
  // Not words that name a meeting of their own ("said his visit is a testimony to ..."): they are about it.
  if (
    out.length === 0 &&
    previous &&
    startingIn(state.meetingMentions, draft.content.start, draft.content.end).length === 0 &&
    !describesOwnObject(state, draft)
  ) {
    const subject = agreementSubject(state, previous, lead);
    if (
      subject !== null &&
      !earlierOccasionBetween(state, previous.start, previous.end) &&
      !aboutOtherCountries(state, draft, subject) &&
      !aboutRelations(state, draft, subject)
    )
      addId(out, subject);
  }
  // "These agreements will ...": the signed ones in view (named in its sentences or the two before), not every
  // agreement the article reports signed paragraphs away.
  const words = state.text.slice(draft.content.start, draft.content.end);
  const wholeSet = AGREEMENT_SET.test(words);
  const setInView = wholeSet || PLURAL_AGREEMENTS.test(words);
  if (setInView) {
    const from = state.sentences[Math.max(0, draft.sentence - 2)] ?? first;
    const inView = new Set(startingIn(state.agreementMentions, from.start, last.end).map((m) => m.id));
    const signed = state.agreements.filter((a) => a.status === 'signed');
    const viewed = signed.filter((a) => inView.has(a.id));
    // "the two countries signed 51 agreements", paragraphs after the lead that named them: the whole set.
    for (const a of viewed.length > 0 || !wholeSet ? viewed : signed) addId(out, a.id);
  }
  // "“This was unthinkable a year ago,” the premier said", "said it was a great day", after a sentence that names no
  // agreement: the pronoun judges the news, the agreement the lead reports.
  if (
    out.length === 0 &&
    lead &&
    anaphoric &&
    ANAPHOR_JUDGING_VERBS.has(state.words[openerAt + 1]?.lower ?? '') &&
    !judgesTopic(state, draft, openerAt + 1)
  )
    addId(out, lead);
  // "Annan called on the parties to seize the historic opportunity", after a lead that reports a peace deal.
  if (out.length === 0 && lead && SEIZED_OPPORTUNITY.test(words)) addId(out, lead);
  // "He urged the parties to work in good faith to implement its provisions": the agreement in view, the lead's if
  // it was named before, else the last one named before.
  if (out.length === 0 && KEEPING_AGREED.test(words)) {
    const before = startingIn(state.agreementMentions, 0, draft.content.start).map((m) => m.id);
    addId(out, lead && before.includes(lead) ? lead : (before[before.length - 1] ?? null));
  }
  // "Why wouldn't they ratify it?" Barroso said, paragraphs after the lead named the trade deal: the lead's if it was
  // named before, else the last one named before. The verb may be the narrator's ("Pompeo described it as “...”").
  if (
    out.length === 0 &&
    dealAsIt(state, draft, first.start, last.end, (others ??= otherWords(state, draft)))
  ) {
    const before = startingIn(state.agreementMentions, 0, draft.content.start).map((m) => m.id);
    addId(out, lead && before.includes(lead) ? lead : (before[before.length - 1] ?? null));
  }
  // "“We still have work to do. No deal today,” the minister said": the deal still negotiated, the lead's if it is
  // one, else the last one named before.
  if (out.length === 0 && deniesDealYet(state, draft)) {
    const open = new Set(
      state.agreements.filter((a) => a.status === 'negotiating' || a.status === 'proposed').map((a) => a.id),
    );
    const before = startingIn(state.agreementMentions, 0, draft.content.start)
      .map((m) => m.id)
      .filter((id) => open.has(id));
    addId(out, lead && before.includes(lead) ? lead : (before[before.length - 1] ?? null));
  }
  // "welcomed the release of the Israeli hostages": what the agreement in view brought about, the lead's if it was
  // named before, else the last one named before, else the article's only agreement, named after the reaction.
  if (out.length === 0 && reactsToConsequence(state, draft)) {
    const before = startingIn(state.agreementMentions, 0, draft.content.start).map((m) => m.id);
    const sole = state.agreements.length === 1 ? (state.agreements[0]?.id ?? null) : null;
    addId(out, lead && before.includes(lead) ? lead : (before[before.length - 1] ?? lead ?? sole));
  }
  // "The statement added that the two sides agreed to deliver humanitarian aid", "both sides also agreed to establish
  // a permanent mechanism", “Both countries will work to promote ...”: a term of the agreement the article reports,
  // the lead's if it was named before, else the first one named ("signed a seven-point MoU", before the fields it
  // covers); not more talks agreed on.
  if (
    out.length === 0 &&
    (sidesAgreed(state, draft, words) || SIDES_WILL.test(words)) &&
    !FURTHER_TALKS.test(words)
  ) {
    const before = startingIn(state.agreementMentions, 0, draft.content.start).map((m) => m.id);
    addId(out, lead && before.includes(lead) ? lead : (before[0] ?? null));
  }
  // "Blinken called the move ...", after a lead that Russia suspended New START: about New START.
  if (out.length === 0 && lead) {
    const span = state.text.slice(first.start, last.end);
    for (const pattern of [NEWS_REFERENCES, NAMED_NEWS_REFERENCES, DEVELOPMENT_REFERENCES]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(span); m && out.length === 0; m = pattern.exec(span))
        if (ownMention(state, draft, (others ??= otherWords(state, draft)), first.start + m.index))
          addId(out, lead);
    }
  }
  // "these agreements" picks the set in view itself, whatever else its words name.
  if (setInView) return out;
  // What the statement's own words name or point back at, to weigh against what only the narration reaches.
  const named: string[] = [];
  for (const m of inSentence)
    if (inWords(draft, m.start)) addId(named, replacementMentionAgreement(state, m, lead));
  for (const reference of references)
    if (inWords(draft, reference.start)) addId(named, resolveBackReference(state, reference, lead));
  return ownWordsAgreements(state, draft, out, new Set(named));
}
