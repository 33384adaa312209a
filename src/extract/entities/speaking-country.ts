// The country that speaks as the subject of a sentence ("The Kingdom of Bahrain also welcomed ...", "CAIRO (KUNA) --
// Somalia on Sunday rejected ..."): whose a ministry is when the text names no country of its own for it.

import { startingIn } from '../mention-index.ts';
import { DATELINE_LEAD } from '../text/datelines.ts';
import type { ExtractState, Resources } from '../types.ts';

/** Words a country's name may follow at a sentence's start: "The Kingdom of Bahrain", "The State of Kuwait". */
const SUBJECT_COUNTRY_LEAD = /^(?:[Tt]he )?(?:(?:Kingdom|State|Republic|Sultanate) of )?$/;

/**
 * Words between a speaking country and its verb: "Bahrain also welcomed", "Jordan on Friday welcomed", "Somalia on
 * Sunday firmly rejected".
 */
const MAX_SUBJECT_VERB_WORDS = 4;
/** How many sentences back a ministry of no named country looks for the country that spoke there. */
const SPEAKING_COUNTRY_SENTENCES = 3;

/**
 * The country that opens sentence `sentence` as the subject of a speech or stance verb ("The Kingdom of Bahrain
 * also welcomed the agreement."), if any: the ministry speaking right after it is that country's.
 */
export function speakingCountry(state: ExtractState, sentence: number, resources: Resources): string | null {
  const at = state.sentences[sentence];
  if (!at) return null;
  // "CAIRO, Feb 11 (KUNA) -- Somalia on Sunday rejected ...": a wire's dateline may open the sentence.
  const opening = at.start + (DATELINE_LEAD.exec(state.text.slice(at.start, at.end))?.[0].length ?? 0);
  const first = startingIn(state.mentions, opening, at.end)[0];
  if (first?.kind !== 'country' || first.via === 'capital' || first.via === 'demonym') return null;
  if (!SUBJECT_COUNTRY_LEAD.test(state.text.slice(opening, first.start))) return null;
  const { speechVerbs, stance } = resources.lexicon;
  const after =
    state.text
      .slice(first.end, at.end)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return after.slice(0, MAX_SUBJECT_VERB_WORDS).some((w) => speechVerbs.has(w) || stance.has(w))
    ? first.id
    : null;
}

/**
 * "CAIRO (KUNA) -- Somalia on Sunday rejected the memo. The foreign ministry said ...", "Somalia said there was no
 * room for mediation. ... the country's foreign ministry said": a ministry that names no country, with none named
 * before it, is that of the country that spoke as the subject of a sentence shortly before, not the dateline's.
 */
export function recentSpeakingCountry(
  state: ExtractState,
  sentence: number,
  resources: Resources,
): string | null {
  for (let s = sentence - 1; s >= 0 && sentence - s <= SPEAKING_COUNTRY_SENTENCES; s--) {
    const country = speakingCountry(state, s, resources);
    if (country) return country;
  }
  return null;
}
