// Folds two tellings of one deal between the same sides ("the comprehensive agreement" / "the Peace Agreement between
// ..."; "the deal" / "the joint declaration" of one signing) into one agreement. Reads clusters.

import { slug } from '../../domain/ids.ts';
import { GENERIC_AGREEMENT_KINDS } from '../lexicon/event-words.ts';
import {
  STAGE_DESCRIPTION_WORDS,
  TITLE_FILLER_WORDS,
  TITLE_KIND_ONLY_WORDS,
} from '../lexicon/agreement-title-words.ts';
import { SUBJECT_AFTER_KIND_PREPOSITIONS } from '../lexicon/agreement-mention-words.ts';
import { modelTags } from '../text/model-tags.ts';
import type { ExtractState } from '../types.ts';
import {
  foldFacts,
  foldMentions,
  kindOf,
  oneInstrument,
  sidesOf,
  signingDatesFit,
  titled,
  type Cluster,
  oneStanding,
} from './agreement-facts.ts';
import { topicWords } from './join-generic-kinds.ts';
import { oneOrNew } from './join-sideless-copies.ts';
import { toldByAge } from './replaced-agreements.ts';
import { sameStem } from './resolve-bare-agreements.ts';
import { kindsFit } from './resolve-known-agreements.ts';

const YEAR = /\b(?:19|20)\d{2}\b/g;

/** Two or more sides, the same ones. */
function sameSides(a: Cluster, b: Cluster): boolean {
  const x = sidesOf(a);
  const y = sidesOf(b);
  return x.length >= 2 && x.length === y.length && x.every((p) => y.includes(p));
}

/** The words it is called by that tell a stage or a sequel ("extension", "final", "II"). */
function stageWords(c: Cluster): string {
  const words = new Set<string>();
  for (const called of [c.name, c.descriptor, ...c.aliases])
    for (const w of slug(called ?? '').split('-')) if (STAGE_DESCRIPTION_WORDS.has(w)) words.add(w);
  return [...words].sort().join(' ');
}

/** Years before the article's own that its sentences write ("signed in 2001"): a deal of another time. */
function pastYears(state: ExtractState, c: Cluster): string {
  const now = (state.input.publishedAt ?? '9999').slice(0, 4);
  const years = new Set<string>();
  for (const m of c.mentions) {
    const sentence = state.sentences[m.sentence];
    if (!sentence) continue;
    for (const [year] of state.text.slice(sentence.start, sentence.end).matchAll(YEAR))
      if (year < now) years.add(year);
  }
  return [...years].sort().join(' ');
}

/**
 * The subject a description writes after its kind word ("an agreement on fisheries" gives "fisheries"), or "". Names
 * are left out: "an agreement on Syria" tells where, and the truce deal of the same sides may be that one.
 */
function subjectAfterKind(state: ExtractState, m: Cluster['mentions'][number]): string {
  const kind = state.words[m.word]?.lower;
  const words = (m.descriptor ?? '').split(' ');
  const at = words.findIndex((w) => w.toLowerCase() === kind);
  if (at < 0 || !SUBJECT_AFTER_KIND_PREPOSITIONS.has(words[at + 1] ?? '')) return '';
  return words
    .slice(at + 2)
    .filter((w) => w === w.toLowerCase())
    .join(' ');
}

/**
 * The words news puts around the kind word to say what a deal is about: the nouns before it ("the fisheries deal", "a
 * border security agreement") and its subject after it ("an agreement on fisheries"). None for a title, or for words
 * that only praise or count ("a comprehensive agreement", "the joint declaration", "an eight-point agreement").
 */
function subjectNouns(state: ExtractState, c: Cluster): string[] {
  if (titled(c)) return [];
  const nouns: string[] = [];
  for (const m of c.mentions) {
    nouns.push(subjectAfterKind(state, m));
    for (let k = m.word - 1; k >= 0; k--) {
      const word = state.words[k];
      if (!word || word.start < m.start) break;
      const tags = modelTags(word.lower);
      if (!tags?.has('NOUN') || tags.has('ADJ') || tags.has('PROPN')) break;
      nouns.push(word.lower);
    }
  }
  return topicWords(state, sidesOf(c), nouns.join(' '));
}

/** Definite, after `after`, and told as no other, older or newer deal ("the pact", not "the new pact", "a pact"). */
const pointsBack = (m: Cluster['mentions'][number], after: number): boolean =>
  m.definite && !m.another && m.start > after && !toldByAge(`${m.surface} ${m.descriptor ?? ''}`);

/**
 * "quitting the INF Treaty will start the exit from the pact inked in 1987": a telling that points back after a title
 * in the title's sentence is that deal. "signed a trade agreement and a memorandum" tells two.
 */
function pointsBackAt(title: Cluster, told: Cluster, sentence: number): boolean {
  const titleStart = title.mentions.find((m) => m.sentence === sentence)?.start ?? Infinity;
  return told.mentions.every((m) => m.sentence !== sentence || pointsBack(m, titleStart));
}

/**
 * "the Peace and Friendship Treaty of 1950 was on the agenda. Nepal raised the treaty ...": an untitled deal every
 * telling of which points back after the title's first is the title's deal.
 */
function retellsTitle(title: Cluster, told: Cluster): boolean {
  const titleStart = title.mentions[0]?.start ?? Infinity;
  return ownTitle(title) && !ownTitle(told) && told.mentions.every((m) => pointsBack(m, titleStart));
}

/** The year of a titled deal's own signing, as the data or the article give it. */
const ownYear = (c: Cluster): string | undefined =>
  (c.known?.signedOn ?? c.signedOn ?? c.statedYear)?.slice(0, 4);

