// A signing cue in a modal or infinitive passive ("will be signed", "is to be signed", "cannot yet be signed") tells
// a signing still ahead: the agreement is proposed, not signed. Read only where a signing cue stands, over the few
// words before it, so no pattern runs over a whole article.
import { PENDING_SIGNING_ADVERBS, PENDING_SIGNING_MODALS } from '../lexicon/event-words.ts';

/** "soon", "yet", "finally": an adverb may stand before and after "be". */
const ADVERB = `(?:(?:${PENDING_SIGNING_ADVERBS.join('|')}|[a-z]+ly)\\s+)?`;
/** An infinitive's "to" puts the signing ahead as a modal does ("the deal to be signed next week"). */
const MODAL_PASSIVE = new RegExp(
  `\\b(?:${PENDING_SIGNING_MODALS.join('|')}|to)\\s+${ADVERB}be\\s+${ADVERB}$`,
  'i',
);
/** How far before the cue the modal may start. */
const REACH = 40;

/** Whether the signing cue at `index` of `body` stands in a modal passive. */
export function isPendingSigning(body: string, index: number): boolean {
  return MODAL_PASSIVE.test(body.slice(Math.max(0, index - REACH), index));
}
