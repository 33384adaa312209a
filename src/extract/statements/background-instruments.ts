// Founding instruments a statement's sentence cites only as the ground of what it reports ("by adhering to the UN
// Charter, the Charter of the OIC"), beside the agreement it is about: not what the statement is about.

import {
  BASIS_CUES,
  BASIS_LIST_WORDS,
  FOUNDING_INSTRUMENT_NAME_WORDS,
} from '../lexicon/agreement-reference-words.ts';
import { startingIn } from '../mention-index.ts';
import type { ExtractState, EventMention, Sentence, StatementLike } from '../types.ts';
import { wordsPattern } from './statement-agreements.ts';

/** How far before an instrument its basis cue may stand (a list of two or three charters). */
const BASIS_REACH = 160;

const BASIS_CUE = new RegExp(`\\b(?:${wordsPattern(BASIS_CUES)})\\b`, 'gi');
const LIST_GLUE = new RegExp(`^(?:[\\s,]|\\b(?:${wordsPattern(BASIS_LIST_WORDS)})\\b)*$`, 'i');

/**
 * Ids of founding instruments that every mention in the statement's sentences cites as a ground, when its own
 * words name an agreement that is no such instrument: "Saudi Arabia and Iran reaffirmed their commitment to
 * implementing the Beijing Agreement ... by adhering to the United Nations Charter, the Charter of the Organization
 * of Islamic Cooperation, and international law" is about the Beijing Agreement. Cheap: only sentences that name a
 * founding instrument are read.
 */
export function backgroundInstruments(state: ExtractState, draft: StatementLike): Set<string> {
  const out = new Set<string>();
  const first = state.sentences[draft.sentence] as Sentence;
  const last = state.sentences[draft.lastSentence] ?? first;
  const mentions = startingIn(state.agreementMentions, first.start, last.end);
  if (mentions.length < 2) return out;
  const names = new Map(state.agreements.map((a) => [a.id, a.name]));
  const founding = (m: EventMention): boolean =>
    (names.get(m.id) ?? '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => FOUNDING_INSTRUMENT_NAME_WORDS.has(w));
  if (!mentions.some(founding)) return out;
  const cited = (m: EventMention): boolean => {
    const sentence = state.sentences[m.sentence] as Sentence;
    const from = Math.max(sentence.start, m.start - BASIS_REACH);
    let between: string | null = null;
    BASIS_CUE.lastIndex = 0;
    const window = state.text.slice(from, m.start);
    for (let cue = BASIS_CUE.exec(window); cue; cue = BASIS_CUE.exec(window))
      between = window.slice(cue.index + cue[0].length);
    if (between === null) return false;
    // Other instruments listed between the cue and this one ("the UN Charter, the Charter of the OIC") are glue too.
    const cueAt = m.start - between.length;
    let glue = between;
    for (const other of mentions)
      if (other !== m && other.start >= cueAt && other.end <= m.start && founding(other))
        glue = glue.replace(state.text.slice(other.start, other.end), ' ');
    return LIST_GLUE.test(glue);
  };
  const citedMentions = new Set(mentions.filter((m) => founding(m) && cited(m)));
  // The agreement it is about stands in its own words: "The declaration ... underscored that all states must act
  // consistent with ... the UN Charter" names no other, and its channel is no topic.
  const story = mentions.some(
    (m) => !founding(m) && m.start >= draft.content.start && m.start < draft.content.end,
  );
  for (const m of citedMentions)
    if (story && mentions.every((other) => other.id !== m.id || citedMentions.has(other))) out.add(m.id);
  return out;
}
