// Reads one meeting mention: whether the word names a meeting here ("press conference" does not), who takes part,
// where and when, and whether it was held or is planned. find-meetings.ts groups the mentions.

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
  HELD_CUES,
  MEETING_OBJECT_VERBS,
  MEETING_SUBJECT_AUXILIARIES,
  PARTNER_CHAIN_WORDS,
  NOT_MEETING_BEFORE,
  PLANNED_CUES,
  TRAVEL_VERBS,
} from '../lexicon/event-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { startingIn } from '../mention-index.ts';
import { soleDayOf, timeWordsBefore } from './meeting-time.ts';
import { mainClauseSubject, visitorAfter } from './meeting-agents.ts';
import type { EntityMention, ExtractState, Range, Sentence, Word } from '../types.ts';

const PAIR =
  /\b(?:the two|both) (?:leaders|ministers|foreign ministers|presidents|heads of state|diplomats|counterparts)\b/i;
const CALL_BEFORE = new Set(['phone', 'telephone', 'video', 'conference']);
const ANAPHORIC = new Set(['such', 'the', 'this', 'that', 'their', 'his', 'her', 'its']);
const PRONOUN_OWNERS = new Set(['his', 'her']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** Kinds of meeting that a country can host without a city being named ("the G7 summit in Canada"). */
const HOSTED_KINDS: ReadonlySet<MeetingItem['kind']> = new Set(['summit', 'conference', 'meeting']);

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
}

/** "a joint meeting of Congress": bodies whose meetings are sittings, not diplomacy. */
const LEGISLATURES = new Set([
  'congress',
  'parliament',
  'senate',
  'house',
  'duma',
  'knesset',
  'bundestag',
  'assembly',
  'diet',
  'lawmakers',
  'legislators',
]);

function personsIn(mentions: readonly EntityMention[], start: number, end: number): string[] {
  return startingIn(mentions, start, end)
    .filter((m) => m.kind === 'person')
    .map((m) => m.id);
}

/** The person a "his/her" before offset points to: the last person named before it in the sentence or the one before. */
function pronounOwner(state: ExtractState, sentence: Sentence, offset: number): string | null {
  const previous = state.sentences[sentence.index - 1];
  const from = previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
  const before = personsIn(state.mentions, from, offset);
  return before[before.length - 1] ?? null;
}

/** The object noun phrase right after word k: up to the first comma, preposition or clause word. */
function objectAfter(state: ExtractState, k: number): Range | null {
  const word = state.words[k];
  if (!word) return null;
  const sentence = state.sentences[word.sentence] as Sentence;
  const rest = state.text.slice(word.end, Math.min(sentence.end, word.end + 120));
  const stop = /[,;]|(?<![A-Z])\.|\b(?:in|on|at|to|for|during|after|before|that|which|who)\b/.exec(
    rest.slice(1),
  );
  return { start: word.end, end: word.end + 1 + (stop ? stop.index : rest.length - 1) };
}

/** "received Egyptian Foreign Minister X": a person is the object of the verb at word k. */
function personObject(state: ExtractState, k: number): string[] {
  const object = objectAfter(state, k);
  return object ? personsIn(state.mentions, object.start, object.end) : [];
}

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
  if (CALL_ON_WORDS.has(word.lower) && after === 'on') return callsOn(state, k);
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
      /^(?:and|also|last|first|had|have|has|to|will|would|then|later|twice|again)$/.test(previous) ||
      words[k - 1]?.cap === true
    );
  }
  return true;
}

/**
 * The person right after "with" when only title words stand before the name: capitalized words, lexicon titles
 * ("counterpart", "minister"), possessives and remit links ("to", "of"), and one comma before the name.
 */
