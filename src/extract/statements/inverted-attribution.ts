// A closing attribution with its verb first: "..., said Foreign Minister X.", "..., emphasised the minister on
// Friday." The speaker is the noun phrase after the verb, which must end the sentence (or a time or setting may).

import { speakerIn } from './find-speaker.ts';
import { invertedDocument } from './document-speakers.ts';
import { DOCUMENT_VERBS, OUTLET_REPORT_VERBS } from '../lexicon/speaker-words.ts';
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

/** How long the subject after the verb may be: "a joint press communique issued during the minister's visit to ...". */
const MAX_SUBJECT_CHARS = 120;
/** How long the subject may be when it names its speaker: "Foreign Minister X", "the ministry's spokesman". */
const MAX_NAMED_SUBJECT_CHARS = 80;
/** How long a person's name set off after a role may be: "Heorhiy Tykhyi", "Steffen Hebestreit". */
const MAX_HOLDER_NAME_CHARS = 40;
const TAIL_OPENER = [...ATTRIBUTION_TAIL_OPENERS, ...WEEKDAY_NAMES].join('|');
/**
 * ", RIA Novosti reports.", ", The Associated Press reported.", ", Report informs.": the outlet that carried the
 * attribution before it, a name of up to four capitalized words and a report verb of the lexicon closing the sentence.
 */
export const OUTLET_TAIL = String.raw`, (?:[A-Z][\w.-]* ){0,3}[A-Z][\w.-]* (?:${OUTLET_REPORT_VERBS.join('|')})[.!]?$`;
/** ", said the ambassador to Uzbekistan, Leonid Marinich.": the holder named after the role, set off by a comma. */
const HOLDER_NAME = String.raw`[A-Z][^,;:“”"]{1,${MAX_HOLDER_NAME_CHARS}}?`;
/**
 * ", said X in a statement.": the verb right after the comma, then its subject, then maybe its role ("a spokesman
 * for ...", "spokesperson for ...") and a time or setting, then the end or the outlet that filed it (", Trend reports.").
 */
const INVERTED = new RegExp(
  String.raw`, (?:also )?(${[...CLOSING_ATTRIBUTION_VERBS, ...DOCUMENT_VERBS].join('|')}) ([^,;:“”"]{2,${MAX_SUBJECT_CHARS}}?)` +
    String.raw`(?:, ((?:a|an|the) [^,;:“”"]{2,100}?|[a-z]+ (?:of|for|to|at) [^,;:“”"]{2,100}?|${HOLDER_NAME}))?` +
    String.raw`(?: (?:${TAIL_OPENER})\b(?:(?!\bthat\b)[^,;:“”"]){0,60})?` +
    String.raw`(?:[.!]?$|(?=, (?:although|though|but|while|as|adding|saying|according to)\b)|(?=${OUTLET_TAIL}))`,
);
const DETERMINERS: ReadonlySet<string> = new Set(ARTICLE_WORDS);
const DOCUMENT_VERB_SET: ReadonlySet<string> = new Set(DOCUMENT_VERBS);
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

/**
 * ", said spokesman for the Foreign Ministry, Heorhiy Tykhyi.": the person named exactly by the words after the role's
 * comma, when the role before it holds a title.
 */
function roleHolder(ctx: StatementContext, role: string, from: number, to: number): string | null {
  if (!hasTitleHead(ctx, role)) return null;
  const mention = speakerIn(ctx.state, from, to, true);
  if (mention?.kind !== 'person' || mention.start !== from || mention.end !== to) return null;
  return mention.id;
}

/** ", said Foreign Minister X." closing a sentence -> its speaker and the comma the reported words end at. */
export function invertedAttribution(
  ctx: StatementContext,
  sentence: Sentence,
): { speakers: string[]; comma: number } | null {
  const { state } = ctx;
  const body = state.text.slice(sentence.start, sentence.end);
  const match = INVERTED.exec(body);
  const [, verb, subject, role] = match ?? [];
  if (!match || !verb || !subject || /[”"]$/.test(body.slice(0, match.index))) return null;
  const verbStart = sentence.start + match.index + match[0].indexOf(verb);
  const subjectFrom = verbStart + verb.length + 1;
  const subjectTo = subjectFrom + subject.length;
  const verbAt = wordIndexAt(state.words, verbStart);
  if (ctx.usedVerbs.has(verbAt)) return null;
  // "..., said a joint communique.", "..., read the joint communique.": the document's issuers.
  const issuers = role ? null : invertedDocument(ctx, sentence, subjectFrom, subjectTo);
  if (issuers) {
    ctx.usedVerbs.add(verbAt);
    return { speakers: issuers, comma: sentence.start + match.index };
  }
  if (DOCUMENT_VERB_SET.has(verb) || subject.length > MAX_NAMED_SUBJECT_CHARS) return null;
  // ", said the ambassador, Leonid Marinich." names its speaker after the role; ", said Ahmed Zaki, Egypt's
  // spokesman." is read below as a name and its role.
  const holder =
    role && /^[A-Z]/.test(role) ? roleHolder(ctx, subject, subjectTo + 2, subjectTo + 2 + role.length) : null;
  if (holder) {
    ctx.usedVerbs.add(verbAt);
    return { speakers: [holder], comma: sentence.start + match.index };
  }
  // The subject phrase ends with the speaker's mention and holds nothing before it but its titles.
  const mention = speakerIn(state, subjectFrom, subjectTo, true);
  if (!mention || state.text.slice(mention.end, subjectTo).trim() !== '') return null;
  if (!onlyTitles(ctx, subjectFrom, mention.start)) return null;
  if (state.organizations.get(mention.id)?.kind === 'news agency') return null;
  // ", said Ahmed Zaki, a spokesman for the ministry.": a person's role set off after the name holds a title.
  if (role && (mention.kind !== 'person' || !hasTitleHead(ctx, role))) return null;
  ctx.usedVerbs.add(verbAt);
  return { speakers: [mention.id], comma: sentence.start + match.index };
}
