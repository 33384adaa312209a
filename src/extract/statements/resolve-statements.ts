// Settles each statement: what it is about (agreements, meetings, countries, persons in its words, or in the words
// it responds to), its date, its channel (carried over from an interview named earlier), its id; drops repeats.

import { stableHash } from '../../domain/ids.ts';
import type { StatementItem } from '../../domain/extraction-result.ts';
import { addsTo } from './added-words.ts';
import { addSiblingAgreements } from './clause-siblings.ts';
import { backgroundInstruments } from './background-instruments.ts';
import { dealVerdict } from './deal-verdicts.ts';
import { channelIn } from './find-speaker.ts';
import { continuedRemark } from './continued-remarks.ts';
import { continuedQuoteDeal } from './continued-quotes-deal.ts';
import { signingDayRemark } from './signing-day-remarks.ts';
import { jointDealStatement } from './joint-deal-statements.ts';
import { replacementMentionAgreement } from '../agreements/replaced-agreements.ts';
import { startingIn } from '../mention-index.ts';
import { quotesOwnWords } from './statement-context.ts';
import {
  backReferencesIn,
  leadAgreement,
  relationshipOnly,
  statementAgreements,
  wordsPattern,
} from './statement-agreements.ts';
import { RESPONSE_CUES } from '../lexicon/agreement-reference-words.ts';
import type { ExtractState, Range, Sentence, StatementLike } from '../types.ts';

const RESPONDS = new RegExp(`\\b(?:${wordsPattern(RESPONSE_CUES)})\\b`, 'i');

/** Adds what a statement is about once, never its own speaker (a module function: aboutIn runs per statement). */
function addAbout(out: string[], speaker: string, id: string | null): void {
  if (id !== null && id !== speaker && !out.includes(id)) out.push(id);
}

function aboutIn(state: ExtractState, range: Range, speaker: string, lead: string | null): string[] {
  const out: string[] = [];
  for (const m of startingIn(state.agreementMentions, range.start, range.end))
    if (!relationshipOnly(state, m)) addAbout(out, speaker, replacementMentionAgreement(state, m, lead));
  for (const m of startingIn(state.meetingMentions, range.start, range.end)) addAbout(out, speaker, m.id);
  for (const m of startingIn(state.mentions, range.start, range.end)) {
    if (m.end > range.end) continue;
    if (m.kind === 'country' || (m.kind === 'person' && m.via !== 'reference')) addAbout(out, speaker, m.id);
  }
  return out;
}

/**
 * The ranges whose words the statement is made of: its quote pieces when it is nothing but quotes, so that the
 * attribution between them ("A," X said in Tripoli, "B.") is not what it is about; else its content (a reported
 * clause, with or without quoted words in it).
 */
function spokenRanges(state: ExtractState, draft: StatementLike): readonly Range[] {
  const first = draft.quoteSpans[0];
  const last = draft.quoteSpans[draft.quoteSpans.length - 1];
  if (!first || !last || draft.quoteSpans.length < 2) return [draft.content];
  const outside =
    state.text.slice(draft.content.start, first.start) + state.text.slice(last.end, draft.content.end);
  return /^[\p{P}\s]*$/u.test(outside) ? draft.quoteSpans : [draft.content];
}

function evidenceFor(state: ExtractState, draft: StatementLike): StatementItem['evidence'] {
  const first = state.sentences[draft.sentence] as Sentence;
  const last = state.sentences[draft.lastSentence] ?? first;
  return { sentence: state.text.slice(first.start, last.end), start: first.start, end: last.end };
}

