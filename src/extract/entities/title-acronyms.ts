// "Chief of Army Staff (COAS) General Qamar Javed Bajwa ... COAS said": a title's acronym, set in parentheses
// between the title words it spells and the name of their holder, stands for that person wherever else it is written.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { REFERENCE_TITLE_GLUE } from '../lexicon/entity-words.ts';
import { wordIndexAt, wordMention } from '../mention-index.ts';
import { isNameWord, isTitleWord } from './person-context.ts';
import type { EntityMention, Word } from '../types.ts';

/** "(COAS)", "(CJCSC)": capitals alone in parentheses, as long as the title acronyms we have seen. */
const PARENTHESISED_ACRONYM = /\((\p{Lu}{2,6})\)/gu;
const TITLE_GLUE: ReadonlySet<string> = new Set(REFERENCE_TITLE_GLUE);
/** Rank or honorific words between the acronym and the name: "(COAS) General Asim Munir". */
const MAX_WORDS_BEFORE_NAME = 3;
/** Glue words a title may hold that its acronym leaves out: "Chief of Naval Staff (CNS)". */
const MAX_GLUE_WORDS = 2;

/** Do the title words from `from` to `to` spell `acronym`, glue words ("of") counted or not? */
function spells(words: readonly Word[], from: number, to: number, acronym: string): boolean {
  let all = '';
  let content = '';
  for (let k = from; k <= to; k++) {
    const letter = words[k]?.text[0]?.toUpperCase() ?? '';
    all += letter;
    if (!TITLE_GLUE.has(words[k]?.lower ?? '')) content += letter;
  }
  return all === acronym || content === acronym;
}

/** Whether the words right before the acronym at `at` are a title it spells: "Chief of Army Staff (COAS)". */
function spelledTitle(words: readonly Word[], at: number, acronym: string, lexicon: Lexicon): boolean {
  let headSeen = false;
  for (let from = at - 1; from >= 0 && at - from <= acronym.length + MAX_GLUE_WORDS; from--) {
    const word = words[from] as Word;
    if (lexicon.titleHeads.has(word.lower)) headSeen = true;
    if (headSeen && word.cap && spells(words, from, at - 1, acronym)) return true;
    if (word.gap !== ' ') return false;
  }
  return false;
}

/** The person whose name follows the acronym at `at`, past rank words ("(COAS) General Asim Munir"). */
function holderAfter(
  words: readonly Word[],
  at: number,
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
): string | null {
  for (let k = at + 1; k < words.length && k - at <= MAX_WORDS_BEFORE_NAME + 1; k++) {
    const word = words[k] as Word;
    if (k > at + 1 && word.gap !== ' ' && word.gap !== '. ') return null;
    const mention = mentions[cover[k] ?? -1];
    if (mention?.kind === 'person' && mention.start === word.start) return mention.id;
    if (!isTitleWord(word, lexicon) && !lexicon.honorifics.has(word.text)) return null;
  }
  return null;
}

/** Mentions of the people whose title acronyms the text defines, at each other place the acronym stands alone. */
export function titleAcronymMentions(
  text: string,
  words: readonly Word[],
  cover: Int32Array,
  mentions: readonly EntityMention[],
  lexicon: Lexicon,
): EntityMention[] {
  if (!text.includes(')')) return [];
  const holders = new Map<string, { id: string; at: number }>();
  for (const match of text.matchAll(PARENTHESISED_ACRONYM)) {
    const acronym = match[1] ?? '';
    const at = wordIndexAt(words, match.index + 1);
    if (holders.has(acronym) || words[at]?.text !== acronym || words[at]?.gap !== ' (') continue;
    if (!spelledTitle(words, at, acronym, lexicon)) continue;
    const id = holderAfter(words, at, cover, mentions, lexicon);
    if (id) holders.set(acronym, { id, at });
  }
  const out: EntityMention[] = [];
  for (const [acronym, { id, at }] of holders) {
    for (let offset = text.indexOf(acronym); offset !== -1; offset = text.indexOf(acronym, offset + 1)) {
      const k = wordIndexAt(words, offset);
      const word = words[k];
      if (!word || k === at || word.start !== offset || word.text !== acronym || cover[k] !== -1) continue;
      // "COAS Bajwa": the name after it is the mention.
      const next = words[k + 1];
      if (next?.gap === ' ' && isNameWord(next, lexicon)) continue;
      out.push(wordMention(word, 'person', id, 'reference'));
    }
  }
  return out;
}
