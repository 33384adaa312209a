// "signed an agreement on shipping and another on hydrography": the kind word said once stands for a second
// instrument too, told only by "another" and what it is about.

import { ELIDED_KIND_HEADS, ELIDED_KIND_OPENERS } from '../lexicon/agreement-mention-words.ts';
import { DAY_POSSESSIVE_DETERMINERS } from '../lexicon/agreement-reference-words.ts';
import type { RawAgreement } from './agreement-mentions.ts';

/** ", and another on ...", up to the clause's end; the subject stops at a comma, a semicolon or a quote. */
const ELIDED_SECOND = new RegExp(
  `^([^,;:.“”"]{0,120}?),? and (${ELIDED_KIND_HEADS.join('|')}) ((?:${ELIDED_KIND_OPENERS.join('|')}) [^,;:“”"]+?)(?=[,;:“”"]|\\.(?:\\s|$)|$)`,
  'i',
);
/** The first one's subject, when its sides stand between it and its kind word ("a memorandum with Iraq on visas"). */
const OWN_SUBJECT = / on ([^,;:“”"]+)$/;
/** How many words the second instrument's subject may have before it is a clause of its own. */
const MAX_SUBJECT_WORDS = 20;

/** The subject without the day that ends the clause ("on road transport on Friday" -> "on road transport"). */
function withoutDay(subject: string): string {
  const words = subject.split(' ');
  const day = words.findIndex((w, i) => i > 1 && DAY_POSSESSIVE_DETERMINERS.has(w.toLowerCase()));
  if (day < 0) return subject;
  const cut = words[day - 1]?.toLowerCase() === 'on' ? day - 1 : day;
  return words.slice(0, cut).join(' ');
}

/**
 * The two instruments a mention's own clause tells with one kind word ("an agreement on sharing shipping information
 * and another on co-operation in hydrography"): the mention, given its subject if it had none, and the second, of the
 * same kind and sides. Null when there is no such "another", or the mention is a title, a known one or a list.
 */
export function elidedPair(
  text: string,
  raw: RawAgreement,
  kindWord: string,
  sentenceEnd: number,
): [RawAgreement, RawAgreement] | null {
  if (raw.name !== null || raw.listed || raw.known !== null) return null;
  const match = ELIDED_SECOND.exec(text.slice(raw.end, sentenceEnd));
  const between = match?.[1];
  const head = match?.[2];
  const told = match?.[3];
  if (!match || between === undefined || !head || !told) return null;
  if (told.split(' ').length > MAX_SUBJECT_WORDS) return null;
  const subject = withoutDay(told);
  // The subject ends the match: "another" and one space stand right before it.
  const toldAt = raw.end + match.index + match[0].length - told.length;
  const end = toldAt + subject.length;
  const ownSubject = raw.descriptor === null ? OWN_SUBJECT.exec(between)?.[1] : undefined;
  const first = ownSubject ? { ...raw, descriptor: `${kindWord} on ${ownSubject}` } : raw;
  const second: RawAgreement = {
    ...raw,
    start: toldAt - head.length - 1,
    end,
    descriptor: `${kindWord} ${subject}`,
    definite: false,
    another: true,
    predicate: false,
    surface: head,
    partyPhrase: null,
  };
  return [first, second];
}
