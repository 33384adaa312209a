// "Addis Ababa will host the 22nd African Union summit", "Kenya hosts the IGAD summit": the place or country that is
// the subject of a hosting verb whose object is the meeting word tells where the meeting is held.

import {
  HOSTED_MODIFIER_WORDS,
  HOSTING_AUXILIARIES,
  HOSTING_SUBJECT_REACH,
  HOSTING_VERB_FORMS,
} from '../lexicon/meeting-words.ts';
import { startingIn } from '../mention-index.ts';
import type { EntityMention, ExtractState, Sentence, Word } from '../types.ts';

/** The text from the subject to the meeting word: " will host the 22nd African Union ". */
const HOSTING_OBJECT = new RegExp(
  `^ (?:(?:${HOSTING_AUXILIARIES.join('|')}) ){0,3}(?:${HOSTING_VERB_FORMS.join('|')}) (?:the|a|an)(?: [^\\s,;:.]+){0,${HOSTED_MODIFIER_WORDS}} $`,
  'i',
);

/** The place, or the country by its name, hosting the meeting at `word`; null when no hosting verb makes it the object. */
export function hostingSubject(state: ExtractState, word: Word, sentence: Sentence): EntityMention | null {
  const from = Math.max(sentence.start, word.start - HOSTING_SUBJECT_REACH);
  const subjects = startingIn(state.mentions, from, word.start).filter(
    (m) =>
      // A capital standing for its country ("Doha will host") is no city the result knows; a demonym hosts nothing.
      (m.kind === 'place' || (m.kind === 'country' && (m.via === 'name' || m.via === 'alias'))) &&
      HOSTING_OBJECT.test(state.text.slice(m.end, word.start)),
  );
  // A capital may be read both as its country and as the city: the city is the place.
  return subjects.find((m) => m.kind === 'place') ?? subjects[0] ?? null;
}
