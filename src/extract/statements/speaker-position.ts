// Where a speaker stands: right before a speech verb (a time word or filler may come between), right after a quote
// verb, or after "according to". The role and unnamed-speaker stages read it; it knows no entities.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { stanceFrameEnd } from './stance-frame.ts';
import { speechAfterLeadVerb } from './lead-verb.ts';
import type { Word } from '../types.ts';

/** Whether a phrase stands where a speaker stands: before a speech verb, after a quote verb or "according to". */
export function inSpeakerPosition(
  words: readonly Word[],
  first: number,
  head: number,
  lexicon: Lexicon,
): boolean {
  let next = head + 1;
  // "Iran's president Monday called ...": a time word may stand before the verb.
  // "Saudi Arabia's ambassador to Yemen on Monday said ...": or "on" and the weekday.
  const weekday = words[next]?.lower === 'on' && lexicon.roleVerbTimeWords.has(words[next + 1]?.lower ?? '');
  if (weekday && words[next]?.gap === ' ' && words[next + 1]?.gap === ' ') next++;
  if (lexicon.roleVerbTimeWords.has(words[next]?.lower ?? '') && words[next]?.gap === ' ') next++;
  if (lexicon.roleVerbFillers.has(words[next]?.lower ?? '') && words[next]?.gap === ' ') next++;
  // "The Foreign Office has (also) confirmed ...": a perfect auxiliary, then perhaps a filler, before the verb.
  if (lexicon.roleVerbPerfects.has(words[next]?.lower ?? '') && words[next]?.gap === ' ') {
    next++;
    if (lexicon.roleVerbFillers.has(words[next]?.lower ?? '') && words[next]?.gap === ' ') next++;
  }
  // "The spokesman then went on to say ...", "the minister concluded by saying ...": the verb the speech completes.
  const completed = speechAfterLeadVerb(words, next, lexicon);
  const verb = words[completed === -1 ? next : completed];
  if (
    verb?.gap === ' ' &&
    (lexicon.speechVerbs.has(verb.lower) ||
      lexicon.evaluative.has(verb.lower) ||
      // `," the diplomat concluded.`: a closing-only verb right after a quotation.
      (lexicon.closingQuoteVerbs.has(verb.lower) && /["“”]/.test(words[first]?.gap ?? '')) ||
      stanceFrameEnd(words, next, lexicon) !== -1)
  )
    return true;
  const before = words[first - 1];
  if (!before || words[first]?.gap !== ' ') return false;
  if (before.lower === 'to' && words[first - 2]?.lower === 'according') return true;
  // `," said the prime minister.`
  return lexicon.quoteVerbs.has(before.lower);
}
