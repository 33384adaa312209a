// '"...," they said in a statement.' right after a sentence whose subject lists countries ("The United States,
// Britain and Norway, known as the Troika, welcomed ..."): "they" are those countries, not the people that
// sentence names in its object or that an earlier sentence named together.

import { startingIn } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';
import type { EntityMention } from '../types.ts';

/**
 * Before the first listed country: nothing but "the", or a lower-case noun phrase set off by a comma that the list
 * then names ("The western powers overseeing the deal, Norway, Britain, and the United States, were ...").
 */
const LIST_LEAD = /^(?:(?:The|the) )?(?:[a-z][a-z -]{0,60}, (?:the )?)?$/;
/** Between two listed countries: a comma, "and", or both, and maybe "the". */
const LIST_JOIN = /^(?:,|,? and) (?:the )?$/;
/** After the list: an apposition's comma or the verb. */
const LIST_END = /^(?:,| [a-z])/;

/**
 * The countries listed as the subject opening the sentence right before sentence `opens` (in the same paragraph or
 * the one before), two or more; null when that sentence opens otherwise.
 */
export function listedCountriesBefore(ctx: StatementContext, opens: number): string[] | null {
  const { sentences, text, mentions } = ctx.state;
  const current = sentences[opens];
  const prior = sentences[opens - 1];
  if (!current || !prior || prior.ignored || current.paragraph - prior.paragraph > 1) return null;
  const listed: string[] = [];
  let last: EntityMention | null = null;
  for (const m of startingIn(mentions, prior.start, prior.end)) {
    if (m.kind !== 'country' || m.via === 'demonym') break;
    const gap = text.slice(last?.end ?? prior.start, m.start);
    if (!(last ? LIST_JOIN : LIST_LEAD).test(gap)) break;
    if (!listed.includes(m.id)) listed.push(m.id);
    last = m;
  }
  if (!last || listed.length < 2 || !LIST_END.test(text.slice(last.end, last.end + 2))) return null;
  return listed;
}
