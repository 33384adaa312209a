// Who takes part in a meeting: the people of a span, the owner of "his", the object of "received", the partner a
// title chain leads to, the subject of the main clause a fronted "his visit" points to, the visitor after "by".

import { CALL_ON_WORDS, PARTNER_CHAIN_WORDS } from '../lexicon/event-words.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import {
  CALL_BEFORE,
  GUEST_CHAIN_WORDS,
  IN_PERSON_CALL_WORDS,
  RECEPTION_ADVERBIAL,
  ROLE_PHRASE_LINKS,
  ROLE_PLURALS,
  SUBJECT_PRONOUNS,
} from '../lexicon/meeting-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { referent } from '../statements/find-speaker.ts';
import type { EntityMention, ExtractState, Range, Sentence, Word } from '../types.ts';
import type { WordFactsOf } from '../events/event-modality.ts';

/**
 * "On the eve of his visit to Belgrade, Lajcak said ...": a possessive in a clause that opens the sentence, with no
 * person before it, points to the person who opens the main clause after the comma.
 */
export function mainClauseSubject(
  state: ExtractState,
  sentence: Sentence,
  pronounStart: number,
  wordEnd: number,
): string | null {
  const before = startingIn(state.mentions, sentence.start, pronounStart).some((m) => m.kind === 'person');
  if (before) return null;
  const comma = state.text.indexOf(',', wordEnd);
  if (comma === -1 || comma >= sentence.end) return null;
  // The main clause opens with the person, or with title words before the name ("EU envoy Miroslav Lajcak").
  const subject = startingIn(state.mentions, comma + 1, Math.min(sentence.end, comma + 50)).find(
    (m) => m.kind === 'person',
  );
  if (
    !subject ||
    /[,;]|\b(?:said|says|told|after|before|when|while)\b/.test(state.text.slice(comma + 1, subject.start))
  )
    return null;
  return subject.id;
}

/**
 * "the visit to Samoa by China Foreign Minister Wang Yi", "a visit by Premier Li Qiang": the visitor after "by".
 * "the visit of US President X to India": the visitor after an "of" right after the word.
 */
export function visitorAfter(state: ExtractState, word: Word, sentence: Sentence): string | null {
  const rest = state.text.slice(word.end, Math.min(sentence.end, word.end + 60));
  const by = /^(?:(?: to [^,;]*?)? by | of )/.exec(rest);
  if (!by) return null;
  const from = word.end + by[0].length;
  const person = startingIn(state.mentions, from, Math.min(sentence.end, from + 60)).find(
    (m) => m.kind === 'person',
  );
  // Only title words may stand between "by" and the name.
  if (!person || /[,;]/.test(state.text.slice(from, person.start))) return null;
  return person.id;
}

export function personsIn(mentions: readonly EntityMention[], start: number, end: number): string[] {
  return startingIn(mentions, start, end)
    .filter((m) => m.kind === 'person')
    .map((m) => m.id);
}

/** The person a "his/her" before offset points to: the last person named before it in the sentence or the one before. */
export function pronounOwner(state: ExtractState, sentence: Sentence, offset: number): string | null {
  const previous = state.sentences[sentence.index - 1];
  const from = previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
  const before = personsIn(state.mentions, from, offset);
  return before[before.length - 1] ?? null;
}

/** How many sentences opening with "he"/"she" a subject pronoun may be followed back through. */
const PRONOUN_CHAIN = 3;

/**
 * Whom a subject "he"/"she" at offset means: whom the statements' "he said" would mean (the subject of the nearest
 * sentence naming someone), unless that sentence opens with "he"/"she" too ("He also met X. He met Y."): its only
 * name is then an object, and the pronoun means what that sentence's own subject pronoun means.
 */
export function subjectPronounReferent(
  state: ExtractState,
  sentence: Sentence,
  offset: number,
): string | null {
  let at = offset;
  let index = sentence.index;
  for (let step = 0; step < PRONOUN_CHAIN; step++) {
    const from = state.sentences[Math.max(0, index - 3)]?.start ?? 0;
    const last = startingIn(state.mentions, from, at)
      .filter((m) => m.kind === 'person')
      .at(-1);
    if (!last) return null;
    const lastSentence = state.sentences[last.sentence] as Sentence;
    const opening = state.words[wordIndexAt(state.words, lastSentence.start)];
    if (!opening || !SUBJECT_PRONOUNS.has(opening.lower) || lastSentence.index === index) break;
    at = lastSentence.start;
    index = lastSentence.index;
  }
  return referent(state, at, index, []);
}

