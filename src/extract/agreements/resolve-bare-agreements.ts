// Settles the agreements known only by a bare reference ("the agreement", "sign deal" in a headline) or by a lone
// description ("the water-sharing accord"): into the article's one agreement they can mean, else they stay apart.

import { INTERCHANGEABLE_AGREEMENT_KINDS as INTERCHANGEABLE } from '../lexicon/event-words.ts';
import { AGREEMENT_BACK_REFERENCE_NOUNS } from '../lexicon/agreement-reference-words.ts';
import {
  AGREEMENT_FORM_MODIFIER_ENDS,
  AGREEMENT_FORM_NOUNS,
  AGREEMENT_SCOPE_ONLY_WORDS,
  FIRST_STEP_WORDS,
} from '../lexicon/agreement-mention-words.ts';
import {
  dominantKind,
  foldFacts,
  foldMentions,
  namesNoPartyOrSignatory,
  untitledSidelessDescription,
  type Cluster,
} from './agreement-facts.ts';
import { calledNew, olderKnown, toldAsInForce } from './replaced-agreements.ts';

/** Nothing but a kind word: no name, description, relationship, party or signatory says which agreement it is. */
export function isBare(cluster: Cluster): boolean {
  return (
    cluster.name === null &&
    cluster.descriptor === null &&
    cluster.relationships.length === 0 &&
    namesNoPartyOrSignatory(cluster)
  );
}

/** Kind nouns ("accord", "deal", "treaty"): no subject of their own. */
const KIND_NOUNS: ReadonlySet<string> = new Set(Object.keys(AGREEMENT_BACK_REFERENCE_NOUNS));

/** Known only by a description ("a water-sharing accord"): no name, relationship, party or signatory; not well known. */
function describedOnly(cluster: Cluster): boolean {
  return untitledSidelessDescription(cluster) && cluster.relationships.length === 0;
}

/**
 * A description that can be an agreement named before it: not one of a list, not "another", and with no year of
 * its own ("the 2020 ceasefire").
 */
function redescribes(cluster: Cluster): boolean {
  return (
    describedOnly(cluster) &&
    cluster.statedYear === null &&
    cluster.mentions.every((m) => !m.listed && !m.another)
  );
}

/** Two words of one stem ("water" and "Waters", "patrols" and "patrolling"): a shared start of four or five letters. */
export function sameStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 5);
  return n >= 4 && a.slice(0, n) === b.slice(0, n);
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);

/**
 * Whether the description speaks of the agreement's own subject: one of its words, not a kind noun, shares a stem
 * with the agreement's name or what it was called ("the water-sharing accord", "Indus Waters Treaty"; "an agreement
 * on patrols", "the border patrolling agreement"). "An agreement on motorway construction" after a border treaty
 * shares none and is another instrument.
 */
function sameSubject(description: Cluster, target: Cluster): boolean {
  const own = [target.name ?? '', ...(target.known?.aliases ?? []), ...target.aliases]
    .flatMap(wordsOf)
    .filter((w) => !KIND_NOUNS.has(w));
  return wordsOf(description.descriptor ?? '').some(
    (w) => !KIND_NOUNS.has(w) && own.some((o) => sameStem(w, o)),
  );
}

/** A hyphened word that tells an instrument's form or age ("three-phase", "six-page", "decades-old"). */
const FORM_WORD = new RegExp(`^[\\p{L}\\p{N}]+-(?:${AGREEMENT_FORM_MODIFIER_ENDS.join('|')})$`, 'u');

/** A word of the instrument's form, age or step ("three-phase", "decades-old", "first-step", "stage"). */
const formWord = (w: string): boolean => FORM_WORD.test(w) || AGREEMENT_FORM_NOUNS.has(w);

/**
 * A description of nothing but the instrument's form or age ("the three-phase deal", "the decades-old treaty")
 * names no subject of its own, so it fits whatever agreement was named before it.
 */
