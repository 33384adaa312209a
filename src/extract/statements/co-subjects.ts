// The speakers listed together before one verb: "Iran and Turkey said", "Egypt, Iraq, Jordan and Oman welcomed".
import { subjectBefore } from './find-speaker.ts';
import { startingIn } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';

/**
 * The speakers listed with `speaker`, the subject right before the verb at `verbStart`: mentions of its kind joined
 * to it by "and" (with or without a serial comma) and, before that, by commas.
 */
export function coSubjects(ctx: StatementContext, speaker: string, verbStart: number): string[] {
  const { state } = ctx;
  const subject = subjectBefore(state, verbStart - 120, verbStart);
  if (subject?.id !== speaker) return [];
  const partners: string[] = [];
  let next = subject;
  for (;;) {
    const partner = startingIn(state.mentions, next.start - 60, next.start)
      .filter(
        (m) => m.kind === subject.kind && m.id !== speaker && m.via !== 'capital' && m.end <= next.start,
      )
      .at(-1);
    if (!partner) break;
    const gap = state.text.slice(partner.end, next.start);
    // Read backwards: "and" joins the list's last member, plain commas the ones before it.
    const joined = partners.length === 0 ? /^,? and (?:the )?$/.test(gap) : /^, (?:the )?$/.test(gap);
    if (!joined) break;
    partners.push(partner.id);
    next = partner;
  }
  return partners;
}
