// Paragraph writers for synthetic articles: leads per story kind, quotes in the shapes news uses (speaker
// after, before, split, "the minister added"), reported speech, metonymy, captions. Pure over the Story.
import { longDate, monthYear, relativeDay } from './dates.ts';
import { CLAUSES, fill, PARTIALS, QUOTES_A, QUOTES_B, REACTIONS, SPEECH_VERBS } from './phrases.ts';
import { mention, possessive, role, seatOf, subject, type Cast, type Story } from './story.ts';
import type { Leader } from './world.ts';

export type Paragraph = (s: Story, k: Cast) => string;

const say = (s: Story, pool: readonly string[]) => fill(s.rng.pick(pool), s.slots);
const when = (s: Story, day: string) => relativeDay(day, s.date);

/** A direct quote attributed in one of the four shapes wire copy uses. */
export function quoted(s: Story, speaker: Leader, text: string): string {
  const { open, close } = s;
  const shape = s.rng.int(s.lastSpeaker === speaker ? 4 : 3);
  s.lastSpeaker = speaker;
  const comma = text.indexOf(', ');
  switch (shape) {
    case 0:
      return `${open}${text},${close} ${mention(s, speaker)} told ${s.agency.name}.`;
    case 1:
      return `${subject(s, speaker)} said: ${open}${text}.${close}`;
    case 2:
      if (comma > 0)
        return `${open}${text.slice(0, comma)},${close} ${mention(s, speaker)} said. ${open}${text.charAt(comma + 2).toUpperCase()}${text.slice(comma + 3)}.${close}`;
      return `${open}${text},${close} ${mention(s, speaker)} said in a statement.`;
    default:
      return `${open}${text},${close} the ${role(speaker)} added.`;
  }
}

/** A quote and, often, the speaker's reported follow-up: real quote paragraphs rarely stand alone. */
function withContext(s: Story, speaker: Leader, pool: readonly string[]): string {
  const quote = quoted(s, speaker, say(s, pool));
  if (!s.rng.chance(0.6)) return quote;
  return `${quote} ${speaker.surname} ${s.rng.pick(SPEECH_VERBS)} that ${say(s, CLAUSES)}.`;
}

export const LEADS: Readonly<Record<Story['kind'], Paragraph>> = {
  reaction: (s, k) =>
    `The ${s.a.demonym} government claimed that ${s.c.inSentence} is not the target of the ${s.open}${s.agreement.kind}${s.close} that ${mention(s, k.headA)} established with ${mention(s, k.headB)} ${when(s, s.agreement.date)}. ${seatOf(s.a).replace(/^t/, 'T')} said the pact ${s.open}${say(s, PARTIALS)}.${s.close}`,
  signing: (s, k) =>
    `${mention(s, k.headA)} and ${mention(s, k.headB)} signed the ${s.agreement.name} in ${s.agreement.place} ${when(s, s.eventDay)}, pledging to deepen cooperation on ${s.topic} and to consult each other on regional security. The signing capped two days of talks that officials on both sides described as the most substantive in years.`,
  summit: (s, k) =>
    `${mention(s, k.headA)} held talks with ${mention(s, k.headB)} in ${s.meeting.place} ${when(s, s.eventDay)}, their first summit since ${monthYear(s.meeting.date)}, as the two governments sought common ground on ${s.topic}. The meeting lasted more than three hours, according to ${seatOf(s.a)}.`,
  call: (s, k) =>
    `${mention(s, k.headA)} held a phone call with ${mention(s, k.headB)} ${when(s, s.eventDay)}, during which the two leaders discussed ${s.topic} and the implementation of the ${s.agreement.name}, ${seatOf(s.a)} said in a statement.`,
  'planned-visit': (s, k) =>
    `${mention(s, k.headA)} will travel to ${s.b.capital} next month for talks with ${mention(s, k.headB)} on ${s.topic}, ${mention(s, k.spokesA)} told reporters ${when(s, s.eventDay)}. It would be the first visit by a ${s.a.demonym} leader to ${s.b.inSentence} in several years.`,
  withdrawal: (s, k) =>
    `${s.a.inSentence.replace(/^t/, 'T')} announced ${when(s, s.eventDay)} that it would withdraw from the ${s.agreement.name}, which it signed in ${monthYear(s.agreement.date)}, accusing ${s.b.capital} of failing to honor its commitments. ${mention(s, k.ministerA)} said the decision had been ${s.open}difficult but unavoidable.${s.close}`,
};