function formOnly(description: Cluster): boolean {
  const words = (description.descriptor ?? '')
    .toLowerCase()
    .split(' ')
    .filter((w) => !KIND_NOUNS.has(w));
  return words.length > 0 && words.every(formWord);
}

/**
 * The first step's name with no subject ("the first stage agreement", "a first-step deal"): like a bare kind word,
 * the article's leading agreement of its kind, told again; alone, it stays apart. A person said to hail or sign it
 * names no other instrument, so signatories do not set it apart as they do a bare reference.
 */
const stepOnly = (cluster: Cluster): boolean =>
  cluster.name === null &&
  cluster.known === null &&
  cluster.relationships.length === 0 &&
  cluster.parties.length === 0 &&
  stepWords(cluster.descriptor ?? '') &&
  cluster.mentions.every((m) => !stepWords(m.descriptor ?? '') || saysFirst(m.surface));

/** "the first stage agreement", "the phase one deal": a step told as the first, not one still to come. */
const saysFirst = (surface: string): boolean =>
  surface
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => FIRST_STEP_WORDS.has(w));

/**
 * Kind nouns and words of form alone, one of them a step ("stage agreement", "first-step deal"); "stage" is read as a
 * kind noun too, so a description of it alone has no other word.
 */
function stepWords(description: string): boolean {
  const words = description.toLowerCase().split(' ');
  return (
    words.every((w) => KIND_NOUNS.has(w) || formWord(w)) &&
    words.some((w) => w.split('-').some((part) => AGREEMENT_FORM_NOUNS.has(part)))
  );
}

/** Its description without the words of form or step ("first-step agreement on X" -> "agreement on X"). */
const subjectOf = (cluster: Cluster): string =>
  (cluster.descriptor ?? '')
    .toLowerCase()
    .split(' ')
    .filter((w) => !formWord(w))
    .join(' ');

/**
 * A description of nothing but how far the agreement reaches ("a clear and comprehensive agreement", "until a lasting
 * and comprehensive agreement is reached"): no subject of its own, so, like a bare kind word, the article's leading
 * agreement of its kind, told again or the fuller one it is to grow into; alone, it stays apart.
 */
function scopeOnly(cluster: Cluster): boolean {
  if (!describedOnly(cluster)) return false;
  const words = (cluster.descriptor ?? '')
    .toLowerCase()
    .split(' ')
    .filter((w) => !KIND_NOUNS.has(w));
  return words.length > 0 && words.every((w) => AGREEMENT_SCOPE_ONLY_WORDS.has(w));
}

/** Said to be something: named, with sides, or well known. */
function identified(cluster: Cluster): boolean {
  return cluster.name !== null || cluster.known !== null || cluster.parties.length > 0;
}

/** The one identified agreement of a fitting kind in the article, if it is named before the description. */
function soleEarlier(description: Cluster, known: readonly Cluster[]): Cluster | undefined {
  const fitting = known.filter((c) => c !== description && identified(c) && compatible(description, c));
  const [only] = fitting;
  if (fitting.length !== 1 || !only || !(sameSubject(description, only) || formOnly(description)))
    return undefined;
  // "the fisheries agreement they signed in 2009" after a free trade agreement signed this week is another one.
  const year = (c: Cluster): string | undefined => c.signedOn?.slice(0, 4);
  if (year(description) && year(only) && year(description) !== year(only)) return undefined;
  return (only.mentions[0]?.start ?? Infinity) < (description.mentions[0]?.start ?? 0) ? only : undefined;
}

/** A bare reference fits an agreement of its own kind word, or of one news uses for it. */
function compatible(bare: Cluster, target: Cluster): boolean {
  const kind = dominantKind(target);
  return [...bare.kinds.keys()].every(
    (k) => k === kind || (INTERCHANGEABLE.has(k) && INTERCHANGEABLE.has(kind)),
  );
}

