// Who takes part in a meeting when the clause names them away from the meeting word: the subject of the main clause
// a fronted "his visit" points forward to, and the visitor named after "by".

import { startingIn } from '../mention-index.ts';
import type { ExtractState, Sentence, Word } from '../types.ts';

/**
 * "On the eve of his visit to Belgrade, Lajcak said ...": a possessive in a clause that opens the sentence, with no
 * person before it, points to the person who opens the main clause after the comma.
 */
export function mainClauseSubject(
  state: ExtractState,
  sentence: Sentence,
  pronounStart: number,
  wordEnd: number,
): string | null {
  const before = startingIn(state.mentions, sentence.start, pronounStart).some((m) => m.kind === 'person');
  if (before) return null;
  const comma = state.text.indexOf(',', wordEnd);
  if (comma === -1 || comma >= sentence.end) return null;
  // The main clause opens with the person, or with title words before the name ("EU envoy Miroslav Lajcak").
  const subject = startingIn(state.mentions, comma + 1, Math.min(sentence.end, comma + 50)).find(
    (m) => m.kind === 'person',
  );
  if (
    !subject ||
    /[,;]|\b(?:said|says|told|after|before|when|while)\b/.test(state.text.slice(comma + 1, subject.start))
  )
    return null;
  return subject.id;
}

/** "the visit to Samoa by China Foreign Minister Wang Yi", "a visit by Premier Li Qiang": the visitor after "by". */
export function visitorAfter(state: ExtractState, word: Word, sentence: Sentence): string | null {
  const rest = state.text.slice(word.end, Math.min(sentence.end, word.end + 60));
  const by = /^(?: to [^,;]*?)? by /.exec(rest);
  if (!by) return null;
  const from = word.end + by[0].length;
  const person = startingIn(state.mentions, from, Math.min(sentence.end, from + 60)).find(
    (m) => m.kind === 'person',
  );
  // Only title words may stand between "by" and the name.
  if (!person || /[,;]/.test(state.text.slice(from, person.start))) return null;
  return person.id;
}
