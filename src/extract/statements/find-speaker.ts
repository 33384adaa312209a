// Resolves who speaks in an attribution window: a person, a country (a demonym, "Seoul", "the Kremlin") or an
// organization named there, or a pronoun pointing back to the last speaker or person. Also reads the channel.

import { WEEKDAY_NAMES } from '../../domain/calendar.ts';
import {
  SET_OFF_SUBJECT_AUXILIARIES,
  CHANNEL_CUE_PHRASES,
  DATA_SOURCE_NOUNS,
  MEDIA_SOURCE_NOUNS,
  QUOTING_VERBS,
  FIRST_PERSON_WORDS,
  OCCASION_ASIDE_LEADS,
  BARE_OCCASION_LEADS,
  BARE_OCCASION_WORDS,
  NOUN_PHRASE_BREAK_WORDS,
  OUTLET_CUE_PHRASES,
  ROLE_JOINING_WORDS,
  SUBJECT_CASE_PRONOUNS,
  SUBJECT_FILLER_STOPS,
  SUBJECT_LEAD_BREAK_WORDS,
  TELL_FORMS,
} from '../lexicon/speaker-words.ts';
import { CLOSING_ATTRIBUTION_VERBS } from '../lexicon/role-words.ts';
import { startingIn } from '../mention-index.ts';
import { titleAppositionClause } from './title-apposition.ts';
import { unnamedSpeakerIn } from './unnamed-speakers.ts';
import type { EntityMention, ExtractState, StatementLike } from '../types.ts';

const SPEAKER_KINDS = new Set(['person', 'country', 'org']);
const PRONOUN = /^(?:he|she|He|She)$/;
/** "told Sputnik", "in an interview with Sputnik", "speaking to Yonhap": the outlet that carried the words. */
const CHANNEL_CUE = new RegExp(`(?:${CHANNEL_CUE_PHRASES.map((p) => `\\b${p}`).join('|')})(?: the| a)? $`);

/** The speaker named in [from, to): the mention nearest the verb (last before it, or first after it). */
export function speakerIn(
  state: ExtractState,
  from: number,
  to: number,
  nearestFirst: boolean,
): EntityMention | null {
  const candidates = startingIn(state.mentions, from, to).filter(
    (m) =>
      SPEAKER_KINDS.has(m.kind) &&
      m.describesUnnamed !== true &&
      m.end <= to &&
      !(m.kind === 'country' && state.mentions.some((p) => p.kind === 'place' && p.start === m.start)),
  );
  if (candidates.length === 0) return null;
  if (nearestFirst) return subjectAfterVerb(state, candidates, from);
  // The mention ending last (nearest the verb); an enclosing mention ("the Chinese diplomat") wins over one
  // inside it ("Chinese").
  let best: EntityMention | null = null;
  for (const candidate of candidates) {
    if (!best || candidate.end > best.end || (candidate.end === best.end && candidate.start < best.start))
      best = candidate;
  }
  if (best)
    for (const candidate of candidates)
      if (candidate.start <= best.start && candidate.end >= best.end && candidate.kind === 'person')
        best = candidate;
  return best;
}

