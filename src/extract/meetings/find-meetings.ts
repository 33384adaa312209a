// Finds meetings (summit, talks, visit, call, conference, meeting) with participants, place, date and whether they
// were held or are planned; later references ("such a visit", "their summit") join the meeting they point to.

import { slug } from '../../domain/ids.ts';
import type { MeetingItem } from '../../domain/extraction-result.ts';
import { MEETING_WORDS } from '../lexicon/event-words.ts';
import {
  CALL_BEFORE,
  ANOTHER_SITTING_CUES,
  CLAUSE_JOINERS,
  CLAUSE_OPENERS,
  EACH_COUNTRY_KINDS,
  EACH_COUNTRY_PARTNERS,
  EARLIER_GAP,
  EARLIER_MODIFIERS,
  FRAME_KINDS,
  FRAME_PREPOSITIONS,
  MEETING_HOLDING_VERBS,
  MEET_VERBS,
  PAIRWISE_KINDS,
  PHONED_KINDS,
  PHONING_PARTICLE_VERBS,
  PAIRWISE_MODIFIERS,
  PLURAL_MEETING_NOUNS,
  PLURAL_MEETING_WORDS,
  SEPARATE_GAP,
  SEPARATE_WORDS,
  SEQUENCE_WORDS,
  SIDELINES_REACH,
  SIDELINES_WORDS,
  SPOKESPERSON_TITLE_WORDS,
} from '../lexicon/meeting-words.ts';
import { acceptable } from './meeting-acceptance.ts';
import { phoningEnd } from './phoning.ts';
import { readMeeting, type RawMeeting } from './meeting-mentions.ts';
import { purposeOpenerBefore } from './meeting-arrival.ts';
import { signingMeetings } from './signing-meetings.ts';
import { addressedBy, councilSpokenTo } from './addressed-by.ts';
import { sittingBody } from './sitting-body.ts';
import { followUpAt, followUpParticipants } from './follow-up.ts';
import { withoutRepresentedCountries } from './represented-countries.ts';
import { callsOnAt, courtesyCallTo, personsIn } from './meeting-agents.ts';
import { ensurePlace } from '../entities/registry.ts';
import { startingIn } from '../mention-index.ts';
import type { EventMention, ExtractState, Resources } from '../types.ts';
import { sentenceEvidence } from '../sentence-evidence.ts';
import {
  articleWordFacts,
  modalityAt,
  negationCueBefore,
  type WordFactsOf,
} from '../events/event-modality.ts';
import { CLAUSE_BREAKERS } from '../lexicon/act-words.ts';
import { clausePunctuationBefore } from '../text/clause-punctuation.ts';
import { neverTaggedHere } from '../text/never-tagged-here.ts';

/** A Map, not the record: looked up for every word, and own keys only ("constructor" finds nothing). */
const MEETING_KINDS = new Map(Object.entries(MEETING_WORDS));
/**
 * Every word a meeting mention can start at: a meeting word, or a verb phoning with its particle ("called up"; "call
 * on" is one of them too). One look-up passes over the other words, most of an article, before the checks below.
 */
const MEETING_STARTS: ReadonlySet<string> = new Set([...MEETING_KINDS.keys(), ...PHONING_PARTICLE_VERBS]);

/** A mention of a meeting, and whether it tells an earlier meeting than the story's ("the last visit ... in 2007"). */
export interface Mention extends RawMeeting {
  earlier?: boolean;
  /** "agreed to meet again", "follow-up meetings": a further sitting, not the one told before. */
  followUp?: boolean;
  /** "an emergency meeting of the Council of Arab States": the council sitting, a participant when nobody else is. */
  body?: string | null;
  /** "met X on the sidelines of the SCO meeting": the gathering another meeting was held at the edge of. */
  gathering?: boolean;
}

export interface Cluster extends RawMeeting {
  mentions: Mention[];
  /** The body whose sitting a mention names (Mention.body). */
  body?: string | null;
  /** One of the bilateral meetings a person held with each of several countries: named by its parties. */
  eachCountry?: boolean;
  /** Mention.gathering: named by its parties too, apart from the meeting held at its edge. */
  gathering?: boolean;
}

/**
 * The cluster a meeting's first mention opens: the mention's fields with its participants and attendees as one list.
 * Field by field in the order the spread `{ ...raw, participants, mentions: [raw] }` gave, not the spread itself: the
 * mentions' null-or-string fields give them many shapes, and the spread took a slow path (ten times this, measured).
 */
export function clusterOf(raw: Mention): Cluster & Pick<Mention, 'earlier' | 'followUp'> {
  return {
    kind: raw.kind,
    start: raw.start,
    end: raw.end,
    sentence: raw.sentence,
    participants: [...new Set([...raw.participants, ...raw.attendees])],
    place: raw.place,
    host: raw.host,
    date: raw.date,
    status: raw.status,
    anaphoric: raw.anaphoric,
    attendees: raw.attendees,
    earlier: raw.earlier,
    followUp: raw.followUp,
    body: raw.body,
    gathering: raw.gathering,
    mentions: [raw],
  };
}

/**
 * "The last formal meeting between the foreign secretaries was held in May 2008": "last" or "previous" a few words
 * before the meeting word, in its clause, and a date of the mention's own.
 */
