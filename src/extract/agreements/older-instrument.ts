// An agreement the story brings up as older than its own: introduced as "an earlier/previous deal", or the object of
// "replaces"/"supersedes". Read by find-agreements, which keeps later bare references ("the agreement", "the new
// accord") off it.

import { EARLIER_AGREEMENT_MODIFIERS, REPLACING_VERBS } from '../lexicon/agreement-reference-words.ts';
import type { Cluster } from './agreement-facts.ts';
import type { RawAgreement } from './agreement-mentions.ts';

/** How far before a mention its determiner and a verb may stand ("replaces the ", "An earlier "). */
const BEFORE_REACH = 24;

/** Where a mention opens: at its name when the name is written before its kind word ("Kessel Agreement"). */
function openingAt(text: string, mention: RawAgreement): number {
  if (mention.name === null) return mention.start;
  const at = text.lastIndexOf(mention.name, mention.start);
  return at >= 0 && at + mention.name.length >= mention.start ? at : mention.start;
}

/** The lowercase words of its sentence right before a mention, nearest last. */
function wordsBefore(text: string, mention: RawAgreement): string[] {
  const opening = openingAt(text, mention);
  const before = text.slice(Math.max(0, opening - BEFORE_REACH), opening);
  return before
    .slice(before.search(/[^.!?;]*$/))
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
}

/**
 * "An earlier peace deal signed in 2015 broke down": "another" agreement whose modifier dates it before the story's
 * (the modifier opens the mention or stands right before it).
 */
function introducedAsEarlier(text: string, mention: RawAgreement): boolean {
  if (!mention.another) return false;
  const opener = mention.surface.split(' ', 1)[0]?.toLowerCase() ?? '';
  const before = wordsBefore(text, mention);
  return (
    EARLIER_AGREEMENT_MODIFIERS.has(opener) ||
    EARLIER_AGREEMENT_MODIFIERS.has(before[before.length - 1] ?? '')
  );
}

/** "The new agreement replaces the North American Free Trade Agreement": the object of a replacing verb. */
function replacedBy(text: string, mention: RawAgreement): boolean {
  const before = wordsBefore(text, mention);
  const verb = before[before.length - 1] === 'the' ? before[before.length - 2] : before[before.length - 1];
  return REPLACING_VERBS.has(verb ?? '');
}

/** Whether the story brings the agreement up as older than its own: as an earlier one, or as the one replaced. */
export function introducedAsOlder(text: string, cluster: Cluster): boolean {
  return cluster.mentions.some((m) => introducedAsEarlier(text, m) || replacedBy(text, m));
}