/** No sentence tells both, but where a titled one's sentence tells the other as pointing back at it. */
function toldApart(a: Cluster, b: Cluster): boolean {
  const shared = new Set(
    a.mentions.filter((m) => b.mentions.some((o) => o.sentence === m.sentence)).map((m) => m.sentence),
  );
  if (shared.size === 0) return true;
  const [title, told] = ownTitle(a) ? [a, b] : [b, a];
  return ownTitle(title) && !ownTitle(told) && [...shared].every((s) => pointsBackAt(title, told, s));
}

/**
 * A title of document words alone ("Memorandum of Understanding", "the Agreement") names no instrument of its own:
 * beside a titled telling of the same sides it is that one's document, not a second title. One with a weak word
 * ("Strategic Partnership Agreement") still tells one deal from another.
 */
function documentWordsOnly(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  return (
    words.every((w) => TITLE_KIND_ONLY_WORDS.has(w) || TITLE_FILLER_WORDS.has(w)) &&
    words.some((w) => TITLE_KIND_ONLY_WORDS.has(w))
  );
}

const ownTitle = (c: Cluster): boolean => c.known !== null || (c.name !== null && !documentWordsOnly(c.name));

/**
 * "signed a comprehensive agreement ... the Peace Agreement between the two", "Somalia and Ethiopia reached a deal
 * ... the joint declaration signed in Ankara", "Iran and Saudi Arabia agreed to resume relations ... the Saudi-Iran
 * agreement": news tells one deal in other words. Two agreements of the same sides are one when at most one has a
 * title of its own or is known to the data, their kinds fit, they are of one standing (a proposal is not the deal
 * made), tell no two signing dates, no word of a stage that sets one apart ("the extension", "the final deal"), no
 * earlier year with one only ("the current agreement, signed in 2001"; a title's own year is no other deal's where the
 * other points back at it) and no two subjects ("the border agreement ... the fisheries deal"). Tellings join as a
 * group ("signed a Memorandum of Understanding ... the strategic partnership agreement ... these agreements"): each
 * must be alike every other of the group and no agreement outside it, a group of more than two must call its document
 * by kind words alone, and no sentence may tell two of them ("signed a trade agreement and a memorandum") unless one
 * points back at the other's title ("the INF Treaty ... the pact"). The title, else a specific kind's description (a
 * declaration, not "the deal"), else the first telling, names it.
 */
export function joinSameSides(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  // "to soon sign a new treaty ... the new treaty would": the deal told as new and as still to be signed is one
  // instrument too, the story's own.
  const toCome = (c: Cluster): boolean => c.status === 'proposed' && oneOrNew(state, c);
  const open = clusters.filter((c) => (oneInstrument(c) || toCome(c)) && sidesOf(c).length >= 2);
  if (open.length < 2) return [...clusters];
  const stages = new Map(open.map((c) => [c, stageWords(c)]));
  const years = new Map(open.map((c) => [c, pastYears(state, c)]));
  // Another year only in the title's sentences is the title's own when the other points back at it.
  const yearsFit = (a: Cluster, b: Cluster): boolean => {
    if (years.get(a) === years.get(b)) return true;
    const [title, told] = ownTitle(a) ? [a, b] : [b, a];
    return years.get(told) === '' && years.get(title) === ownYear(title) && retellsTitle(title, told);
  };
  const topics = new Map(open.map((c) => [c, subjectNouns(state, c)]));
  const alike = (a: Cluster, b: Cluster): boolean => {
    if (a === b || !sameSides(a, b) || (ownTitle(a) && ownTitle(b))) return false;
    const x = kindOf(a);
    const y = kindOf(b);
    if (!kindsFit(x, y) && !GENERIC_AGREEMENT_KINDS.has(x) && !GENERIC_AGREEMENT_KINDS.has(y)) return false;
    if (!oneStanding(a, b) || !signingDatesFit(a, b)) return false;
    if (stages.get(a) !== stages.get(b) || !yearsFit(a, b)) return false;
    const ofA = topics.get(a) ?? [];
    const ofB = topics.get(b) ?? [];
    return ofA.length === 0 || ofB.length === 0 || ofA.some((w) => ofB.some((o) => sameStem(w, o)));
  };
  const specific = (c: Cluster): boolean => !GENERIC_AGREEMENT_KINDS.has(kindOf(c));
  // The title first, then a specific kind, then the first told.
  const rank = (c: Cluster): [number, number, number] => [
    ownTitle(c) ? 0 : 1,
    specific(c) ? 0 : 1,
    c.mentions[0]?.start ?? 0,
  ];
  const before = (a: Cluster, b: Cluster): number => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  const folded = new Set<Cluster>();
  for (const told of open) {
    if (folded.has(told)) continue;
    const group = [told, ...open.filter((c) => alike(told, c))];
    if (group.length < 2 || group.some((c) => folded.has(c))) continue;
    const closed = group.every((m) => open.filter((c) => alike(m, c)).length === group.length - 1);
    const apart = group.every((m, i) => group.slice(i + 1).every((o) => toldApart(m, o)));
    // Three tellings or more may be three deals of one visit ("defence agreements ... a plan of action"), unless one
    // calls the document by its kind words alone ("signed a Memorandum of Understanding"): the visit's one paper.
    const oneDocument = group.length === 2 || group.some((c) => c.name !== null && !ownTitle(c));
    if (!closed || !apart || !oneDocument) continue;
    const [keep, ...folds] = [...group].sort(before);
    if (!keep) continue;
    for (const fold of folds) {
      folded.add(fold);
      keep.descriptor ??= fold.descriptor;
      foldMentions(keep, fold);
      foldFacts(keep, fold);
    }
  }
  return folded.size === 0 ? [...clusters] : clusters.filter((c) => !folded.has(c));
}