/** Between a country and the body it owns: "Egypt's foreign ministry", "the Egyptian foreign ministry". */
const OWNING_GAP = /^(?:['’]s)? $/;

/** Words that end the noun phrase right after a verb: what follows them is not its speaker. */
const NOUN_PHRASE_BREAK = new RegExp(`\\b(?:${NOUN_PHRASE_BREAK_WORDS.join('|')})\\b`);

/**
 * `," said Russian President Vladimir Putin`, `said Putin's spokesman Dmitry Peskov`: after the verb, the last
 * person of the noun phrase that opens there (a country or person before it only describes them); else the first
 * mention.
 */
function subjectAfterVerb(
  state: ExtractState,
  candidates: EntityMention[],
  from: number,
): EntityMention | null {
  let subject = candidates[0] ?? null;
  // "according to Egypt's foreign ministry", "said a statement from the Ethiopian Ministry of Foreign Affairs": a
  // country right before a body only says whose body speaks.
  const body = subject?.kind === 'country' ? candidates[1] : undefined;
  if (
    subject &&
    body?.kind === 'org' &&
    (body.start < subject.end || OWNING_GAP.test(state.text.slice(subject.end, body.start)))
  )
    subject = body;
  for (const candidate of candidates)
    if (candidate.kind === 'person' && !NOUN_PHRASE_BREAK.test(state.text.slice(from, candidate.start)))
      subject = candidate;
  return subject;
}

/** "he"/"she" in [from, to): the last earlier statement's person speaker nearby, else the last person named before. */
export function pronounSpeaker(
  state: ExtractState,
  from: number,
  to: number,
  sentence: number,
  statements: readonly StatementLike[],
): string | null {
  const window = state.text.slice(from, to).split(/\s+/);
  if (!window.some((w) => PRONOUN.test(w))) return null;
  return referent(state, from, sentence, statements, closingPronounAt(state, from, to, sentence));
}

/** ", he said." / ',” she added on Monday.': a pronoun right after a comma, its verb closing the sentence. */
const CLOSING_PRONOUN = /^(?:he|she)\s(?:also\s|further\s|later\s)?\p{Ll}+[^,;:"“”\n]*$/u;

/**
 * Where the pronoun of an attribution closing its sentence stands, when [from, to) holds one: the words before it
 * are what was said, so the people they name are not who the pronoun means. -1 otherwise.
 */
function closingPronounAt(state: ExtractState, from: number, to: number, sentence: number): number {
  const own = state.sentences[sentence];
  if (!own) return -1;
  const comma = state.text.lastIndexOf(',', to);
  if (comma < own.start || comma < from - 2) return -1;
  const rest = state.text.slice(comma + 1, own.end);
  const match = /^["”’]?\s/.exec(rest);
  const at = comma + 1 + (match?.[0].length ?? 0);
  if (!match || at < from || at >= to || !CLOSING_PRONOUN.test(rest.slice(match[0].length))) return -1;
  return at;
}

/**
 * How many sentences back "he" may still mean the last speaker: a quote, a sentence naming others only as objects
 * ("... with my counterpart, as well as Turkish President X, Y said") and one led by "he" may stand between.
 */
const LAST_SPEAKER_REACH_SENTENCES = 4;

/** Who a "he"/"she"/"him" at `from` means: the last earlier speaker nearby, else the last person named before. */
export function referent(
  state: ExtractState,
  from: number,
  sentence: number,
  statements: readonly StatementLike[],
  closingAt = -1,
): string | null {
  let last: StatementLike | undefined;
  for (const statement of statements)
    if (statement.content.start < from && (!last || statement.content.start > last.content.start))
      last = statement;
  const fromSentence = state.sentences[Math.max(0, sentence - 3)]?.start ?? 0;
  // "Referring to his talks with X, he said": the people an opening participle's phrase names are its objects;
  // its subject is the pronoun, so none of them is who the pronoun means.
  const own = state.sentences[sentence]?.start ?? from;
  const opener = own < from ? PARTICIPLE_OPENER.exec(state.text.slice(own, from + 8)) : null;
  const openerEnd = opener ? own + opener[0].length : own;
  const persons = startingIn(state.mentions, fromSentence, from).filter(
    (m) =>
      m.kind === 'person' && !(m.start >= own && m.start < openerEnd) && !insideQuote(state.text, m.start),
  );
  const lastPerson = persons[persons.length - 1];
  // "King Faisal invited six leaders. A senior Egyptian source said ... . \"...,\" he said.": an unnamed speaker
  // came after the last one named, in a sentence after the last statement's (not the outlet that carried it: "...,"
  // X was quoted as saying by Iranian state media), so "he" is that unnamed one, who is left out.
  const afterLast = state.sentences[(last?.lastSentence ?? -1) + 1]?.start ?? from;
  const since = Math.max(lastPerson?.end ?? fromSentence, afterLast, fromSentence);
  if (since < from && unnamedSpeakerIn(state, since, from, (at) => insideQuote(state.text, at))) return null;
  // The last speaker, unless another person was named after their words ("X expressed gratitude to <last
  // speaker>, ..." names X too: the last speaker's name there does not bring them back).
  // Only someone named as a sentence's subject: "He pointed to the ceremony of the Iranian president" names the
  // president as an object, and the next "he" is still the last speaker.
  // "Prime Minister X will join the celebrations, he said.": a person named in the words a closing "he said" ends
  // is who they are about, not a new speaker.
  const said = (m: EntityMention): boolean => closingAt !== -1 && m.start >= own && m.start < closingAt;
  if (
    last &&
    last.speaker.startsWith('person:') &&
    sentence - last.sentence <= LAST_SPEAKER_REACH_SENTENCES &&
    !persons.some(
      (m) => m.start >= last.content.end && m.id !== last.speaker && !said(m) && inSubjectPosition(state, m),
    )
  )
    return last.speaker;
  // A last speaker further back who is still the last person named as a sentence's subject: the sentences since
  // name others only as objects ("Jaishankar was here to attend ... with Y. The US delegation was led by Z. The
  // ministerial was preceded by a meeting between Modi and Biden. "...," he said").
  if (
    last?.speaker.startsWith('person:') &&
    persons.findLast((m) => openingSubject(state, m))?.id === last.speaker &&
    !persons.some((m) => m.start >= last.content.end && m.id !== last.speaker && inSubjectPosition(state, m))
  )
    return last.speaker;
  // Else the subject of the nearest sentence naming someone: its first person in subject position, at the start
  // or right after an opening phrase ("Addressing a lunch hosted by Y, X said"), else its first person
  // ("Jaishankar, who accompanied Modi").
  if (!lastPerson) return null;
  // A sentence whose own subject is "He"/"She" and that names people only as objects ("He pointed to the ceremony
  // of the Iranian president") goes on about the one named before it: look further back.
  for (let subjectSentence = lastPerson.sentence; ;) {
    const named = persons.filter((m) => m.sentence === subjectSentence);
    const sentenceStart = state.sentences[subjectSentence]?.start ?? 0;
    // The speaker of an attribution closing the sentence first: what it reports may open with someone else
    // ("Visiting Foreign Minister X handed over a message ..., Lavrov said after talks with X.").
    const subject =
      named.find((m) => closingSubject(state, m)) ??
      named.find((m) => {
        const lead = state.text.slice(Math.max(sentenceStart, m.start - 80), m.start);
        return !objectApposition(lead) && SUBJECT_POSITION.test(lead);
      });
    if (subject) return subject.id;
    const earlier = persons.findLast((m) => m.sentence < subjectSentence);
    const pronounLed = PRONOUN_LED.test(state.text.slice(sentenceStart, sentenceStart + 4));
    if (
      !pronounLed ||
      !earlier ||
      named.some((m) => inSubjectPosition(state, m)) ||
      subjectSentence - earlier.sentence > 2
    )
      return named[0]?.id ?? lastPerson.id;
    subjectSentence = earlier.sentence;
  }
}

/** Whether person `m` opens its sentence as its subject, after at most an opening phrase and a few title words. */
function openingSubject(state: ExtractState, m: EntityMention): boolean {
  const sentenceStart = state.sentences[m.sentence]?.start ?? 0;
  const lead = state.text.slice(Math.max(sentenceStart, m.start - 80), m.start);
  return !objectApposition(lead) && SUBJECT_POSITION.test(lead);
}

/**
 * Whether `at` lies inside someone's own quoted words in its paragraph (an open curly quote not yet closed, or a
 * straight one; the quote says "I", "we", "our" ...): "... Prime Minister Modi and President Xi had a meeting. It
 * was agreed that ... so we will have to look at further building on this," he added. He also affirmed ...: a
 * person the speaker names in their words is not who a later "he" means. A quoted report in the third person
 * ('"Sheikh Abdullah emphasized the need ...," WAM said. He welcomed ...') still names its subject.
 */
function insideQuote(text: string, at: number): boolean {
  const paragraph = text.lastIndexOf('\n', at) + 1;
  let opened = -1;
  for (let i = paragraph; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) opened = i;
    else if (c === 0x201d) opened = -1;
    else if (c === 0x22) opened = opened === -1 ? i : -1;
  }
  if (opened === -1) return false;
  const paragraphEnd = text.indexOf('\n', at);
  const rest = text.slice(at, paragraphEnd === -1 ? text.length : paragraphEnd);
  const close = rest.search(/[\u201d"]/);
  return FIRST_PERSON.test(text.slice(opened, close === -1 ? at + rest.length : at + close));
}
const FIRST_PERSON = new RegExp(`\\b(?:${FIRST_PERSON_WORDS.join('|')})\\b`);

/**
 * ", Kremlin aide X told journalists.", ", the minister said on Monday.": the verb of an attribution closing its
 * sentence, with only its object or a time or setting after it.
 */
const CLOSING_ATTRIBUTION = new RegExp(
  String.raw`^ (?:also |later )?(?:${[...CLOSING_ATTRIBUTION_VERBS, ...TELL_FORMS].join('|')})\b[^,;:“”"]{0,60}[.!]?$`,
);

/**
 * Whether person `m` speaks in the attribution that closes its sentence ("No agreement on X with Putin has been
 * reached, Kremlin aide Ushakov told journalists."): the subject of what the sentence reports, not the people it
 * names inside the words.
 */
function closingSubject(state: ExtractState, m: EntityMention): boolean {
  const end = state.sentences[m.sentence]?.end ?? m.end;
  return CLOSING_ATTRIBUTION.test(state.text.slice(m.end, end)) && inSubjectPosition(state, m);
}

/** A sentence opened by a participle's phrase that a comma closes right before "he"/"she" ("Referring to ..., he"). */
const PARTICIPLE_OPENER = /^\p{Lu}\p{Ll}+ing [^;:“”"]+?, (?=(?:he|she) )/u;

/** A sentence opened by a subject pronoun: "He pointed to ...". */
const PRONOUN_LED = /^(?:He|She) /;

/**
 * Whether mention `m` may be its sentence's subject: only a few words stand before it, from the sentence start or an
 * opening phrase's comma ("Foreign ministry spokeswoman X", "On Monday, X"), and none of them a preposition or
 * pronoun that makes it an object ("He pointed to the ceremony of the Iranian president").
 */
function inSubjectPosition(state: ExtractState, m: EntityMention): boolean {
  const sentenceStart = state.sentences[m.sentence]?.start ?? 0;
  const lead = state.text.slice(Math.max(sentenceStart, m.start - 80), m.start);
  if (objectApposition(lead)) return false;
  // "UN Special Coordinator for the Middle East Peace Process X also thanked ...": a long title opening the sentence.
  if (lead.length === m.start - sentenceStart && OPENING_TITLE.test(lead)) return true;
  const opening = lead.lastIndexOf(', ');
  const words = (opening === -1 ? lead : lead.slice(opening + 2)).split(/\s+/).filter((w) => w !== '');
  if (opening === -1 && lead.length === 80) return false;
  return words.length <= MAX_SUBJECT_LEAD_WORDS && !words.some((w) => OBJECT_MARKERS.has(w.toLowerCase()));
}
const MAX_SUBJECT_LEAD_WORDS = 5;
/** Capitalized title words, joined by "for", "of", "the" or "and", from the sentence start up to the name. */
const OPENING_TITLE = /^(?:(?:\p{Lu}[\p{L}.'’-]*|for|of|the|and) ){1,10}$/u;
const OBJECT_MARKERS: ReadonlySet<string> = new Set([...SUBJECT_LEAD_BREAK_WORDS, ...SUBJECT_CASE_PRONOUNS]);

/**
 * Whether the name after `lead` is set beside a title that stands as an object ("Sa'ar spoke at a news conference
 * alongside Danish Foreign Minister, Lars Rasmussen", "During his meeting with the Italian Foreign Minister, X, Y
 * said"): the comma after the title opens no clause, so the name is no subject. "The EU's foreign policy chief,
 * Kaja Kallas, said" still is one.
 */
function objectApposition(lead: string): boolean {
  const clause = titleAppositionClause(lead);
  return clause !== null && clause.split(/\s+/).some((w) => OBJECT_MARKERS.has(w.toLowerCase()));
}

/** Before a name in subject position: the sentence start or an opening phrase's comma, then a few title words. */
const SUBJECT_POSITION = /(?:^|, )(?:the )?(?:\p{Lu}[\p{L}.'’-]*\.? ){0,4}$/u;

/** The last statement before `from` whose speaker is a body or country, not a person. */
function lastBodyStatement(from: number, statements: readonly StatementLike[]): StatementLike | undefined {
  let last: StatementLike | undefined;
  for (const statement of statements)
    if (
      statement.content.start < from &&
      !statement.speaker.startsWith('person:') &&
      (!last || statement.content.start > last.content.start)
    )
      last = statement;
  return last;
}

/** The body or country that spoke last within a few sentences before `from`, if one did. */
export function lastBodySpeaker(
  from: number,
  sentence: number,
  statements: readonly StatementLike[],
): string | null {
  const last = lastBodyStatement(from, statements);
  return last && sentence - last.lastSentence <= IT_REACH_SENTENCES ? last.speaker : null;
}

/** How far back "it said" looks for the body it means. */
const IT_REACH_SENTENCES = 3;

/**
 * Who an "it" at `from` means as a speaker: the body or country that spoke last nearby ("the embassy said ...,"
 * then '"...," it added'), else the last organization named in the sentences before (not a news outlet).
 */
export function itReferent(
  state: ExtractState,
  from: number,
  sentence: number,
  statements: readonly StatementLike[],
): string | null {
  const last = lastBodyStatement(from, statements);
  if (last && sentence - last.lastSentence <= IT_REACH_SENTENCES) return last.speaker;
  const fromSentence = state.sentences[Math.max(0, sentence - IT_REACH_SENTENCES)]?.start ?? 0;
  const org = startingIn(state.mentions, fromSentence, from)
    .filter((m) => m.kind === 'org' && state.organizations.get(m.id)?.kind !== 'news agency')
    .at(-1);
  // A story built on one body's statement keeps saying "it added" paragraphs later.
  return org?.id ?? last?.speaker ?? null;
}

/** Time words and adverbs that may stand between a subject and its verb ("the ministry on Thursday denounced"). */
const SUBJECT_FILLER = new RegExp(`^(?:['’]s)?(?: (?:[a-z][a-z-]*|${WEEKDAY_NAMES.join('|')})){0,4} $`);
// A subject pronoun in the gap is the verb's own subject ("After meeting Putin he said"): the name is not.
const FILLER_STOPS = new RegExp(`\\b(?:${[...SUBJECT_FILLER_STOPS, ...SUBJECT_CASE_PRONOUNS].join('|')})\\b`);
/**
 * Heads of a noun phrase a country's name may only qualify, whose words are not the country's: "Russian and
 * Armenian media reported", "Chilean trade statistics show".
 */
const NOT_SPEAKING_HEADS: ReadonlySet<string> = new Set([...DATA_SOURCE_NOUNS, ...MEDIA_SOURCE_NOUNS]);

/** A few lower-case words after a name, as the rest of the noun phrase it qualifies: " trade statistics ". */
const QUALIFIED_NOUNS = /^(?:['’]s)?(?: [a-z][a-z-]*){1,4} ?$/;

/**
 * Whether the words after a body's or country's name make it a mere qualifier of outlets or figures ("[Armenian]
 * media reported", "[Chilean] trade statistics show"): they then speak, or count, not the country.
 */
export function endsInNotSpeakingHead(gap: string): boolean {
  if (!QUALIFIED_NOUNS.test(gap)) return false;
  const trimmed = gap.trimEnd();
  return isNotSpeakingHead(trimmed.slice(trimmed.lastIndexOf(' ') + 1));
}

/** Whether a lower-case noun heads a phrase of outlets or figures: "media", "statistics". */
export function isNotSpeakingHead(noun: string): boolean {
  return NOT_SPEAKING_HEADS.has(noun);
}
/** ", who co-chaired the meeting with the EU," / ", in a video message," between a subject and its verb. */
const MAX_SUBJECT_DISTANCE = 300;
// The word after the aside may be an adverb ("also"), not a subject pronoun: ", as well as X, he said" is his.
// A day may follow it: "the FFC, a coalition of parties, late on Saturday welcomed ...".
const PARENTHETICAL = new RegExp(
  `, [^,“”"]{1,140}, (?:(?!(?:${SUBJECT_CASE_PRONOUNS.join('|')}) )[a-z]+ )?(?:on (?:${WEEKDAY_NAMES.join('|')}) )?$`,
);

/** An occasion's aside with someone closing the words before a verb, a name set off inside it. */
const OCCASION_ASIDE = new RegExp(
  `, (?:${OCCASION_ASIDE_LEADS.join('|')}) [^,;:“”"]{0,100}\\bwith [^,;:“”"]{1,80}(?:, [^,;:“”"]{1,50})?, (?:(?!(?:${SUBJECT_CASE_PRONOUNS.join('|')}) )[a-z]+ )?$`,
);

/**
 * An occasion with someone set between a subject and its verb with no commas, up to the verb: "X after meeting his
 * counterpart Y in New Delhi announced", "X after talks with Y said". A lead or two words before the occasion's word.
 */
const BARE_OCCASION = new RegExp(
  ` (?:${BARE_OCCASION_LEADS.join('|')}) (?:[a-z]+ ){0,2}(?:${BARE_OCCASION_WORDS.join('|')}) [^,;:“”"()]{1,120} $`,
);

/** ", who " (an adverb or two may follow: ", who also ") between a person and a verb it is the subject of. */
const WHO_SUBJECT = /^, who(?: [a-z]+ly| also| then){0,2} $/;

/**
 * " who ..." closing the words before a verb, with no comma before "who" and none inside its clause but one
 * closing it: "X who took over as chair said", "X who himself came from a village, said", "X who said".
 */
const BARE_RELATIVE = /(?<!,) who(?: [^,;:“”"()]{1,100})?(?:,)? $/;

/** The person right before a bare relative's " who" at `at`, or before " of <country>" there ("X of Rwanda who"). */
function relativeAntecedent(
  state: ExtractState,
  candidates: readonly EntityMention[],
  at: number,
): EntityMention | null {
  const before = latestEnding(candidates, at);
  if (!before || before.end !== at) return null;
  if (before.kind === 'person') return before;
  return countryHolder(state.text, candidates, before);
}

/** "King Abdullah II of Jordan", "Ambassador X of Rwanda": the person a country named right after "of" belongs to. */
function countryHolder(
  text: string,
  candidates: readonly EntityMention[],
  country: EntityMention,
): EntityMention | null {
  if (country.kind !== 'country' || text.slice(country.start - 4, country.start) !== ' of ') return null;
  const holder = latestEnding(candidates, country.start - 4);
  return holder?.kind === 'person' && holder.end === country.start - 4 ? holder : null;
}

/**
 * `X, head of the ... Committee (HNC) on Saturday said`, `X, vice president of the ... Party said`: a body or
 * country that ends a person's role set off by a comma the verb closes without a comma of its own. The person
 * speaks; the body only says whose role it is.
 */
const ROLE_OF_BODY =
  /^, (?:the )?(?:[A-Za-z][a-z-]* ){1,3}(?:of|for) (?:the )?(?:[A-Za-z][a-z]+(?:['’]s)? ){0,3}$/;
const JOINED_ROLE = new RegExp(` (?:${ROLE_JOINING_WORDS.join('|')}) `);

function appositionHolder(
  text: string,
  candidates: readonly EntityMention[],
  body: EntityMention | null,
): EntityMention | null {
  if (!body || body.kind === 'person') return null;
  // "... Committee (HNC)": the acronym in brackets stands for the name before it.
  const named = text[body.start - 1] === '(' ? latestEnding(candidates, body.start - 2) : body;
  if (!named || named.kind === 'person' || (named !== body && named.end !== body.start - 2)) return null;
  const holder = latestEnding(
    candidates.filter((m) => m.kind === 'person'),
    named.start,
  );
  if (!holder) return null;
  const role = text.slice(holder.end, named.start);
  return ROLE_OF_BODY.test(role) && !JOINED_ROLE.test(role) ? holder : null;
}

/** The candidate ending last at or before `limit` (the earliest-starting of those ending together). */
function latestEnding(candidates: readonly EntityMention[], limit: number): EntityMention | null {
  let best: EntityMention | null = null;
  for (const m of candidates) {
    if (m.end > limit) continue;
    if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
  }
  return best;
}

/**
 * After a name set off by commas, before its verb: an adverb or a setting the closing comma leaves outside the name
 * (", Gilad Erdan, firmly rejected", ", Gen X, on Twitter welcomed", ", X, on Monday said").
 */
const SET_OFF_ASIDE = new RegExp(
  String.raw`^, (?:(?:[a-z]+ly|(?:on|in|via) (?:\p{Lu}\p{Ll}+|[a-z]+ \p{Lu}?\p{Ll}+)) )?` +
    // "Lebanon's Prime Minister, Najib Mikati, has welcomed ...", ", Ambassador X, has also said": a perfect's
    // auxiliary after the set-off name, maybe with "also" or an adverb.
    `(?:(?:${SET_OFF_SUBJECT_AUXILIARIES.join('|')}) (?:also |[a-z]+ly )?)?$`,
  'u',
);

/** What opens a name set off by commas: the comma, then at most two capitalized title words ("Dr.", "Minister"). */
const SET_OFF_NAME = /, (?:\p{Lu}\p{L}*\.? ){0,2}$/u;

/**
 * A short aside in brackets right after a subject: its acronym or a note ("the Ministry of External Affairs (MEA)
 * said", "Trump on Sunday (local time) said"). It stands for nothing between the subject and its verb.
 */
const BRACKETED_ASIDE = / \([^()“”"]{1,30}\)(?= )/g;

/** A name that ends as an initialism: "U.S", "U.N" (the splitter leaves its closing dot out of the name). */
const INITIALISM_END = /\p{Lu}\.\p{Lu}$/u;

/**
 * The text between mention `m` and `until`, without the closing dot of an initialism it ends in: "The U.S. said",
 * "the AU, the EU, the U.S., and the U.N. noted". The dot is part of the name, not a stop before the verb.
 */
export function textAfterMention(text: string, m: EntityMention, until: number): string {
  const gap = text.slice(m.end, until);
  return gap.startsWith('.') && INITIALISM_END.test(text.slice(m.start, m.end)) ? gap.slice(1) : gap;
}

/**
 * The gap between a subject and its verb: past an initialism's closing dot only when the verb follows right after
 * it ("The U.S. said"); "U.S. officials said", "a U.K. resolution calling for" keep the name as a modifier.
 */
function subjectGap(text: string, m: EntityMention, until: number): string {
  const gap = textAfterMention(text, m, until);
  return gap === ' ' ? gap : text.slice(m.end, until);
}

/** Whether only a subject's filler lies between mention `m` and `until`. */
function fitsSubject(text: string, m: EntityMention | null, until: number): boolean {
  if (!m) return false;
  let gap = subjectGap(text, m, until);
  // "the Ministry of External Affairs (MEA) said": the acronym in brackets names the subject itself.
  if (text[m.start - 1] === '(' && gap.startsWith(')')) gap = gap.slice(1);
  gap = gap.replace(BRACKETED_ASIDE, '');
  // "The EU's foreign policy chief, Kaja Kallas, said", "the head of the department, Dr. Ahmad Nasser, said": a
  // name set off by commas (a capitalized title or two may open it) is the subject.
  if (
    m.kind === 'person' &&
    (gap === ', ' || SET_OFF_ASIDE.test(gap)) &&
    SET_OFF_NAME.test(text.slice(Math.max(0, m.start - 30), m.start))
  )
    return true;
  // "Minnawi's group said", "Putin's envoy said": the person owns the subject, a noun of its own; a body's or
  // country's ("Russia's foreign ministry said") still speaks for it.
  if (m.kind === 'person' && /^['’]s [a-z]/.test(gap)) return false;
  if (gap === '' || gap === ' ') return true;
  return SUBJECT_FILLER.test(gap) && !FILLER_STOPS.test(gap) && !endsInNotSpeakingHead(gap);
}

/**
 * "The Yemeni government, which ...", "Russia's foreign ministry, which ...": a country or body followed by a few
 * lower-case nouns of its own up to `until`, the way SUBJECT_FILLER lets them stand before a verb. A person's
 * noun is someone else ("Putin's envoy").
 */
function bodyNounAfter(text: string, m: EntityMention, until: number): boolean {
  if (m.kind === 'person') return false;
  const gap = `${text.slice(m.end, until)} `;
  return SUBJECT_FILLER.test(gap) && !FILLER_STOPS.test(gap) && !endsInNotSpeakingHead(gap);
}

/** A closing bracket right before a verb, after the last mention inside it ("... and the United States) said"). */
const CLOSING_BRACKET = /^['’]?\) $/;

/**
 * "The members of the Troika (Norway, the United Kingdom and the United States) welcomed", "The USA, the United
 * Kingdom and Norway (the Troika) welcomed": a body named next to a bracketed list of countries is their group, and
 * it speaks, not the last country listed. `last` is the mention ending right before the bracket that closes before
 * `anchor`.
 */
function bracketedGroup(
  text: string,
  candidates: readonly EntityMention[],
  last: EntityMention | null,
  anchor: number,
): EntityMention | null {
  if (!last || !CLOSING_BRACKET.test(text.slice(last.end, anchor))) return null;
  const open = text.lastIndexOf('(', last.start);
  if (open < 1 || text.slice(open, last.start).includes(')')) return null;
  const inside = candidates.filter((m) => m.start > open && m.end <= last.end);
  const before = latestEnding(candidates, open - 1);
  if (!before || before.end < open - 2 || !/^['’]? $/.test(text.slice(before.end, open))) return null;
  // The body before the bracket, its members listed inside.
  if (before.kind === 'org' && inside.length >= 2 && inside.every((m) => m.kind === 'country')) return before;
  // The countries listed before the bracket, their group's name inside: "(the Troika)".
  const named = /^\((?:the )?['’]?$/.test(text.slice(open, last.start)) && inside.length === 1;
  return named && last.kind === 'org' && before.kind === 'country' ? last : null;
}

/** The group named next to a bracketed list of countries whose bracket closes at `close` (see bracketedGroup). */
export function groupBeforeBracket(state: ExtractState, from: number, close: number): EntityMention | null {
  const candidates = startingIn(state.mentions, Math.max(from, close - MAX_SUBJECT_DISTANCE), close).filter(
    (m) => SPEAKER_KINDS.has(m.kind) && m.describesUnnamed !== true && m.end <= close,
  );
  return bracketedGroup(state.text, candidates, latestEnding(candidates, close), close + 2);
}

/**
 * The subject right before a verb at `verbStart`, skipping one parenthetical or relative clause. Its helpers are
 * module functions, not closures made at each call: it runs for every speech verb.
 */
export function subjectBefore(state: ExtractState, from: number, verbStart: number): EntityMention | null {
  // A subject sits within a few hundred characters of its verb; the bound keeps long sentences linear.
  const sentenceStart = Math.max(from, verbStart - MAX_SUBJECT_DISTANCE);
  let anchor = verbStart;
  const head = state.text.slice(sentenceStart, verbStart);
  const aside = PARENTHETICAL.exec(head);
  const candidates = startingIn(state.mentions, sentenceStart, verbStart).filter(
    (m) => SPEAKER_KINDS.has(m.kind) && m.describesUnnamed !== true && m.end <= verbStart,
  );
  // "X, during his meeting with the head of the IAEA, Rafael Grossi, said", "X, Ambassador of Georgia, after
  // meeting with Y, also said": the subject stands before an occasion's aside; the one met is no subject.
  const occasion = OCCASION_ASIDE.exec(head);
  if (occasion) {
    const before = latestEnding(candidates, sentenceStart + occasion.index);
    if (before?.end === sentenceStart + occasion.index)
      return appositionHolder(state.text, candidates, before) ?? before;
  }
  // "X after meeting Y in New Delhi announced": the same, set off by no commas; the mention right before the lead.
  const bareOccasion = BARE_OCCASION.exec(head);
  if (bareOccasion) {
    const before = latestEnding(candidates, sentenceStart + bareOccasion.index);
    if (before?.end === sentenceStart + bareOccasion.index)
      return appositionHolder(state.text, candidates, before) ?? before;
  }
  let best = latestEnding(candidates, anchor);
  // "King Abdullah II of Jordan affirmed": the person whose country ends the subject speaks.
  if (fitsSubject(state.text, best, anchor) && best)
    return (
      appositionHolder(state.text, candidates, best) ?? countryHolder(state.text, candidates, best) ?? best
    );
  const group = bracketedGroup(state.text, candidates, best, anchor);
  if (group) return group;
  // "spoke with Foreign Minister X, who asserted that ...": "who" right before the verb is its subject, and it
  // stands for the person it follows.
  if (best?.kind === 'person' && WHO_SUBJECT.test(state.text.slice(best.end, anchor))) return best;
  // "Modi, who was given Russia's highest honor, the Order of St. Andrew, at a ceremony, said": the relative
  // clause may hold commas of its own, so the subject is the mention right before ", who". "The Yemeni
  // government, which ..., said": the subject may end in a body's noun after the mention, as it may before a verb.
  const relative = /, (?:who|which|whose) (?![\s\S]*, (?:who|which|whose) )/.exec(head);
  if (relative && head.endsWith(', ')) {
    const subject = latestEnding(candidates, sentenceStart + relative.index);
    if (
      subject &&
      (subject.end === sentenceStart + relative.index ||
        bodyNounAfter(state.text, subject, relative.index + sentenceStart))
    )
      return subject;
  }
  // "President X of Rwanda who took over as chair said", "host President X who said": a relative clause without
  // commas; its antecedent (a person, maybe followed by "of" and a country) is the verb's subject.
  const bare = BARE_RELATIVE.exec(head);
  if (bare) {
    const subject = relativeAntecedent(state, candidates, sentenceStart + bare.index);
    if (subject) return subject;
  }
  if (aside) {
    anchor = sentenceStart + aside.index;
    best = latestEnding(candidates, anchor);
    // "Ambassador X of Rwanda, this month's president of the Council, told": the person, not the country.
    if (best && (fitsSubject(state.text, best, anchor) || best.end === anchor))
      return countryHolder(state.text, candidates, best) ?? best;
  }
  return null;
}

/** "according to KCNA", "a readout carried by the official Xinhua news agency": cues that fit only news outlets. */
const OUTLET_CUE = new RegExp(`\\b(?:${OUTLET_CUE_PHRASES.join('|')})\\b[^,.;“”"]{0,40}$`);

/** `," TASS quoted X as saying.`, `," TASS cited X as saying.`: the verb right after the outlet that passed the words on. */
const QUOTING_VERB_AFTER = new RegExp(`^ (?:${QUOTING_VERBS.join('|')}) `);

/**
 * The outlet org in [from, to) introduced by "told" or "interview with" (or, for news agencies, "according to", or
 * followed by "quoted"/"cited").
 */
export function channelIn(state: ExtractState, from: number, to: number): string | null {
  for (const mention of startingIn(state.mentions, from, to)) {
    if (mention.kind !== 'org') continue;
    const lead = state.text.slice(Math.max(from, mention.start - 60), mention.start);
    if (CHANNEL_CUE.test(lead.slice(-40))) return mention.id;
    if (
      state.organizations.get(mention.id)?.kind === 'news agency' &&
      (OUTLET_CUE.test(lead) || QUOTING_VERB_AFTER.test(state.text.slice(mention.end, mention.end + 8)))
    )
      return mention.id;
  }
  return null;
}
