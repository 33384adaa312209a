// Folds an agreement the article tells with no sides ("the unity deal", "the ceasefire agreement in Gaza") into the one
// agreement of a fitting kind it tells with sides: news retells its one deal in other words. Reads clusters.

import { CAUSE_AFTER_KIND_PREPOSITIONS } from '../lexicon/agreement-mention-words.ts';
import { INDEFINITE_ARTICLES, NEW_AGREEMENT_MODIFIERS } from '../lexicon/agreement-reference-words.ts';
import { STAGE_DESCRIPTION_WORDS } from '../lexicon/agreement-title-words.ts';
import { GENERIC_AGREEMENT_KINDS } from '../lexicon/event-words.ts';
import { modelTags } from '../text/model-tags.ts';
import type { ExtractState } from '../types.ts';
import { pluralKind } from './agreement-mentions.ts';
import {
  foldFacts,
  foldMentions,
  kindOf,
  namesNoPartyOrSignatory,
  oneInstrument,
  oneOfSeveral,
  sidesOf,
  signingDatesFit,
  titled,
  type Cluster,
  oneStanding,
} from './agreement-facts.ts';
import { topicWords } from './join-generic-kinds.ts';
import { sameStem } from './resolve-bare-agreements.ts';
import { kindsFit } from './resolve-known-agreements.ts';

/**
 * "a new basic treaty", "a fresh truce": told as the deal to come, which a story of one deal still being made tells in
 * other words too; not "another", "a separate" or "a second" one, nor one of a list or a tally.
 */
function toldAsNew(state: ExtractState, m: Cluster['mentions'][number]): boolean {
  if (m.listed === true || m.counted === true) return false;
  let at = m.word;
  while (at > 0 && (state.words[at - 1]?.start ?? -1) >= m.start) at--;
  return (
    NEW_AGREEMENT_MODIFIERS.has(state.words[at]?.lower ?? '') &&
    INDEFINITE_ARTICLES.has(state.words[at - 1]?.lower ?? '')
  );
}

/** One instrument, or the new one to come ("a new treaty ... the treaty"). */
export const oneOrNew = (state: ExtractState, c: Cluster): boolean =>
  c.mentions.every((m) => !oneOfSeveral(m) || toldAsNew(state, m));

/** Not told as made: talks, a proposal, or no standing at all. */
const stillToCome = (c: Cluster): boolean =>
  c.status === null || c.status === 'proposed' || c.status === 'negotiating';

/**
 * Told by a title or a description, with no side, signer, year ("the 1929 water agreement") or well-known identity of
 * its own, as one instrument (or as the new one to come), and never in the plural ("the activation of security and
 * economic cooperation accords": older instruments, not the deal in view).
 */
const sideless = (c: Cluster, state: ExtractState): boolean =>
  (c.name !== null || c.descriptor !== null) &&
  namesNoPartyOrSignatory(c) &&
  c.known === null &&
  c.statedYear === null &&
  oneOrNew(state, c) &&
  !c.mentions.some((m) => m.name === null && pluralKind(state.words[m.word]?.lower ?? ''));

/**
 * A word before the kind word that may say which deal it is: a noun ("the fisheries deal"), a name, a stage ("the
 * interim deal"); not a word the model knows only as one that judges or counts ("fragile", "politically",
 * "trilateral").
 */
function subjectBeforeKind(word: string): boolean {
  const lower = word.toLowerCase();
  if (STAGE_DESCRIPTION_WORDS.has(lower)) return true;
  const tags = modelTags(lower);
  return tags === null || ((tags.has('NOUN') || tags.has('PROPN')) && !tags.has('ADJ'));
}

/**
 * What a deal is said to be about, less the names of `sides`, read as join-same-sides reads a description: a title's
 * words; a description's kind word, the nouns before it and what follows it ("the border security pact", "the
 * ceasefire", "an accord on prisoner releases"), not the words that judge or count ("the fragile agreement", "a
 * politically contentious deal", "a trilateral agreement") nor the cause it serves ("a historic agreement for the
 * peoples of the region").
 */
