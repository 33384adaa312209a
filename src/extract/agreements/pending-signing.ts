// A signing cue that tells a signing still ahead: the agreement is proposed, not signed. Read only where a signing
// cue stands, over the few words around it, so no pattern runs over a whole article. Three shapes:
// - a modal or infinitive passive ("will be signed", "is to be signed", "cannot yet be signed");
// - "signed" after a condition or in a present passive ("if signed", "until a final treaty is signed");
// - the noun "signing" as a purpose ("looking forward to signing") or in a clause whose verb is a modal ("the
//   signing of the charter will follow the talks", "the signing could soon be announced").
// Apart from these, prospectSignings finds the infinitive "to (soon) sign" after a word that puts it ahead ("is
// expected to sign", "are set to soon sign"), which no signed cue matches but which tells a proposal.
import {
  PENDING_SIGNED_OPENERS,
  PENDING_SIGNING_ADVERBS,
  PENDING_SIGNING_MODALS,
  PENDING_SIGNING_NOUN_OPENERS,
  SIGNING_PROSPECT_OBJECT_VERBS,
  SIGNING_PROSPECT_WORDS,
} from '../lexicon/event-words.ts';

/** "soon", "yet", "finally": an adverb may stand before and after "be". */
const ADVERB = `(?:(?:${PENDING_SIGNING_ADVERBS.join('|')}|[a-z]+ly)\\s+)?`;
/** An infinitive's "to" puts the signing ahead as a modal does ("the deal to be signed next week"). */
const MODAL_PASSIVE = new RegExp(
  `\\b(?:${PENDING_SIGNING_MODALS.join('|')}|to)\\s+${ADVERB}be\\s+${ADVERB}$`,
  'i',
);
const CONDITION_OR_PRESENT = new RegExp(`\\b(?:${PENDING_SIGNED_OPENERS.join('|')})\\s+${ADVERB}$`, 'i');
const NOUN_PROSPECT = new RegExp(`\\b(?:${PENDING_SIGNING_NOUN_OPENERS.join('|')})\\s+$`, 'i');
const MODAL = new RegExp(`\\b(?:${PENDING_SIGNING_MODALS.join('|')})\\b`, 'i');
/** Punctuation that ends a clause: a modal beyond it is another clause's ("In signing it, they will ..."). */
const CLAUSE_MARK = /[,;:!?"“”()—–]/;
/** How far before the cue the modal may start. */
const REACH = 40;
/** How far around the noun its clause's modal is looked for. */
const CLAUSE_REACH = 80;

/** The clause of `body` around `index`: from the last clause mark before it to the first after it, within reach. */
function clauseAround(body: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < CLAUSE_REACH && !CLAUSE_MARK.test(body[start - 1] ?? '')) start--;
  let end = index;
  while (end < body.length && end - index < CLAUSE_REACH && !CLAUSE_MARK.test(body[end] ?? '')) end++;
  return body.slice(start, end);
}

/** Whether the signing cue at `index` of `body` tells a signing still ahead. */
export function isPendingSigning(body: string, index: number): boolean {
  const before = body.slice(Math.max(0, index - REACH), index);
  if (MODAL_PASSIVE.test(before)) return true;
  const noun = body.slice(index, index + 7).toLowerCase() === 'signing';
  if (!noun)
    return body.slice(index, index + 6).toLowerCase() === 'signed' && CONDITION_OR_PRESENT.test(before);
  return NOUN_PROSPECT.test(before) || MODAL.test(clauseAround(body, index));
}

/** "to sign", "to soon sign": the infinitive of the signing verb, an adverb allowed before it. */
const INFINITIVE_SIGN = new RegExp(`\\bto\\s+${ADVERB}sign\\b`, 'gi');
/** How far before the infinitive a verb with an object between may stand ("expected President Putin and his ... to"). */
const PROSPECT_REACH = 80;

/**
 * Where `body` tells a signing ahead by an infinitive after a word that puts it ahead, right before it ("the two are
 * set to sign", "hopes to soon sign") or, for "expect", before its object in the same clause ("Moscow expected both
 * leaders to soon sign"): the index of each such "to". Not "agreed to sign", "the first to sign", nor "set out the
 * steps to take in coming to sign".
 */
export function prospectSignings(body: string): number[] {
  const found: number[] = [];
  INFINITIVE_SIGN.lastIndex = 0;
  for (let match = INFINITIVE_SIGN.exec(body); match; match = INFINITIVE_SIGN.exec(body)) {
    let start = match.index;
    while (start > 0 && match.index - start < PROSPECT_REACH && !CLAUSE_MARK.test(body[start - 1] ?? ''))
      start--;
    const words = body
      .slice(start, match.index)
      .toLowerCase()
      .split(/[^a-z]+/);
    words.pop();
    const last = words[words.length - 1] ?? '';
    if (SIGNING_PROSPECT_WORDS.has(last) || words.some((w) => SIGNING_PROSPECT_OBJECT_VERBS.has(w)))
      found.push(match.index);
  }
  return found;
}
