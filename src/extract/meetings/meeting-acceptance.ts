// Whether a meeting word names a meeting where it stands: "met with", "received the envoy", "a call with", "a working
// dinner" do; "a press conference", "a call for calm", "a joint meeting of Congress" do not.

import type { MeetingItem } from '../../domain/extraction-result.ts';
import {
  CALL_DETERMINERS,
  CALL_PARTNER_WORDS,
  CALL_ON_WORDS,
  CONVERSATION_VERBS,
  DIALOGUE_FORMATS,
  PHONE_TALK_VERBS,
  MEAL_MODIFIERS,
  MEAL_WORDS,
  MEETING_WORDS,
  TOGETHER_CUES,
  NOT_MEETING_BEFORE,
  TRAVEL_VERBS,
} from '../lexicon/event-words.ts';
import {
  ARRIVAL_VERBS,
  CALL_BEFORE,
  CALL_WITH_BEFORE,
  CALL_CUES,
  CONVERSATION_HOLDING_GAP,
  CONVERSATION_OWNER_GAP,
  CONVERSATION_NOUNS,
  CONVENED_OBJECT_REACH,
  CONVENING_VERBS,
  DISCUSSION_NOUNS,
  DISCUSSION_WORDS,
  HONOUR_VERBS,
  LEGISLATURES,
  PLURAL_HOLDING_GAP,
  PLURAL_HOLDING_VERBS,
  PLURAL_MEETING_WORDS,
  PLURAL_PARTNER_LEADS,
  MEDIUM_ONLY_CONVERSATION,
  MET_PLACE_LEADS,
  MET_PRECEDING_WORDS,
  OBJECT_PRONOUNS,
  PASSIVE_AUXILIARIES,
  PRONOUN_OWNERS,
  RECEPTION_VERBS,
  WELCOME_VERBS,
  MEAL_HEADS,
  SESSION_MODIFIERS,
  SESSION_ORDINAL,
  SESSION_ORDINAL_WORDS,
  SIDELINES_WORDS,
} from '../lexicon/meeting-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { FACILITY_HEADS } from '../lexicon/word-lists.ts';
import { adverbialsEnd } from './meeting-adverbials.ts';
import { includedPartners } from './included-partners.ts';
import {
  afterMedium,
  objectAfter,
  passiveReception,
  personObject,
  personsIn,
  previousSubject,
  titledGuest,
  receivedPartner,
  titledPartner,
  courtesyCallTo,
} from './meeting-agents.ts';
import { startingIn } from '../mention-index.ts';
import { phonedPersons, phoningEnd } from './phoning.ts';
import { heldAfter } from './held-after.ts';
import { followUpAt } from './follow-up.ts';
import { pairNamedWith } from './pair-reference.ts';
import type { ExtractState, Sentence, Word } from '../types.ts';
import { clausePunctuationBefore } from '../text/clause-punctuation.ts';

/** "Qureshi called on President Rajapaksa": a person right after "on", and no "to" of an appeal after them. */
function callsOn(state: ExtractState, k: number, lexicon: Lexicon): boolean {
  const word = state.words[k] as Word;
  const object = objectAfter(state, k + 1);
  if (!object) return false;
  // "called on President X to stop the arms sales": an appeal, not a visit.
  if (/^\s*to\b/.test(state.text.slice(object.end, object.end + 5))) return false;
  if (personsIn(state.mentions, object.start, object.end).length > 0) return true;
  // "paid a courtesy call on the Sultan of Brunei, Sultan X": a title chain may hold a comma before the name.
  const lead = state.words[k + 1]?.lower ?? '';
  return titledPartner(state, word, state.sentences[word.sentence] as Sentence, lexicon, lead) !== null;
}

/**
 * "the India-US 2+2 ministerial dialogue", "the 'two-plus-two' dialogue": the format word right before, "2+2" read
 * back from its two words and the "+" between them.
 */
function dialogueFormat(state: ExtractState, k: number): boolean {
  const previous = state.words[k - 1];
  const first = state.words[k - 2];
  if (!previous) return false;
  const joined = first && previous.gap === '+' ? `${first.lower}+${previous.lower}` : previous.lower;
  return DIALOGUE_FORMATS.has(joined);
}

