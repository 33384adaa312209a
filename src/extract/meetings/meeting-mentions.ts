// Reads one meeting mention already accepted by meeting-acceptance.ts: who takes part, where and when, and whether
// it was held or is planned. find-meetings.ts groups the mentions.

import type { MeetingItem } from '../../domain/extraction-result.ts';
import {
  DIALOGUE_FORMATS,
  CONVERSATION_VERBS,
  MEAL_MODIFIERS,
  MEAL_WORDS,
  MEETING_SUBJECT_AUXILIARIES,
} from '../lexicon/event-words.ts';
import {
  ATTRIBUTIVE_VISIT_WORDS,
  FOLLOW_UP_BEFORE,
  ANAPHORIC,
  CALL_BEFORE,
  CONVERSATION_HOLDING_GAP,
  CONVERSATION_NOUNS,
  PLURAL_HOLDING_VERBS,
  ARTICLES,
  HOSTED_KINDS,
  MEET_VERBS,
  OBJECT_PRONOUNS,
  OWNER_GAP_WORDS,
  CITY_NOUNS,
  HELD_OWNER_REACH,
  HOLDER_AUXILIARIES,
  MEETING_HOLDING_VERBS,
  MEETING_PLACE_LEADS,
  OWNER_REACH,
  PASSIVE_AUXILIARIES,
  PLACE_PREPOSITIONS,
  PLACE_TOPIC_NOUNS,
  POINTING_BACK_DETERMINERS,
  VISIT_HOST_LEADS,
  PLACE_CLAUSE_BOUNDARIES,
  PRONOUN_OWNERS,
  RECEPTION_VERBS,
  SUBJECT_PRONOUNS,
  WELCOME_VERBS,
} from '../lexicon/meeting-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { pairNamedWith } from './pair-reference.ts';
import { FACILITY_HEADS } from '../lexicon/word-lists.ts';
import { startingIn } from '../mention-index.ts';
import type { WordFactsOf } from '../events/event-modality.ts';
import { neverTaggedBeforeMark } from '../text/joined-word-tags.ts';
import { mustBeTagged, neverTagged } from '../text/tags-without-tagging.ts';
import { neverTaggedHere } from '../text/never-tagged-here.ts';
import { withPhraseEnd } from './with-phrase-end.ts';
import { includedPartners } from './included-partners.ts';
import { listedPartners } from './listed-partners.ts';
import { selfClauseSkip } from './self-clause.ts';
import { bodyNameSkip } from './body-name.ts';
import { betweenPairSkip } from './between-pair.ts';
import { APPOSITION_REACH, placeTail } from './place-tail.ts';
import { phonedPersons } from './phoning.ts';
import { attendeesOf } from './attendees.ts';
import {
  counterpartCountries,
  countriesHolding,
  countriesListedAfter,
  countrySubjects,
} from './country-subjects.ts';
import { adverbialsEnd } from './meeting-adverbials.ts';
import { meetingWhen, timeWordsBefore } from './meeting-time.ts';
import { heldAfter } from './held-after.ts';
import { arrivalFor } from './meeting-arrival.ts';
import { hostingSubject } from './hosting-subject.ts';
import {
  afterMedium,
  appositionSubject,
  callsOnAt,
  mainClauseSubject,
  passiveReception,
  personObject,
  personsIn,
  previousSubject,
  pronounOwner,
  subjectPronounReferent,
  roleParties,
  speakersOf,
  titledGuest,
  receivedPartner,
  titledPartner,
  bareTitle,
  visitorAfter,
} from './meeting-agents.ts';
import type { EntityMention, ExtractState, Sentence, Word } from '../types.ts';

/** A hyphenated compound of lower-case words or digits: "closed-door", "one-on-one", "45-minute". */
const HYPHENATED_MODIFIER = /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)+$/u;
/** "talks in (the) Cairo ...": a place mention's lead after the meeting word. */
const PLACE_LEAD = new RegExp(`\\b(?:${MEETING_PLACE_LEADS.join('|')})(?: the)? $`);
const CITIES = CITY_NOUNS.join('|');
/**
 * "in the Ethiopian capital Addis Ababa", "in the Saudi city of Dammam", "in Yemen's capital Sanaa": a city named after
 * its settlement noun.
 */
