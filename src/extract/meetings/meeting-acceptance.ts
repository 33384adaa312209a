// Whether a meeting word names a meeting where it stands: "met with", "received the envoy", "a call with", "a working
// dinner" do; "a press conference", "a call for calm", "a joint meeting of Congress" do not.

import type { MeetingItem } from '../../domain/extraction-result.ts';
import {
  CALL_DETERMINERS,
  CALL_PARTNER_WORDS,
  CALL_ON_WORDS,
  CONVERSATION_VERBS,
  PHONE_TALK_VERBS,
  MEAL_MODIFIERS,
  MEAL_WORDS,
  TOGETHER_CUES,
  MEETING_OBJECT_VERBS,
  NOT_MEETING_BEFORE,
  TRAVEL_VERBS,
} from '../lexicon/event-words.ts';
import { CALL_BEFORE, LEGISLATURES, MET_PRECEDING_WORDS } from '../lexicon/meeting-words.ts';
import { objectAfter, personObject, personsIn } from './meeting-agents.ts';
import type { ExtractState, Sentence } from '../types.ts';

/** "Qureshi called on President Rajapaksa": a person right after "on", and no "to" of an appeal after them. */
function callsOn(state: ExtractState, k: number): boolean {
  const object = objectAfter(state, k + 1);
  if (!object) return false;
  const person = personsIn(state.mentions, object.start, object.end);
  return person.length > 0 && !/^\s*to\b/.test(state.text.slice(object.end, object.end + 5));
}

/** A talking verb earlier in the sentence, up to twelve words back: "would speak with Kim Jong-un on the phone". */
function talkedBefore(state: ExtractState, k: number): boolean {
  const sentence = state.words[k]?.sentence;
  for (let j = k - 1; j >= Math.max(0, k - 12) && state.words[j]?.sentence === sentence; j--)
    if (PHONE_TALK_VERBS.has(state.words[j]?.lower ?? '')) return true;
  return false;
}

export function acceptable(state: ExtractState, k: number, kind: MeetingItem['kind']): boolean {
  const { words } = state;
  const word = words[k];
  const before = words[k - 1]?.lower ?? '';
  const after = words[k + 1]?.lower ?? '';
  if (!word) return false;
  // "talks hosted by X" is a participle on a meeting already named, not a new one.
  if (MEETING_OBJECT_VERBS.has(word.lower)) return after !== 'by' && personObject(state, k).length > 0;
  // "a working dinner", "lunch with the chancellor": a meal is a meeting when it is a working one or has a guest.
  if (MEAL_WORDS.has(word.lower)) return MEAL_MODIFIERS.has(before) || after === 'with';
  // "spoke to his Russian counterpart Vladimir Putin": a call, unless the sentence puts them in one room.
  if (CONVERSATION_VERBS.has(word.lower)) {
    const sentence = state.sentences[word.sentence] as Sentence;
    return (
      (after === 'with' || after === 'to') &&
      personObject(state, k + 1).length > 0 &&
      !TOGETHER_CUES.test(state.text.slice(sentence.start, sentence.end))
    );
  }
  // "will travel to Amman": a visit needs its destination.
  if (TRAVEL_VERBS.has(word.lower)) return after === 'to' && words[k + 2]?.cap === true;
  // "a call took place between ...", "during their call with ...": the noun, not "a call for calm".
  if (word.lower === 'call' && CALL_DETERMINERS.has(before) && CALL_PARTNER_WORDS.has(after)) return true;
  // "called on President Rajapaksa", "a courtesy call on the minister": a visit to the person called on.
  // "a phone call on Tuesday" is a call on a day: only a call without "phone/video" before it calls on someone.
  if (CALL_ON_WORDS.has(word.lower) && after === 'on' && (kind !== 'call' || !CALL_BEFORE.has(before)))
    return callsOn(state, k);
  if (word.lower === 'called') return false;
  // "spoke by phone": the call itself; "phone call" is read at "call"; "spoke with Kim on the phone" too.
  if (word.lower === 'phone' || word.lower === 'telephone')
    return (
      before === 'by' ||
      before === 'over' ||
      (before === 'the' && words[k - 2]?.lower === 'on' && talkedBefore(state, k))
    );
  if (kind === 'call')
    return (
      CALL_BEFORE.has(before) ||
      (word.lower === 'call' && after === 'with' && ['phone', 'a'].includes(before))
    );
  if (word.lower === 'conference' || word.lower === 'forum') return !NOT_MEETING_BEFORE.has(before);
  if (word.lower === 'tour') return after === 'of';
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
      words[k - 1]?.cap === true
    );
  }
  return true;
}
