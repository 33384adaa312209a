// "memoranda of understanding on trade, energy and education", "MoUs in the fields of agriculture, health and
// cyber security": a plural kind word whose subjects are listed names one instrument per subject.

import {
  SUBJECT_FIELD_NOUNS,
  SUBJECT_LIST_END_WORDS,
  SUBJECT_LIST_NOT_OPENING,
} from '../lexicon/agreement-topic-words.ts';
import { AGREEMENT_WORDS, TOPIC_TIME_ENDS } from '../lexicon/event-words.ts';
import { LISTED_SUBJECT_PREPOSITIONS } from '../lexicon/agreement-mention-words.ts';
import type { WordFactsOf } from '../events/event-modality.ts';
import type { Word } from '../types.ts';

const LISTED_SUBJECT_OPENERS: ReadonlySet<string> = new Set(LISTED_SUBJECT_PREPOSITIONS);
/** Where the list stops: a clause, a time, the occasion, or the end of the sentence. */
const LIST_END = new RegExp(
  `[;:“”"()]|(?<!(?:^|[\\s.])[A-Z])\\.(?!\\d)|,? (?:${SUBJECT_LIST_END_WORDS.join('|')}|on (?:the|a|an|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d))\\b|\\b(?:${TOPIC_TIME_ENDS.join('|')})\\b`,
);
/** How many words one listed subject may have ("cyber security", "small and medium enterprises" is two items). */
const MAX_ITEM_WORDS = 4;
const MIN_ITEMS = 3;
/** wink POS tags of a word that can only open a clause, never a listed noun phrase: ", and they agreed ...". */
const CLAUSE_OPENING_POS: ReadonlySet<string> = new Set(['AUX', 'PRON', 'SCONJ']);
/**
 * What follows a verb that opens a clause (", and welcomed them as ...", ", and agreed to ...", ", and signed the
 * ..."): a tagger may call a listed noun a verb ("trade", "transport links", "support for"), but a noun is not
 * followed by a pronoun, a determiner or "to". A preposition may follow either, so it says nothing.
 */
const AFTER_CLAUSE_VERB_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'PART', 'SCONJ', 'AUX']);

/** Whether the listed item starting at `start` opens a new clause, by the tags wink gives its first words. */
function opensClause(subject: string, start: number, facts: SentenceFacts | undefined): boolean {
  if (!facts) return false;
  const posAt = (offset: number): string => facts.of(facts.text, offset - facts.start)?.pos ?? '';
  const pos = posAt(start);
  if (CLAUSE_OPENING_POS.has(pos)) return true;
  // A gerund may be a listed subject ("mining", "farming and shipping").
  const verb = /^([a-z-]+)( +)/.exec(subject);
  if (pos !== 'VERB' || !verb?.[1] || !verb[2] || verb[1].endsWith('ing')) return false;
  return AFTER_CLAUSE_VERB_POS.has(posAt(start + verb[1].length + verb[2].length));
}

/** The tagger and the sentence it reads, when the caller has wink's part-of-speech tags. */
export interface SentenceFacts {
  of: WordFactsOf;
  text: string;
  start: number;
}

export interface ListedSubject {
  subject: string;
  start: number;
}

/** The kind word in the singular, as a name writes it: "memoranda" -> "memorandum", "MoUs" -> "MoU". */
export function singularKind(word: Word): string {
  if (word.lower === 'memoranda' || word.lower === 'memorandums') return 'memorandum';
  if (word.lower.endsWith('ies')) return `${word.lower.slice(0, -3)}y`;
  return word.lower === 'mous' ? 'MoU' : word.lower.replace(/s$/, '');
}

/**
 * The subjects listed after the plural kind word at `k` ("on A, B and C", "in the fields of A, B and C"), three or
 * more, each a short lower-case noun phrase; null when there is no such list. Two subjects joined by "and" stay
 * one description ("key agreements in counter-terrorism and data privacy"), as the gold writes them.
 */
export function listedSubjects(
  text: string,
  words: readonly Word[],
  k: number,
  sentenceEnd: number,
  facts?: SentenceFacts,
): ListedSubject[] | null {
  let j = k + 1;
  if (words[j]?.lower === 'of' && words[j + 1]?.lower === 'understanding') j += 2;
  // "memoranda of understanding (MoUs) on ...": the acronym in brackets repeats the kind word.
  const bracketed = words[j]?.gap.trim() === '(' && Object.hasOwn(AGREEMENT_WORDS, words[j]?.lower ?? '');
  if (bracketed) j++;
  const preposition = words[j];
  if (
    !preposition ||
    preposition.gap !== (bracketed ? ') ' : ' ') ||
    !LISTED_SUBJECT_OPENERS.has(preposition.lower)
  )
    return null;
  j++;
  // "in the fields of A, B and C", "on matters such as A, B and C": the subjects follow their field noun.
  if (words[j]?.lower === 'the') j++;
  if (SUBJECT_FIELD_NOUNS.has(words[j]?.lower ?? '')) {
    if (words[j + 1]?.lower === 'of') j += 2;
    else if (words[j + 1]?.lower === 'such' && words[j + 2]?.lower === 'as') j += 3;
    else return null;
  } else if (preposition.lower === 'in' || words[j - 1]?.lower === 'the') return null;
  const first = words[j];
  if (!first || first.sentence !== words[k]?.sentence) return null;
  let rest = text.slice(first.start, Math.min(sentenceEnd, first.start + 240));
  const stop = LIST_END.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  const items: ListedSubject[] = [];
  const separator = /,\s*(?:and\s+)?|\s+and\s+/g;
  let at = 0;
  let listEnd = rest.length;
  for (const m of [...rest.matchAll(separator), null]) {
    const end = m ? m.index : rest.length;
    const subject = rest.slice(at, end).trim();
    // A listed subject is a noun phrase: a pronoun, an auxiliary, or a verb with its object after a separator starts
    // the next clause (", and welcomed them as ..."), which ends the list before it.
    if (items.length > 0 && opensClause(subject, first.start + at, facts)) break;
    items.push({ subject, start: first.start + at });
    listEnd = end;
    if (m) at = m.index + m[0].length;
  }
  if (items.length < MIN_ITEMS || !rest.slice(0, listEnd).includes(',')) return null;
  for (const { subject } of items) {
    const parts = subject.split(' ');
    if (parts.length === 0 || parts.length > MAX_ITEM_WORDS) return null;
    // Each a lower-case noun phrase: no article, no kind word ("an agreement on X, memoranda on Y"), no name.
    if (!parts.every((p) => /^[a-z][a-z-]*$/.test(p))) return null;
    if (SUBJECT_LIST_NOT_OPENING.has(parts[0] ?? '')) return null;
    if (parts.some((p) => Object.hasOwn(AGREEMENT_WORDS, p))) return null;
  }
  return items;
}
