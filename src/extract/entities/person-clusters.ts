// Which person a name belongs to: an existing person whose names hold all its words, or the fuller form of one
// (middle names, given names before a known surname, a short name's fullest run).

import { personId } from '../../domain/ids.ts';
import { PATRONYMIC_PARTICLES } from '../lexicon/word-lists.ts';
import type { EntityMention, PersonEntity, Word } from '../types.ts';
import {
  foldName,
  nameParts,
  oneEditApart,
  oneVowelApart,
  soundKey,
  withoutEditorialBracket,
} from './person-name-forms.ts';
import type { Candidate } from './person-candidate.ts';

/**
 * The person a name belongs to: an existing person whose name contains all its words, or a new one. `monarch`: the
 * name follows a monarch's title ("King Salman").
 */
export function clusterFor(
  persons: ReadonlyMap<string, PersonEntity>,
  name: string,
  monarch = false,
): PersonEntity | null {
  const parts = nameParts(name);
  // "Abdulaziz bin Salman bin Abdulaziz" is not "Mohammed bin Salman bin Abdulaziz": in a chain of "son of" names
  // the given name, first, tells the person. Read only for a person who holds all the words: most hold none.
  let chain: boolean | undefined;
  const lone = monarch && parts.length === 1 && !name.includes(' ') ? parts[0] : undefined;
  let middle: PersonEntity | null = null;
  for (const person of persons.values()) {
    // Most persons hold none of the name's words: asked first, without gathering their names' parts in a set.
    if (!holdsParts(person, parts)) continue;
    const names = [person.name, ...person.aliases];
    chain ??= patronymicChain(name);
    if (chain && !names.some((other) => nameParts(other)[0] === parts[0])) continue;
    if (lone !== undefined && fatherOnly(names, lone)) continue;
    if (parts.length > 1 || !middleOnly(person, parts[0] ?? '')) return person;
    middle ??= person;
  }
  return middle;
}

/** Whether the name or an alias of the person has each of `parts` among its name parts. */
function holdsParts(person: PersonEntity, parts: readonly string[]): boolean {
  // The person's own name's parts, read once for all the parts asked.
  const own = nameParts(person.name);
  for (const part of parts) {
    if (own.includes(part)) continue;
    let held = false;
    for (const alias of person.aliases) if ((held = nameParts(alias).includes(part))) break;
    if (!held) return false;
  }
  return true;
}

/** A name with a "son of" particle between its words: "Mohammed bin Salman bin Abdulaziz". */
function patronymicChain(name: string): boolean {
  return name.split(' ').some((word) => PATRONYMIC_PARTICLES.has(word));
}

/**
 * "Khan said" beside "Amir Khan Muttaqi" and "Shafqat Ali Khan": a lone name is first the person whose name starts
 * or ends with it ("Shafqat Ali Khan"; "Lul" for "Lul Ruai Koang"), and only then one whose middle name it is.
 */
function middleOnly(person: PersonEntity, part: string): boolean {
  const own = nameParts(person.name);
  return own.length > 2 && own[0] !== part && own.at(-1) !== part;
}

/**
 * "King Abdullah" beside "Yusuf Bin Alawi Bin Abdullah", "King Salman" beside "Khalid bin Salman": a king's lone
 * name that a person's names hold only right after "bin" is that person's father's (or forefather's) name, so
 * another person. Not for other titles: "Mr. Momen" is "Masud Bin Momen", and "Crown Prince Salman" is how some
 * outlets shorten "Crown Prince Mohammed bin Salman".
 */
function fatherOnly(names: readonly string[], part: string): boolean {
  let held = false;
  for (const name of names) {
    const words = name.split(' ');
    for (let k = 0; k < words.length; k++) {
      if (!nameParts(words[k] ?? '').includes(part)) continue;
      if (k === 0 || !PATRONYMIC_PARTICLES.has(words[k - 1]?.toLowerCase() ?? '')) return false;
      held = true;
    }
  }
  return held;
}

/**
 * "President João Manuel Gonçalves Lourenço" where "João Lourenço" is already a person (known, or named before): a
 * run that starts and ends with that person's first and last name words and holds all of them, with middle names
 * or an initial between ("Jacob G Zuma"), is that person by the fullest form of the name. Not for "son of" chains:
 * "Mohammed bin Rashid bin Zayed" is not "Mohammed bin Zayed".
 */
export function middleNamed(persons: ReadonlyMap<string, PersonEntity>, name: string): PersonEntity | null {
  const parts = nameParts(name);
  if (parts.length < 3 || patronymicChain(name)) return null;
  for (const person of persons.values())
    for (const known of [person.name, ...person.aliases]) {
      const own = nameParts(known);
      if (
        own.length >= 2 &&
        own.length < parts.length &&
        own[0] === parts[0] &&
        own.at(-1) === parts.at(-1) &&
        own.every((part) => parts.includes(part))
      )
        return person;
    }
  return null;
}