/** The object noun phrase right after word k: up to the first comma, preposition or clause word. */
export function objectAfter(state: ExtractState, k: number): Range | null {
  const word = state.words[k];
  if (!word) return null;
  const sentence = state.sentences[word.sentence] as Sentence;
  const rest = state.text.slice(word.end, Math.min(sentence.end, word.end + 120));
  const stop = /[,;]|(?<![A-Z])\.|\b(?:in|on|at|to|for|from|during|after|before|that|which|who)\b/.exec(
    rest.slice(1),
  );
  return { start: word.end, end: word.end + 1 + (stop ? stop.index : rest.length - 1) };
}

/**
 * "received Egyptian Foreign Minister X": a person is the object of the verb at word k. The object ends before
 * "from": "received a written message from X" receives no one.
 */
export function personObject(state: ExtractState, k: number): string[] {
  const object = objectAfter(state, k);
  return object ? personsIn(state.mentions, object.start, object.end) : [];
}

/**
 * The person right after "with" (or another lead: "a courtesy call on") when only title words stand before the
 * name: capitalized words, lexicon titles ("counterpart", "minister"), possessives and remit links ("to", "of"),
 * and one comma before the name.
 */
export function titledPartner(
  state: ExtractState,
  word: Word,
  sentence: Sentence,
  lexicon: Lexicon,
  lead = 'with',
): string | null {
  const opening = ` ${lead} `;
  if (state.text.slice(word.end, word.end + opening.length) !== opening) return null;
  return titledFrom(state, word.end + opening.length, sentence, lexicon, lead !== 'with');
}

/**
 * The first person named from `from` when only a title chain stands before the name (see titledPartner); with
 * `setApart`, the title may be set apart from the name by one more comma ("the Sultan of Brunei, Sultan X").
 */
