// "The two countries expressed satisfaction ...", "both nations affirmed ...": a counted plural subject that means
// the countries the story has just named together speaks for each of them.

import { startingIn } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';

/** How many sentences back a counted group of countries looks for the countries it means. */
const REACH_SENTENCES = 2;

/** Whether `at` sits inside a quote opened after `from` (the start of its sentence). */
function quotedAt(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/**
 * The `counted` countries named (or whose people are named) before `until` in sentence `index`, else gathered from
 * the sentences just before it, outside quotes ("“... between India and Pakistan ...,” it said" names no side).
 * Empty when the phrase gives no count or more countries than it counts are named; for `sides`, also when a
 * movement or armed group is named there ("the army and the RSF ... both sides"): the sides are not countries.
 */
export function countryGroup(
  ctx: StatementContext,
  index: number,
  until: number,
  counted: number,
  sides = false,
): string[] {
  if (counted === 0) return [];
  const { state } = ctx;
  const gathered = new Set<string>();
  for (let s = index; s >= Math.max(0, index - REACH_SENTENCES); s--) {
    const range = state.sentences[s];
    if (!range) continue;
    for (const m of startingIn(state.mentions, range.start, s === index ? until : range.end)) {
      if (sides && m.kind === 'org' && state.organizations.get(m.id)?.kind === 'other') return [];
      const country =
        m.kind === 'country' ? m.id : m.kind === 'person' ? state.persons.get(m.id)?.country : null;
      if (country && !quotedAt(state.text, range.start, m.start)) gathered.add(country);
    }
    if (gathered.size === counted) return [...gathered];
    if (gathered.size > counted) return [];
  }
  return [];
}