const CITY_LEAD = new RegExp(
  `\\b(?:${MEETING_PLACE_LEADS.join('|')})(?: the)? (?:[\\p{L}-]+(?:['’]s)? ){0,2}(?:${CITIES})(?: of|,)? $`,
  'u',
);
/** How far before a city's name that lead may start. */
const CITY_LEAD_REACH = 45;
/** "met in the Angolan capital, Luanda, together with": the comma after the settlement noun is no clause's end. */
const CITY_COMMA = new RegExp(`^[^,;]*\\b(?:${CITIES}), \\p{Lu}`, 'u');
/** "a visit to (the) Japan", or the country right after "visiting". */
const VISIT_HOST_LEAD = new RegExp(`\\b(?:${VISIT_HOST_LEADS.join('|')})(?: the)? $|^ $`);
/** "currently in Tehran to attend a meeting": a place adverbial before the word. */
const LOCATED_LEAD = new RegExp(`\\b(?:${PLACE_PREPOSITIONS.join('|')})(?: the)? $`);
const SUBJECT_PRONOUN = new RegExp(`\\b(?:${[...SUBJECT_PRONOUNS].join('|')})\\b`, 'i');
const POINTING_BACK: ReadonlySet<string> = new Set(POINTING_BACK_DETERMINERS);
/** Where the stretch after a meeting word its place is read in ends. */
const PLACE_TAIL = new RegExp(`,|;|:|\\b(?:${PLACE_CLAUSE_BOUNDARIES.join('|')})\\b`);

/** The partner phrase after a meeting word ("with X (and Y)", "between X and Y"), compiled once, and its lead. */
function partnerPattern(partnerWords: string): { lead: RegExp; phrase: RegExp } {
  return {
    lead: new RegExp(`^ (?:${partnerWords}) `),
    phrase: new RegExp(
      `^ (?:${partnerWords}) (.*?)(?=$|[,;]|(?<![A-Z])\\.(?:\\s|$)| (?:at|in|on|to|during|after|before|that|which)\\b)`,
    ),
  };
}
const MEETING_PARTNER = partnerPattern('with|between');
/** "received a phone call from X": the caller is the partner of a call. */
const CALL_PARTNER = partnerPattern('with|between|from');
/** The person named right before the "had/held" a few words ahead of word k ("Trump held a good conversation"). */
function holderOf(state: ExtractState, k: number): string | null {
  const { words, mentions } = state;
  for (let h = k - 1; h > 0 && h >= k - 1 - CONVERSATION_HOLDING_GAP; h--) {
    const verb = words[h] as Word;
    if (verb.sentence !== words[k]?.sentence) return null;
    if (!PLURAL_HOLDING_VERBS.has(verb.lower)) continue;
    const subject = words[h - 1];
    if (!subject || subject.sentence !== verb.sentence) return null;
    return (
      startingIn(mentions, Math.max(0, subject.start - NAME_REACH), subject.end).find(
        (m) => m.kind === 'person' && m.end === subject.end,
      )?.id ?? null
    );
  }
  return null;
}

/** How many modifiers may stand between a preposition and its meeting word: "in a televised online meeting". */
const PREPOSITION_REACH = 4;

/**
 * The preposition whose object is the meeting word k ("in a televised online meeting"), over lower-case words of
 * its phrase only; -1 when there is none.
 */
function prepositionBefore(
  state: ExtractState,
  sentenceText: string,
  factsOf: WordFactsOf,
  k: number,
): number {
  const { words } = state;
  const sentence = state.sentences[(words[k] as Word).sentence] as Sentence;
  for (let p = k - 1; p >= 0 && p >= k - PREPOSITION_REACH; p--) {
    const w = words[p] as Word;
    if (w.start < sentence.start || /[,;:]/.test((words[p + 1] as Word).gap)) return -1;
    if (factsOf(sentenceText, w.start - sentence.start)?.pos === 'ADP') return p;
    if (w.cap) return -1;
  }
  return -1;
}

/** Characters a person's name may span: the mention ending at a subject word starts no further back than this. */
const NAME_REACH = 60;

/**
 * "Y said in a meeting with X": the person right before the verb that the preposition at word p follows. A verb by
 * wink's tag, so "Y's talks in Cairo with X" or "Y and officials in a meeting" take no one.
 */
function verbSubjectBefore(
  state: ExtractState,
  sentenceText: string,
  factsOf: WordFactsOf,
  p: number,
): string | null {
  const { words, mentions } = state;
  const verb = words[p - 1];
  const subject = words[p - 2];
  if (!verb || !subject || subject.sentence !== words[p]?.sentence) return null;
  const sentence = state.sentences[verb.sentence] as Sentence;
  if (factsOf(sentenceText, verb.start - sentence.start)?.pos !== 'VERB') return null;
  return (
    startingIn(mentions, Math.max(0, subject.start - NAME_REACH), subject.end).find(
      (m) => m.kind === 'person' && m.end === subject.end,
    )?.id ?? null
  );
}

