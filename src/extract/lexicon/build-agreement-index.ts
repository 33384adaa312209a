// Indexes the well-known agreements once: every name and alias as a lower-case word sequence (with the words
// that must keep their capitals), and the agreements by their set of parties, for mentions that give no name.

import { KNOWN_AGREEMENTS, type KnownAgreement } from './known-agreements.ts';
import { splitWords } from '../text/tokenize-words.ts';

export interface AgreementPhrase {
  agreement: KnownAgreement;
  /** Word position -> the exact text it needs: acronyms ("START", "INF") must be written in capitals. */
  exact: ReadonlyMap<number, string>;
  /**
   * The name as listed is a title, two or more words with a capital ("Comprehensive Peace Agreement"): an article
   * that writes all its words in lower case ("a comprehensive peace agreement") may be describing another deal.
   * Names listed in lower case ("grain corridor deal") are descriptions the data know and match as written.
   */
  titled: boolean;
}

export interface AgreementIndex {
  phrases: ReadonlyMap<string, AgreementPhrase>;
  /** Every proper word-prefix of a phrase, so a scan stops as soon as no phrase can continue. */
  prefixes: ReadonlySet<string>;
  maxWords: number;
  /** Sorted parties joined by spaces -> the agreements of exactly those parties. */
  byParties: ReadonlyMap<string, readonly KnownAgreement[]>;
  all: readonly KnownAgreement[];
}

/** A word of capitals and digits only, at least two capitals: an acronym, matched as written. */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}.-]+$/u;

export const partiesKey = (parties: readonly string[]): string => [...parties].sort().join(' ');

export function buildAgreementIndex(
  agreements: readonly KnownAgreement[] = KNOWN_AGREEMENTS,
): AgreementIndex {
  const phrases = new Map<string, AgreementPhrase>();
  const prefixes = new Set<string>();
  const byParties = new Map<string, KnownAgreement[]>();
  let maxWords = 1;
  for (const agreement of agreements) {
    for (const name of [agreement.name, ...agreement.aliases]) {
      const words = splitWords(name);
      const key = words.map((w) => w.lower).join(' ');
      // First writer wins: a canonical name listed earlier keeps its phrase.
      if (key === '' || phrases.has(key)) continue;
      const exact = new Map<number, string>();
      words.forEach((w, i) => {
        if (ACRONYM.test(w.text)) exact.set(i, w.text);
      });
      const titled = words.length >= 2 && words.some((w) => /^\p{Lu}/u.test(w.text));
      phrases.set(key, { agreement, exact, titled });
      for (let n = 1; n < words.length; n++)
        prefixes.add(
          words
            .slice(0, n)
            .map((w) => w.lower)
            .join(' '),
        );
      maxWords = Math.max(maxWords, words.length);
    }
    if (agreement.parties.length >= 2) {
      const key = partiesKey(agreement.parties);
      byParties.set(key, [...(byParties.get(key) ?? []), agreement]);
    }
  }
  return { phrases, prefixes, maxWords, byParties, all: agreements };
}