function earlierMeeting(state: ExtractState, raw: RawMeeting, k: number): boolean {
  if (raw.date === null) return false;
  const { words } = state;
  for (let j = k - 1; j >= Math.max(0, k - 1 - EARLIER_GAP) && words[j]?.sentence === raw.sentence; j--) {
    if (clausePunctuationBefore(words[j + 1])) return false;
    if (EARLIER_MODIFIERS.has(words[j]?.lower ?? '')) return true;
  }
  return false;
}

/** " of the " right after a meeting word: its body's name follows. */
const BODY_AFTER = /^ of (?:the )?/;
const BODY_AFTER_REACH = 8;

/**
 * "met on the sidelines of the 22-member Asian Cooperation Dialogue meeting": where the edge word's "of" ends, when
 * word `k` closes the phrase after it (within its clause and a few words); -1 otherwise.
 */
function sidelinesOfEnd(state: ExtractState, k: number): number {
  const { words } = state;
  const sentence = words[k]?.sentence;
  for (let j = k - 1; j >= Math.max(1, k - SIDELINES_REACH) && words[j]?.sentence === sentence; j--) {
    if (clausePunctuationBefore(words[j + 1])) return -1;
    if (words[j]?.lower === 'of' && SIDELINES_WORDS.has(words[j - 1]?.lower ?? ''))
      return words[j]?.end ?? -1;
    // Another meeting word ends the phrase; a capitalized one is part of a name ("Asian Cooperation Dialogue").
    if (MEETING_STARTS.has(words[j]?.lower ?? '') && words[j]?.text === words[j]?.lower) return -1;
  }
  return -1;
}

/** "with his Uzbek, Tajik and Kyrgyz counterparts": the partner word in the phrase after the meeting word. */
const EACH_COUNTRY = new RegExp(`^[^.;:]{0,120}?\\b(?:${EACH_COUNTRY_PARTNERS.join('|')})\\b`, 'i');

/**
 * "held bilateral meetings with ...", "held meetings with ...": a plural meeting noun that is several meetings, or
 * talks a modifier makes pairwise, a few words before word `k`.
 */
function severalMeetings(state: ExtractState, k: number): boolean {
  const { words } = state;
  const noun = words[k]?.lower ?? '';
  if (PLURAL_MEETING_WORDS.has(noun)) return true;
  if (!PLURAL_MEETING_NOUNS.has(noun)) return false;
  for (
    let j = k - 1;
    j >= Math.max(0, k - 1 - SEPARATE_GAP) && words[j]?.sentence === words[k]?.sentence;
    j--
  )
    if (PAIRWISE_MODIFIERS.has(words[j]?.lower ?? '')) return true;
  return false;
}

/**
 * "Jaishankar held talks with his Uzbek, Tajik, Kyrgyz and Kazakh counterparts", "Modi held bilateral meetings
 * with leaders of the UK, Japan and Italy": one person's talks with the counterparts of two or more countries, or
 * several (bilateral) meetings with two or more countries, named by country alone, are one meeting per country.
 */
function eachCountry(state: ExtractState, raw: RawMeeting, k: number): RawMeeting[] {
  if (!EACH_COUNTRY_KINDS.has(raw.kind) || raw.attendees.length > 0) return [raw];
  const persons = raw.participants.filter((id) => state.persons.has(id));
  const person = persons[0];
  if (persons.length !== 1 || !person) return [raw];
  const own = state.persons.get(person)?.country ?? null;
  const countries = raw.participants.filter((id) => state.countries.has(id) && id !== own);
  const others = raw.participants.filter((id) => id !== person && id !== own && !countries.includes(id));
  if (countries.length < 2 || others.length > 0) return [raw];
  const sentence = state.sentences[raw.sentence];
  if (!sentence || !(severalMeetings(state, k) || EACH_COUNTRY.test(state.text.slice(raw.end, sentence.end))))
    return [raw];
  return countries.map((country) => ({ ...raw, participants: [person, country] }));
}

/** How many persons a meeting verb lists before they are read as as many meetings ("met A, B and C"). */
const LISTED_MEETINGS = 3;

/**
 * "Salehi held separate telephone conversations with Egyptian Foreign Minister Amr and his Turkish counterpart
 * Davutoglu": one person's meetings told as separate, with two or more persons named after the meeting word, are
 * one meeting with each of them. The one holding them is the one person named before the word in its sentence.
 */
