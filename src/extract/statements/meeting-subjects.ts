// "The summit, chaired by Djibouti's President X, called for ...", "The meeting also condemned ...", "The Council
// demanded ...": a gathering (or a body's council) opening the sentence as the subject of its verb speaks for the
// body that has just spoken, as "it" does, else for the body that held the sitting or the countries taking part.

import { lastBodySpeaker } from './find-speaker.ts';
import { sittingSpeakers } from './sitting-speakers.ts';
import { wordIndexAt } from '../mention-index.ts';
import { MEETING_SUBJECT_NOUNS, MEMBER_SUBJECT_NOUNS } from '../lexicon/speaker-words.ts';
import type { StatementContext } from './statement-context.ts';
import type { Sentence, Word } from '../types.ts';

const MEETING_NOUNS: ReadonlySet<string> = new Set([...MEETING_SUBJECT_NOUNS, ...MEMBER_SUBJECT_NOUNS]);
/** "The 43rd extraordinary summit": words between "The" and the gathering's noun. */
const MAX_MEETING_MODIFIERS = 2;
/** How many words an aside set off by commas between the gathering and its verb may take. */
const MAX_ASIDE_WORDS = 16;

/**
 * The body the gathering opening `sentence` stands for when it is the subject of the verb at word `k`: "The" and
 * at most two modifiers, its noun, then only adverbs of the lexicon ("also", "further") or one aside set off by
 * commas before the verb. The body is the last one that spoke within a few sentences (an organization, not a
 * country or a person); with none, the speakers of the sitting the article told of last. Empty when none.
 */
export function meetingSubject(ctx: StatementContext, k: number, sentence: Sentence): string[] {
  const { words } = ctx.state;
  const first = wordIndexAt(words, sentence.start);
  if (words[first]?.lower !== 'the' || k - first > MAX_MEETING_MODIFIERS + 2 + MAX_ASIDE_WORDS) return [];
  let noun = -1;
  for (let j = first + 1; j <= first + 1 + MAX_MEETING_MODIFIERS && j < k; j++) {
    if (/[,;:“”"]/.test(words[j]?.gap ?? ',')) return [];
    // "The two ministers": a counted plural means the people named, never the body.
    if (ctx.resources.lexicon.groupCounts.has(words[j]?.lower ?? '')) return [];
    if (MEETING_NOUNS.has(words[j]?.lower ?? '')) {
      noun = j;
      break;
    }
  }
  if (noun === -1) return [];
  let j = noun + 1;
  // ", chaired by Djibouti's President X,": one aside, opened and closed by a comma, with no other inside.
  if (words[j]?.gap === ', ' && j < k) {
    j++;
    while (j < k && !(words[j] as Word).gap.includes(',')) {
      if (/[;:“”"()]/.test((words[j] as Word).gap)) return [];
      j++;
    }
    if (j !== k || words[k]?.gap !== ', ' || k - noun > MAX_ASIDE_WORDS) return [];
  } else {
    while (j < k && ctx.resources.lexicon.roleVerbFillers.has(words[j]?.lower ?? '')) j++;
    if (j !== k || /[,;:“”"]/.test(words[k]?.gap ?? ',')) return [];
  }
  const at = (words[noun] as Word).start;
  const body = lastBodySpeaker(at, sentence.index, ctx.drafts);
  if (body?.startsWith('org:')) return [body];
  // "IGAD held an extraordinary summit ... The Assembly expressed concern": no body has spoken yet.
  return body ? [] : sittingSpeakers(ctx, at);
}
