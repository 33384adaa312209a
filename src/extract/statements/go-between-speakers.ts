// "the mediators warned ...", "The ceasefire's mediators said in a joint statement ...": a plural go-between noun as
// the subject of a speech verb speaks for the countries the article names as go-betweens, each of them.

import { articleGoBetweens } from '../agreements/party-mentions.ts';
import { startingIn } from '../mention-index.ts';
import { GO_BETWEEN_SUBJECT_HEADS, GO_BETWEEN_SUBJECT_REACH } from '../lexicon/speaker-words.ts';
import type { StatementContext } from './statement-context.ts';
import type { Sentence } from '../types.ts';

const HEADS: ReadonlySet<string> = new Set(GO_BETWEEN_SUBJECT_HEADS);

/**
 * The go-between countries a plural go-between subject right before the verb at word `k` means, in the order the
 * article first names them: "the" within a few words before the noun, nothing but words between (no name: "Saudi
 * and US mediators" names its own), and two or more go-betweens in the article. With where the subject opens; null
 * when there is no such subject.
 */
export function goBetweenSubject(
  ctx: StatementContext,
  k: number,
  sentence: Sentence,
): { speakers: string[]; start: number } | null {
  const { words, mentions } = ctx.state;
  let j = k - 1;
  if (ctx.resources.lexicon.groupSubjectFillers.has(words[j]?.lower ?? '')) j--;
  const head = words[j];
  if (!head || head.sentence !== sentence.index || !HEADS.has(head.lower)) return null;
  let the = -1;
  for (let d = j - 1; d >= Math.max(0, j - GO_BETWEEN_SUBJECT_REACH); d--) {
    const word = words[d];
    if (!word || word.sentence !== sentence.index) break;
    if (word.lower === 'the') {
      the = d;
      break;
    }
  }
  const opener = words[the];
  if (!opener || startingIn(mentions, opener.start, head.start).length > 0) return null;
  const goBetweens = articleGoBetweens(ctx.state);
  if (goBetweens.size < 2) return null;
  const ordered: string[] = [];
  for (const m of mentions) if (goBetweens.has(m.id) && !ordered.includes(m.id)) ordered.push(m.id);
  return { speakers: ordered, start: opener.start };
}

/** The go-between countries a plural go-between subject right before the verb at word `k` means; empty if none. */
export function goBetweenSpeakers(ctx: StatementContext, k: number, sentence: Sentence): string[] {
  return goBetweenSubject(ctx, k, sentence)?.speakers ?? [];
}

/**
 * '"...," said a joint statement from the mediators': a document whose source words after its noun at word `noun`
 * ("from", "of", "by") name plural go-betweens speaks for the go-between countries. Empty when it names none.
 */
export function goBetweenIssuers(ctx: StatementContext, noun: number): string[] {
  const { words } = ctx.state;
  const source = words[noun + 1];
  if (!source || !ctx.resources.lexicon.documentSources.has(source.lower)) return [];
  for (let j = noun + 2; j <= noun + 2 + GO_BETWEEN_SUBJECT_REACH; j++) {
    const word = words[j];
    if (!word || word.sentence !== source.sentence || /[,;:“”"()]/.test(word.gap)) return [];
    if (!HEADS.has(word.lower)) continue;
    const sentence = ctx.state.sentences[word.sentence];
    return sentence ? (goBetweenSubject(ctx, j + 1, sentence)?.speakers ?? []) : [];
  }
  return [];
}
