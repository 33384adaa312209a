// "Erdogan has arrived in Sochi for talks with Putin", "Trump arrived in Beijing on Wednesday to hold talks with Xi":
// a meeting word in the purpose phrase of an arrival verb. The one who arrived takes part, the arrival's place is
// the meeting's, and talks or a meeting held at the destination are the visitor's visit, under way once arrived.

import { ARRIVAL_AHEAD, ARRIVAL_VERBS, PURPOSE_OPENERS } from '../lexicon/meeting-words.ts';
import { CLAUSE_BREAKERS } from '../lexicon/act-words.ts';
import { clausePunctuationBefore } from '../text/clause-punctuation.ts';
import { DEFINITE_DETERMINERS } from '../lexicon/agreement-reference-words.ts';
import { startingIn } from '../mention-index.ts';
import type { ExtractState, Sentence } from '../types.ts';

export interface Arrival {
  visitor: string;
  place: string | null;
  host: string | null;
  /** False for an arrival still ahead ("will arrive", "is due to arrive"). */
  held: boolean;
  /**
   * The purpose phrase names the meeting with a definite article: "to participate in the annual meeting of UN and
   * AU leaders" is an event of its own the visitor joins, not the visitor's talks.
   */
  definite: boolean;
}

/** How many words a purpose phrase may hold before its meeting word ("for wide-ranging bilateral talks"). */
const PURPOSE_SPAN = 5;
/** How many words may stand between an arrival verb and its purpose phrase ("in Beijing on Wednesday"). */
const DESTINATION_SPAN = 10;

/**
 * The purpose opener ("to", "for") at most PURPOSE_SPAN words before meeting word k, looking back while `within`
 * holds, or -1: "for wide-ranging bilateral talks", "to hold talks".
 */
export function purposeOpenerBefore(
  words: ExtractState['words'],
  k: number,
  within: (p: number) => boolean,
): number {
  for (let p = k - 1; p >= 0 && k - p <= PURPOSE_SPAN && within(p); p--)
    if (PURPOSE_OPENERS.has(words[p]?.lower ?? '')) return p;
  return -1;
}

/** The arrival whose purpose phrase holds meeting word k, or null. */
export function arrivalFor(state: ExtractState, k: number, sentence: Sentence): Arrival | null {
  const { words, text, mentions } = state;
  const opener = purposeOpenerBefore(words, k, (i) => words[i]?.sentence === sentence.index);
  if (opener < 0) return null;
  let verb = -1;
  for (
    let v = opener - 1;
    v >= 0 && opener - v <= DESTINATION_SPAN && words[v]?.sentence === sentence.index;
    v--
  ) {
    const lower = words[v]?.lower ?? '';
    if (CLAUSE_BREAKERS.has(lower) || clausePunctuationBefore(words[v + 1])) return null;
    if (ARRIVAL_VERBS.has(lower)) {
      verb = v;
      break;
    }
  }
  const arrived = words[verb];
  const openerWord = words[opener];
  if (!arrived || !openerWord) return null;
  // The subject right before the verb: "Turkey's President Recep Tayyip Erdogan has arrived".
  const subject = startingIn(mentions, sentence.start, arrived.start)
    .filter((m) => m.kind === 'person' && !/[,;(]/.test(text.slice(m.end, arrived.start)))
    .filter((m) => arrived.start - m.end <= 30)
    .pop();
  if (!subject) return null;
  const destination = startingIn(mentions, arrived.end, openerWord.start);
  const place = destination.find((m) => m.kind === 'place')?.id ?? null;
  const host = destination.find((m) => m.kind === 'country' && m.via !== 'demonym')?.id ?? null;
  const ahead = verb > 0 && ARRIVAL_AHEAD.has(words[verb - 1]?.lower ?? '');
  let definite = false;
  for (let p = opener + 1; p < k; p++) if (DEFINITE_DETERMINERS.has(words[p]?.lower ?? '')) definite = true;
  return { visitor: subject.id, place, host, held: !ahead, definite };
}