function separately(state: ExtractState, raw: RawMeeting, k: number): RawMeeting[] {
  if (!PAIRWISE_KINDS.has(raw.kind) || raw.attendees.length > 0) return [raw];
  const { words } = state;
  let separate = false;
  for (let j = k - 1; j >= Math.max(0, k - 1 - SEPARATE_GAP) && words[j]?.sentence === raw.sentence; j--)
    if (SEPARATE_WORDS.has(words[j]?.lower ?? '')) separate = true;
  const sentence = state.sentences[raw.sentence];
  // "held bilateral meetings with many leaders, including X and Y": several meetings are separate ones too; so are
  // the meetings of one who "met A, B and C" or "called on A, B and C", three or more persons listed after the verb.
  // Not those planned: "is scheduled to meet A, B and C" is the programme of one visit.
  const several = separate || severalMeetings(state, k);
  const heldMeet =
    raw.participants.length >= LISTED_MEETINGS &&
    (MEET_VERBS.has(words[k]?.lower ?? '') || callsOnAt(words, k)) &&
    raw.status !== 'planned';
  if (!(several || heldMeet) || !sentence) return [raw];
  const holders = [...new Set(personsIn(state.mentions, sentence.start, raw.start))];
  const partners = [...new Set(personsIn(state.mentions, raw.end, sentence.end))].filter(
    (id) => raw.participants.includes(id) && !holders.includes(id),
  );
  if (!several && partners.length < LISTED_MEETINGS) return [raw];
  // "He also held meetings with A, B and C": a pronoun's person, the one participant not among the partners.
  const others = raw.participants.filter((id) => !partners.includes(id) && state.persons.has(id));
  const holder = holders.length === 0 && others.length === 1 ? others[0] : holders[0];
  if (holders.length > 1 || !holder || partners.length < 2) return [raw];
  return partners.map((partner) => ({ ...raw, participants: [holder, partner] }));
}

/** Modalities of a verb that tell no meeting took place: "he has not traveled to Seoul since", "never met". */
const NO_MEETING_MODALITIES: ReadonlySet<string> = new Set(['negated', 'denied']);

const VERB_TAG: ReadonlySet<string> = new Set(['VERB']);

/** "Since then, he has not traveled to Seoul": a meeting verb negated in its clause tells no meeting. */
function deniedVerb(state: ExtractState, k: number, factsOf: WordFactsOf): boolean {
  const word = state.words[k];
  const sentence = word ? state.sentences[word.sentence] : undefined;
  if (!word || !sentence || !negationCueBefore(state.words, k)) return false;
  // A word its neighbours keep from being a verb ("no talks were held") needs no tagging.
  if (neverTaggedHere(state.text, sentence, state.words, k, VERB_TAG)) return false;
  const facts = factsOf(state.text.slice(sentence.start, sentence.end), word.start - sentence.start);
  return facts?.pos === 'VERB' && NO_MEETING_MODALITIES.has(modalityAt(state.words, k, facts.negated));
}

/** Text that parts two events: a sequence word ("prior to the forum") or a comma opening a new clause. */
const PARTING = new RegExp(
  `\\b(?:${SEQUENCE_WORDS.join('|')})\\b|,\\s*(?:${CLAUSE_JOINERS.join('|')})\\b|;`,
  'i',
);
/** A sequence word ending the text before a meeting word: "Prior to Bali Process forum", "after the summit". */
const SEQUENCED = new RegExp(`\\b(?:${SEQUENCE_WORDS.join('|')})(?: \\S+){0,3} $`, 'i');

/** A frame preposition and at most a determiner or possessive before a meeting word: "during Rahmon's visit". */
const FRAMED = new RegExp(`\\b(?:${FRAME_PREPOSITIONS.join('|')}) (?:[^\\s,;]+ )?$`, 'i');

/** Two meeting words of one sentence in one clause, neither set in time against the other. */
function oneClause(text: string, sentenceStart: number, earlier: RawMeeting, later: RawMeeting): boolean {
  const between = text.slice(earlier.end, later.start);
  if (PARTING.test(between)) return false;
  // "shortly after meeting on the sidelines of the conference": both words in the one fronted phrase are one event.
  return !(
    between.includes(',') &&
    SEQUENCED.test(text.slice(Math.max(sentenceStart, earlier.start - 30), earlier.start))
  );
}

/**
 * "Erdogan has arrived in Sochi ... A day before, the presidency announced that Erdogan would pay a visit to Sochi":
 * an undated visit of the same visitor to the same place, told as ahead, is the visit announced before it was made.
 */
function announced(cluster: Cluster, raw: RawMeeting): boolean {
  // "arrived in Sochi for talks ... their negotiations will focus on": talks of the visitor and host, told with
  // neither day nor place of their own, are held during a visit under way. A visit still ahead is no such frame:
  // "invited Lee to visit the US ... agreed to hold a meeting at the earliest opportunity" may meet elsewhere.
  if (
    cluster.kind === 'visit' &&
    cluster.status === 'held' &&
    (raw.kind === 'talks' || raw.kind === 'meeting') &&
    raw.date === null &&
    raw.place === null &&
    raw.participants.length > 1 &&
    raw.participants.every((p) => cluster.participants.includes(p))
  )
    return true;
  // "Trump arrived in Beijing ... deals are expected to be signed during Trump's three-day visit": a visit under
  // way, told again as ahead with neither day nor place nor host of its own, by its own visitors, is that visit.
  if (
    raw.kind === 'visit' &&
    cluster.kind === 'visit' &&
    cluster.status === 'held' &&
    raw.status === 'planned' &&
    raw.date === null &&
    raw.place === null &&
    raw.host === null &&
    raw.participants.length > 0 &&
    raw.participants.every((p) => cluster.participants.includes(p))
  )
    return true;
  return (
    raw.kind === 'visit' &&
    cluster.kind === 'visit' &&
    raw.date === null &&
    raw.place !== null &&
    raw.place === cluster.place &&
    raw.participants.some((p) => cluster.participants.includes(p))
  );
}

