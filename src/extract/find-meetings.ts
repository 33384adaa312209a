// Finds meetings (summit, talks, visit, call, conference, meeting) with participants, place, date and whether they
// were held or are planned; later references ("such a visit", "their summit") join the meeting they point to.

import { slug } from '../domain/ids.ts';
import type { Evidence, MeetingItem } from '../domain/extraction-result.ts';
import { HELD_CUES, MEETING_WORDS, NOT_MEETING_BEFORE, PLANNED_CUES } from './data/events.ts';
import { startingIn } from './mention-index.ts';
import { ensurePlace } from './registry.ts';
import type { EntityMention, EventMention, ExtractState, Resources, Sentence, Word } from './types.ts';

const CALL_BEFORE = new Set(['phone', 'telephone', 'video', 'conference']);
const ANAPHORIC = new Set(['such', 'the', 'this', 'that', 'their', 'his', 'her', 'its']);
const PRONOUN_OWNERS = new Set(['his', 'her']);

interface RawMeeting {
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

interface Cluster extends RawMeeting {
  mentions: RawMeeting[];
}

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

function acceptable(words: readonly Word[], k: number, kind: MeetingItem['kind']): boolean {
  const word = words[k];
  const before = words[k - 1]?.lower ?? '';
  const after = words[k + 1]?.lower ?? '';
  if (!word) return false;
  // "spoke by phone": the call itself; "phone call" is read at "call".
  if (word.lower === 'phone' || word.lower === 'telephone') return before === 'by' || before === 'over';
  if (kind === 'call')
    return (
      CALL_BEFORE.has(before) ||
      (word.lower === 'call' && after === 'with' && ['phone', 'a'].includes(before))
    );
  if (word.lower === 'conference' || word.lower === 'forum') return !NOT_MEETING_BEFORE.has(before);
  if (word.lower === 'tour') return after === 'of';
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

function readMeeting(state: ExtractState, k: number, kind: MeetingItem['kind']): RawMeeting {
  const { words, text, mentions } = state;
  const word = words[k] as Word;
  const sentence = state.sentences[word.sentence] as Sentence;
  const participants: string[] = [];
  const add = (id: string | null | undefined): void => {
    if (id && !participants.includes(id)) participants.push(id);
  };
  // Who: an owner before ("Putin's summit", "his meeting", "their summit", "Kim will visit").
  let j = k - 1;
  while (
    j > 0 &&
    k - j <= 3 &&
    /^(?:reciprocal|planned|second|first|state|official|bilateral|historic|upcoming|recent|possible|a|an|will|would|to|pays?|paid|made|makes?|held|holds?|the|phone|telephone|by|spoke|speaks|talked|last|also|had|have|has|three|two|several|times)$/.test(
      words[j]?.lower ?? '',
    )
  )
    j--;
  const owner = words[j];
  let anaphoric = ANAPHORIC.has(words[k - 1]?.lower ?? '') || ANAPHORIC.has(owner?.lower ?? '');
  if (owner && PRONOUN_OWNERS.has(owner.lower)) add(pronounOwner(state, sentence, owner.start));
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
  if (participants.length > 0) anaphoric = false;
  const ownerFound = participants.length > 0;
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
    if (m.kind === 'country' && host === null && /\b(?:to|in)(?: the)? $|^ $/.test(lead) && kind === 'visit')
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
  // Talks need their parties named with them: "future peace talks" is not a meeting.
  if (!ownerFound && !anaphoric && !withMatch && kind !== 'talks') {
    const beforeWord = personsIn(mentions, sentence.start, word.start);
    const people = (beforeWord.length > 0 ? beforeWord : personsIn(mentions, word.end, sentence.end)).slice(
      0,
      3,
    );
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
  const date = near[0]?.value ?? null;
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

function compatible(cluster: Cluster, raw: RawMeeting): boolean {
  // "the meeting", "the talks" may name a summit or visit already described; a call stays a call.
  const kindsAgree =
    cluster.kind === raw.kind || (raw.anaphoric && raw.kind !== 'call' && cluster.kind !== 'call');
  if (!kindsAgree) return false;
  if (raw.date && cluster.date && raw.date !== cluster.date) return false;
  if (raw.place && cluster.place && raw.place !== cluster.place) return false;
  if (raw.status && cluster.status && raw.status !== cluster.status && !raw.anaphoric) return false;
  if (raw.participants.length === 0 || cluster.participants.length === 0)
    return raw.anaphoric || raw.participants.length === 0;
  return raw.participants.some((p) => cluster.participants.includes(p));
}

export function findMeetings(state: ExtractState, _resources: Resources): ExtractState {
  const { words } = state;
  const clusters: Cluster[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    // Own properties only: a word like "constructor" must not find Object.prototype.
    const kind = word && Object.hasOwn(MEETING_WORDS, word.lower) ? MEETING_WORDS[word.lower] : undefined;
    if (!word || !kind || state.sentences[word.sentence]?.ignored || !acceptable(words, k, kind)) continue;
    const raw = readMeeting(state, k, kind);
    const cluster = [...clusters].reverse().find((c) => compatible(c, raw));
    if (!cluster) {
      clusters.push({ ...raw, participants: [...raw.participants], mentions: [raw] });
      continue;
    }
    cluster.mentions.push(raw);
    for (const p of raw.participants) if (!cluster.participants.includes(p)) cluster.participants.push(p);
    cluster.place ??= raw.place;
    cluster.host ??= raw.host;
    cluster.date ??= raw.date;
    cluster.status ??= raw.status;
  }
  const places = new Map(state.places);
  const meetings: MeetingItem[] = [];
  const meetingMentions: EventMention[] = [];
  for (const cluster of clusters) {
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
      (id) => state.persons.get(id)?.name ?? state.countries.get(id)?.name ?? id,
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
    const who = cluster.kind === 'visit' || cluster.kind === 'call' || !where ? names.join(' ') : '';
    const id = `meeting:${slug([cluster.kind, cluster.date ?? '', where ?? '', who].join(' '))}`;
    const evidence: Evidence[] = [];
    for (const raw of cluster.mentions) {
      const sentence = state.sentences[raw.sentence] as Sentence;
      if (!evidence.some((e) => e.start === sentence.start))
        evidence.push({
          sentence: state.text.slice(sentence.start, sentence.end),
          start: sentence.start,
          end: sentence.end,
        });
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
  meetingMentions.sort((a, b) => a.start - b.start);
  return { ...state, places, meetings, meetingMentions };
}
