// The council whose sitting a meeting word names: "an emergency meeting of the Council of Arab States", "Tuesday's
// Security Council meeting", "the Security Council held a meeting". Only a participant of a sitting nobody else is named in.

import type { WordFactsOf } from '../events/event-modality.ts';
import {
  BODY_HELD_MODIFIER_WORDS,
  BODY_SUBJECT_LEAD_WORDS,
  BODY_SUBJECT_REACH,
  BODY_HOLDING_VERBS,
  HOSTING_AUXILIARIES,
  SITTING_BODY_HEADS,
  SITTING_BODY_LEAD,
} from '../lexicon/meeting-words.ts';
import { startingIn } from '../mention-index.ts';
import type { ExtractState } from '../types.ts';

/** How far before a meeting word (characters) the body's name may start: "African Union Peace and Security Council". */
const BODY_BEFORE_REACH = 80;
/** The possessive between a body and its meeting word: "the Security Council's meeting", "Tuesday's" is no body. */
const POSSESSIVE_GAP = /^(?:['’]s)? $/;
/** A body's holding verb and article before its sitting: " (UNSC) held an emergency ", " will hold a special ". */
const HOLDING_GAP = new RegExp(
  `^(?: \\([A-Z]{2,8}\\))?(?: (?:${HOSTING_AUXILIARIES.join('|')}))* (?:${BODY_HOLDING_VERBS.join('|')})` +
    ` (?:a|an|its)(?: [^\\s,;:.]+){0,${BODY_HELD_MODIFIER_WORDS}} $`,
);

/** The head of a body's name: its last word before "of" ("Council of Arab States"), or its last word. */
export function nameHead(name: string): string {
  const words = name.split(' ');
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/** Part-of-speech tags of a clause's predicate. */
const PREDICATE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * "Members of the UN Security Council gathered on Monday in a closed session", "The U.N. Security Council emerged
 * from an emergency session": a body that opens its sentence as the subject, with a verb (wink's tag) between it and
 * the meeting word, sits in that sitting.
 */
function subjectBody(state: ExtractState, k: number, factsOf: WordFactsOf): string | null {
  const word = state.words[k];
  const sentence = word ? state.sentences[word.sentence] : undefined;
  if (!word || !sentence) return null;
  const { text, words } = state;
  const subject = startingIn(state.mentions, sentence.start, word.start).find(
    (m) => m.kind !== 'place' && m.sentence === word.sentence,
  );
  if (!subject || subject.kind !== 'org' || !isBody(state, subject.id)) return null;
  const lead = text.slice(sentence.start, subject.start).trim();
  if (lead !== '' && lead.split(/\s+/).length > BODY_SUBJECT_LEAD_WORDS) return null;
  const between = text.slice(subject.end, word.start);
  if (between.includes(';') || between.split(/\s+/).length > BODY_SUBJECT_REACH) return null;
  const sentenceText = text.slice(sentence.start, sentence.end);
  // "supported the call to convene": a verb of meeting is no sitting the subject holds.
  if (PREDICATE_TAGS.has(factsOf(sentenceText, word.start - sentence.start)?.pos ?? '')) return null;
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j];
    if (!w || w.start < subject.end) break;
    if (PREDICATE_TAGS.has(factsOf(sentenceText, w.start - sentence.start)?.pos ?? '')) return subject.id;
  }
  return null;
}

/** An organization whose name's head is a standing body's ("council", "assembly"). */
function isBody(state: ExtractState, id: string): boolean {
  return SITTING_BODY_HEADS.has(nameHead(state.organizations.get(id)?.name ?? ''));
}

/**
 * The standing body named right before the meeting word k or right after its "of (the)", else the body that is the
 * subject of its clause, or null.
 */
export function sittingBody(state: ExtractState, k: number, factsOf: WordFactsOf): string | null {
  const word = state.words[k];
  if (!word) return null;
  const { text, mentions } = state;
  const after = startingIn(mentions, word.end, word.end + ' of the '.length + 1).find(
    (m) => m.kind === 'org' && SITTING_BODY_LEAD.test(text.slice(word.end, m.start)) && isBody(state, m.id),
  );
  if (after) return after.id;
  const before = startingIn(mentions, Math.max(0, word.start - BODY_BEFORE_REACH), word.start).find(
    (m) =>
      m.kind === 'org' &&
      m.sentence === word.sentence &&
      (POSSESSIVE_GAP.test(text.slice(m.end, word.start)) ||
        HOLDING_GAP.test(text.slice(m.end, word.start))) &&
      isBody(state, m.id),
  );
  return before?.id ?? subjectBody(state, k, factsOf);
}