/**
 * "Modi arrived at the White House on his maiden state visit on Thursday to hold talks with Biden", "Kishida plans
 * to visit the United States on February 7 to hold talks with Kerry": talks in the purpose phrase ("to hold",
 * "for") of a visit told before them in their clause are held on that visit, by its visitor.
 */
function purposeOfVisit(
  state: ExtractState,
  cluster: Cluster,
  raw: RawMeeting,
  factsOf: WordFactsOf,
): boolean {
  if (cluster.kind !== 'visit' || raw.kind === 'visit' || raw.kind === 'call') return false;
  const { words, text } = state;
  const visit = cluster.mentions.find((m) => m.sentence === raw.sentence && m.end <= raw.start);
  const sentence = state.sentences[raw.sentence];
  if (!visit || !sentence) return false;
  const k = words.findIndex((w) => w.start === raw.start);
  const opener = purposeOpenerBefore(words, k, (p) => (words[p]?.start ?? 0) >= visit.end);
  const openerWord = words[opener];
  if (!openerWord) return false;
  // "to" opens a purpose only before a verb ("to hold talks"), not before a place ("a visit to Delhi talks").
  const next = words[opener + 1];
  if (
    openerWord.lower === 'to' &&
    (!next || factsOf(text.slice(sentence.start, sentence.end), next.start - sentence.start)?.pos !== 'VERB')
  )
    return false;
  for (let w = opener - 1; w >= 0 && (words[w]?.start ?? 0) >= visit.end; w--)
    if (CLAUSE_BREAKERS.has(words[w]?.lower ?? '') || clausePunctuationBefore(words[w])) return false;
  return true;
}

/** A clause opened between a meeting word and a frame: the frame then belongs to that clause's verb. */
const OPENS_CLAUSE = new RegExp(`\\b(?:${CLAUSE_OPENERS.join('|')})\\b|[,;]`, 'i');

/**
 * "Tokayev plans to take part in a forum ... during the visit", "Trump will meet Xi during the visit": a meeting
 * told with no date of its own, set inside another meeting later in its sentence, takes that meeting's date.
 */
function dateFromFrame(clusters: readonly Cluster[], text: string): void {
  for (const cluster of clusters) {
    // A visit is no part of a meeting: "discussed her recent visit during the meeting".
    if (cluster.date || cluster.kind === 'visit') continue;
    const frame = clusters.find(
      (other) =>
        other !== cluster &&
        other.date !== null &&
        FRAME_KINDS.has(other.kind) &&
        other.mentions.some((r) =>
          cluster.mentions.some((m) => {
            const between = text.slice(m.end, r.start);
            return (
              r.sentence === m.sentence &&
              r.start > m.end &&
              FRAMED.test(between) &&
              !OPENS_CLAUSE.test(between)
            );
          }),
        ),
    );
    if (frame) cluster.date = frame.date;
  }
}

/** A cue of another sitting, maybe past one more word, right before a meeting word ("also held talks"). */
const ANOTHER_SITTING = new RegExp(`\\b(?:${ANOTHER_SITTING_CUES.join('|')}) (?:[\\p{L}-]+ )?$`, 'u');
const ANOTHER_SITTING_REACH = 30;

/** Kinds one sitting may be told as: "held talks in Amman with X ... The two leaders held a bilateral meeting". */
const SITTING_KINDS: ReadonlySet<MeetingItem['kind']> = new Set(['talks', 'meeting']);

/**
 * "Abbas held talks on Tuesday in Amman with King Abdullah ... The two leaders held a bilateral meeting": talks and a
 * meeting of one and the same pair (one's parties all among the other's, two or more) are one sitting told twice.
 */
function sameTalks(cluster: Cluster, raw: RawMeeting, text: string): boolean {
  if (!SITTING_KINDS.has(cluster.kind) || !SITTING_KINDS.has(raw.kind) || cluster.kind === raw.kind)
    return false;
  // "The Prime Minister also met with the leaders of ...": another sitting of the same person.
  if (ANOTHER_SITTING.test(text.slice(Math.max(0, raw.start - ANOTHER_SITTING_REACH), raw.start)))
    return false;
  const [fewer, more] =
    raw.participants.length <= cluster.participants.length
      ? [raw.participants, cluster.participants]
      : [cluster.participants, raw.participants];
  return more.length >= 2 && fewer.length > 0 && fewer.every((p) => more.includes(p));
}

