// Marks offices that speak for a head of state or government as mentions of the country, the way "the Kremlin"
// is one: "the presidential office said", "the Turkish presidency announced", "his office said" after a president.

import { referent } from './find-speaker.ts';
import { coverWords, mergeMentions } from '../mention-index.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { phraseEnds } from '../lexicon/phrase-ends.ts';
import type { EntityMention, ExtractState, PersonEntity, Resources, Word } from '../types.ts';

const POSSESSIVE_GAP = /^['’]s $/;

/** Whether a person heads a state or government: their title has a leader head or is a prime minister's. */
function isLeader(person: PersonEntity | undefined, lexicon: Lexicon): boolean {
  const title = (person?.title ?? '').toLowerCase().split(/[\s-]+/);
  return (
    title.some((w) => lexicon.leaderHeads.has(w)) || (title.includes('prime') && title.includes('minister'))
  );
}

/** The seat phrase ending at word k ("presidential office" ends at "office"), as its first word's index. */
function seatAt(words: readonly Word[], k: number, lexicon: Lexicon): number | null {
  const word = words[k] as Word;
  const previous = words[k - 1];
  if (
    previous &&
    word.gap === ' ' &&
    phraseEnds(lexicon.governmentSeats).has(word.lower) &&
    lexicon.governmentSeats.has(`${previous.lower} ${word.lower}`)
  )
    return k - 1;
  return lexicon.governmentSeats.has(word.lower) ? k : null;
}

/** Lower-case words ("senior", "high-ranking") a determiner may put before a seat it refers back to. */
const MAX_SEAT_MODIFIERS = 2;

/**
 * Where a back reference to a seat starts, after its determiner: "the [presidency]", "a [high-ranking presidential
 * official]"; null when no determiner opens it.
 */
function backReferenceStart(words: readonly Word[], first: number, lexicon: Lexicon): number | null {
  for (let j = first - 1; j >= 0 && first - j <= MAX_SEAT_MODIFIERS + 1; j--) {
    const word = words[j] as Word;
    if (lexicon.seatDeterminers.has(word.lower)) return words[j + 1]?.start ?? null;
    if (word.cap || !/^[ -]$/.test(words[j + 1]?.gap ?? '')) return null;
  }
  return null;
}

/** The country the last seat stood for: what a bare "the presidency" goes on meaning. */
function lastCountry(added: readonly EntityMention[]): string | null {
  return added.at(-1)?.id ?? null;
}

export function resolveGovernmentSeats(state: ExtractState, resources: Resources): ExtractState {
  const { words, mentions } = state;
  const { lexicon } = resources;
  const cover = coverWords(words, mentions);
  const added: EntityMention[] = [];
  const add = (last: number, start: number, country: string): void => {
    const word = words[last] as Word;
    added.push({ kind: 'country', id: country, start, end: word.end, sentence: word.sentence, via: 'seat' });
  };
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    if (cover[k] !== -1 || state.sentences[word.sentence]?.ignored) continue;
    const first = seatAt(words, k, lexicon);
    if (first !== null) {
      const before = words[first - 1];
      const owner = before ? mentions[cover[first - 1] ?? -1] : undefined;
      const joined = words[first]?.gap === ' ' || POSSESSIVE_GAP.test(words[first]?.gap ?? '');
      // "South Korea's presidential office", "the Turkish presidency": the country named right before it.
      if (owner?.kind === 'country' && owner.end === before?.end && joined) add(k, owner.start, owner.id);
      else {
        const opener = backReferenceStart(words, first, lexicon);
        const country = lastCountry(added);
        if (opener !== null && country) add(k, opener, country);
      }
      continue;
    }
    if (!lexicon.ownedSeats.has(word.lower)) continue;
    const before = words[k - 1];
    if (!before) continue;
    let person: string | null = null;
    let start = before.start;
    if ((before.lower === 'his' || before.lower === 'her') && word.gap === ' ') {
      person = referent(state, before.start, word.sentence, []);
    } else if (POSSESSIVE_GAP.test(word.gap)) {
      // "Lee's office": the person whose name ends right before the possessive.
      const named = mentions[cover[k - 1] ?? -1];
      if (named?.kind === 'person' && named.end === before.end) {
        person = named.id;
        start = named.start;
      }
    }
    const entity = person ? state.persons.get(person) : undefined;
    if (entity?.country && isLeader(entity, lexicon)) add(k, start, entity.country);
  }
  if (added.length === 0) return state;
  return { ...state, mentions: mergeMentions(mentions, added) };
}
