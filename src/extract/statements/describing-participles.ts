// A describing verb that opens a participle clause after a comma ("..., having repeatedly called the pact ... a
// “disaster”", `... between Iran and "Israel", describing it as a "complete" halt`): the clause has no subject of
// its own, and when the sentence named one person before it, the verdict is that person's. Only read when no other
// rule found the verb's speaker.

import { DESCRIBING_VERBS } from '../lexicon/agreement-reference-words.ts';
import { startingIn } from '../mention-index.ts';
import { neverTagged } from '../text/tags-without-tagging.ts';
import type { ExtractState, Sentence } from '../types.ts';

/** The perfect participle before a describing past form: "having called", "having repeatedly described". */
const PERFECT_PARTICIPLE = 'having';
/** A comma right before the participle, outside or inside a closing quote mark: ", describing", `", describing`. */
const COMMA_GAP = /^["”’]?,["”’]? $/;
const ADVERB: ReadonlySet<string> = new Set(['ADV']);

/** Index of the word that opens the participle clause of the describing verb at `k`, or -1 when it opens none. */
function participleOpener(state: ExtractState, k: number, sentence: Sentence): number {
  const { words, text } = state;
  const verb = words[k];
  if (!verb || !DESCRIBING_VERBS.has(verb.lower)) return -1;
  if (verb.lower.endsWith('ing')) return k;
  let at = k - 1;
  const between = words[at];
  // "having repeatedly called": one adverb may stand between.
  if (between && between.lower !== PERFECT_PARTICIPLE && !neverTagged(text, sentence, between, ADVERB)) at--;
  return words[at]?.lower === PERFECT_PARTICIPLE && words[at]?.sentence === verb.sentence ? at : -1;
}

/**
 * The speaker of a describing participle clause after a comma: the one person the sentence names before the clause
 * ("Trump had been pushing ..., having repeatedly called ...", "amid US President Donald Trump announcing ...,
 * describing it as ..."); null when it names none or several (then whose verdict it is stays open).
 */
export function describingParticipleSpeaker(
  state: ExtractState,
  k: number,
  sentence: Sentence,
): string | null {
  const opener = participleOpener(state, k, sentence);
  const first = state.words[opener];
  if (!first || !COMMA_GAP.test(first.gap)) return null;
  let person: string | null = null;
  for (const mention of startingIn(state.mentions, sentence.start, first.start)) {
    if (mention.kind !== 'person' || mention.describesUnnamed === true) continue;
    if (person !== null && person !== mention.id) return null;
    person = mention.id;
  }
  return person;
}
