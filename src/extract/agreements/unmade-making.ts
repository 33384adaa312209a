// Whether an agreement noun names what the sides failed or were asked to make ("after failing earlier this month to
// reach an agreement on the flow of water", "called on the warring parties to agree to a ceasefire"): no instrument.

import {
  ASKED_MAKING_LINKS,
  ASKED_MAKING_VERBS,
  ASKING_CALL_PREPOSITIONS,
  ASKING_CALL_VERBS,
  ASKING_VERBS,
  ASKING_WORD_REACH,
  DENIAL_BREAKING_TAGS,
  DENIED_AGREEMENT_REACH,
  DENIED_MAKING_GERUNDS,
  DENIED_OPENERS,
  DENIED_REPORT_NOUNS,
  DENIED_REPORT_REACH,
  DENYING_MADE_VERBS,
  DENYING_VERB_REACH,
  DISPUTING_REPORT_VERBS,
  FAILED_MAKING_LINKS,
  NEGATED_MAKING_LINKS,
  FAILED_MAKING_VERBS,
  FAILING_CONDITIONS,
  FAILING_WORD_REACH,
  FAILING_WORDS,
  ON_THE_TABLE_DETERMINERS,
  REFUSED_AGREEMENT_LINKS,
} from '../lexicon/agreement-mention-words.ts';
import { DENYING_BEFORE } from '../lexicon/act-words.ts';
import { CEASEFIRE_NAME_WORDS, OWN_TOPIC_PREPOSITIONS } from '../lexicon/agreement-reference-words.ts';
import { modalityAt } from '../events/event-modality.ts';
import type { Word } from '../types.ts';

/** The word that joins a second verb to the making verb ("reach and enforce"). */
const COORDINATOR = 'and';

/** How many words may stand between the making verb and the kind word, past its link ("agree to an effective short-term ceasefire"). */
const NOUN_REACH = 3;

/** Whether word `i` stands in the clause of the word at `k`: its sentence, no comma or semicolon after it. */
const inClause = (words: readonly Word[], k: number, i: number): boolean =>
  words[i]?.sentence === words[k]?.sentence && !/[,;:]/.test(words[i + 1]?.gap ?? '');

/** Whether the word at `j` is a ceasefire word or inside its "of" compound ("truce", "cessation of hostilities"). */
function inCeasefireName(words: readonly Word[], j: number): boolean {
  if (isCeasefireWord(words, j)) return true;
  if (words[j]?.lower === 'of') return isCeasefireWord(words, j - 1);
  return words[j - 1]?.lower === 'of' && isCeasefireWord(words, j - 2);
}

/** Whether words[i] is a ceasefire word. A module function: tsx renames a named closure at every call. */
function isCeasefireWord(words: readonly Word[], i: number): boolean {
  return CEASEFIRE_NAME_WORDS.has(words[i]?.lower ?? '');
}

/**
 * Where the making verb of the kind word at `k` stands, one of `verbs`, and the word before it one of `links`: "reach
 * an agreement", "agree on Sudan ceasefire", "agree to an effective short-term ceasefire". The words between are
 * "to"/"on", an indefinite article and its modifiers, or the sides' capitalized names; -1 when there is none.
 */
