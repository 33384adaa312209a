// The formal title of an instrument: its name, its parties and its subject, as official news lists what was signed
// ("Memorandum of Understanding between the Ministry of Agriculture of the Republic of Tajikistan and ... on ...").

import {
  FORMAL_PARTY_JOINERS,
  FORMAL_SUBJECT_OPENERS,
  FORMAL_TITLE_DATE_WORDS,
} from '../lexicon/agreement-topic-words.ts';
import { startingIn } from '../mention-index.ts';
import type { WordFactsOf } from '../events/event-modality.ts';
import type { ExtractState, Word } from '../types.ts';

/**
 * Between two words of one title: spaces, the quotes and guillemets of a name inside it, and a possessive's "'s"
 * (the tokenizer leaves it in the gap: "the People's Republic of China", "Lao People's Democratic Republic").
 */
const TITLE_GAP = /^(?:['’]s)?[ «»"“”‘’']+$/;
/** Words of a subject before its parties ("Agreement on cooperation between ..."). */
const MAX_LEADING_SUBJECT_WORDS = 4;
/** A party phrase of two ministries, each "of the Republic of ...", stays well within this. */
const MAX_PARTY_WORDS = 30;
const MAX_SUBJECT_WORDS = 12;
const QUOTE_MARK = /[«»"“”]/;
/** Parts of speech that end a subject: the title is over and the sentence goes on ("... visa arrangement took place"). */
const CLAUSE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PRON', 'SCONJ']);

/**
 * The index of the last word of a formal title whose name ends at word `last`, or -1: the name goes on through
 * " between <parties>" (capitalized names, at least one a country, joined by "of", "the", "and") and then through
 * " on|in <subject>" up to the punctuation or the verb that ends it. A name with no such party phrase is left as it
 * is ("the Treaty of Maipu on Tuesday").
 */
export function formalTitleEnd(state: ExtractState, last: number, facts?: WordFactsOf): number {
  const { words } = state;
  const sentence = words[last]?.sentence;
  const joined = (j: number): boolean => {
    const word = words[j];
    return word !== undefined && word.sentence === sentence && TITLE_GAP.test(word.gap);
  };
  let j = last + 1;
  // "Agreement on cooperation between ...": a short lower-case subject may come before the parties.
  if (FORMAL_SUBJECT_OPENERS.has(words[j]?.lower ?? '') && joined(j)) {
    let k = j + 1;
    while (k - j <= MAX_LEADING_SUBJECT_WORDS && joined(k) && !words[k]?.cap && words[k]?.lower !== 'between')
      k++;
    if (words[k]?.lower === 'between' && joined(k)) j = k;
  }
  if (words[j]?.lower !== 'between' || !joined(j)) return -1;
  const partiesStart = words[j + 1]?.start ?? 0;
  let partiesEnd = -1;
  let sawAnd = false;
  for (let k = j + 1; k <= j + MAX_PARTY_WORDS && joined(k); k++) {
    const word = words[k] as Word;
    // A quote mark closes a quoted title: '..." and the "Agreement on ...' is the next instrument of a list.
    if (k > j + 1 && QUOTE_MARK.test(word.gap)) break;
    if (word.cap) partiesEnd = k;
    else if (!FORMAL_PARTY_JOINERS.has(word.lower)) break;
    else if (word.lower === 'and') sawAnd = true;
    // "... of Egypt on cooperation": "on" before a lower-case word opens the subject, not another name.
    // Nor does "on Monday", a date.
    if (word.lower === 'on' && (!words[k + 1]?.cap || whenOrWhere(state, k + 1))) break;
  }
  if (partiesEnd === -1 || !sawAnd) return -1;
  const countries = startingIn(state.mentions, partiesStart, (words[partiesEnd] as Word).end).filter(
    (m) => m.kind === 'country',
  );
  if (countries.length === 0) return -1;
  let end = partiesEnd;
  const opener = words[partiesEnd + 1];
  if (
    opener &&
    FORMAL_SUBJECT_OPENERS.has(opener.lower) &&
    joined(partiesEnd + 1) &&
    !whenOrWhere(state, partiesEnd + 2)
  ) {
    const sentenceStart = state.sentences[opener.sentence]?.start ?? 0;
    const sentenceText = state.text.slice(sentenceStart, state.sentences[opener.sentence]?.end ?? 0);
    for (let k = partiesEnd + 2; k <= partiesEnd + 1 + MAX_SUBJECT_WORDS && joined(k); k++) {
      const word = words[k] as Word;
      // A capitalized word is a name within the subject ("the 'Work and Holiday' visa arrangement").
      if (!word.cap && CLAUSE_POS.has(facts?.(sentenceText, word.start - sentenceStart)?.pos ?? '')) break;
      end = k;
    }
    while (end > partiesEnd + 1 && FORMAL_PARTY_JOINERS.has(words[end]?.lower ?? '')) end--;
    if (end === partiesEnd + 1) end = partiesEnd;
  }
  return end;
}

/** "... and the Government of Peru on Monday", "... in Lima": a date or a place after the parties, not a subject. */
function whenOrWhere(state: ExtractState, k: number): boolean {
  const word = state.words[k];
  if (!word) return false;
  if (FORMAL_TITLE_DATE_WORDS.has(word.lower)) return true;
  return startingIn(state.mentions, word.start, word.end).some((m) => m.start === word.start);
}
