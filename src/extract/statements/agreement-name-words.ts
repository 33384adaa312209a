import type { AgreementItem } from '../../domain/extraction-result.ts';

/**
 * Each agreement's name words, read once: every back reference of every statement asks for them again. Keyed by
 * the item, which no stage after find-agreements changes (concludeAgreements makes new items).
 */
const nameWordsOf = new WeakMap<AgreementItem, ReadonlySet<string>>();

/** The lower-case words of an agreement's name and aliases. */
export function nameWords(agreement: AgreementItem): ReadonlySet<string> {
  let words = nameWordsOf.get(agreement);
  if (!words) {
    words = new Set(
      [agreement.name, ...agreement.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)),
    );
    nameWordsOf.set(agreement, words);
  }
  return words;
}