function makingVerbAt(
  words: readonly Word[],
  k: number,
  verbs: ReadonlySet<string>,
  links: ReadonlySet<string>,
): number {
  let article = false;
  for (let j = k - 1; j >= 0 && k - j <= NOUN_REACH + 2 && inClause(words, k, j); j--) {
    const word = words[j] as Word;
    if (verbs.has(word.lower))
      return j < k - 1 && links.has(words[j - 1]?.lower ?? '') && inClause(words, k, j - 1) ? j : -1;
    if (ON_THE_TABLE_DETERMINERS.has(word.lower)) return -1;
    // "to reach and enforce a new cease-fire agreement": a second verb coordinated after the making verb shares its
    // object, and the making verb's own link is the one asked for.
    if (
      word.lower === COORDINATOR &&
      article &&
      j + 1 < k &&
      verbs.has(words[j - 1]?.lower ?? '') &&
      inClause(words, k, j - 1)
    )
      return links.has(words[j - 2]?.lower ?? '') && inClause(words, k, j - 2) ? j - 1 : -1;
    if (word.lower === 'a' || word.lower === 'an') article = true;
    else if (
      !REFUSED_AGREEMENT_LINKS.has(word.lower) &&
      !word.cap &&
      !article &&
      !word.lower.includes('-') &&
      // "to sign ceasefire agreement", "to sign cessation of hostilities deal": a ceasefire's name says the kind, as a
      // modifier after "a" would.
      !inCeasefireName(words, j)
    ) {
      // A lower-case modifier stands only after its article ("an effective ceasefire"), seen walking back later.
      if (!words.slice(Math.max(0, j - NOUN_REACH), j).some((w) => w.lower === 'a' || w.lower === 'an'))
        return -1;
    }
  }
  return -1;
}

/**
 * The kind word at `k` is the object of a making verb joined by "to"/"in" to a failing word a few words before it in
 * the same clause: "after failing earlier this month to reach an agreement", "the inability of the first round of
 * talks in Jeddah in reaching an agreement", "regret inability to agree on Sudan ceasefire". A failure under "if"
 * ("pressure if it fails to agree to a new nuclear agreement") leaves the agreement under negotiation.
 */
export function failedMaking(words: readonly Word[], k: number): boolean {
  const verb = makingVerbAt(words, k, FAILED_MAKING_VERBS, FAILED_MAKING_LINKS);
  if (verb === -1) return false;
  for (let i = verb - 2; i >= Math.max(0, verb - 1 - FAILING_WORD_REACH) && inClause(words, k, i); i--)
    if (FAILING_WORDS.has(words[i]?.lower ?? ''))
      return ![words[i - 1], words[i - 2]].some((w) => w !== undefined && FAILING_CONDITIONS.has(w.lower));
  return false;
}

/**
 * The kind word at `k` is the indefinite object of a making verb that a negation scopes: "No one was going to agree on
 * a ceasefire", "Pakistan could not sign a similar agreement with anyone else". wink's negation flag of the verb
 * (`negatedAt`) reaches a negating subject farther back ("No one ... agree"); "has not agreed to the deal" names a deal
 * on the table, and so does any definite object.
 */
export function negatedMaking(words: readonly Word[], k: number, negatedAt: (i: number) => boolean): boolean {
  const verb = makingVerbAt(words, k, FAILED_MAKING_VERBS, NEGATED_MAKING_LINKS);
  if (verb === -1 || modalityAt(words, verb, negatedAt(verb)) !== 'negated') return false;
  // "sanctions if it fails to agree to a new mining agreement": a condition leaves the deal under negotiation.
  for (let i = verb - 1; i >= Math.max(0, verb - FAILING_WORD_REACH) && inClause(words, k, i); i--)
    if (FAILING_CONDITIONS.has(words[i]?.lower ?? '')) return false;
  return true;
}

/** How many words after "on" a ceasefire word may stand in the kind word's topic ("an agreement on the cessation"). */
const TOPIC_REACH = 3;

/**
 * Whether the noun phrase after the making verb at `verb`, up to its kind word at `k` and a topic after "on", is of
 * the ceasefire family ("truce", "ceasefire agreement", "a cessation of hostilities agreement", "an agreement on the
 * cessation of hostilities").
 */
function ofCeasefireFamily(words: readonly Word[], verb: number, k: number): boolean {
  const topic = OWN_TOPIC_PREPOSITIONS.has(words[k + 1]?.lower ?? '') ? k + 2 + TOPIC_REACH : k + 1;
  return words
    .slice(verb + 1, topic)
    .some(
      (w) => w.sentence === words[k]?.sentence && w.lower.split('-').some((p) => CEASEFIRE_NAME_WORDS.has(p)),
    );
}

