// "signed an agreement on trade, an agreement on tourism and a memorandum on health": the items of a signing list,
// each a document of its own, which a comma before an indefinite article would otherwise read as an apposition.

import { LISTED_ITEM_COMPLEMENT_OPENERS } from '../lexicon/agreement-mention-words.ts';
import type { RawAgreement } from './agreement-mentions.ts';

/** A comma and an indefinite article: the gap before a list's next item, as before an apposition. */
const NEXT_ITEM_GAP = /^\s*,\s*an?\s+$/i;
/** A subject or sides told right after the kind word ("of understanding between the two ministries"). */
const COMPLEMENT_AFTER = new RegExp(
  String.raw`^\s+(?:of\s+understanding\s+)?(?:${LISTED_ITEM_COMPLEMENT_OPENERS.join('|')})\s+\S+`,
  'i',
);

/**
 * What a mention says after its kind word ("on health" of "MoU on health"), from its description or else from the
 * words after it; null when nothing follows the kind word.
 */
function complementOf(text: string, mention: RawAgreement): string | null {
  const kindWord = mention.surface.split(' ').pop() ?? '';
  const at = mention.descriptor?.indexOf(kindWord) ?? -1;
  const rest = at < 0 ? '' : (mention.descriptor ?? '').slice(at + kindWord.length).trim();
  if (rest !== '') return rest.toLowerCase();
  const after = COMPLEMENT_AFTER.exec(text.slice(mention.end, mention.end + 60));
  return after ? after[0].trim().toLowerCase() : null;
}

/**
 * Whether `raw`, after a comma and "a"/"an" from `previous`, is the next item of a list of documents: ", an MoU on
 * tourism" after "an MoU on health". Each tells its own subject or sides after its kind word, and they differ; an
 * apposition re-describes without one ("the RAA, a defence pact") or tells the same one.
 */
export function nextListedDocument(text: string, previous: RawAgreement, raw: RawAgreement): boolean {
  if (!NEXT_ITEM_GAP.test(text.slice(previous.end, raw.start))) return false;
  const own = complementOf(text, raw);
  const before = complementOf(text, previous);
  return own !== null && before !== null && own !== before;
}
