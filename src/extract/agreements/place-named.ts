// The place an agreement with no sides is told of ("a ceasefire agreement in Gaza", "signed a peace agreement in
// Khartoum"): the word that tells it from the other ceasefires and peace agreements of news when no party does.

import type { RawAgreement } from './agreement-mentions.ts';
import type { ExtractState } from '../types.ts';
import { startingIn } from '../mention-index.ts';

/** "in Gaza", "in the Gaza Strip": the preposition and article between a kind word and its place. */
const IN_PLACE = /^ in (?:the )?/;

/** The surface of the first place or country named right after one of the agreement's mentions, if any. */
export function placeNamed(state: ExtractState, mentions: readonly RawAgreement[]): string | null {
  for (const raw of mentions) {
    const gap = IN_PLACE.exec(state.text.slice(raw.end, raw.end + 8));
    if (!gap) continue;
    const at = raw.end + gap[0].length;
    const place = startingIn(state.mentions, at, at + 1).find(
      (m) => m.kind === 'place' || m.kind === 'country',
    );
    if (place) return state.text.slice(place.start, place.end);
  }
  return null;
}