function titledPartner(state: ExtractState, word: Word, sentence: Sentence, lexicon: Lexicon): string | null {
  const { text, mentions } = state;
  if (!/^ with /.test(text.slice(word.end, word.end + 6))) return null;
  const from = word.end + 6;
  const person = startingIn(mentions, from, Math.min(sentence.end, from + 80)).find(
    (m) => m.kind === 'person',
  );
  if (!person) return null;
  const chain = text.slice(from, person.start).trim().replace(/,$/, '').split(/\s+/).filter(Boolean);
  if (chain.length === 0) return null;
  const titled = chain.some((w) => lexicon.titleHeads.has(w.toLowerCase()));
  const fits = chain.every(
    (w) =>
      /^\p{Lu}[\p{L}.’'-]*$/u.test(w) ||
      PARTNER_CHAIN_WORDS.has(w) ||
      lexicon.titleHeads.has(w) ||
      lexicon.titleModifiers.has(w),
  );
  return titled && fits ? person.id : null;
}

export function readMeeting(
  state: ExtractState,
  k: number,
  kind: MeetingItem['kind'],
  lexicon: Lexicon,
): RawMeeting {
  const { words, text, mentions } = state;
  const word = words[k] as Word;
  const sentence = state.sentences[word.sentence] as Sentence;
  const participants: string[] = [];
  const add = (id: string | null | undefined): void => {
    if (id && !participants.includes(id)) participants.push(id);
  };
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
  while (
    j > 0 &&
    k - j - timeWords <= 3 &&
    (/^(?:reciprocal|planned|second|first|state|official|bilateral|historic|upcoming|recent|possible|a|an|will|would|to|pays?|paid|made|makes?|held|holds?|the|phone|telephone|by|spoke|speaks|talked|last|also|had|have|has|three|two|several|times|face-to-face|courtesy|formal|informal|direct|fresh|further|high-level)$/.test(
      words[j]?.lower ?? '',
    ) ||
      (verb && MEETING_SUBJECT_AUXILIARIES.has(words[j]?.lower ?? '')))
  ) {
    j--;
    const skip = timeWordsBefore(state, j);
    j -= skip;
    timeWords += skip;
  }
  const owner = words[j];
  // "spoke on the phone": "the" here points at no meeting named before.
  const onThePhone = (word.lower === 'phone' || word.lower === 'telephone') && words[k - 2]?.lower === 'on';
  let anaphoric =
    !onThePhone && (ANAPHORIC.has(words[k - 1]?.lower ?? '') || ANAPHORIC.has(owner?.lower ?? ''));
  if (owner && PRONOUN_OWNERS.has(owner.lower))
    add(
      mainClauseSubject(state, sentence, owner.start, word.end) ?? pronounOwner(state, sentence, owner.start),
    );
  else if (owner && SUBJECT_PRONOUNS.has(owner.lower) && (word.lower === 'meet' || word.lower === 'met'))
    add(pronounOwner(state, sentence, owner.start));
  else if (owner?.lower === 'their') {
    const previous = state.sentences[sentence.index - 1];
    const before = personsIn(mentions, sentence.start, owner.start);
    for (const id of before.length > 0
      ? before
      : personsIn(mentions, previous?.start ?? 0, previous?.end ?? 0))
      add(id);
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
        if (!/^(?: \([^)]*\))?,? (?:and )?(?:[\w’'-]+ ){0,4}$/.test(text.slice(candidate.end, next.start)))
          break;
        add(candidate.id);
        next = candidate;
      }
      add(m.id);
    }
    for (const id of personsIn(mentions, owner.start, word.start)) add(id);
  }
  // "the visit to Samoa by China's Foreign Minister Wang Yi": the visitor follows "by".
  if (kind === 'visit') add(visitorAfter(state, word, sentence));
  // "The president received the envoy": the one received takes part too; so does the one spoken to.
  if (MEETING_OBJECT_VERBS.has(word.lower)) for (const id of personObject(state, k)) add(id);
  if (CONVERSATION_VERBS.has(word.lower)) for (const id of personObject(state, k + 1)) add(id);
  if (CALL_ON_WORDS.has(word.lower) && words[k + 1]?.lower === 'on')
    for (const id of personObject(state, k + 1)) add(id);
  if (participants.length > 0) anaphoric = false;
  const ownerFound = participants.length > 0;
  const ownerIds = new Set(participants);
  // With whom: "with X (and Y)", "between X and Y" right after.
  const after = text.slice(word.end, Math.min(sentence.end, word.end + 70));
  const withMatch =
    /^ (?:with|between) (.*?)(?=$|[,;]|(?<![A-Z])\.(?:\s|$)| (?:at|in|on|to|during|after|before|that|which)\b)/.exec(
      after,
    );
  if (withMatch) {
    const named = startingIn(mentions, word.end, word.end + withMatch[0].length);
    const hasPerson = named.some((m) => m.kind === 'person');
    // "a call with U.S. Secretary of State Antony Blinken": the country only qualifies the person.
    for (const m of hasPerson ? named.filter((n) => n.kind === 'person') : named)
      if (m.kind === 'person' || (m.kind === 'country' && m.via !== 'capital')) add(m.id);
  }
  // "meet with Chinese Ambassador to Manila Huang Xilian", "with her Australian counterpart, Julie Bishop": the
  // person a title chain leads to is the partner, however the chain is cut by "to" or a comma.
  const partner = titledPartner(state, word, sentence, lexicon);
  if (partner) {
    for (const id of [...participants])
      if (state.countries.has(id) && !ownerIds.has(id)) participants.splice(participants.indexOf(id), 1);
    add(partner);
  }
  // Where: "in/at/to <place>" soon after; "visit(ing) to <country>" names the host.
  let place: string | null = null;
  let host: string | null = null;
  // Only within the meeting's own clause: "summit on June 19 that he looks forward to seeing Kim in Moscow" is not in Moscow.
  const tail = /,|;|:|\b(?:that|which|who|and|but|while|when|following|after|before)\b/.exec(
    text.slice(word.end, Math.min(sentence.end, word.end + 90)),
  );
  const placeEnd = word.end + (tail ? tail.index : Math.min(sentence.end, word.end + 90) - word.end);
  const placeMatch = /^ in \p{Lu}[^,;]*, \p{Lu}/u.test(text.slice(word.end, word.end + 60));
  for (const m of startingIn(mentions, word.end, placeMatch ? word.end + 60 : placeEnd)) {
    const lead = text.slice(Math.max(word.end, m.start - 8), m.start);
    if (m.kind === 'place' && /\b(?:in|at|to|of)(?: the)? $/.test(lead)) {
      place ??= m.id;
      break;
    }
    // "a visit to Japan", "visiting Kyiv"; "the NATO summit ... in the Netherlands": a country is where it is.
    if (
      m.kind === 'country' &&
      host === null &&
      ((kind === 'visit' && /\b(?:to|in)(?: the)? $|^ $/.test(lead)) ||
        (HOSTED_KINDS.has(kind) && m.via !== 'demonym' && /\bin(?: the)? $/.test(lead)))
    )
      host = m.id;
  }
  // Or just before: "the London conference", "the Kazan summit"; or anywhere in the sentence after "in/at".
  const before = startingIn(mentions, Math.max(sentence.start, word.start - 30), word.start).filter(
    (m) => m.kind === 'place',
  );
  const adjacent = before.find((m) => /^(?:-hosted)? (?:\w+ )?$/.test(text.slice(m.end, word.start)));
  if (!place && adjacent) place = adjacent.id;
  if (!place) {
    // "currently in Tehran to attend a meeting": a place before the word in its sentence.
    const located = startingIn(mentions, Math.max(sentence.start, word.start - 100), word.start).find(
      (m) =>
        m.kind === 'place' &&
        /\b(?:in|at)(?: the)? $/.test(text.slice(Math.max(sentence.start, m.start - 8), m.start)),
    );
    if (located) place = located.id;
  }
  // Nobody named with it: the people of its sentence (the subject who "planned to visit"), else its countries.
  // "The two leaders last held formal talks": the last two people named before.
  if (
    participants.length === 0 &&
    PAIR.test(text.slice(Math.max(sentence.start, word.start - 60), word.start))
  ) {
    const before = personsIn(
      mentions,
      state.sentences[Math.max(0, sentence.index - 2)]?.start ?? 0,
      word.start,
    );
    const pair: string[] = [];
    for (let b = before.length - 1; b >= 0 && pair.length < 2; b--)
      if (!pair.includes(before[b] as string)) pair.unshift(before[b] as string);
    if (pair.length === 2) for (const id of pair) add(id);
  }
  // Talks need their parties named with them: "future peace talks" is not a meeting. A "with/between" that names
  // nobody ("summit between the three countries") leaves the people of the sentence.
  if (participants.length === 0 && !ownerFound && !anaphoric && kind !== 'talks') {
    const beforeWord = personsIn(mentions, sentence.start, word.start);
    // Unique first: "Kishida Fumio" may be two mentions of one person.
    const people = [
      ...new Set(beforeWord.length > 0 ? beforeWord : personsIn(mentions, word.end, sentence.end)),
    ].slice(0, 3);
    for (const id of people) add(id);
    if (people.length === 0) {
      const pronoun = /\b(?:he|she)\b/i.test(text.slice(sentence.start, word.start))
        ? pronounOwner(state, sentence, word.start)
        : null;
      add(pronoun);
    }
  }
  // When: the nearest date in the word's own clause ("summit ... on June 19", "last September's meeting").
  const clauseEnd = /\b(?:that|which|who|following|after|before|while|when|but)\b|;/.exec(
    text.slice(word.end, sentence.end),
  );
  const dateEnd = Math.min(word.end + 110, clauseEnd ? word.end + clauseEnd.index : sentence.end);
  const clauseStartAt =
    /\b(?:that|which|who|following|after|before|while|when|but)\b(?![\s\S]*\b(?:that|which|who|following|after|before|while|when|but)\b)/.exec(
      text.slice(Math.max(sentence.start, word.start - 60), word.start),
    );
  const dateStart = clauseStartAt
    ? Math.max(sentence.start, word.start - 60) + clauseStartAt.index
    : Math.max(sentence.start, word.start - 60);
  const near = state.dates.filter(
    (d) => d.sentence === sentence.index && d.start >= dateStart && d.start < dateEnd,
  );
  near.sort((a, b) => Math.abs(a.start - word.start) - Math.abs(b.start - word.start));
  // Else a date close by in the sentence ("spoke by phone in February, shortly after meeting ...").
  const close = state.dates.filter(
    (d) => d.sentence === sentence.index && Math.abs(d.start - word.start) < 80,
  );
  close.sort((a, b) => Math.abs(a.start - word.start) - Math.abs(b.start - word.start));
  // Else the date that opens the sentence: "On Thursday, Biden will host ... for the first trilateral summit".
  const opening = state.dates.find(
    (d) => d.sentence === sentence.index && d.start <= sentence.start + 3 && d.start < word.start,
  );
  // The one day of the sentence, unless the meeting lies ahead of a day already past: "said on Saturday that he
  // would speak with Kim on the phone" is no call on Saturday.
  const sole = soleDayOf(state, sentence.index);
  const ahead =
    sole !== null &&
    PLANNED_CUES.test(text.slice(sentence.start, word.end)) &&
    sole <= (state.input.publishedAt ?? '');
  const date = near[0]?.value ?? close[0]?.value ?? opening?.value ?? (ahead ? null : sole);
  let status: MeetingItem['status'] | null = null;
  const published = state.input.publishedAt ?? null;
  if (date && published)
    status =
      date.slice(0, 10) < published.slice(0, date.length)
        ? 'held'
        : date > published.slice(0, date.length)
          ? 'planned'
          : null;
  if (!status) {
    const clauseStart = Math.max(
      sentence.start,
      text.lastIndexOf(',', word.start) + 1,
      text.lastIndexOf(';', word.start) + 1,
    );
    const clause = text.slice(clauseStart, Math.min(sentence.end, word.end + 25));
    if (PLANNED_CUES.test(clause)) status = 'planned';
    else if (HELD_CUES.test(clause) || /ed$/.test(word.lower)) status = 'held';
  }
  // "The visit drew criticism in Kyiv": a reference to a meeting already described says nothing of its place.
  const pointsBack = anaphoric && /^(?:such|the|this|that)$/.test(words[k - 1]?.lower ?? '');
  return {
    kind,
    start: word.start,
    end: word.end,
    sentence: sentence.index,
    participants,
    place: pointsBack ? null : place,
    host: pointsBack ? null : host,
    date: pointsBack ? null : date,
    status,
    anaphoric,
  };
}
