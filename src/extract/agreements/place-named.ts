// The place an agreement with no sides is told of ("a ceasefire agreement in Gaza", "signed a peace agreement in
// Khartoum", "a truce took effect Sunday in southern Syria"): the word that tells it from the other ceasefires and
// peace agreements of news when no party does.

import type { RawAgreement } from './agreement-mentions.ts';
import type { EntityMention, ExtractState } from '../types.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { MEETING_FRAME_PREPOSITIONS, SETTING_REGION_WORDS } from '../lexicon/agreement-reference-words.ts';

/**
 * Words after the kind word within which its clause may still set it somewhere ("A ceasefire brokered by the US
 * and Russia began in Syria", "the truce went into effect Sunday in southwest Syria").
 */
const PLACE_REACH = 8;

/**
 * The first place or country named in the clause of one of the agreement's mentions after "in" ("in the Gaza
 * Strip", "in southern Syria", with its region word), if any.
 */
export function placeNamed(state: ExtractState, mentions: readonly RawAgreement[]): string | null {
  const { words, text } = state;
  for (const raw of mentions) {
    const first = wordIndexAt(words, raw.end);
    const sentence = words[first]?.sentence;
    for (let i = first; i < first + PLACE_REACH; i++) {
      const word = words[i];
      // A clause ends at a comma, a quote or a dash: a place past it is another clause's.
      if (!word || word.sentence !== sentence || /[^\s]/.test(word.gap)) break;
      if (MEETING_FRAME_PREPOSITIONS.has(word.lower)) break;
      if (word.lower !== 'in') continue;
      let at = i + 1;
      if (words[at]?.lower === 'the') at++;
      // "in South Sudan" names a country with its compass word; "in southern Syria" a region before one.
      let place = settingAt(state, words[at]?.start ?? -1);
      const region = !place && SETTING_REGION_WORDS.has(words[at]?.lower ?? '') ? words[at] : undefined;
      if (region) place = settingAt(state, words[at + 1]?.start ?? -1);
      // "in effect", "in talks": no setting; a later "in" of the clause may name one.
      if (!place) continue;
      const name = text.slice(place.start, place.end);
      if (!region) return name;
      return `${region.text.charAt(0).toUpperCase()}${region.text.slice(1).toLowerCase()} ${name}`;
    }
  }
  return null;
}

/** A place or a country named where the text has one, not by its demonym ("in the Russian city of Sochi"). */
function settingAt(state: ExtractState, start: number): EntityMention | undefined {
  return startingIn(state.mentions, start, start + 1).find(
    (m) => (m.kind === 'place' || m.kind === 'country') && m.via !== 'demonym',
  );
}