export function resolveStatements(state: ExtractState): ExtractState {
  const statements: StatementItem[] = [];
  const seen = new Set<string>();
  // Outlets a speaker was interviewed by ("in an interview with Sputnik"), by the sentence that says so.
  const interviews = new Map<string, { channel: string }>();
  for (const sentence of state.sentences) {
    if (sentence.ignored) continue;
    const channel = channelIn(state, sentence.start, sentence.end);
    if (!channel) continue;
    // The interviewee: the sentence's first person, or the person a leading "He"/"She" points back to.
    let subject = startingIn(state.mentions, sentence.start, sentence.end).find((m) => m.kind === 'person');
    if (!subject && /^(?:He|She)\b/.test(state.text.slice(sentence.start, sentence.start + 4))) {
      const before = startingIn(
        state.mentions,
        state.sentences[Math.max(0, sentence.index - 3)]?.start ?? 0,
        sentence.start,
      ).filter((m) => m.kind === 'person');
      subject = before[before.length - 1];
    }
    if (subject && !interviews.has(subject.id)) interviews.set(subject.id, { channel });
  }
  const lead = leadAgreement(state);
  let previous: StatementLike | null = null;
  let previousAgreements: string[] = [];
  const agreementIds = new Set(state.agreements.map((a) => a.id));
  const abouts: string[][] = [];
  for (const draft of state.drafts) {
    const about: string[] = [];
    abouts.push(about);
    for (const piece of spokenRanges(state, draft))
      for (const id of aboutIn(state, piece, draft.speaker, lead)) if (!about.includes(id)) about.push(id);
    const sentence = state.sentences[draft.sentence] as Sentence;
    // "Putin responded by saying that that would be ...": about what the words it answers were about.
    if (
      previous &&
      previous.speaker !== draft.speaker &&
      draft.sentence - previous.lastSentence <= 2 &&
      RESPONDS.test(state.text.slice(sentence.start, sentence.end))
    ) {
      for (const id of aboutIn(state, previous.content, draft.speaker, lead))
        if (!about.includes(id)) about.push(id);
    }
    for (const id of statementAgreements(state, draft, lead)) if (!about.includes(id)) about.push(id);
    // "reaffirmed ... the Beijing Agreement ... by adhering to the UN Charter": the charter is its ground, not its topic.
    const ground = backgroundInstruments(state, draft);
    if (ground.size > 0) about.splice(0, about.length, ...about.filter((id) => !ground.has(id)));
    // "“I appeal to both sides to uphold this agreement,” he added": goes on about what the words before were about.
    // Not words that name a larger agreement still to be made ("“... to oversee the implementation of a permanent
    // cessation of hostilities,” he added"): they have moved on from the one in force to the one sought.
    if (
      !about.some((id) => agreementIds.has(id)) &&
      addsTo(state, draft, previous) &&
      !backReferencesIn(state, draft.content.start, draft.content.end).some((r) => r.sought)
    )
      for (const id of previousAgreements) if (!about.includes(id)) about.push(id);
    // "“We have taken the first step toward a new beginning,” Erdogan said", after the pact is told: a verdict on it.
    if (!about.some((id) => agreementIds.has(id)))
      for (const id of dealVerdict(state, draft, { draft: previous, agreements: previousAgreements }, lead))
        if (!about.includes(id)) about.push(id);
    // "He said it “signals the start of the ceasefire”. Mr Khair said Khartoum expected ...": the same remark goes on.
    if (!about.some((id) => agreementIds.has(id)))
      for (const id of continuedRemark(state, draft, { draft: previous, agreements: previousAgreements }))
        if (!about.includes(id)) about.push(id);
    // "“What was signed today is historic,” X said. ¶ “Our fishermen can sail ...,” he said": the same remark goes on.
    if (!about.some((id) => agreementIds.has(id)))
      for (const id of continuedQuoteDeal(state, draft, { draft: previous, agreements: previousAgreements }))
        if (!about.includes(id)) about.push(id);
    // "“We are building peace in the region today,” Aliyev said", in a story on the deal he signed: about that deal.
    if (!about.some((id) => agreementIds.has(id)))
      for (const id of signingDayRemark(state, draft, lead)) if (!about.includes(id)) about.push(id);
    // "In a joint statement, X and Y said ...", X and Y serving two sides of the reported deal: about that deal.
    if (!about.some((id) => agreementIds.has(id)))
      for (const id of jointDealStatement(state, draft, lead)) if (!about.includes(id)) about.push(id);
    previousAgreements = about.filter((id) => agreementIds.has(id));
    const interview = interviews.get(draft.speaker);
    // An article usually reports one interview per speaker, so its outlet carries the speaker's other words too.
    const channel = draft.channel ?? interview?.channel ?? null;
    const date =
      state.dates.find((d) => d.sentence >= draft.sentence && d.sentence <= draft.lastSentence)?.value ??
      state.input.publishedAt ??
      null;
    const id = `statement:${stableHash(draft.speaker + (draft.quote ?? draft.text))}`;
    previous = draft;
    if (seen.has(id)) continue;
    seen.add(id);
    statements.push({
      id,
      speaker: draft.speaker,
      quote: draft.quote,
      quoteSpans: draft.quoteSpans,
      text: draft.text,
      direct: quotesOwnWords(draft),
      date,
      about,
      channel,
      evidence: evidenceFor(state, draft),
    });
  }
  addSiblingAgreements(state, abouts, agreementIds);
  return { ...state, statements };
}
