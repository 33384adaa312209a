// A joint statement that no sentence of its own tells signed or adopted, and that names no side, is what someone
// issued or read out ("issued a joint statement outlining their plans"), not an agreement an analyst can tell apart.

import { STATEMENT_DOCUMENT_NOUNS, STATEMENT_MAKING_WORDS } from '../lexicon/agreement-act-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState } from '../types.ts';
import type { Cluster } from './agreement-facts.ts';

const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(STATEMENT_DOCUMENT_NOUNS);
const MAKING_WORDS: ReadonlySet<string> = new Set(STATEMENT_MAKING_WORDS);

/**
 * Whether the cluster is only a statement document ("a joint statement ... was read at the press conference", "the
 * Quad ministers issued a joint statement outlining their plans"): every mention's noun is a statement, no name, no
 * well-known entry, no signatory and no side, and none of its sentences has a word of signing or adopting. "The
 * leaders also signed a joint statement" and "a joint statement adopted at their summit" stay agreements.
 */
export function unsignedStatement(cluster: Cluster, state: ExtractState): boolean {
  if (cluster.name !== null || cluster.known !== null) return false;
  if (cluster.signatories.length > 0 || cluster.parties.length > 0) return false;
  const { words } = state;
  if (!cluster.mentions.every((m) => DOCUMENT_NOUNS.has(words[m.word]?.lower ?? ''))) return false;
  const sentences = new Set(cluster.mentions.map((m) => m.sentence));
  for (const sentence of sentences) {
    const span = state.sentences[sentence];
    if (!span) continue;
    for (let i = wordIndexAt(words, span.start); i < words.length; i++) {
      const word = words[i];
      if (!word || word.start >= span.end) break;
      if (MAKING_WORDS.has(word.lower)) return false;
    }
  }
  return true;
}
