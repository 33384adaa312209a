// Who speaks to a sitting: "Guterres told an Arab summit", "Hemedti addressed the IGAD meeting", "Addressing the
// summit, Faki said". The speaker takes part in the sitting; reporters' conferences are no meetings at all.

import {
  SITTING_BODY_HEADS,
  ADDRESS_SUBJECT_AUXILIARIES,
  ADDRESS_VERBS,
  ADDRESSED_GAP_WORDS,
  FRONTED_ADDRESS_VERBS,
  SPEECH_NOUNS,
  SPEECH_OPENING_WORDS,
  SPEECH_SITTING_LEADS,
  SUBJECT_PRONOUNS,
} from '../lexicon/meeting-words.ts';
import { startingIn } from '../mention-index.ts';
import type { ExtractState, Sentence, Word } from '../types.ts';
import { subjectPronounReferent } from './meeting-agents.ts';
import { nameHead } from './sitting-body.ts';

/** How many words may name and qualify the sitting between the verb and the meeting word: "the UN Security Council". */
const ADDRESSED_MODIFIERS = 6;
/** How far back (characters) a speaker's name may start before the verb. */
const SPEAKER_NAME_REACH = 80;
/** How far after the comma (characters) the speaker of a fronted "Addressing the summit," may end: "Mr Mahamat". */
const FRONTED_SPEAKER_REACH = 100;
/** How far past the sitting word (characters) the opening clause's comma may come: "the summit in Algeria,". */
const FRONTED_PLACE_REACH = 30;
const CLAUSE_GAP = /[,;:"“”()]/;
/** A title set off by a comma before the speaker's name: " the OIC secretary-general, Dr. ". */
const TITLE_APPOSITION = /^ the [^,;:"“”()]{1,40}, [^,;:"“”()]*$/;

/** A word that may stand inside the sitting's name: a capitalized or hyphenated one, a possessive, a listed one. */
function nameWord(w: Word): boolean {
  return w.cap || w.lower.includes('-') || /^['’]s$/.test(w.lower) || ADDRESSED_GAP_WORDS.has(w.lower);
}

/** "Addressing the summit, Mr Mahamat reflected": the person right after the comma of the opening clause, or null. */
function frontedSpeaker(state: ExtractState, verb: Word, k: number): string | null {
  const { words, mentions, text } = state;
  const sentence = state.sentences[verb.sentence];
  const word = words[k];
  if (!sentence || !word || verb.start !== sentence.start) return null;
  // The opening clause ends at the first comma past the sitting: "to the summit in Algeria, Abbas called".
  const comma = text.indexOf(',', word.end);
  if (comma < 0 || comma >= sentence.end || comma - word.end > FRONTED_PLACE_REACH) return null;
  const speaker = startingIn(mentions, comma, comma + FRONTED_SPEAKER_REACH).find(
    (m) => m.kind === 'person' && m.sentence === verb.sentence,
  );
  if (!speaker) return null;
  // Nothing but the speaker's title words between the comma and the name: no clause of its own.
  // "the OIC secretary-general, Dr. Yousef ...": a title set off before the name is the name's all the same.
  const lead = text.slice(comma + 1, speaker.start);
  return !CLAUSE_GAP.test(lead) || TITLE_APPOSITION.test(lead) ? speaker.id : null;
}

/**
 * "In his address to the summit, Al-Burhan reaffirmed", "Delivering his opening speech at the meeting, Sheikh Sabah
 * welcomed": a sentence opening with a speech given to the sitting word k (lead word j) has its speaker after the comma.
 */
function speechSpeaker(state: ExtractState, j: number, k: number): string | null {
  const { words } = state;
  const noun = words[j - 1];
  if (!noun || !SPEECH_NOUNS.has(noun.lower)) return null;
  let i = j - 2;
  while (i >= 0 && words[i]?.sentence === noun.sentence && SPEECH_OPENING_WORDS.has(words[i]?.lower ?? ''))
    i--;
  const opening = words[i + 1] as Word;
  return i + 1 < j - 1 ? frontedSpeaker(state, opening, k) : null;
}

/** The person who speaks to the sitting the meeting word k names, or null. */
export function addressedBy(state: ExtractState, k: number): string | null {
  const { words, mentions } = state;
  const word = words[k];
  if (!word || CLAUSE_GAP.test(word.gap)) return null;
  let j = k - 1;
  while (j >= 0 && k - j <= ADDRESSED_MODIFIERS && words[j]?.sentence === word.sentence) {
    const w = words[j] as Word;
    if (ADDRESS_VERBS.has(w.lower) || FRONTED_ADDRESS_VERBS.has(w.lower) || SPEECH_SITTING_LEADS.has(w.lower))
      break;
    if (!nameWord(w) || CLAUSE_GAP.test(w.gap)) return null;
    j--;
  }
  const verb = words[j];
  if (!verb || verb.sentence !== word.sentence) return null;
  if (FRONTED_ADDRESS_VERBS.has(verb.lower)) return frontedSpeaker(state, verb, k);
  if (SPEECH_SITTING_LEADS.has(verb.lower)) return speechSpeaker(state, j, k);
  if (!ADDRESS_VERBS.has(verb.lower)) return null;
  let s = j - 1;
  while (s >= 0 && ADDRESS_SUBJECT_AUXILIARIES.has(words[s]?.lower ?? '')) s--;
  const subject = words[s];
  if (!subject || subject.sentence !== word.sentence || CLAUSE_GAP.test(words[s + 1]?.gap ?? '')) return null;
  if (SUBJECT_PRONOUNS.has(subject.lower))
    return subjectPronounReferent(state, state.sentences[word.sentence] as Sentence, subject.start);
  const speaker = startingIn(mentions, Math.max(0, subject.start - SPEAKER_NAME_REACH), subject.end).find(
    (m) => m.kind === 'person' && m.end === subject.end,
  );
  return speaker?.id ?? null;
}

/**
 * "Grundberg told the Security Council", "as he briefed the UN Security Council today": a council spoken to sits,
 * with no meeting word. The council word k ends the council's name; the speaker and the council, or null.
 */
export function councilSpokenTo(state: ExtractState, k: number): { speaker: string; council: string } | null {
  const word = state.words[k];
  if (!word) return null;
  const council = startingIn(state.mentions, Math.max(0, word.start - SPEAKER_NAME_REACH), word.end).find(
    (m) =>
      m.kind === 'org' &&
      m.end === word.end &&
      SITTING_BODY_HEADS.has(nameHead(state.organizations.get(m.id)?.name ?? '')),
  );
  if (!council) return null;
  const speaker = addressedBy(state, k);
  return speaker ? { speaker, council: council.id } : null;
}