function compatible(
  cluster: Cluster,
  raw: Mention,
  text: string,
  sentenceStart: number,
  framing = true,
  purpose = false,
): boolean {
  // An earlier meeting, told with its own date, is another meeting than one told without that date: "Sousa arrived
  // on a four-day visit ... The last visit by a Portuguese President to India was in 2007".
  // Its own sentence may still name it again: "last held talks in September in Samarkand, on the sidelines of a summit".
  if (
    (raw.earlier === true || cluster.mentions.some((m) => m.earlier === true)) &&
    !cluster.mentions.some((m) => m.sentence === raw.sentence)
  )
    if (
      !raw.date ||
      !cluster.date ||
      !(raw.date.startsWith(cluster.date) || cluster.date.startsWith(raw.date))
    )
      return false;
  // "held talks in Muscat ... agreed to meet again": a further sitting naming nobody is not the one it follows.
  if (
    raw.followUp === true &&
    raw.participants.length === 0 &&
    !cluster.mentions.some((m) => m.followUp === true)
  )
    return false;
  // Talks in a visit's purpose phrase keep the visit's day and place, whatever their own status reads.
  if (purpose)
    return (
      (!raw.date ||
        !cluster.date ||
        raw.date.startsWith(cluster.date) ||
        cluster.date.startsWith(raw.date)) &&
      (!raw.place || !cluster.place || raw.place === cluster.place)
    );
  // "X and Y met on the sidelines of the SCO meeting": the gathering they met at the edge of is another event than
  // their meeting, told in the same sentence.
  if (
    cluster.mentions.some(
      (m) => m.sentence === raw.sentence && (m.gathering === true) !== (raw.gathering === true),
    )
  )
    return false;
  // "the meeting", "the talks" may name a summit or visit already described; a call stays a call.
  // "meeting on the sidelines of the Munich Security Conference": two words of one clause, one event.
  // "a forum ... during the visit": the later word names the event the earlier one is set in, not that one.
  if (
    framing &&
    cluster.mentions.some(
      (m) => m.sentence === raw.sentence && m.end <= raw.start && FRAMED.test(text.slice(m.end, raw.start)),
    )
  )
    return false;
  const sameSentence = cluster.mentions.some(
    (m) => m.sentence === raw.sentence && oneClause(text, sentenceStart, m, raw),
  );
  const kindsAgree =
    cluster.kind === raw.kind ||
    announced(cluster, raw) ||
    ((raw.anaphoric || sameSentence) && raw.kind !== 'call' && cluster.kind !== 'call') ||
    // "had phone talks with X ... It was their first talks since ...": talks pointing back, or talks of the call's own
    // parties, told with no day, place or plan of their own, are the phone talks.
    (raw.kind === 'talks' &&
      cluster.kind === 'call' &&
      !raw.date &&
      !raw.place &&
      raw.status !== 'planned' &&
      (raw.anaphoric ||
        (raw.participants.length > 0 && raw.participants.every((p) => cluster.participants.includes(p))))) ||
    sameTalks(cluster, raw, text);
  if (!kindsAgree) return false;
  // "in June" and "on June 5" may date one meeting; "June 4" and "June 5" do not.
  if (raw.date && cluster.date && !raw.date.startsWith(cluster.date) && !cluster.date.startsWith(raw.date))
    return false;
  if (raw.place && cluster.place && raw.place !== cluster.place) return false;
  if (raw.host && cluster.host && raw.host !== cluster.host) return false;
  if (
    raw.status &&
    cluster.status &&
    raw.status !== cluster.status &&
    !raw.anaphoric &&
    !announced(cluster, raw)
  )
    return false;
  if (raw.participants.length === 0 || cluster.participants.length === 0)
    return raw.anaphoric || raw.participants.length === 0;
  if (!raw.participants.some((p) => cluster.participants.includes(p))) return false;
  // "He met X ... He also met Y": one guest's meetings with two different partners are two meetings, not one. A
  // gathering (visit, summit, conference) takes in everyone it meets; a reference back names the one it means. Two
  // meetings both still ahead ("would meet X ... would also meet Y") may be told as one trip's programme, unless
  // each is a meeting some verb holds ("will hold a bilateral meeting with X ... with Y").
  return !(
    !raw.anaphoric &&
    PAIRWISE_KINDS.has(raw.kind) &&
    PAIRWISE_KINDS.has(cluster.kind) &&
    (raw.status !== 'planned' ||
      cluster.status !== 'planned' ||
      (heldNoun(text, raw) && cluster.mentions.some((m) => heldNoun(text, m)))) &&
    raw.participants.length >= 2 &&
    raw.participants.some((p) => !cluster.participants.includes(p)) &&
    cluster.participants.some((p) => !raw.participants.includes(p))
  );
}

/**
 * "He will hold a bilateral meeting with X ... will hold a bilateral meeting with Y": a meeting noun a holding verb
 * takes as its object, a few words back in its clause, is one meeting of its own even while it lies ahead.
 */
const HELD_NOUN = new RegExp(`\\b(?:${[...MEETING_HOLDING_VERBS].join('|')})\\b[^,;.]*$`);
/** How far back before a meeting word its holding verb is looked for. */
const HELD_NOUN_REACH = 40;
function heldNoun(text: string, mention: RawMeeting): boolean {
  return HELD_NOUN.test(text.slice(Math.max(0, mention.start - HELD_NOUN_REACH), mention.start));
}

/** How many days a visit may run past the day told for it: "arrived on Monday ... talks on Tuesday". */
const VISIT_DAYS = 3;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** The country a meeting participant stands for: the country itself, or a person's country. */
function sideOf(state: ExtractState, id: string): string | null {
  if (state.countries.has(id)) return id;
  return state.persons.get(id)?.country ?? null;
}

