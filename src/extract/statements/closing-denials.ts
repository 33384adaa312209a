// A denial closing the sentence after the claim it denies ("Western powers suspect Iran of ..., an accusation Iran
// strongly denies."; "The US accuses them of ..., something Moscow denies."): the denier states the claim is false,
// a statement of its own beside the claim's speaker, whose clause ends at the denial's comma.

import { CLOSING_DENIAL_VERBS, DENIED_CLAIM_HEADS } from '../lexicon/speaker-words.ts';
import { speakerIn } from './find-speaker.ts';
import type { Sentence } from '../types.ts';
import type { StatementContext } from './statement-context.ts';

/**
 * ", an accusation Iran strongly denies." at the end of the words (a dash may stand for the comma): the head, up to four words of the denier, an
 * adverb or auxiliary, the verb.
 */
const CLOSING_DENIAL = new RegExp(
  String.raw`(?:,| [–—-]) (?:(?:an?|the) )?(?:${DENIED_CLAIM_HEADS.join('|')}) (?:that )?((?:[\w.'’-]+ ){1,4}?)` +
    String.raw`(?:(?:has|have|had|\w+ly) ){0,2}(?:${CLOSING_DENIAL_VERBS.join('|')})[.!]?$`,
);

export interface ClosingDenial {
  speaker: string;
  /** Where the denial's comma or dash stands: the claim ends there. */
  comma: number;
}

/** The closing denial of the words of `sentence` before `end`, when a person, country or body denies. */
export function closingDenial(ctx: StatementContext, sentence: Sentence, end: number): ClosingDenial | null {
  const { text } = ctx.state;
  const body = text.slice(sentence.start, end).trimEnd();
  // Cheap test first: the words end with one of the verbs.
  const lastSpace = body.lastIndexOf(' ');
  const last = body.slice(lastSpace + 1).replace(/[.!]$/, '');
  if (!(CLOSING_DENIAL_VERBS as readonly string[]).includes(last)) return null;
  const match = CLOSING_DENIAL.exec(body);
  if (!match?.[1]) return null;
  const denierFrom = sentence.start + match.index + match[0].indexOf(match[1]);
  const denierTo = denierFrom + match[1].trimEnd().length;
  // The denier's words are a name and only that: "an accusation the rebels deny" names no one.
  const denier = speakerIn(ctx.state, denierFrom, denierTo, false);
  if (!denier || denier.end !== denierTo || !/^(?:the )?$/i.test(text.slice(denierFrom, denier.start)))
    return null;
  return { speaker: denier.id, comma: sentence.start + match.index };
}
