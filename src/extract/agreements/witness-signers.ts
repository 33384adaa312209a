// Who signs as a witness or guarantor ("US Secretary of State X signed as a witness", "Sudan's President signed in
// his capacity as guarantor") puts his country's name to the paper as an onlooker: it is no side of the agreement.

import { GO_BETWEEN_ROLE_FILLERS, WITNESS_SIGNING_ROLES } from '../lexicon/agreement-mention-words.ts';
import { startingIn } from '../mention-index.ts';
import { articleCues, WITNESS_SIGNING_CUE } from './article-cues.ts';
import type { ExtractState } from '../types.ts';

const ROLES: ReadonlySet<string> = new Set(WITNESS_SIGNING_ROLES);
const FILLERS: ReadonlySet<string> = new Set(GO_BETWEEN_ROLE_FILLERS);
/** How many words may stand between the verb and its "as" ("signed the agreement as", "signed in his capacity as"). */
const AS_REACH = 5;
/** How many words may stand between "as" and the role ("as a witness", "as the main guarantor"). */
const ROLE_REACH = 3;

/** Whether the signing verb at word `at` gives its subject a witness's or guarantor's role, in one clause. */
function signsAsWitness(state: ExtractState, at: number): boolean {
  const { words } = state;
  const sentence = words[at]?.sentence;
  for (let j = at + 1; j <= at + AS_REACH; j++) {
    const word = words[j];
    if (!word || word.sentence !== sentence || /[,;:()"“”]/.test(word.gap)) return false;
    if (word.lower !== 'as') continue;
    let noun = j + 1;
    while (noun - j <= ROLE_REACH && FILLERS.has(words[noun]?.lower ?? '')) noun++;
    return words[noun]?.sentence === sentence && ROLES.has(words[noun]?.lower ?? '');
  }
  return false;
}

/**
 * The countries of the subjects of "signed as a witness" and its kin: the countries named in the clause before the
 * verb, and the countries of the people named there.
 */
export function witnessSigners(state: ExtractState): ReadonlySet<string> {
  const { words } = state;
  const out = new Set<string>();
  const cues = articleCues(words);
  if (!(cues.any & WITNESS_SIGNING_CUE)) return out;
  for (let at = 0; at < words.length; at++) {
    if (!((cues.at[at] ?? 0) & WITNESS_SIGNING_CUE) || !signsAsWitness(state, at)) continue;
    const verb = words[at];
    if (!verb) continue;
    let from = at;
    while (from > 0 && words[from - 1]?.sentence === verb.sentence && !/[,;:]/.test(words[from]?.gap ?? ''))
      from--;
    for (const m of startingIn(state.mentions, words[from]?.start ?? verb.start, verb.start)) {
      if (m.kind === 'country' && m.via !== 'capital') out.add(m.id);
      const country = m.kind === 'person' ? state.persons.get(m.id)?.country : undefined;
      if (country) out.add(country);
    }
  }
  return out;
}