/**
 * "President Yoweri Kaguta Museveni", "Sameh Hassan Shoukry", "Emmerson D. Mnangagwa" where the surname is a known
 * person's: given names before it that start with that person's first name are the person's name in full, an
 * alias (gold names a person by the fullest form the article writes). So are given names that start with that first
 * name transliterated otherwise ("Andriy Sybiha" for "Andrii Sybiha", "Aleksandr" for "Alexander"): the article's
 * own spelling is how readers and gold name the person. Other words before a known surname stay as before.
 */
export function givenNamesBefore(
  found: readonly Candidate[],
  persons: Map<string, PersonEntity>,
  words: readonly Word[],
  text: string,
  added: EntityMention[],
): void {
  for (const run of found) {
    const firstWord = words[run.first];
    const person = run.before && persons.get(run.before.id);
    if (!run.before || !person || !firstWord) continue;
    if (!sameGivenName(nameParts(person.name)[0] ?? '', foldName(firstWord.text))) continue;
    const full = withoutEditorialBracket(text.slice(firstWord.start, run.before.end));
    if (full === person.name || person.aliases.has(full)) continue;
    persons.set(person.id, { ...person, aliases: new Set([...person.aliases, full]) });
    added.push({ ...run.before, start: firstWord.start });
  }
}

/** Shortest given name compared by sound: shorter ones ("Ali" / "Ari") are different names, not spellings. */
const MIN_SPELLED_GIVEN_NAME = 4;

/**
 * Whether two folded given names are one name: the same word, the same sound key ("Yury" / "Yuri", "Hasan" /
 * "Hassan"), or keys one letter apart ("Aleksandr" / "Alexander" once "x" reads "ks").
 */
function sameGivenName(known: string, written: string): boolean {
  if (known === written) return true;
  if (Math.min(known.length, written.length) < MIN_SPELLED_GIVEN_NAME) return false;
  const [a, b] = [soundKey(known), soundKey(written)];
  return a === b || (a[0] === b[0] && oneEditApart(a, b));
}

/**
 * "Prince Faisal" ... "Faisal bin Farhan Al Saud": a person found by a short name takes the fullest run of name
 * words that contains it, and its id follows (ids come from the fullest name).
 */
export function completeNames(
  plain: readonly Candidate[],
  persons: Map<string, PersonEntity>,
  added: EntityMention[],
  words: readonly Word[],
  known: ReadonlyMap<string, unknown>,
): void {
  for (const run of plain) {
    const parts = nameParts(run.name);
    const firstWord = words[run.first];
    const lastWord = words[run.last];
    // "Shafqat Ali Khan again made it clear ..." after "Spokesperson, Shafqat Ali Khan, said": a run that repeats a
    // found person's full name word for word is that person, with or without a title or speech verb beside it.
    const same = persons.get(personId(run.name));
    if (same && same.name === run.name && parts.length > 1) {
      if (firstWord && lastWord)
        added.push({
          kind: 'person',
          id: same.id,
          start: firstWord.start,
          end: lastWord.end,
          sentence: firstWord.sentence,
          via: 'name',
        });
      continue;
    }
    const person = [...persons.values()].find((p) => {
      const own = nameParts(p.name);
      return own.length < parts.length && own.every((part) => parts.includes(part)) && !known.has(p.id);
    });
    if (!person) continue;
    const id = personId(run.name);
    persons.delete(person.id);
    persons.set(id, { ...person, id, name: run.name, aliases: new Set([...person.aliases, person.name]) });
    for (const mention of added) if (mention.id === person.id) mention.id = id;
    if (firstWord && lastWord)
      added.push({
        kind: 'person',
        id,
        start: firstWord.start,
        end: lastWord.end,
        sentence: firstWord.sentence,
        via: 'name',
      });
  }
}

/**
 * "Abdul Fattah al-Burhan" where "Abdel Fattah al-Burhan" is already a person, "Muhammad Bin Salman" beside
 * "Mohammad Bin Salman": a name of two or more words that spells one word (of four letters or more) otherwise by a
 * vowel, the rest the same, is that person transliterated otherwise.
 */
export function vowelVariant(persons: ReadonlyMap<string, PersonEntity>, name: string): PersonEntity | null {
  const parts = nameParts(name);
  if (parts.length < 2) return null;
  for (const person of persons.values())
    for (const known of [person.name, ...person.aliases]) {
      const own = nameParts(known);
      if (own.length !== parts.length) continue;
      let differs = 0;
      let variant = true;
      for (let k = 0; k < own.length && variant; k++) {
        const [a, b] = [own[k] ?? '', parts[k] ?? ''];
        if (a === b) continue;
        differs++;
        variant = differs === 1 && Math.min(a.length, b.length) >= 4 && oneVowelApart(a, b);
      }
      if (variant && differs === 1) return person;
    }
  return null;
}