/**
 * "Ghani will arrive in Islamabad on a two-day visit ... He will hold meetings with Hussain and Sharif", "Zarif
 * arrived on a visit ... He is scheduled to meet Khan": a meeting still ahead, told in sentences after the visit's
 * first one and none of the visit's own, is the visit's programme. Told in the visit's own sentence it may be another
 * event ("invited Lee to visit the US, and the two agreed to hold a meeting").
 */
function programmeOfVisit(visit: Cluster, meeting: Cluster): boolean {
  // "will hold talks with Modi ... last visited in October 2019": a day of its own the visit lacks tells another sitting.
  if (meeting.date && !visit.date) return false;
  const first = Math.min(...visit.mentions.map((m) => m.sentence));
  return meeting.mentions.every(
    (m) => m.sentence > first && !visit.mentions.some((v) => v.sentence === m.sentence),
  );
}

/** A frame preposition and at most three words before a visit word: "during his two-day official visit". */
const VISIT_FRAME = new RegExp(`\\b(?:${FRAME_PREPOSITIONS.join('|')}) (?:[^\\s,;]+ ){0,3}$`, 'i');
/**
 * How far before a frame preposition a clause opened parts the sitting from the visit; the list of names a sitting
 * may take before it ("talks with A, B and C during the visit") lies further back.
 */
const FRAME_LEAD_REACH = 24;

/**
 * "held meetings with Chinese officials during his two-day visit", "is scheduled to hold talks with X during the
 * visit", "leaders who met Krishna during his visit": a sitting every mention of which is set inside the visit later in
 * its sentence, with no clause opened just before the frame, is part of that visit, whoever the sitting names and
 * whatever its status reads.
 */
function setInVisit(text: string, visit: Cluster, meeting: Cluster): boolean {
  return meeting.mentions.every((m) =>
    visit.mentions.some((v) => {
      if (v.sentence !== m.sentence || v.start <= m.end) return false;
      const between = text.slice(m.end, v.start);
      const frame = VISIT_FRAME.exec(between);
      if (!frame) return false;
      const lead = between.slice(Math.max(0, frame.index - FRAME_LEAD_REACH), frame.index);
      return !OPENS_CLAUSE.test(lead);
    }),
  );
}

/**
 * "Abbas arrived in Islamabad on a three-day visit ... Sharif received Abbas at the PM House": a meeting held with
 * the visitor by the host country's side, where and when the visit is, is held on that visit, told in another
 * sentence. A visit still ahead stays apart from a meeting still ahead ("invited Lee to visit ... agreed to hold a
 * meeting"): either may take place without the other.
 */
function meetingOfVisit(state: ExtractState, visit: Cluster, meeting: Cluster): boolean {
  if (visit.kind !== 'visit' || (meeting.kind !== 'meeting' && meeting.kind !== 'talks')) return false;
  if (setInVisit(state.text, visit, meeting)) return true;
  if ((meeting.status ?? 'held') === 'held') {
    if ((visit.status ?? 'held') !== 'held') return false;
  } else if (!programmeOfVisit(visit, meeting)) return false;
  const visitPlace = visit.place ? state.places.get(visit.place) : undefined;
  const hostCountry = visit.host ?? visitPlace?.country ?? null;
  if (!hostCountry) return false;
  // "met during Silva's state visit to Chile ... Berg's state visit to Peru": a meeting told in another host country.
  if (meeting.host && meeting.host !== hostCountry) return false;
  if (meeting.place && meeting.place !== visit.place) {
    if (visit.place || state.places.get(meeting.place)?.country !== hostCountry) return false;
  }
  if (
    meeting.date &&
    visit.date &&
    !meeting.date.startsWith(visit.date) &&
    !visit.date.startsWith(meeting.date)
  )
    if (
      meeting.date.length < 10 ||
      visit.date.length < 10 ||
      daysApart(meeting.date, visit.date) > VISIT_DAYS
    )
      return false;
  const visitors = meeting.participants.filter((p) => visit.participants.includes(p));
  const others = meeting.participants.filter((p) => !visit.participants.includes(p));
  // "received by his host President Uhuru Kenyatta at State House": a host whose country the article never says is
  // still the host, when the visitor's own country is known to be another.
  const visitorSides = new Set(visitors.map((p) => sideOf(state, p)));
  // "Putin's visit to China ... Putin and Xi held a meeting in Beijing": the visit already counts the host among
  // its participants, and the meeting is between the visitor and that host.
  if (others.length === 0)
    return (
      visitors.length > 1 &&
      visitors.some((p) => sideOf(state, p) === hostCountry) &&
      visitors.some((p) => {
        const side = sideOf(state, p);
        return side !== null && side !== hostCountry;
      })
    );
  return (
    visitors.length > 0 &&
    others.every((p) => {
      const side = sideOf(state, p);
      return (
        side === hostCountry || (side === null && !visitorSides.has(null) && !visitorSides.has(hostCountry))
      );
    })
  );
}

/** A spokesperson tells of a meeting and is found near it, but is no party to it. */
function isSpokesperson(state: ExtractState, id: string): boolean {
  const title = state.persons.get(id)?.title;
  return (
    !!title &&
    title
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .some((w) => SPOKESPERSON_TITLE_WORDS.has(w))
  );
}

/**
 * Two meetings of one pairwise kind, each of two or more participants and each with one the other lacks: one person's
 * meetings with two different partners.
 */
