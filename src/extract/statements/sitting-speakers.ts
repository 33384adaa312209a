// "IGAD held an extraordinary summit ... the communiqué welcomed ...", "The meeting issued a statement ... The
// statement stressed ...": a sitting's document (or the sitting itself) with no issuer named speaks for the body that
// held the sitting, or, when no body held it, for the countries the meeting step found taking part.

import { HOLDING_VERBS } from '../lexicon/meeting-words.ts';
import { SITTING_NOUNS } from '../lexicon/speaker-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';
import type { EntityMention, EventMention, ExtractState, Word } from '../types.ts';

/** How far before a document's noun the name of an agreement it is part of may open ("the Ankara declaration"). */
const AGREEMENT_REACH_CHARS = 80;
/** How many characters after a sitting's noun the body it is "of" may be named ("summit of IGAD heads of state"). */
const BODY_AFTER_CHARS = 12;

/**
 * Who the sitting told of last before `at` speaks for: the intergovernmental body that held it ("IGAD held a
 * summit") or that it is "of" ("the summit of IGAD heads of state"), or the only one the meeting step found taking
 * part ("The OIC condemned Israel at an extraordinary meeting"); else its participants when two or more countries.
 * None when no sitting was told of, the document at `at` is an agreement's name, or a body or country outside those
 * has spoken since.
 */
export function sittingSpeakers(ctx: StatementContext, at: number): string[] {
  const { state, drafts } = ctx;
  // "A declaration was signed in Ankara ... the declaration said": the document is the deal itself, not the sitting's.
  if (startingIn(state.agreementMentions, at - AGREEMENT_REACH_CHARS, at + 1).some((m) => m.end > at))
    return [];
  let sitting: EventMention | undefined;
  for (const mention of state.meetingMentions) {
    if (mention.start >= at) break;
    if (namesSitting(state, mention)) sitting = mention;
  }
  if (!sitting || reported(ctx, sitting)) return [];
  const id = sitting.id;
  // Any sentence that told of the same sitting may name the body that held it.
  let body: string | null = null;
  for (const mention of state.meetingMentions) {
    if (mention.start >= at) break;
    if (mention.id === id) body ??= sittingBody(state, mention);
  }
  const participants = state.meetings.find((m) => m.id === id)?.participants ?? [];
  // "The OIC condemned Israel at an extraordinary meeting": the meeting step found the body alone taking part.
  const only = participants.length === 1 && participants[0] !== undefined ? participants[0] : null;
  const speakers = body
    ? [body]
    : only && state.organizations.get(only)?.kind === 'intergovernmental'
      ? [only]
      : participants.length >= 2 && participants.every((p) => state.countries.has(p))
        ? participants
        : [];
  if (speakers.length === 0) return [];
  // "The ministry said in a statement ..." after the sitting: a later document may be that speaker's.
  const own = new Set(speakers);
  const since = sitting.start;
  const others = drafts.some(
    (d) =>
      d.content.end > since && d.content.start < at && !state.persons.has(d.speaker) && !own.has(d.speaker),
  );
  return others ? [] : speakers;
}

/**
 * The intergovernmental body that held the sitting told of at `sitting`: the subject of a verb of holding before it
 * ("The Intergovernmental Authority on Development (IGAD) held an extraordinary summit", "The Foreign Ministers of the
 * Member States of the OIC held their Annual Coordination Meeting"), or the body it is "of" ("the 42nd summit of
 * IGAD heads of state").
 */
function sittingBody(state: ExtractState, sitting: EventMention): string | null {
  const sentence = state.sentences[sitting.sentence];
  if (!sentence) return null;
  const named = startingIn(state.mentions, sentence.start, sentence.end).filter(
    (m) => m.kind !== 'place' && m.describesUnnamed !== true,
  );
  const holder = named.findLast((m) => m.end <= sitting.start);
  if (holder && isBody(state, holder) && holds(state, holder.end, sitting.start)) return holder.id;
  const of = named.find(
    (m) =>
      m.start >= sitting.end &&
      m.start <= sitting.end + BODY_AFTER_CHARS &&
      / of (?:the )?$/.test(state.text.slice(sitting.end, m.start)) &&
      isBody(state, m),
  );
  return of?.id ?? null;
}

/** How many words may stand between a sitting's holder and its noun ("(IGAD) on Thursday held an extraordinary"). */
const MAX_HOLDING_WORDS = 8;

/** Whether the words in [from, to) are a short clause with a verb of holding and no comma: " held an extraordinary ". */
function holds(state: ExtractState, from: number, to: number): boolean {
  const between = state.words.filter((w) => w.start >= from && w.end <= to);
  if (between.length > MAX_HOLDING_WORDS || /[,;:]/.test(state.text.slice(from, to))) return false;
  return between.some((w) => HOLDING_VERBS.has(w.lower));
}

/** "The ministry said on Monday that Peru and Chile signed a deal": a sitting told in someone's words, after "said". */
function reported(ctx: StatementContext, sitting: EventMention): boolean {
  const { words, sentences } = ctx.state;
  const sentence = sentences[sitting.sentence];
  if (!sentence) return false;
  for (let k = wordIndexAt(words, sentence.start); k < words.length; k++) {
    const word = words[k] as Word;
    if (word.end > sitting.start) return false;
    if (ctx.resources.lexicon.sayLike.has(word.lower)) return true;
  }
  return false;
}

const SITTINGS: ReadonlySet<string> = new Set(SITTING_NOUNS);

/** Whether a sitting's noun ("summit", "talks") is among the words of the meeting mention: not "signed", "met". */
function namesSitting(state: ExtractState, mention: EventMention): boolean {
  const { words } = state;
  for (let k = wordIndexAt(words, mention.start); k < words.length; k++) {
    const word = words[k] as Word;
    if (word.start >= mention.end) return false;
    if (SITTINGS.has(word.lower)) return true;
  }
  return false;
}

function isBody(state: ExtractState, mention: EntityMention): boolean {
  return mention.kind === 'org' && state.organizations.get(mention.id)?.kind === 'intergovernmental';
}
