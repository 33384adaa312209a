// Gives "his Russian counterpart Vladimir Putin" the title of the one he is the counterpart of: the person named
// last before "counterpart" in the same sentence (the clause's subject: "Prime Minister Narendra Modi and his
// Australian counterpart Scott Morrison"), or no title when that person has none.

import { COUNTERPART_HEADS } from '../lexicon/role-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState, PersonEntity, Word } from '../types.ts';

const HEADS: ReadonlySet<string> = new Set(COUNTERPART_HEADS);

function counterpartTitle(title: string | null): boolean {
  const last = title?.toLowerCase().split(/\s+/).pop() ?? '';
  return HEADS.has(last);
}

/** The "counterpart" word right before a name: "counterpart Scott Morrison", "counterpart, Iwaya Takeshi". */
function counterpartBefore(words: readonly Word[], first: number): Word | null {
  const word = words[first - 1];
  const gap = words[first]?.gap;
  return word && HEADS.has(word.lower) && (gap === ' ' || gap === ', ') ? word : null;
}

export function resolveCounterpartTitles(state: ExtractState): ExtractState {
  const { words } = state;
  const persons = new Map(state.persons);
  const people = state.mentions.filter((m) => m.kind === 'person');
  for (const [id, person] of persons) {
    if (!counterpartTitle(person.title)) continue;
    let title: string | null = null;
    for (const mention of people) {
      if (mention.id !== id) continue;
      const word = counterpartBefore(words, wordIndexAt(words, mention.start));
      if (!word) continue;
      const owner = people
        .filter((m) => m.sentence === mention.sentence && m.end <= word.start && m.id !== id)
        .pop();
      const ownerTitle: PersonEntity['title'] = owner ? (persons.get(owner.id)?.title ?? null) : null;
      title = counterpartTitle(ownerTitle) ? null : ownerTitle;
      break;
    }
    persons.set(id, { ...person, title });
  }
  return { ...state, persons };
}