function otherPartners(earlier: readonly string[], cluster: Cluster): boolean {
  const later = cluster.participants;
  return (
    PAIRWISE_KINDS.has(cluster.kind) &&
    earlier.length >= 2 &&
    later.length >= 2 &&
    earlier.some((p) => !later.includes(p)) &&
    later.some((p) => !earlier.includes(p))
  );
}

/** Joins each held meeting of a visitor with the host's side to the visit it is held on. */
function joinVisitMeetings(state: ExtractState, clusters: Cluster[]): Cluster[] {
  const joined = new Set<Cluster>();
  for (const visit of clusters) {
    if (joined.has(visit)) continue;
    for (const meeting of clusters) {
      // "called on A, B and C" during the visit: meetings told apart stay apart, each with its own partner.
      if (
        meeting === visit ||
        joined.has(meeting) ||
        meeting.eachCountry ||
        !meetingOfVisit(state, visit, meeting)
      )
        continue;
      joined.add(meeting);
      visit.mentions.push(...meeting.mentions);
      for (const p of meeting.participants) if (!visit.participants.includes(p)) visit.participants.push(p);
      visit.place ??= meeting.place;
      // The day of the talks, the news told, over the day of arrival: "arrived on Sunday ... talks on Monday".
      if (meeting.date && (!visit.date || meeting.date.length >= visit.date.length))
        visit.date = meeting.date;
    }
  }
  return clusters.filter((c) => !joined.has(c));
}

