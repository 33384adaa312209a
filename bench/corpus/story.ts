// One article's plot and cast, and how the text refers to people: full title on first mention, surname or
// role after. Pure over the Rng; the writer in paragraphs.ts turns a Story into sentences.
import { addDays, daysBetween, randomDate } from './dates.ts';
import type { Slots } from './phrases.ts';
import type { Rng } from './prng.ts';
import {
  CORPUS_END,
  CORPUS_START,
  agreementName,
  pairKey,
  type Agreement,
  type Country,
  type Leader,
  type Meeting,
  type Title,
  type World,
} from './world.ts';
import { AGREEMENT_KINDS, PUBLISHERS, SEATS, TOPICS, type Agency, type Org } from './world-data.ts';

export type StoryKind = 'reaction' | 'signing' | 'summit' | 'call' | 'planned-visit' | 'withdrawal';
const KINDS: readonly StoryKind[] = [
  'reaction',
  'signing',
  'summit',
  'summit',
  'call',
  'planned-visit',
  'withdrawal',
];

export interface Story {
  rng: Rng;
  kind: StoryKind;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** The day the main event happened (or was announced). */
  eventDay: string;
  a: Country;
  b: Country;
  c: Country;
  agreement: Agreement;
  meeting: Meeting;
  agency: Agency;
  org: Org;
  topic: string;
  publisher: string;
  /** Wire copy uses straight quotes, papers curly ones; the extractor must read both. */
  open: string;
  close: string;
  mentioned: Set<Leader>;
  /** Who spoke last, so "the minister added" refers to the right person. */
  lastSpeaker?: Leader;
  slots: Slots;
}

function leaderOf(world: World, country: Country, titles: readonly Title[]): Leader {
  const staff = world.leaders.get(country.id) ?? [];
  for (const title of titles) {
    const found = staff.find((leader) => leader.title === title);
    if (found) return found;
  }
  return staff[0]!;
}

export function cast(story: Story, world: World) {
  const head = (c: Country) => leaderOf(world, c, ['President', 'Prime Minister']);
  return {
    headA: head(story.a),
    headB: head(story.b),
    ministerA: leaderOf(world, story.a, ['Foreign Minister', 'Deputy Foreign Minister']),
    deputyA: leaderOf(world, story.a, ['Deputy Foreign Minister', 'Foreign Minister', 'spokesperson']),
    spokesA: leaderOf(world, story.a, ['spokesperson', 'Foreign Minister']),
    ministerB: leaderOf(world, story.b, ['Foreign Minister', 'Deputy Foreign Minister']),
    adviserC: leaderOf(world, story.c, ['national security adviser', 'Defense Minister', 'Foreign Minister']),
    spokesC: leaderOf(world, story.c, ['spokesperson', 'Foreign Minister']),
    defenseA: leaderOf(world, story.a, ['Defense Minister', 'Prime Minister', 'President']),
    ambassadorA: leaderOf(world, story.a, ['ambassador', 'Deputy Foreign Minister']),
  };
}
export type Cast = ReturnType<typeof cast>;

const MEETING_KINDS: Readonly<Record<StoryKind, readonly Meeting['kind'][]>> = {
  reaction: ['conference'],
  signing: ['conference'],
  withdrawal: ['conference'],
  summit: ['summit', 'talks', 'visit'],
  call: ['call'],
  'planned-visit': ['visit', 'summit', 'talks'],
};

/** A Zipf draw that fits; after a few misses any draw will do (rare kinds must not stall generation). */
function sampleWhere<T>(rng: Rng, zipf: { sample(rng: Rng): T }, fits: (item: T) => boolean): T {
  for (let attempt = 0; attempt < 40; attempt++) {
    const item = zipf.sample(rng);
    if (fits(item)) return item;
  }
  return zipf.sample(rng);
}

/** The agreement two countries are known for, or a new one under negotiation that only this story mentions. */
function agreementBetween(rng: Rng, world: World, a: Country, b: Country): Agreement {
  const known = world.agreementsByPair.get(pairKey(a, b));
  if (known !== undefined && known.length > 0) return known[rng.int(Math.min(known.length, 2))]!;
  const { name: kind, noun } = rng.pick(AGREEMENT_KINDS);
  const parties: [Country, Country] = [a, b];
  const date = randomDate(rng, CORPUS_START, CORPUS_END);
  return {
    name: agreementName(parties, kind),
    kind,
    noun,
    parties,
    date,
    place: a.capital,
    status: 'negotiating',
  };
}