/** The possessive ending right after a mention: "the President's envoy". */
const POSSESSIVE = /^[’']s/;
/** A closing quote mark that may end a quoted meeting noun before its partner phrase. */
const CLOSING_QUOTE = /^[”"’]$/;
/** Enough of the text to see the longest partner word with a space on each side (" between "). */
const PARTNER_LEAD_LENGTH = ' between '.length;

/** wink POS tags of the modifiers an owner search steps over. */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV']);
const ADVERB_TAG: ReadonlySet<string> = new Set(['ADV']);

/** "the conflict in (the) ...": a topic noun and its "in" right before a place. */
const TOPIC_LEAD = new RegExp(`\\b(?:${PLACE_TOPIC_NOUNS.join('|')}) in(?: the)? $`);
const TOPIC_LEAD_REACH = 24;

/** A place named after a building ("King Khalid Airport"), not a city. */
function isFacility(state: ExtractState, id: string): boolean {
  const name = state.places.get(id)?.name ?? '';
  return FACILITY_HEADS.has(name.slice(name.lastIndexOf(' ') + 1));
}

/** A building's address after it: ", State House, Abuja", ", Abuja": up to this many comma-set capitalized parts. */
const ADDRESS_PARTS = /^(?:, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}){1,3}/u;

/** The city a building's comma-set address names right after it (ending at `from`), or null. */
function addressCity(state: ExtractState, from: number, end: number): string | null {
  const address = ADDRESS_PARTS.exec(state.text.slice(from, end));
  if (!address) return null;
  const city = startingIn(state.mentions, from, from + address[0].length).find(
    (m) =>
      m.kind === 'place' && !isFacility(state, m.id) && /, $/.test(state.text.slice(m.start - 2, m.start)),
  );
  return city?.id ?? null;
}

export interface RawMeeting {
  kind: MeetingItem['kind'];
  start: number;
  end: number;
  sentence: number;
  participants: string[];
  place: string | null;
  host: string | null;
  date: string | null;
  status: MeetingItem['status'] | null;
  anaphoric: boolean;
  /**
   * "The meeting was attended by A and B": the agents of a passive of attending. They join the meeting the word
   * names, which may be one already told ("the meeting"), so they leave its reference untouched.
   */
  attendees: string[];
}

/**
 * "held extensive talks", "held wide-ranging talks", "officially welcomed": a lower-case adjective or adverb (wink POS)
 * before a meeting noun is stepped over like the listed gap words; a capitalized one ("Russian") may be its owner's
 * demonym. A word of the sentence before has no tag in this one: its sentence is not read for it, nor is it read for a
 * word the model can never tag so ("their", "of", "is", "ministers’"), nor where its neighbours keep it from being so
 * ("said talks", "that meeting"), or always does ("next", "such", "likely"). Module functions, not closures in
 * readMeeting: a closure is built on every call.
 */
function gapModifier(
  state: ExtractState,
  sentence: Sentence,
  sentenceText: string,
  factsOf: WordFactsOf,
  at: number,
): boolean {
  const { words, text } = state;
  const w = words[at];
  return (
    w !== undefined &&
    !w.cap &&
    w.start >= sentence.start &&
    !neverTagged(text, sentence, w, MODIFIER_TAGS) &&
    !neverTaggedBeforeMark(text, sentence, w, MODIFIER_TAGS) &&
    (mustBeTagged(text, sentence, w, MODIFIER_TAGS) ||
      (!neverTaggedHere(text, sentence, words, at, MODIFIER_TAGS) &&
        MODIFIER_TAGS.has(factsOf(sentenceText, w.start - sentence.start)?.pos ?? '')))
  );
}

/**
 * "held a closed-door meeting", "a one-on-one meeting", "a 45-minute meeting": a lower-case hyphenated compound
 * before the noun modifies it, whatever tag the model gives the compound. Not "follow-up", which tells a further
 * sitting of sides already met (follow-up.ts gives it those sides), nor a format that names the meeting ("the
 * inaugural two-plus-two ministerial dialogue" is that format's sitting, no reference back to talks told before).
 */
function hyphenatedModifier(w: Word | undefined): boolean {
  return (
    w !== undefined &&
    !w.cap &&
    w.lower.includes('-') &&
    HYPHENATED_MODIFIER.test(w.lower) &&
    !FOLLOW_UP_BEFORE.has(w.lower) &&
    !DIALOGUE_FORMATS.has(w.lower)
  );
}

/** "Blinken is also due to meet", "He is also scheduled to meet": an adverb among a verb's auxiliaries is not counted. */
function gapAdverb(
  state: ExtractState,
  sentence: Sentence,
  sentenceText: string,
  factsOf: WordFactsOf,
  w: Word | undefined,
): boolean {
  const { text } = state;
  return (
    w !== undefined &&
    !w.cap &&
    w.start >= sentence.start &&
    !neverTagged(text, sentence, w, ADVERB_TAG) &&
    (mustBeTagged(text, sentence, w, ADVERB_TAG) ||
      factsOf(sentenceText, w.start - sentence.start)?.pos === 'ADV')
  );
}

/**
 * Adds a participant once. Outside readMeeting, which runs for every meeting word: a closure there would be built
 * (and renamed under tsx's keepNames) at every call.
 */
function addParticipant(participants: string[], id: string | null | undefined): void {
  if (id && !participants.includes(id)) participants.push(id);
}

export function readMeeting(
  state: ExtractState,
  k: number,
  kind: MeetingItem['kind'],
  lexicon: Lexicon,
  factsOf: WordFactsOf,
  pointing = true,
): RawMeeting {
  const { words, text, mentions } = state;
  const word = words[k] as Word;
  const sentence = state.sentences[word.sentence] as Sentence;
  const participants: string[] = [];
  // Who: an owner before ("Putin's summit", "his meeting", "their summit", "Kim will visit").
  let j = k - 1;
  // "Marsudi is to meet", "Haddad is expected to meet": auxiliaries between the subject and its verb.
  const verb = word.lower === 'meet' || word.lower === 'met';
  // "Xi Jinping on Tuesday met with ...": a time phrase between the subject and its verb is not counted.
  let timeWords = 0;
  for (;;) {
    const skip = timeWordsBefore(state, j);
    if (skip === 0) break;
    j -= skip;
    timeWords += skip;
  }
  const sentenceText = text.slice(sentence.start, sentence.end);
  let adverbs = 0;
  // "He will hold a bilateral meeting", "Modi is likely to hold a bilateral meeting": past a holding verb the
  // search reaches its subject over the verb's auxiliaries, as it does for "meet".
  let held = false;
  let meals = 0;
  while (j > 0 && k - j - timeWords - adverbs - meals <= (held ? HELD_OWNER_REACH : OWNER_REACH)) {
    const gapWord = words[j];
    const lower = gapWord?.lower ?? '';
    // Asked once a word: counted when it is an adverb, stepped over as one or as a gap word.
    const isAdverb = verb && gapAdverb(state, sentence, sentenceText, factsOf, gapWord);
    // "a working lunch meeting": the meal and its modifier qualify the meeting noun and are not counted.
    const meal = !verb && (MEAL_WORDS.has(lower) || MEAL_MODIFIERS.has(lower));
    if (
      !isAdverb &&
      !OWNER_GAP_WORDS.has(lower) &&
      // A noun's modifiers stand in its gap, not a verb's.
      (verb || !gapModifier(state, sentence, sentenceText, factsOf, j)) &&
      (verb || !hyphenatedModifier(gapWord)) &&
      !meal &&
      !((verb || held) && (MEETING_SUBJECT_AUXILIARIES.has(lower) || HOLDER_AUXILIARIES.has(lower)))
    )
      break;
    if (MEETING_HOLDING_VERBS.has(lower)) held = true;
    if (isAdverb) adverbs++;
    if (meal) meals++;
    j--;
    const skip = timeWordsBefore(state, j);
    j -= skip;
    timeWords += skip;
  }
  // The search stops at its sentence: a name ending the sentence before ("... meet Nawaz Sharif. The visit ...")
  // is no owner of this one's meeting.
  const owner = words[j] !== undefined && (words[j] as Word).start >= sentence.start ? words[j] : undefined;
  // "spoke on the phone": "the" here points at no meeting named before.
  const onThePhone =
    (word.lower === 'phone' || word.lower === 'telephone') &&
    (words[k - 2]?.lower === 'on' || words[k - 2]?.lower === 'over');
  let anaphoric =
    !onThePhone && (ANAPHORIC.has(words[k - 1]?.lower ?? '') || ANAPHORIC.has(owner?.lower ?? ''));
  if (owner && PRONOUN_OWNERS.has(owner.lower))
    addParticipant(
      participants,
      mainClauseSubject(state, sentence, owner.start, word.end) ?? pronounOwner(state, sentence, owner.start),
    );
  // "He met ...", "He is scheduled to meet ...", "He had negotiations with ...": a subject pronoun means whom the
  // statements' "he said" would mean, the subject of the nearest sentence naming someone, even a paragraph back.
  else if (owner && SUBJECT_PRONOUNS.has(owner.lower))
    addParticipant(participants, subjectPronounReferent(state, sentence, owner.start));
  else if (owner?.lower === 'their') {
    const previous = state.sentences[sentence.index - 1];
    const before = personsIn(mentions, sentence.start, owner.start);
    for (const id of before.length > 0
      ? before
      : personsIn(mentions, previous?.start ?? 0, previous?.end ?? 0))
      addParticipant(participants, id);
  } else if (owner) {
    // The owner word may end a longer name ("Wang Yi held a call"): take the person mention that covers it.
    const covering = startingIn(mentions, Math.max(0, owner.start - 60), owner.end).filter(
      (m) => m.kind === 'person' && m.end === owner.end,
    );
    for (const m of covering) {
      // Coordinated subjects: "Putin and North Korean leader Kim Jong-un held a summit".
      const before = startingIn(mentions, Math.max(sentence.start, m.start - 200), m.start).filter(
        (p) => p.kind === 'person',
      );
      let next = m;
      for (let b = before.length - 1; b >= 0; b--) {
        const candidate = before[b] as EntityMention;
        // "President A and the Emir of Qatar, B, held talks": the title before the second name may end in a comma.
        if (
          !/^(?: \([^)]*\))?,? (?:(?:and )?(?:[\w’'-]+ ){0,4}|and (?:[\w’'-]+ ){0,5}[\w’'-]+, (?:[A-Z][\w’'-]* )?)$/.test(
            text.slice(candidate.end, next.start),
          )
        )
          break;
        addParticipant(participants, candidate.id);
        next = candidate;
      }
      addParticipant(participants, m.id);
    }
    for (const id of personsIn(mentions, owner.start, word.start)) addParticipant(participants, id);
    // "Abiy Ahmed, the Prime Minister of Ethiopia, received ...": the subject before its apposition.
    if (participants.length === 0)
      addParticipant(participants, appositionSubject(state, j + 1, k, sentence, factsOf));
    // "Egypt, Sudan and Ethiopia held talks", "water ministers of Ethiopia, Sudan and Egypt have met": the countries.
    if (participants.length === 0)
      for (const id of countrySubjects(state, owner, sentence)) addParticipant(participants, id);
  }
  // "the visit to Samoa by China's Foreign Minister Wang Yi": the visitor follows "by".
  if (kind === 'visit') addParticipant(participants, visitorAfter(state, word, sentence));
  // "The president received the envoy": the one received takes part too; so does the one spoken to.
  if (RECEPTION_VERBS.has(word.lower)) {
    const passive = passiveReception(state, k, PASSIVE_AUXILIARIES);
    if (passive.length > 0) for (const id of passive) addParticipant(participants, id);
    else if (OBJECT_PRONOUNS.has(words[k + 1]?.lower ?? '')) {
      // "Abiy Ahmed and other officials received him": the subject's people and the guest told before.
      for (const id of personsIn(mentions, sentence.start, word.start)) addParticipant(participants, id);
      addParticipant(participants, previousSubject(state, sentence));
    } else if (WELCOME_VERBS.has(word.lower)) addParticipant(participants, titledGuest(state, k, lexicon));
    else {
      const guests = personObject(state, k);
      for (const id of guests) addParticipant(participants, id);
      // "received his Israeli counterpart, Gabi Ashkenazi, in Cairo": the guest past the title's comma.
      if (guests.length === 0) addParticipant(participants, receivedPartner(state, k, lexicon));
    }
  }
  if (CONVERSATION_VERBS.has(word.lower)) {
    // "spoke over the phone with President of France, X": past the medium, a title chain may hold a comma.
    const j = afterMedium(words, k);
    for (const id of personObject(state, j)) addParticipant(participants, id);
    if (j > k + 1)
      addParticipant(participants, titledPartner(state, words[j - 1] ?? word, sentence, lexicon));
  }
  for (const id of phonedPersons(state, k)) addParticipant(participants, id);
  // "Trump held a 'very good and productive' conversation with X": past more modifiers than an owner is looked for
  // over, the person ending right before the holding verb holds it.
  // A "telephone conversation" finds its people as any call does.
  if (
    participants.length === 0 &&
    CONVERSATION_NOUNS.has(word.lower) &&
    !CALL_BEFORE.has(words[k - 1]?.lower ?? '')
  )
    addParticipant(participants, holderOf(state, k));
  // "the conversation he had with X": the pronoun's person and the one after "with".
  const withIndex = heldAfter(state, k);
  if (withIndex >= 0) {
    addParticipant(participants, subjectPronounReferent(state, sentence, (words[k + 1] as Word).start));
    for (const id of personObject(state, withIndex)) addParticipant(participants, id);
  }
  if (callsOnAt(words, k)) {
    for (const id of personObject(state, k + 1)) addParticipant(participants, id);
    // "paid a courtesy call on the Sultan of Brunei, Sultan X": past a comma in the title chain.
    addParticipant(participants, titledPartner(state, word, sentence, lexicon, words[k + 1]?.lower));
    // "called on President A, Prime Minister B and Foreign Minister C": the rest of the list, as after "met".
    const object = startingIn(mentions, word.end, sentence.end).find((m) => participants.includes(m.id));
    if (object)
      for (const id of listedPartners(state, object.end, sentence, lexicon)) addParticipant(participants, id);
  }
  if (participants.length > 0) anaphoric = false;
  const ownerFound = participants.length > 0;
  const ownerIds = new Set(participants);
  // With whom: "with X (and Y)", "between X and Y" right after.
  // "held talks in Cairo on Monday with X": the partner after the meeting's place and day.
  const lastAdverbial = adverbialsEnd(state, k, sentence);
  const withWord = words[lastAdverbial] ?? word;
  const partnerPhrase = kind === 'call' ? CALL_PARTNER : MEETING_PARTNER;
  // "a 'meaningful conversation' with X": the partner phrase starts past a closing quote.
  const withEnd = withWord.end + (CLOSING_QUOTE.test(text.slice(withWord.end, withWord.end + 1)) ? 1 : 0);
  // Where the phrase ends needs part-of-speech tags (withPhraseEnd): only asked when "with/between" comes next.
  const phraseEnd = partnerPhrase.lead.test(text.slice(withEnd, withEnd + PARTNER_LEAD_LENGTH))
    ? withPhraseEnd(state, lastAdverbial, sentence, factsOf)
    : -1;
  const withMatch = phraseEnd === -1 ? null : partnerPhrase.phrase.exec(text.slice(withEnd, phraseEnd));
  if (withMatch) {
    const named = startingIn(mentions, withEnd, withEnd + withMatch[0].length);
    const hasPerson = named.some((m) => m.kind === 'person');
    // "a call with U.S. Secretary of State Antony Blinken": the country only qualifies the person.
    for (const m of hasPerson ? named.filter((n) => n.kind === 'person') : named)
      if (m.kind === 'person' || (m.kind === 'country' && m.via !== 'capital'))
        addParticipant(participants, m.id);
    // "held meetings with French President A, Austrian Chancellor B and ... C": the rest of a list past the comma.
    const lastPerson = named.filter((n) => n.kind === 'person').pop();
    if (lastPerson)
      for (const id of listedPartners(state, lastPerson.end, sentence, lexicon))
        addParticipant(participants, id);
    // The phrase stops at a comma: a country before it may open a list ("between Egypt, Sudan, and Ethiopia").
    const last = named[named.length - 1];
    if (!hasPerson && last?.kind === 'country' && last.via !== 'capital')
      for (const id of countriesListedAfter(state, last, phraseEnd)) addParticipant(participants, id);
    // "meetings with many leaders, including X, Y and Z": the named few are the partners.
    if (named.length === 0)
      for (const id of includedPartners(state, withEnd + withMatch[0].length, sentence))
        addParticipant(participants, id);
  }
  // "meet with Chinese Ambassador to Manila Huang Xilian", "with her Australian counterpart, Julie Bishop": the
  // person a title chain leads to is the partner, however the chain is cut by "to" or a comma. "received a phone
  // call from his Iranian counterpart, Dr. X": a call's caller after "from" is read the same way.
  const partner =
    titledPartner(state, withWord, sentence, lexicon) ??
    (kind === 'call' ? titledPartner(state, withWord, sentence, lexicon, 'from') : null);
  // "with the South African President's Special Envoy, Mr X": the title's owner is not a partner either.
  const titleOwners =
    partner && withMatch
      ? startingIn(mentions, withEnd, withEnd + withMatch[0].length)
          .filter((m) => m.kind === 'person' && POSSESSIVE.test(text.slice(m.end, m.end + 2)))
          .filter((m) => bareTitle(text.slice(m.start, m.end), lexicon) && !ownerIds.has(m.id))
          .map((m) => m.id)
      : [];
  if (partner) {
    for (const id of [...participants])
      if ((state.countries.has(id) || titleOwners.includes(id)) && !ownerIds.has(id))
        participants.splice(participants.indexOf(id), 1);
    addParticipant(participants, partner);
  }
  // Where: "in/at/to <place>" soon after; "visit(ing) to <country>" names the host.
  let place: string | null = null;
  let placeAt = -1;
  let facility: string | null = null;
  let facilityEnd = -1;
  let host: string | null = null;
  let hostAt = -1;
  // Only within the meeting's own clause: "summit on June 19 that he looks forward to seeing Kim in Moscow" is not in Moscow.
  // "the G7 summit, scheduled for June 15-17 in Canada": a clause whose subject is the meeting tells its place.
  // "the 35th Ordinary Session of the Assembly of Heads of State and Government ... has kicked off in Addis Ababa":
  // the body's name is read past, its "and" no clause's end.
  const named = word.end + bodyNameSkip(text, word.end, sentence.end);
  // "talks between Pakistan and Afghanistan were held in Doha": the pair's "and" is no clause's end either.
  const paired = named + betweenPairSkip(text, named, sentence.end);
  const from = paired + selfClauseSkip(text, paired, sentence.end);
  const firstTail = PLACE_TAIL.exec(text.slice(from, Math.min(sentence.end, from + 90)));
  const usualEnd = from + (firstTail ? firstTail.index : Math.min(sentence.end, from + 90) - from);
  // "met with X, the Taliban's interior minister, in Kabul": past the partner's apposition (place-tail.ts), read
  // only when the usual stretch stops at a comma.
  const placeEnd =
    firstTail?.[0] === ','
      ? placeTail(text, mentions, from, usualEnd, Math.min(sentence.end, from + APPOSITION_REACH))
      : usualEnd;
  const placeMatch =
    /^ in \p{Lu}[^,;]*, \p{Lu}/u.test(text.slice(word.end, word.end + 60)) ||
    CITY_COMMA.test(text.slice(from, Math.min(sentence.end, from + 90)));
  for (const m of startingIn(mentions, word.end, placeMatch ? word.end + 60 : placeEnd)) {
    const lead = text.slice(Math.max(word.end, m.start - 8), m.start);
    // "a summit focused on the military coup in Niger": where the topic is, not the meeting.
    if (TOPIC_LEAD.test(text.slice(Math.max(word.end, m.start - TOPIC_LEAD_REACH), m.start))) continue;
    // "After visiting Pristina", "visited Kyiv": the verb's object is where the visit goes.
    const visited = kind === 'visit' && m.start === word.end + 1;
    const city = CITY_LEAD.test(text.slice(Math.max(word.end, m.start - CITY_LEAD_REACH), m.start));
    if (m.kind === 'place' && (visited || city || PLACE_LEAD.test(lead))) {
      // "at the King Khalid Airport in Riyadh": the city, not the building, when both are named.
      if (isFacility(state, m.id)) {
        if (facility === null) {
          facility = m.id;
          facilityEnd = m.end;
        }
        continue;
      }
      place ??= m.id;
      placeAt = m.start;
      break;
    }
    // "a visit to Japan", "visiting Kyiv"; "the NATO summit ... in the Netherlands": a country is where it is.
    // "received visiting Kenyan President X", "the visiting US Secretary X": a demonym, or a country before a
    // title, after "visiting" is the visitor's, not the host.
    const titled = lexicon.titleHeads.has(
      /^[\s-]*(\p{L}+)/u.exec(text.slice(m.end, m.end + 30))?.[1]?.toLowerCase() ?? '',
    );
    if (
      m.kind === 'country' &&
      host === null &&
      ((kind === 'visit' && m.via !== 'demonym' && !titled && VISIT_HOST_LEAD.test(lead)) ||
        (HOSTED_KINDS.has(kind) &&
          m.via !== 'demonym' &&
          // "talks in the Oval Office": a seat is the room of a visit told already, no country of talks of their own.
          !(kind === 'talks' && m.via === 'seat') &&
          /\bin(?: the)? $/.test(lead)))
    ) {
      host = m.id;
      hostAt = m.start;
    }
  }
  // "at the Banquet Hall, State House, Abuja, Nigeria": the city the building's address ends in.
  if (!place && facility) place = addressCity(state, facilityEnd, sentence.end);
  place ??= facility;
  // Or just before: "the London conference", "the Kazan summit"; or anywhere in the sentence after "in/at".
  const before = startingIn(mentions, Math.max(sentence.start, word.start - 30), word.start).filter(
    (m) => m.kind === 'place',
  );
  const adjacent = before.find((m) => /^(?:-hosted)? (?:\w+ )?$/.test(text.slice(m.end, word.start)));
  if (!place && adjacent) place = adjacent.id;
  // "Addis Ababa will host the 22nd African Union summit": the hosting subject, when nothing after names a place.
  if (!place && !host) {
    const hosting = hostingSubject(state, word, sentence);
    if (hosting?.kind === 'place') place = hosting.id;
    else if (hosting) host = hosting.id;
  }
  if (!place) {
    // "currently in Tehran to attend a meeting": a place before the word in its sentence.
    const located = startingIn(mentions, Math.max(sentence.start, word.start - 100), word.start).find(
      (m) =>
        m.kind === 'place' && LOCATED_LEAD.test(text.slice(Math.max(sentence.start, m.start - 8), m.start)),
    );
    if (located) place = located.id;
  }
  // "In a meeting with X on Tuesday, Y praised ...", "Y said in a meeting with X": a meeting phrase, its partner
  // named, is told of the subject of the main clause after its comma or of the verb it follows, who sat in it too.
  const preposition =
    !ownerFound && participants.length > 0 ? prepositionBefore(state, sentenceText, factsOf, k) : -1;
  if (preposition >= 0) {
    const opening = words[preposition] as Word;
    addParticipant(
      participants,
      opening.start === sentence.start
        ? mainClauseSubject(state, sentence, opening.start, word.end)
        : verbSubjectBefore(state, sentenceText, factsOf, preposition),
    );
  }
  // Nobody named with it: the people of its sentence (the subject who "planned to visit"), else its countries.
  // "The two leaders last held formal talks": the last two people named before.
  if (participants.length === 0)
    for (const id of pairNamedWith(state, sentence, word.start, word.end, lexicon))
      addParticipant(participants, id);
  // "India and Pakistan will hold foreign secretary-level talks": countries opening the clause that holds them.
  if (participants.length === 0 && !ownerFound && !anaphoric)
    for (const id of countriesHolding(state, word, sentence)) addParticipant(participants, id);
  // Talks need their parties named with them: "future peace talks" is not a meeting. A "with/between" that names
  // nobody ("summit between the three countries") leaves the people of the sentence.
  if (participants.length === 0 && !ownerFound && !anaphoric && kind !== 'talks') {
    // "After visiting Pristina, Lajcak said ...": a participle's subject is the main clause's, speaker or not.
    const beforeLower = words[k - 1]?.lower ?? '';
    const participle = /ing$/.test(word.lower) && !ANAPHORIC.has(beforeLower) && !ARTICLES.has(beforeLower);
    const speakers = participle ? new Set<string>() : speakersOf(state, sentence, lexicon);
    const beforeWord = personsIn(mentions, sentence.start, word.start).filter((id) => !speakers.has(id));
    // Unique first: "Kishida Fumio" may be two mentions of one person.
    const people = [
      ...new Set(
        beforeWord.length > 0
          ? beforeWord
          : personsIn(mentions, word.end, sentence.end).filter((id) => !speakers.has(id)),
      ),
    ].slice(0, 3);
    for (const id of people) addParticipant(participants, id);
    if (people.length === 0) {
      const pronoun = SUBJECT_PRONOUN.test(text.slice(sentence.start, word.start))
        ? pronounOwner(state, sentence, word.start)
        : null;
      addParticipant(participants, pronoun);
    }
  }
  // "Kenyatta and visiting Ethiopian Prime Minister Hailemariam Desalegn witnessed the signing": the one titled right
  // after an attributive "visiting" is the visitor, besides the hosts found before it.
  if (ATTRIBUTIVE_VISIT_WORDS.has(word.lower)) addParticipant(participants, titledGuest(state, k, lexicon));
  // "In a Sunday phone call, the presidents of Turkey and Iran discussed ...": one party per country named.
  for (const id of roleParties(state, word, sentence)) addParticipant(participants, id);
  // "Putin met British Prime Minister Theresa May on Sunday": the one met is the verb's object. Read last, so a
  // subject the owner search missed ("Jaishankar, who arrived on Monday, met ...") is still looked for.
  if (MEET_VERBS.has(word.lower)) {
    const met = personObject(state, k).filter((id) => !titleOwners.includes(id));
    for (const id of met) addParticipant(participants, id);
    // "met British Prime Minister A, UN Secretary-General B, and Chief Adviser C": the rest of the list.
    const lastMet = met.length > 0 ? state.persons.get(met[met.length - 1] as string) : undefined;
    if (lastMet) {
      const object = startingIn(mentions, word.end, sentence.end)
        .filter((m) => met.includes(m.id))
        .pop();
      if (object)
        for (const id of listedPartners(state, object.end, sentence, lexicon))
          addParticipant(participants, id);
    }
    // "met his counterparts from the US, China and Canada": each country's counterpart (split by eachCountry).
    if (met.length === 0)
      for (const id of counterpartCountries(state, k, sentence)) addParticipant(participants, id);
  }
  const when = meetingWhen(state, word, sentence);
  const { date } = when;
  let { status } = when;
  let kindRead = kind;
  const arrival = arrivalFor(state, k, sentence);
  if (arrival) {
    addParticipant(participants, arrival.visitor);
    place ??= arrival.place;
    host ??= arrival.host;
    anaphoric = false;
    // "arrived in Sochi for talks with Putin": the talks are the visit, under way once the visitor is there.
    if ((kindRead === 'talks' || kindRead === 'meeting') && !arrival.definite) {
      kindRead = 'visit';
      if (arrival.held) status = 'held';
    }
  }
  // "The visit drew criticism in Kyiv": a reference to a meeting already described says nothing of its place.
  // "The summit, which will be held in Oslo on March 9": a clause of its own gives it particulars all the same.
  // Without `pointing` (no meeting told before it), "the summit in Astana" keeps the place named right after it;
  // "the talks on a truce in Gaza" names the topic's place, not the meeting's.
  // "After the meeting in Saudi Arabia": so does a country right after it, where such a meeting is hosted.
  const ownAt = placeAt > 0 ? placeAt : hostAt;
  const ownPlace = !pointing && ownAt > 0 && /^ (?:in|at)(?: the)? $/.test(text.slice(word.end, ownAt));
  const pointsBack =
    !ownPlace && anaphoric && from === word.end && POINTING_BACK.has(words[k - 1]?.lower ?? '');
  return {
    kind: kindRead,
    start: word.start,
    end: word.end,
    sentence: sentence.index,
    participants,
    place: pointsBack ? null : place,
    host: pointsBack ? null : host,
    date: pointsBack ? null : date,
    status,
    anaphoric,
    attendees: attendeesOf(state, word, sentence).filter((id) => !participants.includes(id)),
  };
}