function titledFrom(
  state: ExtractState,
  from: number,
  sentence: Sentence,
  lexicon: Lexicon,
  setApart: boolean,
): string | null {
  const { text, mentions } = state;
  // "with the President of the ECOWAS Commission, Mr X", "with the South African President's Special Envoy, Mr X":
  // a title alone read as someone named before ("the President") is a word of the chain, not the partner.
  const person = startingIn(mentions, from, Math.min(sentence.end, from + 80)).find(
    (m) => m.kind === 'person' && !bareTitle(text.slice(m.start, m.end), lexicon),
  );
  if (!person) return null;
  let body = text.slice(from, person.start).trim();
  // "with the President's Special Envoy, Mr X", "with former Head of State, Gen. X": a form of address before the
  // name (outside the person's mention) stands where the name would, after the comma that sets the title apart.
  for (
    let last = /(?:^|\s)(\p{Lu}\p{L}*)\.?$/u.exec(body);
    last && lexicon.addressForms.has(last[1] ?? '');
  ) {
    body = body.slice(0, last.index).trimEnd();
    last = /(?:^|\s)(\p{Lu}\p{L}*)\.?$/u.exec(body);
  }
  body = body.replace(/,$/, '');
  // "a courtesy call on the Sultan of Brunei, Sultan X": after a call-on lead the title may be set apart once more.
  if (setApart) body = body.replace(/^([^,]*),(?=[^,]*$)/, '$1');
  const chain = body.split(/\s+/).filter(Boolean);
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

/** A mention that is only a title ("President", "South African President"): its last word is a title head. */
export function bareTitle(mention: string, lexicon: Lexicon): boolean {
  const last = mention.slice(mention.lastIndexOf(' ') + 1).replace(/[’']s$/, '');
  return lexicon.titleHeads.has(last.toLowerCase());
}

/**
 * "received his Israeli counterpart, Gabi Ashkenazi, in Cairo", "received the Chairman and President of Togo, Faure
 * Gnassingbe, in Katsina", "received Spanish State Secretary for Foreign Affairs Diego Martinez": the guest of a
 * reception verb at k named past a comma or a remit ("for", "of", "to") in the title chain, where the plain object
 * stops, or past a time or venue ("received yesterday at Bayan Palace X"). Called only when that object names no one.
 */
export function receivedPartner(state: ExtractState, k: number, lexicon: Lexicon): string | null {
  const { words, text } = state;
  const word = words[k];
  const previous = words[k - 1];
  if (!word || !previous || previous.sentence !== word.sentence) return null;
  const sentence = state.sentences[word.sentence] as Sentence;
  return (
    titledPartner(state, previous, sentence, lexicon, text.slice(word.start, word.end)) ??
    guestPastAdverbial(state, word, sentence, lexicon)
  );
}

/**
 * "received yesterday at Bayan Palace Qatar's Foreign Minister X", "received on Monday his Somali counterpart X":
 * past a time or a named venue, the guest is the first person of the object that follows it.
 */
function guestPastAdverbial(
  state: ExtractState,
  word: Word,
  sentence: Sentence,
  lexicon: Lexicon,
): string | null {
  const object = objectPastAdverbial(state, word, sentence);
  if (!object) return null;
  const guest = startingIn(state.mentions, object.start, object.end).find((m) => m.kind === 'person');
  if (guest) return guest.id;
  // "received in audience the Ambassador of China to Nigeria, Ambassador X": the plain object stops at the
  // remit's "to"; a title chain past the adverbial still leads to its guest, set apart by a comma or not.
  const lead = /^,? /.exec(state.text.slice(object.start, object.end));
  return lead ? titledFrom(state, object.start + lead[0].length, sentence, lexicon, true) : null;
}

/**
 * The object of a reception verb told past a leading time or venue ("welcomed on Sunday U.S. Secretary of State
 * X"): up to a semicolon, a sentence period or a clause word; null when no such adverbial follows the verb.
 */
function objectPastAdverbial(state: ExtractState, word: Word, sentence: Sentence): Range | null {
  const { text } = state;
  const limit = Math.min(sentence.end, word.end + 200);
  let at = word.end;
  for (let match = RECEPTION_ADVERBIAL.exec(text.slice(at, limit)); match;) {
    at += match[0].length;
    match = RECEPTION_ADVERBIAL.exec(text.slice(at, limit));
  }
  if (at === word.end) return null;
  const rest = text.slice(at, Math.min(sentence.end, at + 120));
  const stop = /[;]|(?<![A-Z])\.|\b(?:in|on|at|to|from|during|after|before|that|which|who)\b/.exec(
    rest.slice(1),
  );
  return { start: at, end: at + 1 + (stop ? stop.index : rest.length - 1) };
}

/** Words a speaker's title may span between "said" and the name: "said the chancellor's spokesman, Steffen Hebetsreit". */
const MAX_SPEAKER_TITLE_WORDS = 8;

/**
 * People of a sentence who only report it: "Kim Tae-hyo told a news briefing ...", "..., said the chancellor's
 * spokesman, Steffen Hebetsreit." A speaker is no participant of a meeting the sentence names without its parties.
 */
export function speakersOf(state: ExtractState, sentence: Sentence, lexicon: Lexicon): Set<string> {
  const { words } = state;
  const speakers = new Set<string>();
  for (const m of startingIn(state.mentions, sentence.start, sentence.end)) {
    if (m.kind !== 'person') continue;
    const last = wordIndexAt(words, m.end - 1);
    const next = words[last + 1];
    if (next && next.sentence === sentence.index && lexicon.sayLike.has(next.lower)) speakers.add(m.id);
    // Named last in its sentence, after a speech verb and the speaker's title.
    if (next && next.sentence === sentence.index) continue;
    const first = wordIndexAt(words, m.start);
    for (let j = first - 1; j >= Math.max(0, first - MAX_SPEAKER_TITLE_WORDS); j--) {
      const word = words[j];
      if (!word || word.sentence !== sentence.index) break;
      if (lexicon.sayLike.has(word.lower)) {
        speakers.add(m.id);
        break;
      }
    }
  }
  return speakers;
}

/** Manner adverbs between an auxiliary and its participle: "was warmly received", "is officially welcomed". */
const MANNER = /ly$/;

/**
 * "X was (warmly) received by Y", "X was welcomed at the airport in Riyadh by Y": the guest (the last person named
 * before the auxiliary in its sentence, else the last one of the sentence before in its paragraph) and the host
 * after "by" with only title words before the name, in the verb's own clause.
 */
export function passiveReception(state: ExtractState, k: number, auxiliaries: ReadonlySet<string>): string[] {
  const { words, text } = state;
  const word = words[k];
  if (!word) return [];
  let a = k - 1;
  if (MANNER.test(words[a]?.lower ?? '')) a--;
  const auxiliary = words[a];
  if (!auxiliary || auxiliary.sentence !== word.sentence || !auxiliaries.has(auxiliary.lower)) return [];
  const sentence = state.sentences[word.sentence] as Sentence;
  const rest = text.slice(word.end, Math.min(sentence.end, word.end + 100));
  const by = /^[^,;]*? by /.exec(rest);
  if (!by) return [];
  const from = word.end + by[0].length;
  const host = startingIn(state.mentions, from, Math.min(sentence.end, from + 80)).find(
    (m) => m.kind === 'person',
  );
  if (!host || /[,;]|\b(?:and|who|which|that)\b/.test(text.slice(from, host.start))) return [];
  const named = personsIn(state.mentions, sentence.start, auxiliary.start);
  const guest = named[named.length - 1] ?? previousSubject(state, sentence);
  return guest && guest !== host.id ? [guest, host.id] : [];
}

/**
 * "Abiy Ahmed has arrived ... since President Ruto took over. He was received by ...": a guest told by a pronoun or
 * a title alone is the first person of the sentence before (news paragraphs are often one sentence long).
 */
export function previousSubject(state: ExtractState, sentence: Sentence): string | null {
  const previous = state.sentences[sentence.index - 1];
  if (!previous || previous.ignored) return null;
  return personsIn(state.mentions, previous.start, previous.end)[0] ?? null;
}

/**
 * "welcomed the Prime Minister of Italy Matteo Renzi": the guest right after the verb, with only title words before
 * the name and no possessive after it ("welcomed Trump's decision" receives nobody).
 */
export function titledGuest(state: ExtractState, k: number, lexicon: Lexicon): string | null {
  const { text, mentions, words } = state;
  const word = words[k];
  if (!word) return null;
  const plain = objectAfter(state, k);
  const first = plain && startingIn(mentions, plain.start, plain.end).find((m) => m.kind === 'person');
  // "welcomed on Sunday U.S. Secretary of State X": past a time or venue when the plain object names no one.
  const object = first ? plain : objectPastAdverbial(state, word, state.sentences[word.sentence] as Sentence);
  if (!object) return null;
  const person = startingIn(mentions, object.start, object.end).find((m) => m.kind === 'person');
  if (!person || /^['’]s?\b/.test(text.slice(person.end, person.end + 2))) return null;
  const chain = text.slice(object.start, person.start).trim().split(/\s+/).filter(Boolean);
  const fits = chain.every(
    (w) =>
      /^\p{Lu}[\p{L}.’'-]*$/u.test(w) ||
      PARTNER_CHAIN_WORDS.has(w) ||
      GUEST_CHAIN_WORDS.has(w) ||
      lexicon.titleHeads.has(w) ||
      lexicon.titleModifiers.has(w),
  );
  return fits ? person.id : null;
}

/** The index of the word after a conversation verb at k and its medium: "spoke [on the phone] with X". */
export function afterMedium(words: readonly Word[], k: number): number {
  let j = k + 1;
  if (words[j]?.lower === 'on' || words[j]?.lower === 'over' || words[j]?.lower === 'by') {
    const medium = words[j + 1]?.lower === 'the' ? j + 2 : j + 1;
    if (CALL_BEFORE.has(words[medium]?.lower ?? '')) j = medium + 1;
  }
  return j;
}

/** A capitalized name, as a country is named: "Iran", "the United States". */
const NAME = String.raw`(?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*`;
/** "presidents" and "Presidents": the head may be capitalized where the country names must be. */
const ROLES = ROLE_PLURALS.flatMap((r) => [r, r.replace(/\b\w/g, (c) => c.toUpperCase())]).join('|');
const ROLE_PHRASE = new RegExp(
  `\\b[Tt]he (?:two |three )?(?:${ROLES}) of (${NAME}(?:, ${NAME})*,? and ${NAME})`,
  'gu',
);
const LINKED = new RegExp(`^ (?:${ROLE_PHRASE_LINKS.join('|')}) $`);
/** Words (no comma) a subject may stand before its meeting word: "wrapped up a one day North American summit". */
const SUBJECT_REACH = /^ (?:[^\s,;]+ ){0,8}$/;

/**
 * "In a Sunday phone call, the presidents of Turkey and Iran discussed ...", "the leaders of Mexico and Canada
 * wrapped up a summit", "talks between the foreign ministers of India and China": each country's one person of
 * the article, else the country, when the phrase is the meeting's subject, or follows it through
 * "of/between/with", or follows the fronted phrase that holds it.
 */
export function roleParties(state: ExtractState, word: Word, sentence: Sentence): string[] {
  const { text, mentions } = state;
  const body = text.slice(sentence.start, sentence.end);
  // Asked for every meeting word: a sentence without " and " holds no such phrase, and needs no scan. exec() from
  // lastIndex 0 finds what matchAll() does (the phrase is never ""), without cloning the RegExp per call.
  if (!body.includes(' and ')) return [];
  ROLE_PHRASE.lastIndex = 0;
  for (let match = ROLE_PHRASE.exec(body); match; match = ROLE_PHRASE.exec(body)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const subject = end <= word.start && SUBJECT_REACH.test(text.slice(end, word.start));
    const linked = start >= word.end && LINKED.test(text.slice(word.end, start));
    const fronted =
      start >= word.end &&
      /^[^,;]{0,40}, $/.test(text.slice(word.end, start)) &&
      !/[,;]/.test(text.slice(sentence.start, word.start));
    if (!subject && !linked && !fronted) continue;
    const countries = startingIn(mentions, end - (match[1]?.length ?? 0), end).filter(
      (m) => m.kind === 'country',
    );
    if (countries.length < 2) continue;
    const parties: string[] = [];
    for (const country of countries) {
      const people = [...state.persons.values()].filter((p) => p.country === country.id);
      const id = people.length === 1 ? (people[0]?.id ?? country.id) : country.id;
      if (!parties.includes(id)) parties.push(id);
    }
    return parties;
  }
  return [];
}

/** wink POS tags that make a comma-set phrase a clause of its own, not an apposition: "who is", "arrived". */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** ", the Emir of Qatar," ", Crown Prince of Abu Dhabi, today, Saturday,": one to three comma-set phrases. */
const APPOSITIONS = /^,(?: [^,;]{1,90},){1,3} $/;

/**
 * "Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, held talks with ...": the person whose apposition ends
 * right before the words leading to the meeting word (from index `lead` to `until`), when no verb stands in it or it is a
 * relative clause on that person.
 */
export function appositionSubject(
  state: ExtractState,
  lead: number,
  until: number,
  sentence: Sentence,
  factsOf: WordFactsOf,
): string | null {
  const { text, words, mentions } = state;
  // The time words the owner search stepped over may end the apposition: "who arrived on Sunday, held".
  let at = lead;
  while (at < until && !words[at]?.gap.startsWith(',')) at++;
  const first = words[at];
  if (!first || !first.gap.startsWith(',')) return null;
  const people = startingIn(mentions, sentence.start, first.start).filter((m) => m.kind === 'person');
  for (let p = people.length - 1; p >= 0; p--) {
    const person = people[p] as EntityMention;
    const between = text.slice(person.end, first.start);
    if (!APPOSITIONS.test(between)) continue;
    // "Abiy Ahmed, who arrived in Nairobi on Sunday, held talks": a relative clause on the subject is no clause of its own.
    if (/^, who\b/.test(between)) return person.id;
    const body = text.slice(sentence.start, sentence.end);
    const clause = words.some(
      (w) =>
        w.start >= person.end &&
        w.end <= first.start &&
        CLAUSE_TAGS.has(factsOf(body, w.start - sentence.start)?.pos ?? ''),
    );
    return clause ? null : person.id;
  }
  return null;
}

/** "a courtesy call to Prime Minister X": a call "to" someone that a courtesy makes a visit in person. */
export function courtesyCallTo(words: readonly Word[], k: number): boolean {
  return (
    words[k]?.lower === 'call' &&
    words[k + 1]?.lower === 'to' &&
    IN_PERSON_CALL_WORDS.has(words[k - 1]?.lower ?? '')
  );
}

/** "called on President X", "paid a courtesy call on/to X": the call word of a visit in person to the one called on. */
export function callsOnAt(words: readonly Word[], k: number): boolean {
  return (
    CALL_ON_WORDS.has(words[k]?.lower ?? '') && (words[k + 1]?.lower === 'on' || courtesyCallTo(words, k))
  );
}