/** A talking verb earlier in the sentence, up to twelve words back: "would speak with Kim Jong-un on the phone". */
function talkedBefore(state: ExtractState, k: number): boolean {
  const sentence = state.words[k]?.sentence;
  for (let j = k - 1; j >= Math.max(0, k - 12) && state.words[j]?.sentence === sentence; j--)
    if (PHONE_TALK_VERBS.has(state.words[j]?.lower ?? '')) return true;
  return false;
}

const WITH_LEAD = /^[”"’]? with /;
const PLURAL_LEAD = new RegExp(`^ (?:${PLURAL_PARTNER_LEADS.join('|')}) `);
/** "the discussions in Kinshasa between Egypt, Ethiopia and Sudan": a pair's lead. */
const BETWEEN_LEAD = /^ between /;

/**
 * "held discussions in Addis Ababa with X": the first name after "with", past the meeting's place and day, is a
 * person's; with `countries`, a country named by its name ("meetings with Fiji and Palau") also partners.
 */
function discussedWith(
  state: ExtractState,
  k: number,
  countries = false,
  lead = countries ? PLURAL_LEAD : WITH_LEAD,
): boolean {
  const word = state.words[k];
  if (!word) return false;
  const sentence = state.sentences[word.sentence] as Sentence;
  const last = state.words[adverbialsEnd(state, k, sentence)] ?? word;
  if (!lead.test(state.text.slice(last.end, last.end + 9))) return false;
  // The call of the same sentence is the event: "discussed with X in a phone call".
  const { words } = state;
  for (let j = k - 1; words[j]?.sentence === word.sentence; j--)
    if (CALL_CUES.has(words[j]?.lower ?? '')) return false;
  for (let j = k + 1; words[j]?.sentence === word.sentence; j++)
    if (CALL_CUES.has(words[j]?.lower ?? '')) return false;
  const phrase = /^[^,;]*/.exec(state.text.slice(last.end, Math.min(sentence.end, last.end + 90)))?.[0] ?? '';
  // "with Kenyan President X": a demonym is part of the title, not the partner.
  const first = startingIn(state.mentions, last.end, last.end + phrase.length).find(
    (m) => !(m.kind === 'country' && m.via === 'demonym'),
  );
  if (first?.kind === 'person' || (countries && first?.kind === 'country')) return true;
  // "meetings with important personalities, including Foreign Minister X": a partner named among the few.
  return first === undefined && includedPartners(state, last.end + phrase.length, sentence).length > 0;
}

/** "a conversation with US President X": "with", maybe past a closing quote, and a person named in its phrase. */
function conversedWith(state: ExtractState, k: number): boolean {
  const word = state.words[k];
  const sentence = word ? state.sentences[word.sentence] : undefined;
  if (!word || !sentence) return false;
  const lead = WITH_LEAD.exec(state.text.slice(word.end, word.end + 9));
  if (!lead) return false;
  const from = word.end + lead[0].length;
  const phrase = /^[^,;]*/.exec(state.text.slice(from, Math.min(sentence.end, from + 90)))?.[0] ?? '';
  return startingIn(state.mentions, from, from + phrase.length).some((m) => m.kind === 'person');
}

/** "his latest conversation", "Trump's conversation": an owner (possessive pronoun or "'s") a few words before. */
function ownedBefore(state: ExtractState, k: number): boolean {
  const word = state.words[k] as Word;
  for (let j = k - 1; j >= Math.max(0, k - CONVERSATION_OWNER_GAP); j--) {
    const before = state.words[j] as Word;
    if (before.sentence !== word.sentence || clausePunctuationBefore(state.words[j + 1])) return false;
    if (PRONOUN_OWNERS.has(before.lower) || POSSESSIVE_S.test(state.text.slice(before.end, before.end + 3)))
      return true;
  }
  return false;
}

/** The possessive ending a tokenized name leaves in the gap after it ("Putin's" -> "Putin" + "'s"). */
const POSSESSIVE_S = /^['’]s\b/i;

/** "held sound meetings", "had two bilateral meetings": a verb of holding a few words before, in the clause. */
function heldBefore(state: ExtractState, k: number, gap = PLURAL_HOLDING_GAP): boolean {
  const word = state.words[k] as Word;
  for (let j = k - 1; j >= Math.max(0, k - 1 - gap); j--) {
    const before = state.words[j] as Word;
    if (before.sentence !== word.sentence) return false;
    if (PLURAL_HOLDING_VERBS.has(before.lower)) return true;
    if (clausePunctuationBefore(state.words[j + 1])) return false;
  }
  return false;
}

/** "would convene an extraordinary summit": a meeting noun a few words after word k, in its clause, is its object. */
function meetingObject(state: ExtractState, k: number): boolean {
  const sentence = state.words[k]?.sentence;
  for (let j = k + 1; j <= k + CONVENED_OBJECT_REACH && state.words[j]?.sentence === sentence; j++) {
    if (clausePunctuationBefore(state.words[j])) return false;
    if (Object.hasOwn(MEETING_WORDS, state.words[j]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "The two foreign ministers met in New York", "X and Y, respectively, met in Beijing": "met" placed by
 * "in/at (the)" and a place or country named right after.
 */
function metAtPlace(state: ExtractState, k: number): boolean {
  const { words } = state;
  if (!MET_PLACE_LEADS.has(words[k + 1]?.lower ?? '')) return false;
  const named = words[k + 2]?.lower === 'the' ? words[k + 3] : words[k + 2];
  if (!named || named.sentence !== words[k]?.sentence) return false;
  return startingIn(state.mentions, named.start, named.end).some(
    (m) => m.start === named.start && (m.kind === 'place' || m.kind === 'country'),
  );
}

/**
 * A person named before word k in its sentence, or a pair told as such ("The two ministers met in Algeria"): "chief
 * nuclear negotiators met in Berlin" names no one, and is mostly the talks told by name elsewhere.
 */
function peopleBefore(state: ExtractState, k: number, lexicon: Lexicon): boolean {
  const word = state.words[k] as Word;
  const sentence = state.sentences[word.sentence] as Sentence;
  return personsIn(state.mentions, sentence.start, word.start).length > 0 || pairHolds(state, k, lexicon);
}

/** Whether a pair told as such ("both heads", "the two prime ministers") holds the meeting word k. */
function pairHolds(state: ExtractState, k: number, lexicon: Lexicon): boolean {
  const word = state.words[k] as Word;
  return (
    pairNamedWith(state, state.sentences[word.sentence] as Sentence, word.start, word.end, lexicon).length ===
    2
  );
}

/** A place, or a country by its name, starting right after "in" past arrival word k. */
function arrivalDestination(state: ExtractState, k: number): boolean {
  const at = state.words[k + 2];
  return (
    at !== undefined &&
    startingIn(state.mentions, at.start, at.start + 1).some(
      (m) => m.kind === 'place' || (m.kind === 'country' && (m.via === 'name' || m.via === 'alias')),
    )
  );
}

/** Whether the sentence of word k holds a meeting word besides it ("summit", "talks", "visit", "met"). */
function otherMeetingWord(state: ExtractState, k: number): boolean {
  const sentence = state.words[k]?.sentence;
  for (let j = k - 1; j >= 0 && state.words[j]?.sentence === sentence; j--)
    if (Object.hasOwn(MEETING_WORDS, state.words[j]?.lower ?? '')) return true;
  for (let j = k + 1; j < state.words.length && state.words[j]?.sentence === sentence; j++)
    if (Object.hasOwn(MEETING_WORDS, state.words[j]?.lower ?? '')) return true;
  return false;
}

/** "on the sidelines of (the) 80th session": an edge word and "of" right before the modifier at word `m`. */
function sidelinesOf(state: ExtractState, m: number): boolean {
  const at = state.words[m - 1]?.lower === 'the' ? m - 2 : m - 1;
  return state.words[at]?.lower === 'of' && SIDELINES_WORDS.has(state.words[at - 1]?.lower ?? '');
}

export function acceptable(
  state: ExtractState,
  k: number,
  kind: MeetingItem['kind'],
  lexicon: Lexicon,
): boolean {
  const { words } = state;
  const word = words[k];
  const before = words[k - 1]?.lower ?? '';
  const after = words[k + 1]?.lower ?? '';
  if (!word) return false;
  // "received at the International Conference Centre", "seated at the State House Conference Centre": a capitalized
  // meeting word a building's head follows is part of that building's name.
  const next = words[k + 1];
  if (word.cap && next?.gap === ' ' && FACILITY_HEADS.has(next.text)) return false;
  // "talks hosted by X" is a participle on a meeting already named, not a new one.
  // "X was warmly received by Y": the guest before, the host after "by".
  if (RECEPTION_VERBS.has(word.lower)) {
    if (passiveReception(state, k, PASSIVE_AUXILIARIES).length > 0) return true;
    if (WELCOME_VERBS.has(word.lower)) return titledGuest(state, k, lexicon) !== null;
    // "received a phone call from X" is the call, read at "call", not a reception.
    const object = objectAfter(state, k);
    const objectWords = object ? state.text.slice(object.start, object.end).toLowerCase().split(/\W+/) : [];
    if (objectWords.some((w) => CALL_CUES.has(w))) return false;
    if (OBJECT_PRONOUNS.has(after))
      return previousSubject(state, state.sentences[word.sentence] as Sentence) !== null;
    return (
      after !== 'by' && (personObject(state, k).length > 0 || receivedPartner(state, k, lexicon) !== null)
    );
  }
  // "telephoned President X", "called up his counterpart X": a call with a person as the object.
  if (phoningEnd(state, k) >= 0) return phonedPersons(state, k).length > 0;
  // "held discussions with the chairperson": talks only with a person named after "with". "Both heads held
  // bilateral discussions": a pair named before that held them.
  if (DISCUSSION_WORDS.has(word.lower))
    return (
      !(HONOUR_VERBS.has(word.lower) && PASSIVE_AUXILIARIES.has(before)) &&
      (discussedWith(state, k) ||
        // "the three-way discussions in Kinshasa between Egypt, Ethiopia and Sudan": the sides named after "between".
        (DISCUSSION_NOUNS.has(word.lower) && discussedWith(state, k, true, BETWEEN_LEAD)) ||
        (DISCUSSION_NOUNS.has(word.lower) && heldBefore(state, k) && pairHolds(state, k, lexicon)))
    );
  // "will hold follow-up meetings": further sittings of sides already met (follow-up.ts gives them those sides).
  // "attend a series of ASEAN Summits in Phnom Penh": sittings placed where they meet. Not "previous GCC summits".
  if (PLURAL_MEETING_WORDS.has(word.lower))
    return (
      heldBefore(state, k) ||
      discussedWith(state, k, true) ||
      followUpAt(words, k, kind) ||
      metAtPlace(state, k)
    );
  // "a working dinner", "lunch with the chancellor": a meal is a meeting when it is a working one or has a guest.
  // "a working lunch meeting", "a breakfast meeting": the meal only qualifies the meeting noun after it.
  if (MEAL_WORDS.has(word.lower))
    return !MEAL_HEADS.has(after) && (MEAL_MODIFIERS.has(before) || after === 'with');
  // "spoke to his Russian counterpart Vladimir Putin": a call, unless the sentence puts them in one room.
  if (CONVERSATION_VERBS.has(word.lower)) {
    const sentence = state.sentences[word.sentence] as Sentence;
    // "has spoken on the phone with X", "talked by phone to X": the medium may stand before the partner.
    const j = afterMedium(words, k);
    const partnerWord = words[j]?.lower ?? '';
    if (j === k + 1 && MEDIUM_ONLY_CONVERSATION.has(word.lower)) return false;
    return (
      (partnerWord === 'with' || partnerWord === 'to') &&
      (personObject(state, j).length > 0 ||
        titledPartner(state, words[j - 1] ?? word, sentence, lexicon) !== null) &&
      !TOGETHER_CUES.test(state.text.slice(sentence.start, sentence.end))
    );
  }
  // "will travel to Amman": a visit needs its destination.
  if (TRAVEL_VERBS.has(word.lower)) return after === 'to' && words[k + 2]?.cap === true;
  // "arrived in Cairo", "is expected to arrive in Riyadh": an arrival is a visit at a place or country named next.
  // Only a bare arrival: a meeting word of its sentence ("arrived in Dhahran for the summit", "arrived in Cairo,
  // where he held meetings") names the event already, and its purpose phrase takes the visitor (meeting-arrival.ts).
  if (ARRIVAL_VERBS.has(word.lower))
    return after === 'in' && arrivalDestination(state, k) && !otherMeetingWord(state, k);
  // "a call took place between ...", "during their call with ...": the noun, not "a call for calm".
  if (word.lower === 'call' && CALL_DETERMINERS.has(before) && CALL_PARTNER_WORDS.has(after)) return true;
  // "called on President Rajapaksa", "a courtesy call on the minister": a visit to the person called on.
  // "a phone call on Tuesday" is a call on a day: only a call without "phone/video" before it calls on someone.
  if (
    CALL_ON_WORDS.has(word.lower) &&
    (after === 'on' || courtesyCallTo(words, k)) &&
    (kind !== 'call' || !CALL_BEFORE.has(before))
  )
    return callsOn(state, k, lexicon);
  if (word.lower === 'called') return false;
  // "spoke by phone": the call itself; "phone call" is read at "call"; "spoke with Kim on the phone" too.
  if (word.lower === 'phone' || word.lower === 'telephone')
    return (
      before === 'by' ||
      before === 'over' ||
      (before === 'the' &&
        (words[k - 2]?.lower === 'on' || words[k - 2]?.lower === 'over') &&
        talkedBefore(state, k))
    );
  // "had a meaningful conversation with President X": a conversation held with a person, in no shared room.
  if (CONVERSATION_NOUNS.has(word.lower) && !CALL_BEFORE.has(before))
    return (
      (((heldBefore(state, k, CONVERSATION_HOLDING_GAP) || ownedBefore(state, k)) &&
        conversedWith(state, k)) ||
        heldAfter(state, k) >= 0) &&
      !TOGETHER_CUES.test(
        state.text.slice(
          state.sentences[word.sentence]?.start ?? 0,
          state.sentences[word.sentence]?.end ?? 0,
        ),
      )
    );
  if (kind === 'call')
    return (
      CALL_BEFORE.has(before) ||
      (word.lower === 'call' && after === 'with' && CALL_WITH_BEFORE.includes(before))
    );
  if (word.lower === 'conference' || word.lower === 'forum') return !NOT_MEETING_BEFORE.has(before);
  if (CONVENING_VERBS.has(word.lower)) return !meetingObject(state, k);
  if (word.lower === 'tour') return after === 'of';
  // "an extraordinary session", "their 33rd session", "the council's first session"; not a numbered session told
  // only as the edge of a bilateral meeting ("on the sidelines of the 80th session").
  if (word.lower === 'session')
    return (
      SESSION_MODIFIERS.has(before) ||
      ((SESSION_ORDINAL.test(before) || SESSION_ORDINAL_WORDS.has(before)) && !sidelinesOf(state, k - 1))
    );
  if (word.lower === 'dialogue') return dialogueFormat(state, k);
  // "address a joint meeting of Congress": a sitting of a legislature, not a meeting between governments.
  if (
    after === 'of' &&
    LEGISLATURES.has(
      words[k + 2]?.lower === 'the' ? (words[k + 3]?.lower ?? '') : (words[k + 2]?.lower ?? ''),
    )
  )
    return false;
  if (word.lower === 'met' || word.lower === 'meet') {
    // "Trump and Kim met three times": a verb with people before it or its partner after it.
    const previous = words[k - 1]?.lower ?? '';
    return (
      after === 'with' ||
      words[k + 1]?.cap === true ||
      MET_PRECEDING_WORDS.has(previous) ||
      words[k - 1]?.cap === true ||
      (metAtPlace(state, k) && peopleBefore(state, k, lexicon))
    );
  }
  return true;
}
