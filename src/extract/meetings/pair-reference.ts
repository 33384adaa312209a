// "The two leaders last held formal talks", "the two PMs also held talks", "the leaders of the two countries held
// talks": a pair named before the meeting word and told again as a pair. A pair told by its office ("the two prime
// ministers") is the last two people named before who hold that office; any other pair is the last two named.
// After the word, "talks between the two prime ministers", "the meeting between the foreign secretaries": a pair
// told by its office.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import {
  PAIR_GROUPS,
  PAIR_NOUNS,
  PAIR_OFFICE_EQUIVALENTS,
  PAIR_QUANTIFIERS,
} from '../lexicon/meeting-words.ts';
import { TITLE_ABBREVIATIONS } from '../lexicon/word-lists.ts';
import type { ExtractState, Sentence } from '../types.ts';
import { personsIn } from './meeting-agents.ts';

const QUANTIFIER = `(?:${PAIR_QUANTIFIERS.join('|')})`;
/** "the two leaders", "both foreign ministers". */
const PAIR = new RegExp(`\\b${QUANTIFIER} (?:${PAIR_NOUNS.join('|')})\\b`, 'i');
/** "the leaders of the two countries", "the presidents of both nations". */
const PAIR_OF_GROUP = new RegExp(
  `\\b(?:${PAIR_NOUNS.join('|')}) of ${QUANTIFIER} (?:${PAIR_GROUPS.join('|')})\\b`,
  'i',
);
/** "the two prime ministers", "both PMs": a plural after the quantifier, its singular captured. */
const TITLED_PAIR = new RegExp(`\\b${QUANTIFIER} ((?:\\p{L}+ )?\\p{L}+?)s\\b`, 'iu');
/** "between the two prime ministers", "between the foreign secretaries" right after the meeting word. */
const BETWEEN_PAIR = new RegExp(`^ between (?:the two|both|the) ((?:\\p{L}+ )?\\p{L}+?)s\\b`, 'iu');
/** "between the two leaders", "between the presidents of the two countries" right after the meeting word. */
const BETWEEN_GENERIC = new RegExp(
  `^ between (?:${QUANTIFIER} (?:${PAIR_NOUNS.join('|')})|the (?:${PAIR_NOUNS.join('|')}) of ${QUANTIFIER} (?:${PAIR_GROUPS.join('|')}))\\b`,
  'i',
);
/** A quantifier anywhere, and "between" right after the word: every pattern above needs one of the two. */
const ANY_QUANTIFIER = new RegExp(QUANTIFIER, 'i');
const BETWEEN_LEAD = /^ between /i;
/** How far before the meeting word the pair may be told. */
const PAIR_REACH = 60;
/** How many sentences back the pair's people are looked for: further when their office tells them apart. */
const PAIR_SENTENCES = 2;
const OFFICE_PAIR_SENTENCES = 5;

/** The office a plural names ("prime minister" for "prime ministers", "PMs"), or null. */
function pairedOffice(plural: RegExp, text: string, lexicon: Lexicon): string | null {
  const singular = plural.exec(text)?.[1]?.toLowerCase();
  if (!singular) return null;
  const expanded = TITLE_ABBREVIATIONS[singular]?.toLowerCase() ?? singular;
  const head = expanded.split(' ').pop() ?? '';
  return lexicon.titleHeads.has(head) ? expanded : null;
}

/** The last two people named before offset, from `back` sentences back, that `keep` accepts, oldest first. */
function lastTwo(
  state: ExtractState,
  sentence: Sentence,
  offset: number,
  back: number,
  keep: (id: string) => boolean,
): string[] {
  const from = state.sentences[Math.max(0, sentence.index - back)]?.start ?? 0;
  const before = personsIn(state.mentions, from, offset);
  const pair: string[] = [];
  for (let b = before.length - 1; b >= 0 && pair.length < 2; b--) {
    const id = before[b] as string;
    if (!pair.includes(id) && keep(id)) pair.unshift(id);
  }
  return pair.length === 2 ? pair : [];
}

/** Whether a title is the office's or an office news names by either word ("premier" for "prime minister"). */
function holdsOffice(title: string, office: string): boolean {
  const names = PAIR_OFFICE_EQUIVALENTS.find((group) => group.includes(office)) ?? [office];
  return names.some((name) => title.includes(name));
}

/** The pair a "the two ..." before the meeting word [offset, end) or a "between the ..." after it tells, or none. */
export function pairNamedWith(
  state: ExtractState,
  sentence: Sentence,
  offset: number,
  end: number,
  lexicon: Lexicon,
): string[] {
  const lead = state.text.slice(Math.max(sentence.start, offset - PAIR_REACH), offset);
  const after = state.text.slice(end, Math.min(sentence.end, end + PAIR_REACH));
  // Most meeting words have neither a quantifier before nor "between" after: the patterns are not run for them.
  const pairBefore = ANY_QUANTIFIER.test(lead);
  const pairAfter = BETWEEN_LEAD.test(after);
  if (!pairBefore && !pairAfter) return [];
  const office =
    (pairBefore ? pairedOffice(TITLED_PAIR, lead, lexicon) : null) ??
    (pairAfter ? pairedOffice(BETWEEN_PAIR, after, lexicon) : null);
  if (office) {
    const holders = lastTwo(state, sentence, offset, OFFICE_PAIR_SENTENCES, (id) =>
      holdsOffice((state.persons.get(id)?.title ?? '').toLowerCase(), office),
    );
    if (holders.length === 2) return holders;
  }
  if (
    (pairBefore && (PAIR.test(lead) || PAIR_OF_GROUP.test(lead))) ||
    (pairAfter && BETWEEN_GENERIC.test(after))
  )
    return lastTwo(state, sentence, offset, PAIR_SENTENCES, () => true);
  return [];
}