/** A declaration the article calls by its title ("the Ankara Declaration"), not a statement that carries news. */
function titledDeclaration(cluster: Cluster): boolean {
  const title = cluster.known?.name ?? cluster.name;
  return (
    title !== null &&
    dominantKind(cluster) === 'declaration' &&
    title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .includes('declaration')
  );
}

/**
 * The agreement a bare reference means: the article's most-mentioned one of a fitting kind, if only one leads. With
 * none, "The agreement set forth a vision ..." after "The Ankara Declaration was brokered ..." is that declaration,
 * when it is the article's one titled declaration and its only other instrument.
 */
function targetFor(bare: Cluster, known: readonly Cluster[], published: string | null): Cluster | undefined {
  // "The new treaty will be renamed ...": what the story calls new is not a well-known deal signed years before it.
  const calledNewOnce = bare.mentions.some(calledNew);
  const ranked = known
    .filter((c) => compatible(bare, c) && !(calledNewOnce && olderKnown(c, published)))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const declarations = known.filter(titledDeclaration);
  const [only] = declarations;
  const opens = (c: Cluster | undefined): number => c?.mentions[0]?.start ?? Infinity;
  const before = opens(only) < opens(bare);
  // "The Beijing Declaration was signed ... The agreement marks a diplomatic coup for Beijing after it brokered a peace
  // deal between Saudi Arabia and Iran": the declaration named before, not an instrument the article names only after.
  const soleDeclaration = declarations.length === 1 && before && isBare(bare);
  if (soleDeclaration && ranked.every((c) => opens(c) > opens(bare))) return only;
  const [first, second] = ranked;
  if (first) return !second || second.mentions.length < first.mentions.length ? first : undefined;
  // "a legally binding agreement" after the Declaration of Principles is the sought one, not the declaration.
  return soleDeclaration ? only : undefined;
}

/**
 * A bare reference becomes part of the agreement it can only mean in this article; the rest stay bare for the
 * article-level fallbacks (the two sides of a signing) to identify or leave unidentified. Its kind word is no
 * vote on the target's kind, so the target keeps the kind, and so the id, that other articles give it.
 */
export function resolveBareAgreements(
  clusters: readonly Cluster[],
  published: string | null,
  text: string,
): Cluster[] {
  const bareLike = (c: Cluster): boolean => isBare(c) || scopeOnly(c) || stepOnly(c);
  const known = clusters.filter((c) => !bareLike(c));
  const descriptions = clusters.filter((c) => describedOnly(c) && !scopeOnly(c));
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    // "a new agreement" said to be one more cannot be the main one, however bare; nor "the current treaty" whose
    // signing is told, the deal in force beside the story's own.
    const another = cluster.mentions.every((m) => m.another || toldAsInForce(text, m));
    // A description after an identified agreement of its kind is that agreement told again in other words ("the
    // Indus Waters Treaty ... the water-sharing accord"), when the article names only one such agreement before it.
    const target =
      bareLike(cluster) && !another
        ? targetFor(cluster, known, published)
        : redescribes(cluster) && descriptions.length === 1
          ? soleEarlier(cluster, known)
          : redescribes(cluster)
            ? sameSubjectStepped(cluster, known)
            : undefined;
    if (!target) {
      out.push(cluster);
      continue;
    }
    foldMentions(target, cluster);
    foldFacts(target, cluster);
  }
  return out;
}

/**
 * "an agreement on the northern border ... the first-step agreement on the northern border": a description that
 * differs from the article's other one only by its step or form is that agreement, told with how far it goes.
 */
function sameSubjectStepped(description: Cluster, known: readonly Cluster[]): Cluster | undefined {
  const subject = subjectOf(description);
  if (subject === (description.descriptor ?? '').toLowerCase()) return undefined;
  const same = known.filter(
    (c) => c !== description && describedOnly(c) && c.descriptor?.toLowerCase() === subject,
  );
  return same.length === 1 ? same[0] : undefined;
}
