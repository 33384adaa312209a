// Folds an article's one ceasefire told with no sides ("the ceasefire", "the truce") into its one other agreement when
// that one says nothing but who made it or that it ends the fighting: the deal that brought the truce. Reads clusters.

import { HOSTILITIES_END_WORDS } from '../lexicon/agreement-reference-words.ts';
import type { ExtractState } from '../types.ts';
import {
  dominantKind,
  foldFacts,
  foldMentions,
  ofCeasefireFamily,
  oneInstrument,
  sidesOf,
  untitledSidelessDescription,
  type Cluster,
  oneStanding,
} from './agreement-facts.ts';
import { topicWords } from './join-generic-kinds.ts';

/** A description of the ceasefire family, with no name, side or signer of its own, not said to be another. */
const sidelessCeasefire = (c: Cluster): boolean =>
  untitledSidelessDescription(c) && ofCeasefireFamily([c.descriptor]) && !c.mentions.some((m) => m.another);

/** A deal with no name, told as one instrument, whose words say no subject beyond ending the fighting. */
function ceasefireMaking(state: ExtractState, c: Cluster): boolean {
  if (c.name !== null || c.known !== null || dominantKind(c) === 'declaration' || !oneInstrument(c))
    return false;
  if (c.mentions.some((m) => m.another)) return false;
  return topicWords(state, sidesOf(c), c.descriptor).every((w) => HOSTILITIES_END_WORDS.has(w));
}

/**
 * "The deal brokered between Moscow and Washington ... all warring parties who had agreed to the ceasefire", "An
 * agreement to end hostilities in Syria has been reached ... agreed to the nationwide cease-fire": with one ceasefire
 * told with no sides and one other agreement, the ceasefire is that deal's, before the story's pair is given to it as
 * sides of its own. A second agreement of any kind, a subject of the deal's own ("a gas deal"), or another standing
 * (a proposal beside the truce reached) leaves both as they are.
 */
export function joinBrokeredCeasefires(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  const truces = clusters.filter(sidelessCeasefire);
  const [truce] = truces;
  if (!truce || truces.length > 1 || clusters.length !== 2) return [...clusters];
  const deal = clusters.find((c) => c !== truce);
  if (!deal || ofCeasefireFamily([deal.descriptor ?? '']) || !ceasefireMaking(state, deal))
    return [...clusters];
  if (!oneStanding(deal, truce)) return [...clusters];
  foldMentions(deal, truce);
  foldFacts(deal, truce);
  return [deal];
}
