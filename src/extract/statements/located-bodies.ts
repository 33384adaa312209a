// A body placed by the country it sits in: "The Chinese Embassy in Manila confirmed ...", "The United Nations
// Mission in Sudan (UNMIS) welcomed ...". The country after "in" is a place, not the subject before the verb.

import { speakerIn, subjectBefore } from './find-speaker.ts';
import type { EntityMention, ExtractState } from '../types.ts';

/** " in Manila", " in the Philippines": a place after "in" closing a subject phrase. */
const IN_PLACE = /\bin (?:the )?$/;
/**
 * Between a body and the "in" of its place: its head words and maybe a bracketed acronym ("Mission (UNMIS)"), or the
 * closing bracket when the body is that acronym ("Rapid Support Forces (RSF) in Sudan").
 */
const BODY_HEAD_GAP = /^\)?(?:['’]s)?(?: [\p{L}.'’-]+){0,3}(?: \([^()]{1,20}\))? $/u;

/**
 * "The Chinese Embassy in Manila confirmed ...", "The U.N. observer mission in Rwanda reported ...": a country named
 * after "in" only places the body before it, which is the subject; no body there, no subject.
 */
export function locatedBody(
  state: ExtractState,
  from: number,
  subject: EntityMention | null,
): EntityMention | null {
  if (subject?.kind !== 'country') return subject;
  const lead = state.text.slice(Math.max(from, subject.start - 8), subject.start);
  const place = IN_PLACE.exec(lead);
  if (!place) return subject;
  const inAt = subject.start - lead.length + place.index;
  if (inAt <= from) return null;
  // "The United Nations Mission in Sudan": the body may end in a capitalized head of its own.
  const body = subjectBefore(state, from, inAt) ?? speakerIn(state, from, inAt, false);
  return body && BODY_HEAD_GAP.test(state.text.slice(body.end, inAt)) ? body : null;
}
