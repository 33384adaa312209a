// A closing attribution with its verb first: "..., said Foreign Minister X.", "..., emphasised the minister on
// Friday." The speaker is the noun phrase after the verb, which must end the sentence (or a time or setting may).

import { speakerIn } from './find-speaker.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';
import { ARTICLE_WORDS } from '../lexicon/word-lists.ts';
import type { Sentence, Word } from '../types.ts';
import { WEEKDAY_NAMES } from '../../domain/calendar.ts';
import {
  ATTRIBUTION_TAIL_OPENERS,
  CLOSING_ATTRIBUTION_VERBS,
  TITLE_PHRASE_GLUE,
} from '../lexicon/role-words.ts';

const TAIL_OPENER = [...ATTRIBUTION_TAIL_OPENERS, ...WEEKDAY_NAMES].join('|');
/** ", said X in a statement.": the verb right after the comma, then its subject, then maybe a time or setting. */
const INVERTED = new RegExp(
  String.raw`, (?:also )?(?:${CLOSING_ATTRIBUTION_VERBS.join('|')}) ([^,;:“”"]{2,80}?)` +
    String.raw`(?:, ((?:a|an|the) [^,;:“”"]{2,100}?))?` +
    String.raw`(?: (?:${TAIL_OPENER})\b(?:(?!\bthat\b)[^,;:“”"]){0,60})?` +
    String.raw`(?:[.!]?$|(?=, (?:although|though|but|while|as|adding|saying|according to)\b))`,
);
const DETERMINERS: ReadonlySet<string> = new Set(ARTICLE_WORDS);
/** "a spokesman for the Foreign Ministry": the words that join a title to the body it serves. */
const TITLE_GLUE: ReadonlySet<string> = new Set(TITLE_PHRASE_GLUE);

/**
 * Whether the words before the speaker's mention in the subject only title it: a determiner, capitalized words
 * and title words ("the Saudi", "Foreign Minister", "UN spokesman").
 */
export function onlyTitles(ctx: StatementContext, from: number, to: number): boolean {
  const { words } = ctx.state;
  const { titleHeads, titleModifiers } = ctx.resources.lexicon;
  for (let k = wordIndexAt(words, from); k < words.length && (words[k] as Word).start < to; k++) {
    const word = words[k] as Word;
    if (!(
      word.cap ||
      DETERMINERS.has(word.lower) ||
      TITLE_GLUE.has(word.lower) ||
      titleHeads.has(word.lower) ||
      titleModifiers.has(word.lower)
    ))
      return false;
  }
  return true;
}

/** Whether a phrase holds a title head ("a spokesman for the ministry", "the country's top diplomat"). */
function hasTitleHead(ctx: StatementContext, phrase: string): boolean {
  return phrase.split(' ').some((word) => ctx.resources.lexicon.titleHeads.has(word.toLowerCase()));
}

/** ", said Foreign Minister X." closing a sentence -> its speaker and the comma the reported words end at. */
export function invertedAttribution(
  ctx: StatementContext,
  sentence: Sentence,
): { speakers: string[]; comma: number } | null {
  const { state } = ctx;
  const body = state.text.slice(sentence.start, sentence.end);
  const match = INVERTED.exec(body);
  if (!match?.[1] || /[”"]$/.test(body.slice(0, match.index))) return null;
  const subjectTo = sentence.start + match.index + match[0].indexOf(match[1]) + match[1].length;
  const subjectFrom = subjectTo - match[1].length;
  const verbAt = wordIndexAt(state.words, sentence.start + match.index + 2);
  if (ctx.usedVerbs.has(verbAt)) return null;
  // The subject phrase ends with the speaker's mention and holds nothing before it but its titles.
  const mention = speakerIn(state, subjectFrom, subjectTo, true);
  if (!mention || state.text.slice(mention.end, subjectTo).trim() !== '') return null;
  if (!onlyTitles(ctx, subjectFrom, mention.start)) return null;
  if (state.organizations.get(mention.id)?.kind === 'news agency') return null;
  // ", said Ahmed Zaki, a spokesman for the ministry.": a person's role set off after the name holds a title.
  const role = match[2];
  if (role && (mention.kind !== 'person' || !hasTitleHead(ctx, role))) return null;
  ctx.usedVerbs.add(verbAt);
  return { speakers: [mention.id], comma: sentence.start + match.index };
}