export const PARAGRAPHS: Readonly<Record<string, Paragraph>> = {
  interview: (s, k) =>
    `${mention(s, k.deputyA)}, who is currently ${s.meeting.kind === 'conference' ? `attending the ${s.meeting.name}` : `in ${s.meeting.place} for the ${s.meeting.name}`}, addressed the ${s.slots.kind} in an interview with ${s.agency.name}. ${quoted(s, k.deputyA, say(s, QUOTES_A))}`,
  quoteA: (s, k) => withContext(s, s.rng.pick([k.headA, k.ministerA, k.deputyA]), QUOTES_A),
  quoteB: (s, k) => withContext(s, s.rng.pick([k.headB, k.ministerB]), QUOTES_B),
  reported: (s, k) => {
    const who = s.rng.pick([k.deputyA, k.ministerA, k.headA]);
    return `${subject(s, who)} ${s.rng.pick(SPEECH_VERBS)} that ${say(s, CLAUSES)}, while reiterating that ${say(s, CLAUSES)}. ${s.rng.chance(0.5) ? `Officials in ${s.b.capital} did not immediately comment.` : `The remarks were carried by ${s.agency.name}.`}`;
  },
  partial: (s, k) =>
    `${subject(s, k.ministerA)} remarked that the ${s.slots.kind} ${s.open}${say(s, PARTIALS)}${s.close} and said ${say(s, CLAUSES)}.`,
  added: (s, k) => {
    const who = s.lastSpeaker ?? k.headA;
    if (!s.mentioned.has(who)) return quoted(s, who, say(s, QUOTES_A));
    s.lastSpeaker = who;
    return `${s.open}${say(s, who.country.id === s.b.id ? QUOTES_B : QUOTES_A)},${s.close} the ${role(who)} added.`;
  },
  reactionC: (s, k) =>
    `Shortly after the announcement, ${mention(s, k.adviserC)} said that ${s.c.inSentence} would consider ${s.rng.pick(['all options', 'providing direct weapons aid to Ukraine', 'expanding its own military drills', 'recalling its ambassador'])}. ${mention(s, k.headA)} responded during a press conference by saying that that would be a ${s.open}very big mistake${s.close} and threatened to take corresponding measures, ratcheting up tensions between the two countries.`,
  spokesC: (s, k) =>
    `Asked about the ${s.slots.kind} at a regular press briefing in ${s.c.capital}, ${mention(s, k.spokesC)} said: ${s.open}${say(s, REACTIONS)}.${s.close} The ${role(k.spokesC)} declined to say whether ${s.c.inSentence} had raised the matter directly with ${s.a.capital}.`,
  metonymy: (s) =>
    `${s.a.capital} has repeatedly said that ${say(s, CLAUSES)}, while ${s.c.capital} has accused ${s.a.capital} and ${s.b.capital} of ${s.rng.pick(['deepening military cooperation in breach of UN sanctions', 'destabilizing the region', 'ignoring the concerns of their neighbors'])}. ${s.b.capital} hopes ${s.c.capital} will ${s.rng.pick(['show restraint', 'accept the new agreement with an understanding', 'return to dialogue'])}, ${s.rng.chance(0.5) ? `according to ${seatOf(s.b)}` : 'officials said'}.`,
  visitPlan: (s, k) =>
    `As for the possibility of ${k.headB.surname} visiting ${s.a.inSentence}, ${mention(s, k.deputyA)} noted that the necessary conditions for such a visit are in place, without specifying the exact timeframe. The ${role(k.deputyA)} said ${k.headB.surname} would likely visit as soon as the groundwork is laid for the documents that need to be signed.`,
  cable: (s, k) =>
    `${mention(s, k.headA)} told ${k.headB.surname} several times during their talks that the ${s.a.demonym} side looks forward to seeing ${k.headB.surname} in ${s.a.capital}, and a cable published on the website of ${seatOf(s.a)} on ${s.rng.pick(['Monday', 'Tuesday', 'Thursday', 'Friday'])} described ${k.headB.surname} as a welcome guest.`,
  background: (s) =>
    `The ${s.agreement.name} was ${s.agreement.status === 'negotiating' || s.agreement.status === 'proposed' ? 'first proposed' : 'signed'} in ${s.agreement.place} in ${monthYear(s.agreement.date)}. Its status is now described by officials as ${s.agreement.status}, and it commits the parties to consult each other on ${s.topic} and to expand trade, investment and exchanges between their peoples.`,
  mou: (s, k) =>
    `The two sides also signed a memorandum of understanding on ${s.rng.pick(['energy', 'critical minerals', 'nuclear safety', 'education', 'customs cooperation'])} on the sidelines of the meeting, ${mention(s, k.ministerB)} told reporters, adding that working groups would meet ${s.rng.pick(['within three months', 'before the end of the year', 'in the spring'])}.`,
  org: (s) =>
    `The ${s.org.name} said in a statement that it was ${s.open}closely monitoring${s.close} the situation. A spokesperson for the ${s.org.short} urged all parties to ${s.rng.pick(['exercise restraint', 'respect international law', 'pursue a negotiated solution'])} and said the issue would be discussed at the ${possessive(s.org.short)} next meeting.`,
  history: (s, k) =>
    `If ${k.headB.surname} pays a reciprocal visit to ${s.a.capital} before long, it would be the second trip to ${s.a.inSentence} in less than a year, following the ${s.meeting.name} ${when(s, s.meeting.date)}. Analysts said the frequency of such contacts showed how much the relationship had changed.`,
  ambassador: (s, k) =>
    `Separately, ${mention(s, k.ambassadorA)} met officials ${s.rng.pick(['at the foreign ministry', 'in the capital', 'on the sidelines of a reception'])} to explain ${possessive(s.a.inSentence)} position, ${seatOf(s.a)} said. ${quoted(s, k.ambassadorA, say(s, QUOTES_A))}`,
  defense: (s, k) =>
    `${subject(s, k.defenseA)} said the armed forces would ${s.rng.pick(['stay on high alert', 'hold joint exercises later this year', 'review their deployment plans'])}, according to ${seatOf(s.a)}. Military analysts noted that the ${s.slots.kind} includes a clause on mutual assistance in the event of an armed attack.`,
};

export const CORE: Readonly<Record<Story['kind'], readonly string[]>> = {
  reaction: ['interview', 'partial', 'added', 'reactionC', 'visitPlan'],
  signing: ['quoteA', 'quoteB', 'background', 'mou', 'spokesC'],
  summit: ['quoteA', 'reported', 'quoteB', 'history', 'org'],
  call: ['reported', 'quoteB', 'background', 'metonymy'],
  'planned-visit': ['quoteA', 'visitPlan', 'history', 'quoteB'],
  withdrawal: ['quoteA', 'reactionC', 'spokesC', 'org', 'background'],
};

export function caption(s: Story, k: Cast, second: string): string {
  return `${k.headA.name} (left) and ${k.headB.name} shake hands during their meeting in ${s.kind === 'signing' || s.kind === 'reaction' ? s.agreement.place : s.meeting.place} on ${longDate(s.eventDay)}. (${s.agency.name}/${second})`;
}
