// Fills in the country a person represents when no title said it: the country of the organization they speak
// for ("State Department spokesperson"), else the one country their introducing sentence names.

import type { ExtractState } from '../types.ts';
import { startingIn } from '../mention-index.ts';

export function inferPersonCountries(state: ExtractState): ExtractState {
  const persons = new Map(state.persons);
  for (const [id, person] of persons) {
    if (person.country !== null) continue;
    const org = person.organization ? state.organizations.get(person.organization) : undefined;
    // Officials of international organizations represent no country.
    if (org?.kind === 'intergovernmental') continue;
    if (org?.country) {
      persons.set(id, { ...person, country: org.country });
      continue;
    }
    if (!person.titleFromText) continue;
    const first = state.mentions.find((m) => m.kind === 'person' && m.id === id);
    const sentence = first ? state.sentences[first.sentence] : undefined;
    if (!sentence) continue;
    const inSentence = startingIn(state.mentions, sentence.start, sentence.end);
    if (
      inSentence.some(
        (m) =>
          m.kind === 'org' &&
          state.organizations.get(m.id)?.kind === 'intergovernmental' &&
          m.end <= (first?.start ?? 0),
      )
    )
      continue;
    const countries = new Set(
      inSentence.filter((m) => m.kind === 'country' && m.via !== 'capital').map((m) => m.id),
    );
    if (countries.size === 1) persons.set(id, { ...person, country: [...countries][0] ?? null });
  }
  return { ...state, persons };
}
