// Which of the agreements a statement reaches it is about when its own words pick some: those its words name, point
// back at or echo by a word of their name, not others reached only through the narration around them.

import { INSTRUMENT_GENERIC_WORDS } from '../lexicon/agreement-reference-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import { nameWords } from './agreement-name-words.ts';
import type { ExtractState, StatementLike } from '../types.ts';

/** Shorter name words are joiners ("of", "on", "and"), not what tells one agreement from another. */
const ECHO_MIN_LETTERS = 4;

/** Each agreement's echo words, read once per item (every statement of the article asks again). */
const echoWordsOf = new WeakMap<ExtractState['agreements'][number], ReadonlySet<string>>();

/**
 * The words of an agreement's name and aliases that tell it from another ("safeguards", "fisheries"): not kind nouns,
 * praise or their joiners ("agreement", "historic", "between"), nor short words.
 */
function echoWords(agreement: ExtractState['agreements'][number]): ReadonlySet<string> {
  let words = echoWordsOf.get(agreement);
  if (!words) {
    words = new Set(
      // Letters only: a number in a name ("Resolution 2254") tells nothing a statement's words echo.
      [...nameWords(agreement)]
        .flatMap((w) => w.split(/\p{N}+/u))
        .filter((w) => w.length >= ECHO_MIN_LETTERS && !INSTRUMENT_GENERIC_WORDS.has(w)),
    );
    echoWordsOf.set(agreement, words);
  }
  return words;
}

/** The lower-case words among the statement's own words ("safeguards" in “In meeting these safeguards duties”). */
function ownLowerWords(state: ExtractState, draft: StatementLike): Set<string> {
  const out = new Set<string>();
  for (let i = wordIndexAt(state.words, draft.content.start); i < state.words.length; i++) {
    const word = state.words[i];
    if (!word || word.start >= draft.content.end) break;
    // A capitalized word is a name: a country's or a body's, or the agreement's own mention (named, not echoed).
    if (!word.cap) out.add(word.lower);
  }
  return out;
}

/**
 * `reached` narrowed to what the statement's own words pick: after "Iran remains a party to the NPT and keeps to its
 * safeguards agreement, the spokesman said", "“In meeting these safeguards duties, we ...,” he said" is about the
 * safeguards agreement, not the treaty that sentence also names; "“What counts now is that the resolution ...,” the
 * statement said", after a joint statement and the council resolution endorsing it, is about the resolution: "the
 * statement" there is the press statement carrying the words. `named` are the agreements the statement's own words
 * name or point back at. Unchanged when those words pick none: then the narration is all there is to go by.
 */
export function ownWordsAgreements(
  state: ExtractState,
  draft: StatementLike,
  reached: readonly string[],
  named: ReadonlySet<string>,
): string[] {
  if (reached.length === 0 || reached.every((id) => named.has(id))) return [...reached];
  const words = ownLowerWords(state, draft);
  const echoed = (id: string): boolean => {
    const agreement = state.agreements.find((a) => a.id === id);
    return agreement !== undefined && [...echoWords(agreement)].some((w) => words.has(w));
  };
  const picked = reached.filter((id) => named.has(id) || echoed(id));
  return picked.length > 0 || named.size > 0 ? picked : [...reached];
}
