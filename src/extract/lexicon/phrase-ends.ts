// The last words of a lexicon's multi-word phrases, so a rule that looks up "<previous> <word>" for every word
// builds that string only when the word can end a phrase. Derived once per word list and kept with it.

const ends = new WeakMap<object, ReadonlySet<string>>();

/** The words that end a phrase of two or more words in `phrases` (a Set of phrases or a Map keyed by them). */
export function phraseEnds(phrases: ReadonlySet<string> | ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let found = ends.get(phrases);
  if (!found) {
    const made = new Set<string>();
    for (const phrase of phrases.keys()) {
      const space = phrase.lastIndexOf(' ');
      if (space !== -1) made.add(phrase.slice(space + 1));
    }
    ends.set(phrases, made);
    found = made;
  }
  return found;
}
