// Whether a sentence boundary wink finds falls inside a dotted name: an outlet's web address ("News.Az", "Kun.uz",
// "Axios.com") or a glued initial ("N.Ankhbayar"). wink cuts such a chunk at its dot, which parts the words after it
// from the speaker before it ("told News.Az that ...") and the outlet from its verb ("..., News.Az reports.").

import { latestTablesReading } from './wink-model-tables.ts';

const DOT = 46;

/** Whether the UTF-16 unit at `i` is a letter (a cheap class test, the regex only past ASCII). */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(text.charAt(i));
}

/**
 * Whether the cut at `cut` lies after a dot glued to letters on both sides and before a tail no sentence opens
 * with: a lowercase word ("Kun.uz", "Axios.com": a sentence starts with a capital), or a capitalised word the model
 * does not know in either case ("News.Az"). A known word after a glued dot ("agreed.The talks") is a missing space
 * between two sentences, and keeps its cut.
 */
export function isDottedNameTail(text: string, cut: number): boolean {
  if (cut < 2 || text.charCodeAt(cut - 1) !== DOT || !isLetterAt(text, cut - 2) || !isLetterAt(text, cut))
    return false;
  let end = cut;
  while (end < text.length && isLetterAt(text, end)) end++;
  const tail = text.slice(cut, end);
  const first = tail.charAt(0);
  if (first === first.toLowerCase()) return true;
  const cache = latestTablesReading()?.cache;
  if (!cache) return false;
  return cache.isOOV(tail) && cache.isOOV(tail.toLowerCase());
}
