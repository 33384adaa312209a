// Whether the words before or after a speaker's name are only its title ("Pakistan's Foreign Office spokesperson",
// "the head of the AU mediation team"): the name then speaks. Reads words and tags only, no mentions.

import { TITLE_COMPLEMENT_OPENERS, TITLE_PHRASE_GLUE } from '../lexicon/role-words.ts';
import type { StatementContext } from './statement-context.ts';

/** Words of a title between a quote and its speaker's name: "Pakistan's Foreign Office spokesperson". */
export const MAX_TITLE_WORDS = 10;
/** More words a title may run to when a complement names what it is over ("of the main operations directorate"). */
const MAX_COMPLEMENT_WORDS = 4;
const TITLE_GLUE: ReadonlySet<string> = new Set(TITLE_PHRASE_GLUE);
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(TITLE_COMPLEMENT_OPENERS);

/**
 * Whether `lead` is only a title: capitalized words (countries, bodies, "UN", "Secretary-General") and lower-case
 * title words ("spokesperson", "foreign minister"), joined by "of", "for", "the".
 */
export function isTitle(ctx: StatementContext, lead: string): boolean {
  const words = lead.trim().split(/\s+/);
  const limit = MAX_TITLE_WORDS + (words.some((w) => COMPLEMENT_OPENERS.has(w)) ? MAX_COMPLEMENT_WORDS : 0);
  if (words.length === 0 || words.length > limit || /[,;:!?“”"()]/.test(lead)) return false;
  const { titleHeads, titleModifiers } = ctx.resources.lexicon;
  let titled = false;
  // "rebel military chief", "veteran opposition leader": plain descriptors before the title words.
  let descriptor = -1;
  // "the head of the AU mediation team": after a title head's "of"/"for", plain nouns name what the office is over.
  let complement = -1;
  for (const [i, raw] of words.entries()) {
    const word = raw.replace(/['’]s$/, '');
    const lower = word.toLowerCase();
    if (titleHeads.has(lower) || lower.split('-').some((part) => titleHeads.has(part))) titled = true;
    else if (titled && complement === -1 && COMPLEMENT_OPENERS.has(lower)) complement = i;
    else if (titleModifiers.has(lower) || TITLE_GLUE.has(lower) || /^\p{Lu}/u.test(word)) continue;
    else if (!titled && descriptor === -1 && /^\p{Ll}[\p{Ll}-]*$/u.test(word)) descriptor = i;
    else if (complement === -1 || !/^\p{Ll}[\p{Ll}-]*$/u.test(word) || !inComplement(ctx, words, i))
      return false;
  }
  return titled && (descriptor === -1 || isModifier(ctx, words, descriptor));
}

/** Whether word `at` of a title phrase is an adjective or a noun modifying the title (wink part of speech). */
function isModifier(ctx: StatementContext, words: readonly string[], at: number): boolean {
  const tokens = ctx.resources.tagger.readDoc(words.join(' ')).tokens();
  const pos = tokens.itemAt(at)?.out(ctx.resources.tagger.its.pos);
  return pos === 'ADJ' || pos === 'NOUN';
}

/** Part-of-speech tags of the words a title's complement may hold: "of their delegation", "of the army staff". */
const COMPLEMENT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const COMPLEMENT_MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'DET', 'PRON']);

/** Whether word `at` of a title phrase is a noun, or a modifier or determiner before one ("their delegation"). */
function inComplement(ctx: StatementContext, words: readonly string[], at: number): boolean {
  const tokens = ctx.resources.tagger.readDoc(words.join(' ')).tokens();
  const pos = tokens.itemAt(at)?.out(ctx.resources.tagger.its.pos) ?? '';
  return COMPLEMENT_TAGS.has(pos) || (COMPLEMENT_MODIFIER_TAGS.has(pos) && at + 1 < words.length);
}