export function findMeetings(state: ExtractState, resources: Resources): ExtractState {
  const { words } = state;
  const clusters: Cluster[] = [];
  const factsOf = articleWordFacts(state, resources);
  const first = state.sentences[0];
  const headline =
    first !== undefined && state.title !== null && state.text.slice(first.start, first.end) === state.title;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    // "Grundberg told the Security Council": a council spoken to sits, with no meeting word.
    const spoken = word?.lower === 'council' ? councilSpokenTo(state, k) : null;
    if (!word || (!spoken && !MEETING_STARTS.has(word.lower))) continue;
    // "a courtesy call on the president", "called on the president": calling on someone is a visit in person.
    const callOn =
      word &&
      word.lower === 'call' &&
      (words[k + 1]?.lower === 'on' || courtesyCallTo(words, k)) &&
      !CALL_BEFORE.has(words[k - 1]?.lower ?? '');
    // "called up his counterpart", "called X on Tuesday to congratulate him": a phone call, not a visit called on someone.
    const read = spoken
      ? 'meeting'
      : word && phoningEnd(state, k) >= 0
        ? 'call'
        : callOn
          ? 'meeting'
          : word && MEETING_KINDS.get(word.lower);
    // "had phone talks with his Chinese counterpart", "held telephone talks": talks by phone are a call.
    const kind = read && PHONED_KINDS.has(read) && CALL_BEFORE.has(words[k - 1]?.lower ?? '') ? 'call' : read;
    if (
      !word ||
      !kind ||
      state.sentences[word.sentence]?.ignored ||
      !(spoken || acceptable(state, k, kind, resources.lexicon))
    )
      continue;
    // The headline previews a meeting the body describes with its date and place.
    if (word.sentence === 0 && headline) continue;
    if (deniedVerb(state, k, factsOf)) continue;
    // "Putin will attend the summit in Astana", the first meeting told past the headline: its "the" points back to
    // no meeting told before, and the place it names is its own.
    const reading = readMeeting(state, k, kind, resources.lexicon, factsOf, clusters.length > 0);
    // "Guterres told an Arab summit": the speaker takes part in the sitting spoken to; of a sitting told before ("X
    // told the meeting") as one attending it, so the mention still joins that sitting. Talks one "addressed" are a
    // topic dealt with, not a sitting.
    const speaker = kind === 'talks' ? null : addressedBy(state, k);
    if (speaker && !reading.participants.includes(speaker) && !reading.attendees.includes(speaker))
      (reading.anaphoric ? reading.attendees : reading.participants).push(speaker);
    if (spoken && !reading.participants.includes(spoken.council)) reading.participants.push(spoken.council);
    const apart = separately(state, reading, k);
    const each = apart.length > 1 ? apart : eachCountry(state, reading, k);
    if (each.length > 1) {
      for (const raw of each) clusters.push({ ...raw, mentions: [raw], eachCountry: true });
      continue;
    }
    // "on the sidelines of the G20 Foreign Ministers' Meeting": a sitting of the body named in the phrase, an event of
    // its own besides the meeting held at its edge. A summit or conference so named takes that meeting in (one
    // event); a body's meeting named with no body ("the meeting of foreign ministers") is left to it as well.
    const edge = reading.kind === 'meeting' ? sidelinesOfEnd(state, k) : -1;
    // The body is named in the phrase ("the SCO meeting") or right after it ("the meeting of the Executive Committee").
    const after = BODY_AFTER.exec(state.text.slice(word.end, word.end + BODY_AFTER_REACH));
    const bodies =
      edge >= 0
        ? [
            ...startingIn(state.mentions, edge, word.start),
            ...(after
              ? startingIn(state.mentions, word.end + after[0].length, word.end + after[0].length + 1)
              : []),
          ].filter((m) => m.kind === 'org')
        : [];
    for (const m of bodies) if (!reading.participants.includes(m.id)) reading.participants.unshift(m.id);
    // The reading itself, not a copy (nothing else holds it): spreading its dozen fields into a new object cost more
    // than reading them.
    const raw: Mention = reading;
    raw.earlier = earlierMeeting(state, reading, k);
    raw.followUp = followUpAt(words, k, reading.kind);
    raw.body = sittingBody(state, k, factsOf);
    raw.gathering = bodies.length > 0;
    const sentenceStart = state.sentences[raw.sentence]?.start ?? 0;
    // A frame that matches no other meeting ("expected to meet Putin during his trip") stays with the one it frames.
    // "The Security Council met on Tuesday. ... Berg told the Security Council": the council's sitting told before.
    const council = spoken
      ? clusters.findLast((c) => c.body === spoken.council || c.participants.includes(spoken.council))
      : undefined;
    const cluster =
      council ??
      clusters.findLast((c) =>
        compatible(c, raw, state.text, sentenceStart, true, purposeOfVisit(state, c, raw, factsOf)),
      ) ??
      clusters.findLast((c) => compatible(c, raw, state.text, sentenceStart, false));
    if (!cluster) {
      clusters.push(clusterOf(raw));
      continue;
    }
    cluster.mentions.push(raw);
    for (const p of [...raw.participants, ...raw.attendees])
      if (!cluster.participants.includes(p)) cluster.participants.push(p);
    cluster.place ??= raw.place;
    cluster.host ??= raw.host;
    cluster.body ??= raw.body;
    // The most precise date any mention gives.
    if (raw.date && (!cluster.date || raw.date.length > cluster.date.length)) cluster.date = raw.date;
    cluster.status ??= raw.status;
  }
  dateFromFrame(clusters, state.text);
  followUpParticipants(clusters);
  const visits = joinVisitMeetings(state, clusters);
  const places = new Map(state.places);
  const meetings: MeetingItem[] = [];
  const meetingMentions: EventMention[] = [];
  for (const cluster of visits) {
    cluster.participants = withoutRepresentedCountries(
      state,
      cluster.participants.filter((id) => !isSpokesperson(state, id)),
    );
    // "Tuesday's Security Council meeting": a body's sitting no person or country is named in is the body's.
    if (cluster.participants.length === 0 && cluster.body) cluster.participants = [cluster.body];
    // A meeting nobody takes part in and nothing locates is a figure of speech, not an event.
    if (cluster.participants.length === 0 && !cluster.place && !cluster.host) continue;
    // A visit to a country with no city named takes place in that country.
    if (!cluster.place && cluster.host) {
      const country = state.countries.get(cluster.host);
      if (country) cluster.place = ensurePlace(places, country.name, country.id).id;
    }
    // Undated: a held meeting happened around publication, a planned one lies ahead (month and year precision).
    const published = state.input.publishedAt;
    cluster.date ??= published
      ? cluster.status === 'planned'
        ? published.slice(0, 4)
        : published.slice(0, 7)
      : null;
    const names = cluster.participants.map(
      (id) =>
        state.persons.get(id)?.name ??
        state.countries.get(id)?.name ??
        state.organizations.get(id)?.name ??
        id,
    );
    const placeName = cluster.place ? (state.places.get(cluster.place)?.name ?? null) : null;
    const hostName = cluster.host ? (state.countries.get(cluster.host)?.name ?? null) : null;
    const where = placeName ?? hostName;
    const name = [
      names.join('–'),
      cluster.kind,
      where ? `${cluster.kind === 'visit' ? 'to' : 'in'} ${where}` : '',
    ]
      .filter((p) => p !== '')
      .join(' ');
    const who =
      cluster.eachCountry ||
      cluster.gathering ||
      cluster.kind === 'visit' ||
      cluster.kind === 'call' ||
      !where
        ? names.join(' ')
        : '';
    const shared = `meeting:${slug([cluster.kind, cluster.date ?? '', where ?? '', who].join(' '))}`;
    // "met Shoukry in New York ... met Le Drian in New York": one kind, day and place name one meeting only while
    // neither has a partner the other lacks.
    const sameName = meetings.find((m) => m.id === shared);
    const id =
      sameName && otherPartners(sameName.participants, cluster)
        ? `meeting:${slug([cluster.kind, cluster.date ?? '', where ?? '', names.join(' ')].join(' '))}`
        : shared;
    const evidence = sentenceEvidence(state, cluster.mentions);
    for (const raw of cluster.mentions) {
      meetingMentions.push({ id, start: raw.start, end: raw.end, sentence: raw.sentence });
    }
    const existing = meetings.find((m) => m.id === id);
    if (existing) {
      existing.evidence.push(...evidence);
      continue;
    }
    meetings.push({
      id,
      name,
      kind: cluster.kind,
      participants: cluster.participants,
      place: cluster.place,
      date: cluster.date,
      status: cluster.status ?? 'held',
      evidence,
    });
  }
  signingMeetings(state, meetings, meetingMentions);
  meetingMentions.sort((a, b) => a.start - b.start);
  return { ...state, places, meetings, meetingMentions };
}
