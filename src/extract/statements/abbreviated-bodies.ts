// "The FO spokesperson said" after "Foreign Office spokesperson Mumtaz Zahra Baloch": a role qualified by an
// abbreviation the article never defines, read as the body whose initials it spells in the title or body of the
// person named in that role.

import { SPOKESPERSON_FORMS } from '../lexicon/speaker-words.ts';
import type { ExtractState, PersonEntity, Word } from '../types.ts';

/** An undefined abbreviation of a body: two to five letters, capitals at both ends ("FO", "MoFA", "ISPR"). */
const ABBREVIATION = /^[A-Z][A-Za-z]{0,3}[A-Z]$/;

const SPOKESPERSON: ReadonlySet<string> = new Set(SPOKESPERSON_FORMS);

/** Whether word j is an abbreviation right after "the" that may qualify the role after it ("the FO spokesman"). */
export function abbreviationAfterThe(words: readonly Word[], j: number): boolean {
  const word = words[j] as Word;
  const before = words[j - 1];
  return before?.lower === 'the' && word.gap === ' ' && ABBREVIATION.test(word.text);
}

/** The capitals of a name's capitalized words, split at spaces and hyphens ("Inter-Services Public Relations"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Whether the abbreviation spells the body the person speaks for: the words of their title other than the role
 * ("Foreign Office" in "Foreign Office spokesperson"), or the name of their organization.
 */
export function abbreviates(state: ExtractState, person: PersonEntity, abbreviation: string): boolean {
  const letters = abbreviation.replace(/[^A-Z]/g, '');
  const title = (person.title ?? '').split(/\s+/).filter((w) => !SPOKESPERSON.has(w.toLowerCase()));
  if (title.length > 0 && initials(title.join(' ')) === letters) return true;
  const body = person.organization ? state.organizations.get(person.organization) : undefined;
  return body !== undefined && initials(body.name) === letters;
}