const minDate = (x: string, y: string): string => (x < y ? x : y);

export function makeStory(rng: Rng, world: World): Story {
  const kind = rng.pick(KINDS);
  const meeting = sampleWhere(rng, world.meetings, (m) => MEETING_KINDS[kind].includes(m.kind));
  let agreement: Agreement;
  let a: Country;
  let b: Country;
  if (kind === 'summit' || kind === 'call' || kind === 'planned-visit') {
    // The visitor is the subject of a planned visit; the host leads a summit or a call.
    [a, b] = kind === 'planned-visit' ? [meeting.guest, meeting.host] : [meeting.host, meeting.guest];
    agreement = agreementBetween(rng, world, a, b);
  } else {
    const inForce = (x: Agreement) => x.status === 'signed' || x.status === 'ratified';
    // A signing story is dated by its agreement, so it must be one signed inside the corpus window.
    agreement =
      kind === 'signing'
        ? world.recentlySigned.sample(rng)
        : sampleWhere(rng, world.agreements, kind === 'withdrawal' ? () => true : inForce);
    [a, b] = agreement.parties;
  }
  let c = world.countries.sample(rng);
  while (c.id === a.id || c.id === b.id) c = world.countries.sample(rng);
  // Reactions and withdrawals come after the signing; other stories fall anywhere in the corpus window.
  const after = agreement.date > CORPUS_START ? agreement.date : CORPUS_START;
  const date =
    kind === 'signing'
      ? addDays(agreement.date, rng.int(2))
      : kind === 'reaction' || kind === 'withdrawal'
        ? randomDate(rng, minDate(addDays(after, 3), CORPUS_END), CORPUS_END)
        : randomDate(rng, CORPUS_START, CORPUS_END);
  const eventDay = kind === 'signing' ? agreement.date : addDays(date, -rng.int(3));
  const agency = world.agencies.sample(rng);
  const curly = rng.chance(0.6);
  const topic = rng.pick(TOPICS);
  const story: Story = {
    rng,
    kind,
    date,
    eventDay,
    a,
    b,
    c,
    agreement,
    meeting,
    agency,
    org: world.orgs.sample(rng),
    topic,
    publisher: rng.chance(0.3) ? agency.name : rng.pick(PUBLISHERS),
    open: curly ? '“' : '"',
    close: curly ? '”' : '"',
    mentioned: new Set(),
    slots: {},
  };
  story.slots = {
    A: a.inSentence,
    B: b.inSentence,
    C: c.inSentence,
    capA: a.capital,
    capB: b.capital,
    capC: c.capital,
    kind: agreement.noun,
    agreement: agreement.name,
    topic,
  };
  return story;
}

/** "the United States’", "Russia’s" */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

function titlePhrase(leader: Leader): string {
  switch (leader.title) {
    case 'spokesperson':
      return 'Foreign Ministry spokesperson';
    case 'ambassador':
      return `Ambassador to ${leader.postedTo?.inSentence ?? 'the United Nations'}`;
    default:
      return leader.title;
  }
}

/** "deputy foreign minister", "foreign ministry spokesperson": the role as a common noun. */
export function role(leader: Leader): string {
  return titlePhrase(leader)
    .toLowerCase()
    .replace(/^ambassador to (.*)$/, 'ambassador');
}

/** A mention in any position: "Russian Deputy Foreign Minister Andrey Rudenko", later "Rudenko". */
export function mention(story: Story, leader: Leader): string {
  if (story.mentioned.has(leader)) return leader.surname;
  story.mentioned.add(leader);
  return `${leader.country.demonym} ${titlePhrase(leader)} ${leader.name}`;
}

/** A sentence subject; the first mention is sometimes an appositive ("Wang Yi, China's foreign minister,"). */
export function subject(story: Story, leader: Leader): string {
  if (story.mentioned.has(leader)) return story.rng.chance(0.25) ? `The ${role(leader)}` : leader.surname;
  if (story.rng.chance(0.3)) {
    story.mentioned.add(leader);
    return `${leader.name}, ${possessive(leader.country.inSentence)} ${role(leader)},`;
  }
  return mention(story, leader);
}

export function seatOf(country: Country): string {
  return SEATS[country.id] ?? `the ${country.demonym} foreign ministry`;
}

export function daysSince(story: Story, day: string): number {
  return daysBetween(day, story.date);
}
