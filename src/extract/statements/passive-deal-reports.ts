// A deal made known in the passive by the parties named after "by": "The deal was later confirmed by Azerbaijan
// and the Kremlin.", "the truce reached in Jeddah, announced by the United States and Saudi Arabia in a joint
// statement". Each party the "by" phrase lists reports the deal, so the sentence is a reported statement of each.

import { startingIn, wordIndexAt } from '../mention-index.ts';
import { PASSIVE_DEAL_REPORT_VERBS } from '../lexicon/speaker-words.ts';
import { AGREEMENT_BACK_REFERENCE_NOUNS } from '../lexicon/agreement-reference-words.ts';
import type { StatementContext } from './statement-context.ts';
import type { ExtractState, Sentence, Word } from '../types.ts';

const REPORT_VERBS: ReadonlySet<string> = new Set(PASSIVE_DEAL_REPORT_VERBS);
const SPEAKING_KINDS: ReadonlySet<string> = new Set(['country', 'org', 'person']);

/**
 * The ids of the parties a deal named earlier in `sentence` is "announced by" or "confirmed by"; empty when there
 * is none, or when the "by" phrase is no plain list of them ("by the minister's aides", "by Reuters").
 */
export function passiveDealReporters(ctx: StatementContext, sentence: Sentence): string[] {
  const { state } = ctx;
  const { words } = state;
  const first = wordIndexAt(words, sentence.start);
  for (let k = first; k + 2 < words.length; k++) {
    const word = words[k] as Word;
    if (word.start >= sentence.end) break;
    // The "by" test first: it is one string compare, and most sentences have no "by" at all.
    if (words[k + 1]?.lower !== 'by' || !REPORT_VERBS.has(word.lower) || ctx.usedVerbs.has(k)) continue;
    const named = startingIn(state.agreementMentions, sentence.start, word.start).length > 0;
    if (!named && !refersBackToDeal(words, first, k)) return [];
    return listedParties(state, k + 2, sentence.end);
  }
  return [];
}

/**
 * The deal named before the participle by a noun that refers back to one ("the ceasefire"): words `from` to `to`,
 * both included. Read only once a participle with "by" is found, not for every sentence.
 */
function refersBackToDeal(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (Object.hasOwn(AGREEMENT_BACK_REFERENCE_NOUNS, (words[k] as Word).lower)) return true;
  }
  return false;
}

/** "Azerbaijan and the Kremlin", "the United States, Qatar and Egypt": the parties listed from word `at` on. */
function listedParties(state: ExtractState, at: number, end: number): string[] {
  const { words } = state;
  const found: string[] = [];
  for (let j = at; j < words.length && (words[j] as Word).start < end; j++) {
    const word = words[j] as Word;
    if (j > at && word.gap !== ' ' && word.gap !== ', ') break;
    if (word.lower === 'the' || (found.length > 0 && word.lower === 'and')) continue;
    const party = state.mentions.find((m) => m.start === word.start && SPEAKING_KINDS.has(m.kind));
    if (!party || party.describesUnnamed) break;
    // An outlet only carries the news; "by the minister's aides" names no one who speaks.
    if (state.organizations.get(party.id)?.kind === 'news agency') return [];
    while (j + 1 < words.length && (words[j + 1] as Word).start < party.end) j++;
    if (/^['’]s/.test(words[j + 1]?.gap ?? '')) return [];
    found.push(party.id);
  }
  return found;
}