/**
 * The ceasefire at `k` is what a speaker asks the sides to make: "called on the warring parties in Sudan to agree to a
 * ceasefire", "urge warring Sudan rivals to agree short-term ceasefire", "called upon the parties to resolve the
 * matter and sign a ceasefire agreement". An agreement on the table ("urged them to accept the deal") is not one, nor
 * is another kind ("urged Washington to reach an agreement on the revival of the deal" names one under negotiation).
 */
export function askedMaking(words: readonly Word[], k: number): boolean {
  const verb = makingVerbAt(words, k, ASKED_MAKING_VERBS, ASKED_MAKING_LINKS);
  if (verb === -1 || !ofCeasefireFamily(words, verb, k)) return false;
  // The asked side's name counts as one word, however long ("to persuade the Sudan People's Liberation
  // Movement-North (SPLM-N) led by ... to sign a truce agreement"): only lower-case words use up the reach.
  let reach = 0;
  for (let i = verb - 2; i >= 0 && reach < ASKING_WORD_REACH && inClause(words, k, i); i--) {
    if (!words[i]?.cap) reach++;
    const word = words[i]?.lower ?? '';
    if (ASKING_VERBS.has(word)) return true;
    if (ASKING_CALL_VERBS.has(word) && ASKING_CALL_PREPOSITIONS.has(words[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

const DENYING = new Set(DENYING_BEFORE);

/**
 * The kind word at `k` is what a denied report tells of: "dismissed reports of reaching a limited cease-fire deal",
 * "dismissed as incorrect a report that it had reached a deal for a truce", "denied the president's assertion that they
 * had signed a ceasefire agreement", "disputed a claim by officials of an agreement". The report noun stands in the kind word's
 * clause, and a denying verb a few words before it.
 */
export function deniedReport(words: readonly Word[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - DENIED_REPORT_REACH) && inClause(words, k, i); i--) {
    if (!DENIED_REPORT_NOUNS.has(words[i]?.lower ?? '')) continue;
    for (let j = i - 1; j >= Math.max(0, i - DENYING_VERB_REACH) && inClause(words, k, j); j--)
      if (DENYING.has(words[j]?.lower ?? '') || DISPUTING_REPORT_VERBS.has(words[j]?.lower ?? ''))
        return true;
    return false;
  }
  return false;
}

/**
 * The kind word at `k` is what a denying verb says nobody made: its object ("denied a ceasefire agreement with Hamas",
 * "Deny Ceasefire Agreement Reached", "denies any agreement between"), a making gerund's ("deny agreeing to
 * ceasefire") or the subject of its "that" clause ("denied that a cease-fire had been agreed upon"). A definite
 * determiner ("denied the deal had collapsed") or another verb ("denied violating a ceasefire agreement") between them
 * leaves a deal on the table. `posAt` is wink's part of speech of a word of the kind word's sentence.
 */
export function deniedAgreement(
  words: readonly Word[],
  k: number,
  posAt: (i: number) => string | undefined,
): boolean {
  let verb = -1;
  for (let i = k - 1; i >= Math.max(0, k - DENIED_AGREEMENT_REACH) && inClause(words, k, i); i--)
    if (DENYING_MADE_VERBS.has(words[i]?.lower ?? '')) {
      verb = i;
      break;
    }
  if (verb === -1) return false;
  for (let i = verb + 1; i < k; i++) {
    const word = words[i] as Word;
    if (DENIED_OPENERS.has(word.lower) || DENIED_MAKING_GERUNDS.has(word.lower)) continue;
    if (word.lower === 'that') {
      if (i === verb + 1 && DENIED_OPENERS.has(words[i + 1]?.lower ?? '')) continue;
      return false;
    }
    if (ON_THE_TABLE_DETERMINERS.has(word.lower)) return false;
    if (REFUSED_AGREEMENT_LINKS.has(word.lower) && DENIED_MAKING_GERUNDS.has(words[i - 1]?.lower ?? ''))
      continue;
    if (DENIAL_BREAKING_TAGS.has(posAt(i) ?? '')) return false;
  }
  return true;
}
