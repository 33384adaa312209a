// Marks "the group", "the Palestinian movement", "the Iran-backed militia" where a speaker stands as a mention of
// the movement or armed group named last before it (Hamas, the RSF, the Houthis): the group speaks, not its country.

import { GROUP_REFERENCE_HEADS, NON_GROUP_NAME_ENDS } from '../lexicon/speaker-words.ts';
import { coverWords, mergeMentions } from '../mention-index.ts';
import { inSpeakerPosition } from './speaker-position.ts';
import type { EntityMention, ExtractState, Resources, Word } from '../types.ts';

const HEADS: ReadonlySet<string> = new Set(GROUP_REFERENCE_HEADS);
const NON_GROUP_ENDS: ReadonlySet<string> = new Set(NON_GROUP_NAME_ENDS);
/** Words between "the" and the head: "the Palestinian", "the Iran-backed Yemeni". */
const MAX_MODIFIERS = 2;
/** How many sentences back the group referred to may have been named. */
const REACH_SENTENCES = 6;

/** Where "the" opens the phrase headed by word k, over modifiers no person or body names; -1 if it does not. */
function openingAt(state: ExtractState, k: number, cover: Int32Array): number {
  const { words, mentions } = state;
  for (let j = k - 1; j >= 0 && k - j <= MAX_MODIFIERS + 1; j--) {
    const word = words[j] as Word;
    if (!/^[ -]$/.test(words[j + 1]?.gap ?? '')) return -1;
    if (word.lower === 'the') return j;
    const named = mentions[cover[j] ?? -1];
    if (named && named.kind !== 'country') return -1;
  }
  return -1;
}

/** "a statement by the group": the issuer of a document, where a speaker stands too. */
function issuesDocument(words: readonly Word[], first: number, resources: Resources): boolean {
  const { documentSources, statementNouns } = resources.lexicon;
  return (
    documentSources.has(words[first - 1]?.lower ?? '') && statementNouns.has(words[first - 2]?.lower ?? '')
  );
}

export function resolveGroupReferences(state: ExtractState, resources: Resources): ExtractState {
  const { words, mentions, organizations } = state;
  // Cheap test first: only an article naming a movement or armed group can refer back to one.
  const isGroup = (m: EntityMention): boolean => {
    const org = m.kind === 'org' ? organizations.get(m.id) : undefined;
    return org?.kind === 'other' && !NON_GROUP_ENDS.has(org.name.split(' ').at(-1)?.toLowerCase() ?? '');
  };
  if (!mentions.some(isGroup)) return state;
  const cover = coverWords(words, mentions);
  const added: EntityMention[] = [];
  let m = 0;
  let last: EntityMention | null = null;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    while (m < mentions.length && (mentions[m]?.end ?? Infinity) <= word.start) {
      const mention = mentions[m] as EntityMention;
      if (isGroup(mention)) last = mention;
      m++;
    }
    if (!HEADS.has(word.lower) || cover[k] !== -1 || !last) continue;
    if (word.sentence - last.sentence > REACH_SENTENCES || state.sentences[word.sentence]?.ignored) continue;
    const first = openingAt(state, k, cover);
    if (first === -1) continue;
    if (!inSpeakerPosition(words, first, k, resources.lexicon) && !issuesDocument(words, first, resources))
      continue;
    const opener = words[first] as Word;
    added.push({
      kind: 'org',
      id: last.id,
      start: opener.start,
      end: word.end,
      sentence: word.sentence,
      via: 'reference',
    });
  }
  if (added.length === 0) return state;
  return { ...state, mentions: mergeMentions(mentions, added) };
}