export function subjectOf(state: ExtractState, c: Cluster, sides: readonly string[]): string[] {
  if (titled(c)) return topicWords(state, sides, c.known?.name ?? c.name);
  const description = (c.descriptor ?? '').split(' ');
  const telling = c.mentions.find((m) => m.descriptor === c.descriptor);
  const kind = telling ? state.words[telling.word]?.lower : undefined;
  const at = description.findIndex((w) => w.toLowerCase() === kind);
  if (at < 0) return topicWords(state, sides, c.descriptor);
  const cause = CAUSE_AFTER_KIND_PREPOSITIONS.has(description[at + 1] ?? '');
  const words = [
    ...description.slice(0, at).filter(subjectBeforeKind),
    ...description.slice(at, cause ? at + 1 : undefined),
  ];
  return topicWords(state, sides, words.join(' '));
}

/**
 * "Hamas and Fatah have signed a declaration ... Wang said the unity deal was dedicated to ...", "the Gaza ceasefire
 * agreement ... welcoming the ceasefire agreement in Gaza": a deal told with no sides is the article's one agreement
 * with sides that it can be: of its kind (or a generic kind word, which news uses for a declaration too), of the same
 * standing (a proposal is not the deal made), with no other signing date, and of its subject (a word of one stem), or
 * either's words name no subject at all. With two such agreements, it stays apart. A statement that only carries
 * what was said ("In a joint statement, Iran and Saudi Arabia stressed ...") is no retelling of the deal.
 */
export function joinSidelessCopies(
  clusters: readonly Cluster[],
  state: ExtractState,
  carriesNews: (c: Cluster) => boolean,
): Cluster[] {
  const withSides = clusters.filter((c) => sidesOf(c).length > 0);
  const oneEach = withSides.filter(oneInstrument);
  // With no other, the deal to come as the story tells it with sides ("a new accord between A, B and C").
  const sided = oneEach.length > 0 ? oneEach : withSides.filter((c) => oneOrNew(state, c));
  if (sided.length === 0) return [...clusters];
  // Read before any subject: most articles tell none. A sideless one is never a target (a target has sides), and
  // folding changes only targets, so the ones to fold are known before the first fold.
  const sidelessTold = clusters.filter((c) => sideless(c, state) && !carriesNews(c));
  if (sidelessTold.length === 0) return [...clusters];
  // Its subject as the article first told it: a title folded in later does not narrow it.
  const subjects = new Map(sided.map((c) => [c, subjectOf(state, c, sidesOf(c))]));
  const fits = (told: Cluster, target: Cluster): boolean => {
    // Two titles are two instruments ("the Minsk Agreement ... the Minsk II Agreement").
    if (told.name !== null && (target.name !== null || target.known !== null)) return false;
    const kind = kindOf(told);
    const other = kindOf(target);
    if (!kindsFit(kind, other) && !GENERIC_AGREEMENT_KINDS.has(kind) && !GENERIC_AGREEMENT_KINDS.has(other))
      return false;
    // "a new trade agreement" is the deal still to come: never one the story tells as made, nor one with a name of
    // its own ("the North American Free Trade Agreement" being renegotiated is the old one). Only a deal to come is
    // told by the story's new one ("an extension of the current treaty" is not the new accord).
    if (oneInstrument(told) ? !oneInstrument(target) : titled(target) || !stillToCome(target)) return false;
    // A deal told with no standing of its own ("called it a dangerous deal") may be the proposal in view.
    const standingFits = oneStanding(told, target) || (told.status === null && target.status === 'proposed');
    if (!standingFits || !signingDatesFit(told, target)) return false;
    const own = subjects.get(target) ?? [];
    // Read without the target's sides: "the Canada agreement" names a side of the deal, not its subject.
    const words = subjectOf(state, told, sidesOf(target));
    return own.length === 0 || words.length === 0 || words.some((w) => own.some((o) => sameStem(w, o)));
  };
  const folded = new Set<Cluster>();
  for (const told of sidelessTold) {
    const targets = sided.filter((c) => fits(told, c));
    // Two clusters the data know as one agreement are one target: they are joined as one node later.
    const [target] = targets;
    if (!target || new Set(targets.map((c) => c.known ?? c)).size > 1) continue;
    folded.add(told);
    if (told.name !== null) {
      // A title says what it is ("the Beijing Declaration"), whatever generic word the sides' sentences use.
      target.name = told.name;
      for (const [k, votes] of told.kinds) target.kinds.set(k, (target.kinds.get(k) ?? 0) + votes);
    }
    foldMentions(target, told);
    foldFacts(target, told);
  }
  return folded.size === 0 ? [...clusters] : clusters.filter((c) => !folded.has(c));
}
