// Groups agreement mentions into agreements: named ones, described ones ("crude oil supply agreement"), and the
// one in focus that "the treaty"/"the pact" refer to; adds parties, signatories, date, place and status, and ids.

import { slug } from '../../domain/ids.ts';
import type { AgreementItem } from '../../domain/extraction-result.ts';
import { pluralKind, readAgreementMentions, type RawAgreement } from './agreement-mentions.ts';
import {
  articleSignDate,
  BILATERAL,
  dominantKind,
  foldFacts,
  foldMentions,
  foldParties,
  foldSigningDate,
  kindOf,
  leadPair,
  mainPair,
  namesNoPartyOrSignatory,
  newCluster,
  ofCeasefireFamily,
  readSentence,
  type SentenceCueMemo,
  sentencePair,
  signingDate,
  type Cluster,
  oneStanding,
} from './agreement-facts.ts';
import {
  articleGoBetweens,
  articleOnlookers,
  articlePartyName,
  isPartyMention,
  partyName,
  partyNameWords,
} from './party-mentions.ts';
import type { KnownAgreement } from '../lexicon/known-agreement-entry.ts';
import { armedForcesSides } from './armed-forces-sides.ts';
import type { EntityMention, EventMention, ExtractState, Resources, Sentence, Word } from '../types.ts';
import { joinRoadmaps } from './join-roadmaps.ts';
import { nextListedDocument } from './listed-documents.ts';
import { isBare, resolveBareAgreements, sameStem } from './resolve-bare-agreements.ts';
import { sentenceEvidence } from '../sentence-evidence.ts';
import { mergeMentions, startingIn, wordIndexAt } from '../mention-index.ts';
import {
  AGREEMENT_WORDS,
  INTERCHANGEABLE_AGREEMENT_KINDS,
  TWO_SIDED_SUBJECTS,
} from '../lexicon/event-words.ts';
import {
  CAPTIVE_EXCHANGE_WORDS,
  AGREE_TO_VERBS,
  AGREEING_SIDE_JOINERS,
  COORDINATING_JOINERS,
  INSTRUMENT_GENERIC_WORDS,
  NAME_TAIL_OPENERS,
} from '../lexicon/agreement-reference-words.ts';
import {
  cityNameOfOwnAgreement,
  kindsFit,
  knownByNameWords,
  knownByParties,
  knownByPlace,
  knownByPlaceName,
  knownByYear,
  sameCityAgreement,
} from './resolve-known-agreements.ts';
import { articleWordFacts } from '../events/event-modality.ts';
import { governedByAct } from './governed-by-act.ts';
import { joinHeadlinePreviews, joinLaterTitles, joinLeadRetellings } from './join-headline-previews.ts';
import { joinCityNames } from './join-city-names.ts';
import { placeNamed } from './place-named.ts';
import { joinNamedTwoWays } from './join-named-two-ways.ts';
import { joinPeaceTitles } from './join-peace-titles.ts';
import { joinGenericKinds } from './join-generic-kinds.ts';
import { joinNewDealNames } from './join-new-deal-names.ts';
import { joinLeadTitles } from './join-lead-titles.ts';
import { joinHomeSides } from './join-home-sides.ts';
import { joinSameSides } from './join-same-sides.ts';
import { joinHostSides } from './join-host-sides.ts';
import { joinSpeakerSides } from './join-speaker-sides.ts';
import { joinLoneSides } from './join-lone-sides.ts';
import { joinSidelessCopies } from './join-sideless-copies.ts';
import { joinSidelessNarrowings } from './join-sideless-narrowings.ts';
import { joinSidelessRetellings } from './join-sideless-retellings.ts';
import { joinBrokeredCeasefires } from './join-brokered-ceasefires.ts';
import { readNamedAppositions } from './named-apposition.ts';
import { joinPeaceRedescriptions } from './peace-redescription.ts';
import { citedCharter } from './cited-charter.ts';
import { governmentNameTail } from './government-name-tail.ts';
import { councilResolutions } from './council-resolutions.ts';
import { kindWordReferent, purposeRedescribes } from './kind-word-referent.ts';
import { calledNew, introducedAsOlder, olderKnown, toldAsInForce } from './replaced-agreements.ts';
import { signedInAnotherYear, toldOfItsTime } from './dated-apart.ts';
import { DOCUMENT_DETERMINERS, SPEECH_VERBS } from '../lexicon/word-lists.ts';
import { STATEMENT_MAKING_WORDS } from '../lexicon/agreement-act-words.ts';
import { joinKindOnlyTitles, kindOnlyTitle } from './kind-only-title.ts';
import { unsignedStatement } from './unsigned-statement.ts';
import { warringCountries } from './warring-sides.ts';
import { namedMovementSide, warringMovementSides } from './movement-sides.ts';
import { homeWarSides } from './home-war-sides.ts';
import {
  AGREED_OBJECT_OPENERS,
  JOINTLY_MADE_WORDS,
  AGREEING_SIDE_AUXILIARIES,
  SIDE_HEAD_NOUNS,
  TRADE_PACT_WORDS,
  REVISION_WORDS,
  SUCCESSOR_WORDS,
} from '../lexicon/agreement-mention-words.ts';

/** The content words of a mention's description, without its kind word ("peace treaty" -> ["peace"]). */
function descriptorWords(raw: RawAgreement): string[] {
  const kindWord = raw.surface.split(' ').pop()?.toLowerCase() ?? '';
  return slug(raw.descriptor ?? '')
    .split('-')
    .filter((w) => w !== '' && w !== kindWord && w.length > 2);
}

/** The words of an agreement's name, and of every name a well-known one goes by ("Iran nuclear deal"). */
function nameWords(cluster: Cluster): Set<string> {
  const names = cluster.name === null ? [] : [cluster.name, ...(cluster.known?.aliases ?? [])];
  return new Set(names.flatMap((n) => slug(n).split('-')));
}

/** Whether `short` is `full` cut before its kind word or its parties ("Strategic Mutual Defense Agreement"). */
function shortNameOf(short: string, full: string): boolean {
  if (!full.startsWith(`${short}-`) || short.split('-').length < 2) return false;
  return NAME_TAIL_OPENERS.has(full.slice(short.length + 1).split('-')[0] ?? '');
}

/** A name made of an acronym and one kind word ("CEPA Agreement", "CEPA deal"). */
const ACRONYM_NAME = /^(\p{Lu}{3,}) \p{L}+$/u;

/**
 * Whether `name` is an acronym of `full` and a kind word: "the CEPA Agreement", "the CEPA deal" after "a
 * Comprehensive Economic Partnership Agreement (CEPA)" or "the Kenya-UAE Comprehensive Economic Partnership
 * Agreement". The acronym is the initials of the last capitalized words of the full name, its sides left before them.
 */
function acronymNameOf(name: string, full: string): boolean {
  const acronym = ACRONYM_NAME.exec(name)?.[1];
  if (!acronym || full === name) return false;
  const initials = full
    .split(/[\s\-–]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length > acronym.length ? initials.endsWith(acronym) : initials === acronym;
}

/** Whether a name is written after "the" ("the CEPA Agreement"), not "a" or "any". */
function definiteName(text: string, raw: RawAgreement): boolean {
  const at = raw.end - (raw.name?.length ?? 0);
  return text.slice(at, raw.end) === raw.name && /\bthe\s+$/i.test(text.slice(Math.max(0, at - 4), at));
}

/** Sides that may be one agreement's: either names none, or they have one in common. */
const partiesOverlap = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === 0 || b.length === 0 || a.some((p) => b.includes(p));

/** A year written right before a description ("the 2015 nuclear accord", "the 1960 treaty"). */
const YEAR_BEFORE = /\b(?:1[89]|20)\d\d\s+$/;
const YEAR_BEFORE_REACH = 6;

/**
 * What stands between an agreement and a second one set beside it ("the Declaration of Principles' and to the ..."): the
 * rest of its name (group 1), closing marks, a joiner, a preposition repeated after it.
 */
const COORDINATED = new RegExp(
  `^([\\p{L}\\s-]*?)[\\s'"’”)]*,?\\s+(?:${COORDINATING_JOINERS.join('|')})\\s+(?:(?:to|of|on|with|for)\\s+)?(?:the\\s+)?$`,
  'iu',
);

/** Whether `gap`, the text after `cluster`'s mention, sets a second instrument beside it: nothing but its name's rest. */
function coordinatedAfter(cluster: Cluster, gap: string): boolean {
  const match = COORDINATED.exec(gap);
  if (!match) return false;
  const own = new Set(slug(cluster.name ?? cluster.descriptor ?? '').split('-'));
  return slug(match[1] ?? '')
    .split('-')
    .every((w) => w === '' || own.has(w));
}

/** What stands between a name and its apposition: a dash, comma, colon or bracket, and an article. */
const APPOSITION = /^\s*[-–—,:(]\s*(?:(?:a|an|the)\s+)?$/;

function clusterFor(
  text: string,
  headline: boolean,
  clusters: Cluster[],
  focus: Cluster | null,
  raw: RawAgreement,
  published: string | null,
  sentenceCountries: () => readonly string[] = () => [],
): Cluster | undefined {
  if (raw.name) {
    const key = slug(raw.name);
    return (
      clusters.find((c) => c.name !== null && slug(c.name) === key) ??
      clusters.find((c) => {
        const other = slug(c.known?.name ?? c.name ?? '');
        return other !== '' && (shortNameOf(key, other) || shortNameOf(other, key));
      }) ??
      // "Any CEPA agreement", "a CEPA agreement with India": a kind the acronym names, not the one in view.
      (definiteName(text, raw)
        ? clusters.find((c) => acronymNameOf(raw.name ?? '', c.name ?? c.known?.name ?? ''))
        : undefined)
    );
  }
  // "We will sign a new agreement soon", "Another agreement proclaimed ...": one more, not the one in view.
  if (raw.another) return undefined;
  // "is to sign a new treaty ... since the signing of the current treaty": the deal in force, not the one in view; a
  // later such mention is that same deal.
  if (toldAsInForce(text, raw)) return clusters.find((c) => c.mentions.some((m) => toldAsInForce(text, m)));
  // "a comprehensive strategic partnership" names the relationship the agreement just named sets up; paragraphs
  // later, "in bilateral partnership with powerful nations" is a relationship of its own.
  if (raw.relationship) {
    const last = focus?.mentions[focus.mentions.length - 1]?.sentence;
    return focus && last !== undefined && raw.sentence - last <= 1 ? focus : undefined;
  }
  // "signed an MoU on health, an MoU on tourism and ...": the next item of a signing list is a document of its own,
  // not an apposition to the one before it nor a reference back to it.
  const previous = focus?.mentions[focus.mentions.length - 1];
  if (previous?.sentence === raw.sentence && nextListedDocument(text, previous, raw)) return undefined;
  // One subject of a list is its own instrument, however close it stands to the one before.
  if (raw.listed)
    return clusters.find((c) => c.descriptor !== null && slug(c.descriptor) === slug(raw.descriptor ?? ''));
  if (raw.descriptor) {
    // "the peace treaty" in an article about the "Agreement on ... Peace ...", "the grain deal" about the
    // "Black Sea Grain Initiative": a description whose words the agreement's name already holds.
    const words = descriptorWords(raw);
    const same =
      clusters.find((c) => c.descriptor !== null && slug(c.descriptor) === slug(raw.descriptor ?? '')) ??
      (words.length > 0 && !raw.descriptor?.includes(' on ') && !raw.descriptor?.includes(' to ')
        ? clusters.find((c) => {
            const names = nameWords(c);
            const kind = c.known?.kind ?? dominantKind(c);
            return (
              names.size > 0 && words.every((w) => names.has(w)) && (!raw.kind || kindsFit(raw.kind, kind))
            );
          })
        : undefined) ??
      // "a free trade agreement between the four countries" after "an agreement on the establishment of a free trade
      // zone": a later description whose every word the topic of an unnamed one in view holds re-describes it.
      (words.length > 0
        ? clusters.find((c) => {
            if (c.name !== null || c.known || c.descriptor === null || c.mentions.some((m) => m.listed))
              return false;
            const own = slug(c.descriptor).split('-');
            return (
              own.length > words.length &&
              words.every((w) => own.some((o) => sameStem(w, o))) &&
              (!raw.kind || kindsFit(raw.kind, dominantKind(c))) &&
              partiesFit(raw.parties, c.parties) &&
              // "Separately, Brazil and Argentina signed a customs union agreement": its sentence's sides are others.
              (sentenceCountries().length === 0 || sentenceCountries().some((p) => c.parties.includes(p)))
            );
          })
        : undefined);
    // A headline's "treaty" previews the agreement the first paragraph then describes; a first sentence that is
    // no headline ("Iran and Saudi Arabia signed a deal") tells of an agreement of its own.
    const previewOnly =
      focus !== null &&
      !focus.name &&
      !focus.descriptor &&
      // "Iran reaches nuclear cooperation deal with IAEA ... activated the snapback mechanism under the 2015 nuclear
      // accord": a description dated by its year is an older instrument the story recalls, not the one it previews.
      !YEAR_BEFORE.test(text.slice(Math.max(0, raw.start - YEAR_BEFORE_REACH), raw.start)) &&
      // "Turkish minister says agreement with US on ceasefire ... an agreement between Hamas and Israel on a
      // ceasefire": a description whose sides are none of the headline's is another agreement.
      partiesOverlap(raw.parties, focus.parties) &&
      (focus.mentions.every((m) => (headline && m.sentence === 0) || m.headline === true || m.relationship) ||
        // "South Sudan signs peace deal with rebel group / Agreement with a SSDM ... / The South Sudanese government
        // has signed a peace agreement with a rebel group": bare references after the headline's kind word still
        // preview the agreement the body first describes, when it names no other sides; a plural ("previous truce
        // deals") is several instruments, not the one the headline previews.
        (focus.mentions[0]?.headline === true && focus.known === null && !pluralKind(raw.surface)));
    // "..., completing the steps for the mutual defense pact signed by ...": a definite re-description in the
    // sentence that just named the agreement in focus is that agreement.
    const lastSentence = focus?.mentions[focus.mentions.length - 1]?.sentence;
    const lastEnd = focus?.mentions[focus.mentions.length - 1]?.end ?? raw.start;
    const redescribed =
      focus !== null &&
      raw.definite &&
      lastSentence === raw.sentence &&
      // "... to the Declaration of Principles and to the short-term ceasefire agreement": a second instrument.
      !coordinatedAfter(focus, text.slice(lastEnd, raw.start)) &&
      (raw.parties.length === 0 || raw.parties.some((p) => focus.parties.includes(p)));
    // "AUKUS - a trilateral security pact between ...", "the RAA, a defense pact": an apposition re-describes.
    const lastMention = focus?.mentions[focus.mentions.length - 1];
    const apposition =
      lastMention !== undefined &&
      lastMention.sentence === raw.sentence &&
      APPOSITION.test(text.slice(lastMention.end, raw.start));
    // "This is an amazing deal", "the pact appeared to be a balanced deal": a complement says what the agreement in
    // view is, however it describes it.
    const complement =
      focus !== null &&
      raw.predicate === true &&
      !raw.another &&
      raw.parties.length === 0 &&
      (!raw.kind || kindsFit(raw.kind, focus.known?.kind ?? dominantKind(focus)));
    return (
      same ??
      (previewOnly || redescribed || apposition || complement ? (focus ?? undefined) : undefined) ??
      definiteRedescription(clusters, focus, raw, words) ??
      jointlyMadeReference(text, focus, raw, words) ??
      ceasefireInView(clusters, raw, sentenceCountries)
    );
  }
  // "Washington welcomed the Japan-Philippines pact": a reference that names its parties is the agreement of
  // those parties, even when another one was named just before it.
  if (raw.parties.length > 0) {
    // "the new agreement between the United States, Canada and Mexico" is not NAFTA, signed decades before.
    const ofParties = clusters
      .filter(
        (c) =>
          raw.parties.every((p) => c.parties.includes(p)) && !(calledNew(raw) && olderKnown(c, published)),
      )
      .sort((a, b) => b.mentions.length - a.mentions.length)[0];
    if (ofParties) return ofParties;
  }
  // "The agreement": the one just named, else the article's main one (a side agreement mentioned in passing
  // does not take over every later "the agreement").
  const lastSentence = focus?.mentions[focus.mentions.length - 1]?.sentence ?? -9;
  const main = [...clusters].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  let near = raw.sentence - lastSentence <= 1 ? focus : (main ?? focus);
  // "signed a new agreement ... the 2015 peace agreement signed in Addis Ababa did not hold. "I do hope in signing this
  // agreement ..."": right after an older instrument the story recalls by its year, a bare reference is the story's
  // own agreement, the first one it tells of, when no year dates that one. In the sentence that dates it ("The 2015
  // peace agreement ... is still alive; no one can dissolve this agreement") it is the one just named.
  // Likewise after one it introduced as earlier or as the one replaced ("An earlier peace deal signed in 2015 broke
  // down ... The new accord reinstates ...", "The new pact replaces the NAFTA ... the agreement will"): the story's
  // own agreement, the one it tells of most.
  const first = clusters[0];
  if (near !== null && near === focus && raw.sentence !== lastSentence) {
    if (first !== undefined && first !== focus && recalledByYear(text, focus) && !recalledByYear(text, first))
      near = first;
    else if (introducedAsOlder(text, focus)) near = storysOwn(text, clusters, focus) ?? near;
  }
  const inView = ofItsKind(clusters, raw, near);
  const referent = inView && kindWordReferent(clusters, inView, raw);
  // "a political treaty that will replace the Cotonou Agreement ... The new agreement": the kind word the replaced
  // deal's name ends on does not draw the story's own deal back to it; nor does it draw "the new agreement" back to a
  // well-known deal signed years before the story ("sign new version of NAFTA agreement ... the new agreement").
  const older =
    referent &&
    referent !== inView &&
    (introducedAsOlder(text, referent) || (calledNew(raw) && olderKnown(referent, published)));
  const target = older ? inView : referent;
  if (
    target &&
    (raw.parties.length === 0 ||
      target.parties.length === 0 ||
      raw.parties.some((p) => target.parties.includes(p)))
  )
    return target;
  return undefined;
}

/** How many sentences after the named agreement's last mention "this joint declaration" may still mean it. */
const JOINT_REACH = 2;

/**
 * "... we have produced the Ankara Declaration. ... this joint declaration sets out the principles", "signed a document
 * titled 'Jeddah Declaration ...' ... according to the joint declaration": a definite or demonstrative reference whose
 * only word of its own says the sides made it together, and whose kind noun ends the name of the agreement just
 * named, is that agreement.
 */
function jointlyMadeReference(
  text: string,
  focus: Cluster | null,
  raw: RawAgreement,
  words: readonly string[],
): Cluster | undefined {
  const name = focus?.name ?? focus?.known?.name;
  if (!focus || !name || raw.another || raw.parties.length > 0 || words.length === 0) return undefined;
  if (!words.every((w) => JOINTLY_MADE_WORDS.has(w))) return undefined;
  const noun = raw.surface.split(' ').pop()?.toLowerCase() ?? '';
  if (name.split(' ')[0]?.toLowerCase() !== noun && !name.toLowerCase().includes(` ${noun}`))
    return undefined;
  const pointed = raw.definite || /\bthis\s+$/i.test(text.slice(Math.max(0, raw.start - 6), raw.start));
  const last = focus.mentions[focus.mentions.length - 1]?.sentence ?? -99;
  return pointed && raw.sentence - last <= JOINT_REACH ? focus : undefined;
}

/** An agreement the story recalls by its year: one of its mentions has a year right before it ("a 2015 peace deal"). */
function recalledByYear(text: string, cluster: Cluster): boolean {
  return cluster.mentions.some((m) =>
    YEAR_BEFORE.test(text.slice(Math.max(0, m.start - YEAR_BEFORE_REACH), m.start)),
  );
}

/**
 * The agreement the story tells of besides `older`: the one of most mentions (the first of equals) that is neither
 * recalled by its year nor introduced as older, nor only one of a list or "another" one.
 */
function storysOwn(text: string, clusters: readonly Cluster[], older: Cluster): Cluster | undefined {
  let own: Cluster | undefined;
  for (const c of clusters) {
    if (c === older || (own && own.mentions.length >= c.mentions.length)) continue;
    if (c.mentions.every((m) => m.another || m.listed)) continue;
    if (recalledByYear(text, c) || introducedAsOlder(text, c)) continue;
    own = c;
  }
  return own;
}

/**
 * "the pact" after "..., according to a joint statement": a bare kind word means an agreement of its kind (or one
 * news calls by it), so a declaration in view gives way to the last-mentioned agreement of another kind, else to
 * none yet ("In a joint statement, the mediators called on both sides to finalise an agreement ..."): the deal the
 * article names later takes it.
 */
function ofItsKind(clusters: readonly Cluster[], raw: RawAgreement, target: Cluster | null): Cluster | null {
  // No named closures: tsx renames each one at every call, and this runs per mention.
  const anyKindFits = !raw.kind || raw.kind === 'declaration';
  // "The Beijing Declaration was signed ... after it brokered a peace deal between Saudi Arabia and Iran. ... "This
  // declaration comes at an important time"": the declaration the article names, not the instrument just recalled.
  if (raw.kind === 'declaration' && target && kindOf(target) !== 'declaration') {
    const declaration = [...clusters]
      .filter((c) => kindOf(c) === 'declaration')
      .sort((a, b) => lastMentionStart(b) - lastMentionStart(a))[0];
    if (declaration) return declaration;
  }
  if (!target || anyKindFits || kindOf(target) !== 'declaration') return target;
  return (
    [...clusters]
      .filter((c) => kindOf(c) !== 'declaration')
      .sort((a, b) => lastMentionStart(b) - lastMentionStart(a))[0] ?? null
  );
}

/** Where a cluster's last mention starts (-1 with none). */
function lastMentionStart(c: Cluster): number {
  return c.mentions[c.mentions.length - 1]?.start ?? -1;
}

/**
 * "the peace agreement signed today" after an agreement the article later shows to be the well-known "Pretoria
 * Agreement" (its place, its parties): a description whose every word that agreement's names hold, of a fitting
 * kind, a party in common and no other year, is that agreement ("a free trade agreement" signed this week is not
 * NAFTA). Only one such agreement in the article may take it.
 */
function joinKnownDescriptions(text: string, clusters: readonly Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  const known = clusters.filter((c) => c.known);
  // "a new EU-ACP partnership agreement ... will replace the Cotonou Agreement": the deal the story replaces is
  // not the one it describes (though a "renewed" pact may still be told as its revision).
  const current = known.filter((c) => !introducedAsOlder(text, c));
  for (const cluster of clusters) {
    const words = slug(cluster.descriptor ?? '')
      .split('-')
      .filter((w) => w.length > 2);
    const kind = dominantKind(cluster);
    // The year it names, else the date of a signing the article tells of (a date near "suspended" is not one).
    const year =
      (cluster.statedYear ?? (cluster.status === 'signed' ? cluster.signedOn : null))?.slice(0, 4) ?? null;
    const targets =
      cluster.name !== null || cluster.known || words.length === 0
        ? []
        : current.filter((k) => {
            const names = new Set(
              [k.known?.name ?? '', ...(k.known?.aliases ?? [])].flatMap((n) => slug(n).split('-')),
            );
            // "a 1960 treaty on sharing of the waters of the river Indus" beside the Indus Waters Treaty: the year written
            // with it, the known one's, and a word of its own name outweigh the description's other words (a signing in
            // the story dates it, but is no year written with it).
            const stated = cluster.statedYear?.slice(0, 4) ?? null;
            const sameYear = stated !== null && (k.known?.signedOn?.startsWith(stated) ?? false);
            const ownWord = (w: string): boolean => names.has(w) && !Object.hasOwn(AGREEMENT_WORDS, w);
            return (
              (words.every((w) => names.has(w)) || (sameYear && words.some(ownWord))) &&
              kindsFit(kind, k.known?.kind ?? dominantKind(k)) &&
              (year === null || !k.known?.signedOn || k.known.signedOn.startsWith(year)) &&
              (cluster.parties.length === 0 || cluster.parties.some((p) => k.known?.parties.includes(p)))
            );
          });
    const target = targets.length === 1 ? targets[0] : revisedPact(cluster, words, known);
    if (!target) {
      out.push(cluster);
      continue;
    }
    foldMentions(target, cluster);
    target.status ??= cluster.status;
  }
  return out;
}

/**
 * "new", "revised", "a new version of" right before a capitalized name, in the words before a known agreement's
 * mention or opening it: the name of its successor, not the agreement itself ("the new agreement" names none).
 */
const SUCCESSOR_BEFORE = new RegExp(
  `\\b(?:${[...SUCCESSOR_WORDS].map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\s+(?:version\\s+of\\s+(?:the\\s+)?)?[A-Z]`,
);

/** Whether the capital a successor word stands before is within the mention: the known name itself. */
function namedAsSuccessor(text: string, mention: RawAgreement): boolean {
  const from = Math.max(0, mention.start - 30);
  const found = SUCCESSOR_BEFORE.exec(text.slice(from, mention.end));
  return found !== null && from + found.index + found[0].length - 1 >= mention.start;
}

/**
 * "sign new version of NAFTA agreement ... The new United States-Mexico-Canada Agreement (USMCA) replaces the North
 * American Free Trade Agreement", "The new North American Free Trade agreement maintains stability": a known
 * agreement named as new or revised, in an article that names a later known agreement of the same sides (or more),
 * means that later one. With no later one, or two, the name keeps its own agreement.
 */
function moveSuccessorMentions(state: ExtractState, clusters: readonly Cluster[]): Cluster[] {
  const known = clusters.filter((c) => c.known?.signedOn && c.known.parties.length > 0);
  if (known.length < 2) return [...clusters];
  const emptied = new Set<Cluster>();
  for (const earlier of known) {
    const { signedOn, parties } = earlier.known as KnownAgreement;
    const later = known.filter(
      (c) =>
        c !== earlier &&
        (c.known?.signedOn ?? '') > (signedOn ?? '') &&
        parties.every((p) => c.known?.parties.includes(p)),
    );
    const [successor] = later;
    if (!successor || later.length > 1) continue;
    const moved = earlier.mentions.filter((m) => namedAsSuccessor(state.text, m));
    if (moved.length === 0) continue;
    earlier.mentions = earlier.mentions.filter((m) => !moved.includes(m));
    successor.mentions.push(...moved);
    successor.mentions.sort((a, b) => a.start - b.start);
    if (earlier.mentions.length === 0) emptied.add(earlier);
  }
  return clusters.filter((c) => !emptied.has(c));
}

/** Whether the words of an agreement's names or description say a trade pact ("free trade", "economic partnership"). */
const saysTradePact = (words: Iterable<string>): boolean => {
  const list = new Set(words);
  return list.has('trade') || (list.has('economic') && list.has('partnership'));
};

/**
 * "The 11 remaining nations finalized a revised trade pact" beside the CPTPP and the TPP it replaced, "the renewed
 * trade pact" beside the USMCA and NAFTA: a trade pact described as a revision, with no name and no other subject,
 * is the later of the article's known trade pacts whose sides fit. With one known pact there is nothing it revises.
 */
function revisedPact(
  cluster: Cluster,
  words: readonly string[],
  known: readonly Cluster[],
): Cluster | undefined {
  if (cluster.name !== null || cluster.known || !words.some((w) => REVISION_WORDS.has(w))) return undefined;
  const described = words.filter((w) => !REVISION_WORDS.has(w) && !Object.hasOwn(AGREEMENT_WORDS, w));
  if (!saysTradePact(described) || !described.every((w) => TRADE_PACT_WORDS.has(w))) return undefined;
  const pacts = known.filter(
    (k) =>
      k.known?.signedOn &&
      saysTradePact([k.known.name, ...k.known.aliases].flatMap((n) => slug(n).split('-'))) &&
      (cluster.parties.length === 0 || cluster.parties.every((p) => k.known?.parties.includes(p))),
  );
  if (pacts.length < 2) return undefined;
  const signed = (c: Cluster): string => c.known?.signedOn ?? '';
  const [latest, earlier] = [...pacts].sort((a, b) => signed(b).localeCompare(signed(a)));
  return latest && earlier && signed(latest) > signed(earlier) ? latest : undefined;
}

/**
 * What tells an unknown agreement from another of its kind and parties: the words of its name, else of its
 * description, without kind nouns, praise, novelty and its parties' names ("India Bhutan Friendship Treaty",
 * "Treaty of Friendship" -> "friendship"; "Memorandum of Understanding" -> nothing).
 */
function distinctWords(state: ExtractState, cluster: Cluster): string {
  const partyWords = new Set(cluster.parties.flatMap((p) => partyNameWords(state, p)));
  return [
    ...new Set(
      slug(cluster.name ?? cluster.descriptor ?? '')
        .split('-')
        .filter((w) => w.length > 2 && !INSTRUMENT_GENERIC_WORDS.has(w) && !partyWords.has(w)),
    ),
  ]
    .sort()
    .join(' ');
}

/**
 * "signed a free trade agreement ... the Comprehensive Economic Partnership Agreement": the distinct words of a
 * trade pact, by title or by description, are one word, so one pair's free trade deal and its partnership
 * agreement are one instrument ("economic" alone, an economic cooperation agreement, is another).
 */
function tradePactWords(words: string): string {
  const list = words.split(' ');
  const pact = list.includes('trade') || (list.includes('economic') && list.includes('partnership'));
  return pact && list.every((w) => TRADE_PACT_WORDS.has(w)) ? 'trade' : words;
}

/**
 * "signed a new Friendship Treaty ... the India-Bhutan Friendship Treaty ... a new Treaty of Friendship", "signed
 * a memorandum of understanding ... this new Memorandum of Understanding": agreements of one kind and one set of
 * parties whose names and descriptions say nothing else apart are one instrument. A name that says nothing (a
 * capitalized kind noun) gives way to the description by parties.
 */
function joinSameInstruments(state: ExtractState, clusters: readonly Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  const sameParties = (a: Cluster, b: Cluster): boolean =>
    a.parties.length > 0 &&
    a.parties.length === b.parties.length &&
    a.parties.every((p) => b.parties.includes(p));
  // "a legally binding agreement ... a legally binding deal": one description under two kind words, sides unsaid.
  const sameDescription = (a: Cluster, b: Cluster, words: string): boolean =>
    words !== '' &&
    a.parties.length === 0 &&
    b.parties.length === 0 &&
    a.name === null &&
    b.name === null &&
    INTERCHANGEABLE_AGREEMENT_KINDS.has(dominantKind(a)) &&
    INTERCHANGEABLE_AGREEMENT_KINDS.has(dominantKind(b));
  // Each kept cluster's words, read once (and again after another is folded into it).
  const wordsOf = new Map<Cluster, string>();
  const keptWords = (c: Cluster): string => {
    let words = wordsOf.get(c);
    if (words === undefined) wordsOf.set(c, (words = tradePactWords(distinctWords(state, c))));
    return words;
  };
  // "since the signing of the current treaty" in a story of a new treaty: the deal in force is another instrument.
  const inForce = (c: Cluster): boolean => c.mentions.some((m) => toldAsInForce(state.text, m));
  const published = state.input.publishedAt ?? null;
  for (const cluster of clusters) {
    const words = tradePactWords(distinctWords(state, cluster));
    const target =
      cluster.known || cluster.mentions.some((m) => m.listed || (m.another && !m.name)) || inForce(cluster)
        ? undefined
        : out.find(
            (c) =>
              !c.known &&
              !c.mentions.some((m) => m.listed) &&
              // The kept words (read once) before inForce, which reads every mention's text, for each pair.
              keptWords(c) === words &&
              !inForce(c) &&
              // "a new agreement ... The two countries signed the agreement in 2006": two times, two deals.
              !signedInAnotherYear(state.text, cluster, c, published) &&
              !signedInAnotherYear(state.text, c, cluster, published) &&
              ((dominantKind(c) === dominantKind(cluster) && sameParties(c, cluster)) ||
                sameDescription(c, cluster, words)),
          );
    if (!target) {
      out.push(cluster);
      wordsOf.set(cluster, words);
      continue;
    }
    wordsOf.delete(target);
    for (const name of [target.name, cluster.name]) if (name) target.aliases.add(name);
    // A trade pact keeps its title over news' description of it ("a free trade agreement").
    if (words === 'trade') target.name ??= cluster.name;
    else if (words === '' || target.name === null || cluster.name === null) target.name = null;
    target.descriptor ??= cluster.descriptor;
    foldMentions(target, cluster);
    for (const [kind, votes] of cluster.kinds) target.kinds.set(kind, (target.kinds.get(kind) ?? 0) + votes);
    foldFacts(target, cluster);
  }
  return out;
}

/**
 * "the ceasefire agreement ... The truce deal was inked in Minsk", "a deal to reach a cease-fire ... the cease-fire":
 * descriptions of the ceasefire family with no name are one conflict's one ceasefire, when their parties are the
 * same, or when one names none of its own (before the story's pair is given to it: "I welcome a deal to secure a
 * ceasefire", said of the Israel-Hamas ceasefire agreement, is no India-Israel deal). One said to be another ("a
 * new truce") or of another status (a proposal against the deal reached) stays apart.
 */
function joinCeasefires(clusters: readonly Cluster[], onlyPartyless: boolean): Cluster[] {
  const out: Cluster[] = [];
  // A party-less one joins the one whose sides are named wherever it stands ("an agreement to implement a
  // humanitarian truce ... the truce between Israel and Hamas"), else an earlier one.
  const sided = onlyPartyless
    ? clusters.filter((c) => ceasefireFamily(c) && !namesNoPartyOrSignatory(c))
    : [];
  const folded = new Set<Cluster>();
  for (const cluster of clusters) {
    if (folded.has(cluster)) continue;
    const joins = ceasefireFamily(cluster) && (onlyPartyless ? namesNoPartyOrSignatory(cluster) : true);
    const target = joins
      ? (sided.find((c) => ceasefireFits(c, cluster, onlyPartyless)) ??
        out.find((c) => ceasefireFits(c, cluster, onlyPartyless)))
      : undefined;
    if (!target) {
      out.push(cluster);
      continue;
    }
    folded.add(cluster);
    foldMentions(target, cluster);
    foldFacts(target, cluster);
  }
  return out;
}

/** Module functions of joinCeasefires, not closures: tsx renames each named closure every time it is built. */
function ceasefireFamily(c: Cluster): boolean {
  return (
    c.name === null &&
    c.known === null &&
    c.descriptor !== null &&
    dominantKind(c) !== 'declaration' &&
    !c.mentions.some((m) => m.another) &&
    ofCeasefireFamily([c.descriptor])
  );
}
function sameSides(a: Cluster, b: Cluster): boolean {
  return a.parties.length === b.parties.length && a.parties.every((p) => b.parties.includes(p));
}
/** Whether ceasefire `c` can take `cluster` in: of the family, the same standing, and (unless party-less) sides. */
function ceasefireFits(c: Cluster, cluster: Cluster, onlyPartyless: boolean): boolean {
  return (
    c !== cluster &&
    ceasefireFamily(c) &&
    oneStanding(c, cluster) &&
    (onlyPartyless ? true : sameSides(c, cluster))
  );
}

/**
 * "a ceasefire ... a deal for the hostages", "a Gaza ceasefire ... the prisoner swap deal": a deal described only by
 * the captives it frees, with no sides of its own or the ceasefire's sides, is that ceasefire's exchange, one
 * instrument, when the article has one ceasefire (of the same standing where both say: a proposal is not the deal
 * reached). With
 * two ceasefires, or none, it stays apart.
 */
function joinCaptiveExchanges(clusters: readonly Cluster[]): Cluster[] {
  const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u);
  const exchange = (c: Cluster): boolean =>
    c.name === null &&
    c.known === null &&
    c.descriptor !== null &&
    !c.mentions.some((m) => m.another) &&
    !ofCeasefireFamily([c.descriptor]) &&
    words(c.descriptor).some((w) => CAPTIVE_EXCHANGE_WORDS.has(w));
  const ceasefires = clusters.filter(
    (c) =>
      !exchange(c) &&
      dominantKind(c) !== 'declaration' &&
      ofCeasefireFamily([c.name ?? '', c.descriptor ?? '', c.known?.name ?? '']),
  );
  const [only] = ceasefires;
  if (ceasefires.length !== 1 || !only) return [...clusters];
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    const joins =
      exchange(cluster) &&
      (cluster.status === null || only.status === null || cluster.status === only.status) &&
      cluster.parties.every((p) => only.parties.includes(p) || (only.known?.parties ?? []).includes(p));
    if (!joins) {
      out.push(cluster);
      continue;
    }
    foldMentions(only, cluster);
    // The ceasefire's standing is told of the ceasefire: "negotiating parties" of the swap do not reopen it.
    const status = only.status;
    foldFacts(only, cluster);
    only.status = status;
  }
  return out;
}

/**
 * "a nationwide ceasefire", "the truce", "a four-day truce" after "agreed to a ceasefire": one conflict's ceasefire
 * is one agreement whatever the article calls it, so a ceasefire-family mention with no name joins the last one
 * in view, unless it is said to be another ("a new truce") or names other parties. A well-known ceasefire the
 * article named ("the Gaza ceasefire deal ... Trump claimed the ceasefire was his doing") is one in view too.
 */
function ceasefireInView(
  clusters: readonly Cluster[],
  raw: RawAgreement,
  sentenceCountries: () => readonly string[],
): Cluster | undefined {
  if (raw.name !== null || raw.another || !ofCeasefireFamily([raw.surface])) return undefined;
  const last = (c: Cluster): number => c.mentions[c.mentions.length - 1]?.start ?? -1;
  const target = clusters
    .filter(
      (c) =>
        (c.name === null && ofCeasefireFamily(c.aliases)) ||
        (c.known !== null && ofCeasefireFamily([c.known.name, ...c.known.aliases])),
    )
    .sort((a, b) => last(b) - last(a))[0];
  if (!target) return undefined;
  const parties = target.known ? target.known.parties : target.parties;
  // "Sudan and South Sudan signed a border ceasefire" after an Israel-Lebanon one: its sentence's two sides differ.
  const countries = sentenceCountries();
  const otherSides = countries.length > 0 && !countries.some((p) => parties.includes(p));
  return !otherSides && raw.parties.every((p) => parties.includes(p)) ? target : undefined;
}

/**
 * "the peace agreement", "the water-sharing accord" in a later sentence: a definite description with no parties of
 * its own re-describes the agreement in view (the one just mentioned, else the article's main one) when that one
 * is of a fitting kind and nothing it is called says another subject: it has no description or name yet ("the
 * agreement" of the lead), or one of their words shares a stem ("water-sharing accord", "Indus Waters Treaty").
 */
function definiteRedescription(
  clusters: readonly Cluster[],
  focus: Cluster | null,
  raw: RawAgreement,
  words: readonly string[],
): Cluster | undefined {
  if (!raw.definite || raw.another || raw.parties.length > 0 || words.length === 0) return undefined;
  const main = [...clusters].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const target = focus ?? main;
  if (!target) return undefined;
  const kind = target.known?.kind ?? dominantKind(target);
  if (raw.kind && !kindsFit(raw.kind, kind)) return undefined;
  // "signed the agreement to end the conflict": what the agreement just named is for, not another subject.
  const forIt = purposeRedescribes(focus, raw);
  if (forIt) return forIt;
  const own = [
    ...nameWords(target),
    ...target.mentions.flatMap((m) => (m.descriptor ? descriptorWords(m) : [])),
  ];
  return words.every((w) => own.some((o) => sameStem(w, o))) ? target : undefined;
}

/**
 * "a peace treaty to end nearly four decades of conflict ... the draft Agreement on the Establishment of Peace":
 * a description whose own words (not its topic) are all in the name that follows, however long its topic.
 */
function namedAfterIt(description: Cluster, name: string): boolean {
  const nameWords = slug(name).split('-');
  return description.mentions.some((m) => {
    const words = slug(m.surface)
      .split('-')
      .slice(0, -1)
      .filter((w) => w.length > 2);
    return words.length > 0 && words.every((w) => nameWords.includes(w));
  });
}

/**
 * Parties that could be one agreement's: either side names none (an open convention: "Poland invoked the
 * treaty" of the North Atlantic Treaty), or one side's are all the other's.
 */
function partiesFit(described: readonly string[], named: readonly string[]): boolean {
  return (
    described.length === 0 ||
    named.length === 0 ||
    described.every((p) => named.includes(p)) ||
    named.every((p) => described.includes(p))
  );
}

/** A short description just before a named agreement is usually that agreement ("a defense pact ... The RAA was signed"). */
function absorbDescriptions(clusters: Cluster[], text: string, published: string | null): Cluster[] {
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    const previous = out[out.length - 1];
    // "Signed Trade Agreement with Mexico to Replace NAFTA", "the new treaty" before NAFTA: the deal the story brings
    // as new does not fold into the old one it replaces.
    const replacing =
      previous !== undefined &&
      (introducedAsOlder(text, cluster) ||
        (previous.mentions.some(calledNew) && olderKnown(cluster, published)));
    const first = cluster.mentions[0];
    // Judge the description by what came before the name: later "the pact"s may have gathered around it since.
    const earlier = previous?.mentions.filter((m) => m.sentence <= (first?.sentence ?? 0)) ?? [];
    const last = earlier[earlier.length - 1];
    if (
      cluster.name &&
      previous &&
      !replacing &&
      !previous.name &&
      earlier.length <= 2 &&
      first &&
      last &&
      first.sentence - last.sentence <= 2 &&
      ((previous.descriptor ?? '').split(' ').length <= 3 || namedAfterIt(previous, cluster.name)) &&
      partiesFit(previous.parties, cluster.known?.parties ?? cluster.parties) &&
      // "the Camp David Accords of 1978 ... signed a peace treaty on March 26, 1979": another year's signing.
      !signedInAnotherYear(text, previous, cluster, published)
    ) {
      cluster.mentions.unshift(...previous.mentions);
      cluster.mentions.sort((a, b) => a.start - b.start);
      for (const alias of previous.aliases) cluster.aliases.add(alias);
      foldParties(cluster, previous);
      foldSigningDate(cluster, previous);
      cluster.statedYear ??= previous.statedYear;
      cluster.status ??= previous.status;
      out[out.length - 1] = cluster;
      continue;
    }
    out.push(cluster);
  }
  return out;
}

/** What an unnamed agreement is called after its parties: its description, else its relationship and kind. */
function describedAs(cluster: Cluster): string {
  const relationship = cluster.relationships.find((d) => d.includes(' '));
  return (
    cluster.descriptor ??
    [relationship?.replace(/\s*partnership$/i, ' partnership') ?? '', dominantKind(cluster)]
      // "other" is a kind of the schema, not a word of any name ("India–China robust partnership other").
      .filter((p) => p !== '' && p !== 'other')
      .join(' ')
  );
}

/**
 * "Ethiopia and Russia signed a Memorandum of Understanding": a title of kind words alone ("Framework Agreement",
 * "Declaration of Peace") names no one instrument, so its two or more sides go in front of it as they do for an unnamed one
 * ("Ethiopia–Russia Memorandum of Understanding"); the title stays an alias.
 */
function nameKindOnlyTitle(state: ExtractState, cluster: Cluster): void {
  const title = cluster.name;
  if (title === null || cluster.known !== null || cluster.parties.length < 2) return;
  if (!kindOnlyTitle(title)) return;
  cluster.aliases.add(title);
  cluster.name = `${cluster.parties.map((p) => partyName(state, p)).join('–')} ${title}`;
}

/**
 * The key an agreement's id comes from, the same in every article naming it: its proper name, else its parties,
 * kind and year. Only when two agreements of one article would share that key does the lesser one add its
 * description ("crude oil supply"), so the main agreement keeps the key other articles also give it. Without
 * parties, kind and year would join unrelated agreements of every article, so the description (the "memorandum
 * of understanding on energy") is always part of the key, and the signatories stand in for the parties.
 */
function canonicalKeys(
  clusters: readonly Cluster[],
  publishedAt: string | null,
  text: string,
): Map<Cluster, string> {
  const keys = new Map<Cluster, string>();
  const taken = new Set<string>();
  for (const cluster of [...clusters].sort((a, b) => b.mentions.length - a.mentions.length)) {
    const name = cluster.known?.name ?? cluster.name;
    if (name) {
      keys.set(cluster, name);
      continue;
    }
    // "the current treaty" whose signing is told: in force since some earlier year, not the story's year.
    const storyYear = cluster.mentions.some((m) => toldAsInForce(text, m)) ? null : publishedAt;
    const year = (cluster.signedOn ?? cluster.statedYear ?? storyYear)?.slice(0, 4) ?? '';
    const who = cluster.parties.length > 0 ? cluster.parties : cluster.signatories;
    const what = cluster.parties.length > 0 ? dominantKind(cluster) : describedAs(cluster);
    const base = [[...who].sort().join(' '), what, year].join(' ');
    const key = taken.has(base) && cluster.descriptor ? `${base} ${cluster.descriptor}` : base;
    taken.add(key);
    keys.set(cluster, key);
  }
  return keys;
}

/** "a joint trilateral statement": more parties than a pair, whichever two the sentence names. */
const MULTILATERAL = /\b(?:tri|multi|pluri)lateral\b|\bthree-way\b/i;

/**
 * The parties of an agreement no sentence names them for: the two countries of the sentence that tells of its
 * signing, else "the two sides" of the story (the main pair, or the lead's pair when a third country is talked
 * of as much), else the main pair for an agreement signed in a story about two countries.
 */
function impliedParties(
  state: ExtractState,
  cluster: Cluster,
  pair: string[],
  lead: string[],
  onlookers: () => ReadonlySet<string>,
): string[] {
  if ([...cluster.aliases].some((a) => MULTILATERAL.test(a))) return [];
  // "Sudan's warring parties agreed to a truce, Saudi Arabia and the US said": a civil war's sides are no countries.
  if (warringCountries(state).size > 0) return [];
  const sentences = cluster.mentions.map((m) => state.sentences[m.sentence] as Sentence);
  const bilateral = sentences.some((s) => BILATERAL.test(state.text.slice(s.start, s.end)));
  if (cluster.status === 'signed') {
    const named = sentences.map((s) => sentencePair(state, s, true)).find((p) => p.length === 2);
    if (named) return named;
  }
  if (bilateral) return pair.length === 2 ? pair : lead;
  // "a peace agreement", "the ceasefire": made between the two sides of its sentence, else of the story.
  if (twoSided(cluster)) {
    const named = sentences.map((s) => sentencePair(state, s, true)).find((p) => p.length === 2);
    return named ?? storySides(pair.length === 2 ? pair : lead, onlookers);
  }
  return cluster.status === 'signed' ? storySides(pair, onlookers) : [];
}

/**
 * "The United States welcomed the ceasefire ... the truce between Kyiv and the rebels": the story's pair, less a
 * country the article shows only approving of a deal or pressing its sides, which names it most as the speaker.
 */
function storySides(sides: string[], onlookers: () => ReadonlySet<string>): string[] {
  if (sides.length === 0) return sides;
  const away = onlookers();
  return sides.filter((side) => !away.has(side));
}

/**
 * The article's onlookers (articleOnlookers) but the country of a city where one of its deals was made: a host that
 * hails the deal it hosted is left to joinHostSides, which folds the telling with the host into the one without.
 */
function onlookersNotHosting(state: ExtractState, clusters: readonly Cluster[]): ReadonlySet<string> {
  const onlookers = articleOnlookers(state);
  if (onlookers.size === 0) return onlookers;
  const hosts = new Set(
    clusters.map((c) => (c.place === null ? undefined : state.places.get(c.place)?.country)),
  );
  return new Set([...onlookers].filter((id) => !hosts.has(id)));
}

/**
 * "Nepal's prime minister hailed the new bilateral trade treaty", "a joint statement signed by him and Faria ...
 * the two countries": an agreement its sentences call bilateral has two sides, so one country alone is half of the
 * story's pair, and the other half is its other side. "we agreed to sign a trilateral treaty with Uzbekistan": a
 * three-way one named with a third country is the story's pair's and that country's.
 */
function completedSides(state: ExtractState, cluster: Cluster, pair: string[], lead: string[]): string[] {
  const [only] = cluster.parties;
  if (cluster.known || cluster.parties.length !== 1 || only === undefined || !state.countries.has(only))
    return [];
  // "Yemen's warring parties accepted a truce, the envoy said in Amman": the other side is the war's, not a country.
  if (warringCountries(state).size > 0) return [];
  const sides = pair.length === 2 ? pair : lead;
  if (sides.length !== 2) return [];
  if ([...cluster.aliases].some((a) => MULTILATERAL.test(a))) return sides.includes(only) ? [] : sides;
  const sentences = cluster.mentions.map((m) => state.sentences[m.sentence] as Sentence);
  const bilateral = sentences.some((s) => BILATERAL.test(state.text.slice(s.start, s.end)));
  return bilateral && sides.includes(only) ? sides.filter((p) => p !== only) : [];
}

function twoSided(cluster: Cluster): boolean {
  return [...cluster.aliases, cluster.descriptor ?? ''].some((alias) =>
    alias
      .toLowerCase()
      .split(/[\s-]+/)
      .some((w) => TWO_SIDED_SUBJECTS.has(w)),
  );
}

/**
 * "Another agreement proclaimed ...", "we will sign a new agreement": one more agreement that neither a name, a
 * description nor parties of its own tell apart; the story's two sides would make it the main agreement's twin.
 */
const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);
const STATEMENT_MAKING_SET: ReadonlySet<string> = new Set(STATEMENT_MAKING_WORDS);
/** "a joint statement from the two governments": the determiners of a document's noun phrase. */
const CHANNEL_DETERMINERS: ReadonlySet<string> = new Set(DOCUMENT_DETERMINERS);
/** Words after a statement where its speech verb stands ("a joint statement from the two governments said"). */
const CHANNEL_VERB_REACH = 6;

/**
 * A joint statement that only carries what was said ("they said in a joint statement", "a joint statement from the
 * two governments specified that", "according to the joint statement") is the channel of a statement, not a document the sides signed or adopted.
 */
function channelOnly(cluster: Cluster, state: ExtractState): boolean {
  if (cluster.name !== null || cluster.known !== null) return false;
  // "The deal was signed by the two leaders, according to a joint statement": those who signed in a sentence that
  // only cites the statement as its source signed what it reports, not the statement.
  const source = (m: RawAgreement): boolean => channelMention(m, state) === 'source';
  if (cluster.signatories.length > 0) return cluster.mentions.every(source);
  return cluster.mentions.every((m) => channelMention(m, state) !== false);
}

/**
 * Whether a mention is a statement that only carries what was said (see channelOnly): 'source' when it can only be
 * the source of the sentence's report ("according to a joint statement", `"...," said a joint statement`), 'channel'
 * when it carries it ("they said in a joint statement", "a joint statement said").
 */
function channelMention(m: RawAgreement, state: ExtractState): 'source' | 'channel' | false {
  const { words, text } = state;
  const word = words[m.word];
  if (!word || word.lower !== 'statement' || governedByAct(text, words, m.word, CHANNEL_DETERMINERS))
    return false;
  // "a joint statement signed by the two ministers": a document the sides made, whatever cites it.
  if (STATEMENT_MAKING_SET.has(words[m.word + 1]?.lower ?? '')) return false;
  const inSentence = (i: number) => words[i]?.sentence === word.sentence;
  let open = m.word;
  while (
    open > 0 &&
    inSentence(open - 1) &&
    !CHANNEL_DETERMINERS.has(words[open]?.lower ?? '') &&
    m.word - open < 4
  )
    open--;
  if (words[open - 1]?.lower === 'in' && inSentence(open - 1)) return 'channel';
  // "according to a joint statement by Beijing, Riyadh and Tehran": the source of what the sentence reports.
  if (words[open - 1]?.lower === 'to' && words[open - 2]?.lower === 'according' && inSentence(open - 2))
    return 'source';
  // `"... a sustainable solution," said a joint statement published by the presidency`: the speech verb after the
  // closing quote, its subject after it.
  const before = words[open - 1];
  if (before && inSentence(open - 1) && SPEECH_VERB_SET.has(before.lower) && /[,"”]/.test(before.gap))
    return 'source';
  for (let j = m.word + 1; j <= m.word + CHANNEL_VERB_REACH && inSentence(j); j++)
    if (SPEECH_VERB_SET.has(words[j]?.lower ?? '')) return 'channel';
  return false;
}

function unidentifiedOther(cluster: Cluster): boolean {
  return (
    cluster.name === null &&
    cluster.descriptor === null &&
    cluster.mentions.every((m) => m.another && m.parties.length === 0)
  );
}

/** Whether another agreement of the story is named after the word `verb` of sentence `sentence`. */
function otherAgreementAfter(
  clusters: readonly Cluster[],
  cluster: Cluster,
  sentence: number,
  verb: number,
): boolean {
  return clusters.some(
    (other) => other !== cluster && other.mentions.some((m) => m.sentence === sentence && m.word > verb),
  );
}

/** How many words after "agreed" a counterpart's "with" may stand ("agreed to a ceasefire with Israel"). */
const COUNTERPART_REACH = 6;

/** "agreed to a ceasefire with Israel": the "with" of a counterpart shortly after the verb at `verb`. */
function counterpartAfter(words: readonly Word[], verb: number): boolean {
  const sentence = words[verb]?.sentence;
  for (let i = verb + 2; i <= verb + COUNTERPART_REACH && words[i]?.sentence === sentence; i++)
    if (words[i]?.lower === 'with') return true;
  return false;
}

/** How many sentences after an agreement's first mention may tell of the sides agreeing to it. */
const AGREED_AFTER_REACH = 3;
const SIDE_AUXILIARIES: ReadonlySet<string> = new Set(AGREEING_SIDE_AUXILIARIES);
const OBJECT_OPENERS: ReadonlySet<string> = new Set(AGREED_OBJECT_OPENERS);
const SIDE_HEADS: ReadonlySet<string> = new Set(SIDE_HEAD_NOUNS);
/** The gap before a word of the sides' list: a space or comma, or the brackets of an abbreviation ("(TPLF)"). */
const SIDE_LIST_GAP = /^(?:[\s,]*|\s*\(|\)\s*)$/;

/**
 * The two sides that "agree to" (or "agreed on") something in the sentence of an agreement's first mention or
 * before it ("Venezuela, Colombia agree to resume relations" ... "brokering an agreement"; "Colombia and Venezuela
 * agreed to work towards normal ties. France welcomes the agreement"; "The Ethiopian government and the Tigray
 * People's Liberation Front (TPLF) have agreed on a permanent cessation of hostilities. Negotiators of the warring
 * parties reached the agreement"): the sides of an agreement told by its deed, the nearest such sentence first.
 * Only the subject counts: two sides (countries, or movements the gazetteer knows; a country's government or army
 * stands for it) joined by "and" or a comma right before the verb and its auxiliaries.
 */
function agreedToSides(
  state: ExtractState,
  cluster: Cluster,
  clusters: readonly Cluster[],
  knownOrganizations: ReadonlyMap<string, unknown>,
): string[] {
  const { words } = state;
  const first = cluster.mentions[0];
  if (!first || cluster.mentions.some((m) => m.another)) return [];
  // "Hailing the agreement" beside "a joint declaration": a bare mention in a story of several is that one's.
  if (isBare(cluster) && clusters.length > 1) return [];
  const candidates = state.mentions.filter((m) => m.kind === 'country' || m.kind === 'org');
  const at = Math.min(first.word, words.length - 1);
  for (let k = at; k > 0; k--) {
    const sides = agreeingSides(state, cluster, clusters, candidates, k, knownOrganizations);
    if (sides) return sides;
  }
  // A headline's deal ("Ethiopia, Tigray forces sign peace deal") is told of by the lead that follows it; a deal
  // no sentence before names the sides of, by the next few ("... the conclusion of a ceasefire agreement ... the
  // Ethiopian government and the TPLF agreed to permanently silence the guns").
  const last = first.sentence === 0 && state.title !== null ? 1 : first.sentence + AGREED_AFTER_REACH;
  for (let k = at + 1; k < words.length && (words[k]?.sentence ?? Infinity) <= last; k++) {
    const sides = agreeingSides(state, cluster, clusters, candidates, k, knownOrganizations);
    if (sides) return sides;
  }
  return [];
}

/**
 * The two sides that are the subject of "agreed to"/"agreed on" at word `k`, if it is one, read back from the
 * verb over its auxiliaries: sides joined by "and" or a comma, each a country or a movement the gazetteer knows.
 */
function agreeingSides(
  state: ExtractState,
  cluster: Cluster,
  clusters: readonly Cluster[],
  candidates: readonly EntityMention[],
  k: number,
  knownOrganizations: ReadonlyMap<string, unknown>,
): string[] | null {
  const { words } = state;
  const verb = words[k];
  if (!verb || !AGREE_TO_VERBS.has(verb.lower) || !OBJECT_OPENERS.has(words[k + 1]?.lower ?? '')) return null;
  if (words[k + 1]?.sentence !== verb.sentence) return null;
  // "Sweden, Iran agree on prisoner swap deal", "agreed to a ceasefire with Israel": what they agreed on is
  // another agreement of the story, or the subject is one side of it only.
  if (otherAgreementAfter(clusters, cluster, verb.sentence, k) || counterpartAfter(words, k)) return null;
  const sides = new Set<string>();
  let j = k - 1;
  while (j >= 0 && SIDE_AUXILIARIES.has(words[j]?.lower ?? '') && words[j]?.sentence === verb.sentence) j--;
  while (j >= 0 && words[j]?.sentence === verb.sentence && SIDE_LIST_GAP.test(words[j + 1]?.gap ?? '')) {
    const word = words[j] as Word;
    const covering = candidates.filter((m) => m.start <= word.start && word.start < m.end);
    const org = covering.find((m) => m.kind === 'org');
    // "the Sudanese Armed Forces": an army named after its country stands for the country.
    const country =
      covering.find((m) => m.kind === 'country') ??
      (org && startingIn(state.mentions, org.start, org.end).find((m) => m.kind === 'country'));
    const party = org && isPartyMention(state, org, knownOrganizations) ? org : country;
    if (party) {
      if (party !== org && !isPartyMention(state, party)) break;
      sides.add(party.id);
      j = wordIndexAt(words, Math.min(party.start, org?.start ?? party.start)) - 1;
    } else if (AGREEING_SIDE_JOINERS.has(word.lower)) j--;
    else if (SIDE_HEADS.has(word.lower) && covering.length === 0) j--;
    else break;
  }
  return sides.size === 2 ? [...sides] : null;
}

export function findAgreements(state: ExtractState, resources: Resources): ExtractState {
  let clusters: Cluster[] = [];
  let focus: Cluster | null = null;
  const index = resources.gazetteer.agreements;
  const first = state.sentences[0];
  const headline =
    first !== undefined && state.title !== null && state.text.slice(first.start, first.end) === state.title;
  // The sides the article names, read once and only for a city's name several known agreements go by.
  let sides: ReadonlySet<string> | null = null;
  const namedSides = (): ReadonlySet<string> => (sides ??= new Set(state.mentions.map((m) => m.id)));
  const sameCityKnown = (raw: RawAgreement): RawAgreement => {
    if (!raw.known) return raw;
    const known = sameCityAgreement(
      raw.known,
      raw.surface,
      index,
      namedSides,
      state.input.publishedAt ?? null,
    );
    const atCity = startingIn(state.mentions, raw.start, raw.start + 1).some(
      (m) => m.kind === 'place' || m.via === 'capital',
    );
    const ownKind = atCity ? cityNameOfOwnAgreement(known, raw.surface, namedSides) : null;
    if (ownKind !== null) return { ...raw, known: null, name: raw.surface, kind: ownKind, parties: [] };
    return known === raw.known
      ? raw
      : { ...raw, known, name: known.name, kind: known.kind, parties: [...known.parties] };
  };
  const sentenceCues: SentenceCueMemo = new Map();
  for (const found of readAgreementMentions(
    state,
    index,
    articleWordFacts(state, resources),
    resources.gazetteer.organizations,
  )) {
    if (citedCharter(found, state) || governmentNameTail(found, state)) continue;
    // "signed an agreement on trade and an MoU on power ... signed 12 agreements in all": a count of the agreements
    // already named is their tally, no node of its own (a set the lead names first is one: "signed 11 agreements").
    if (found.counted && clusters.length > 0) continue;
    const raw = sameCityKnown(found);
    const sentence = state.sentences[raw.sentence] as Sentence;
    // "..., if the Taliban hold up their end of the deal, the joint statement said": the statement that carries the
    // news is no name of the deal it tells of, so it joins only another such channel and leaves the focus alone.
    const channel = channelMention(raw, state);
    // The sentence's two countries are read only when a description must be told apart by them.
    // An unnamed arrow: tsx renames a named closure each time it is built, once per mention here.
    let pairOfSentence: string[] | undefined;
    let cluster: Cluster | undefined = channel
      ? clusters.find((c) => channelOnly(c, state))
      : clusterFor(
          state.text,
          headline,
          clusters,
          focus,
          raw,
          state.input.publishedAt ?? null,
          () => (pairOfSentence ??= sentencePair(state, sentence)),
        );
    // "Israel and Jordan signed a peace deal in 1994" after the gas deal signed on Monday: another time's deal.
    if (cluster && !raw.name && toldOfItsTime(state.text, cluster, state.input.publishedAt ?? null)) {
      const alone = newCluster(raw);
      readSentence(state, alone, raw, resources.gazetteer.organizations, sentenceCues);
      if (signedInAnotherYear(state.text, alone, cluster, state.input.publishedAt ?? null))
        cluster = undefined;
    }
    if (!cluster) {
      cluster = newCluster(raw);
      clusters.push(cluster);
    }
    if (!channel) focus = cluster;
    // The full name wins over the short one it was first called by.
    if (raw.name && cluster.name && shortNameOf(slug(cluster.name), slug(raw.name))) cluster.name = raw.name;
    cluster.descriptor ??= raw.relationship ? null : raw.descriptor;
    cluster.known ??= raw.known;
    cluster.mentions.push(raw);
    // A bare "the agreement" says little of a memorandum's kind: names and descriptions outvote it.
    const vote = raw.name ? 100 : raw.descriptor ? 10 : 1;
    if (raw.kind) cluster.kinds.set(raw.kind, (cluster.kinds.get(raw.kind) ?? 0) + vote);
    if (raw.relationship && raw.descriptor && !cluster.relationships.includes(raw.descriptor))
      cluster.relationships.push(raw.descriptor);
    cluster.aliases.add(raw.surface);
    if (raw.partyPhrase) cluster.aliases.add(raw.partyPhrase);
    for (const party of raw.parties) if (!cluster.parties.includes(party)) cluster.parties.push(party);
    readSentence(state, cluster, raw, resources.gazetteer.organizations, sentenceCues);
  }
  clusters = joinHeadlinePreviews(
    resolveBareAgreements(
      absorbDescriptions(clusters, state.text, state.input.publishedAt ?? null),
      state.input.publishedAt ?? null,
      state.text,
    ),
    state.words,
  );
  clusters = readNamedAppositions(state, clusters);
  clusters = joinCeasefires(clusters, true);
  clusters = joinBrokeredCeasefires(clusters, state);
  clusters = joinPeaceRedescriptions(clusters);
  clusters = joinRoadmaps(clusters, state);
  const pair = mainPair(state);
  const lead = leadPair(state);
  // Read only when a deal takes its sides from the story, which few articles need: each country mention is walked.
  const sidesFrom = clusters;
  let onlookers: ReadonlySet<string> | undefined;
  const onlookersOf = (): ReadonlySet<string> => (onlookers ??= onlookersNotHosting(state, sidesFrom));
  const signDate = articleSignDate(state);
  for (const cluster of clusters) {
    // A relationship alone ("in bilateral partnership with ...") takes no sides from the story: only a party or a
    // signing its own sentences name makes it a pact.
    const relationshipOnly = cluster.name === null && cluster.mentions.every((m) => m.relationship);
    // Signatories stand for their states; ones the article gives no state leave the sides to the story.
    const signingStates = cluster.signatories.some((id) => state.persons.get(id)?.country);
    if (cluster.parties.length === 0 && !signingStates && !relationshipOnly)
      cluster.parties.push(...impliedParties(state, cluster, pair, lead, onlookersOf));
    if (cluster.parties.length === 0 && !signingStates && !relationshipOnly)
      cluster.parties.push(...agreedToSides(state, cluster, clusters, resources.gazetteer.organizations));
    if (cluster.status === 'signed' && !cluster.signedOn && !cluster.name) cluster.signedOn = signDate;
  }
  for (const cluster of clusters) {
    for (const signatory of cluster.signatories) {
      const country = state.persons.get(signatory)?.country;
      // A guarantor signs for no side ("Mediators Egypt, Qatar and Turkey joined Trump in signing").
      if (country && !cluster.parties.includes(country) && !articleGoBetweens(state).has(country))
        cluster.parties.push(country);
    }
  }
  for (const cluster of clusters)
    for (const side of completedSides(state, cluster, pair, lead))
      if (!cluster.parties.includes(side)) cluster.parties.push(side);
  clusters = joinCeasefires(clusters, false);
  clusters = joinHomeSides(clusters, state);
  // Movements the article names (not unions of states), which may stand for a side the text gives as a country.
  const movements = [...state.organizations.values()].filter((o) => o.kind !== 'intergovernmental');
  for (const cluster of clusters)
    cluster.known ??= knownByParties(
      cluster,
      index,
      cluster.parties.map((p) => partyName(state, p)),
      state.input.publishedAt ?? null,
      movements,
    );
  for (const cluster of clusters)
    cluster.known ??= knownByYear(
      cluster,
      index,
      [...state.countries.keys()],
      cluster.parties.map((p) => partyName(state, p)),
    );
  // Cities its sentences name: places, and capitals (read as their countries elsewhere).
  const placesOf = (cluster: Cluster): string[] => {
    const places = cluster.mentions.flatMap((raw) => {
      const sentence = state.sentences[raw.sentence] as Sentence;
      return startingIn(state.mentions, sentence.start, sentence.end)
        .filter((m) => m.kind === 'place' || m.via === 'capital')
        .map((m) => state.text.slice(m.start, m.end));
    });
    return [...new Set(places)];
  };
  for (const cluster of clusters)
    cluster.known ??= knownByPlace(
      cluster,
      index,
      () => placesOf(cluster),
      state.input.publishedAt ?? null,
      cluster.parties.map((p) => partyName(state, p)),
    );
  // A name written a little differently from a known one's, or a city's name for one; the sides the article names
  // are read only if one is left.
  if (clusters.some((c) => c.name !== null && c.known === null)) {
    const namedSides = new Set(state.mentions.map((m) => m.id));
    for (const cluster of clusters) cluster.known ??= knownByNameWords(cluster, index, namedSides);
    // Known agreements the article names by their own names, before any city's name is read as one.
    const namedKnown = new Set(clusters.flatMap((c) => (c.known === null ? [] : [c.known])));
    for (const cluster of clusters)
      cluster.known ??= knownByPlaceName(
        cluster,
        index,
        () => placesOf(cluster),
        namedSides,
        state.input.publishedAt ?? null,
        namedKnown,
      );
  }
  const carriesNews = (c: Cluster): boolean => channelOnly(c, state) || unsignedStatement(c, state);
  clusters = joinSidelessCopies(clusters, state, carriesNews);
  clusters = joinSidelessNarrowings(clusters);
  clusters = joinSidelessRetellings(clusters, state, carriesNews);
  clusters = joinCityNames(clusters, state);
  clusters = joinCaptiveExchanges(clusters);
  clusters = moveSuccessorMentions(state, clusters);
  clusters = joinKnownDescriptions(state.text, clusters);
  clusters = joinSameInstruments(state, clusters);
  clusters = joinNamedTwoWays(clusters, state.words);
  clusters = joinPeaceTitles(clusters);
  clusters = joinLeadRetellings(state.text, clusters, state.words, headline);
  clusters = joinLaterTitles(clusters, state.words, headline, state.input.publishedAt ?? null);
  clusters = joinKindOnlyTitles(clusters);
  clusters = joinGenericKinds(clusters, state);
  clusters = joinLeadTitles(clusters, state.words);
  clusters = joinNewDealNames(clusters, state);
  // A reference that nothing in the article identifies is no agreement an analyst could tell apart from others.
  // Nor is a relationship alone ("the close partnership of the alliance", "to establish a robust partnership with
  // India", "strengthen the strategic cooperation partnership between the two countries"), two parties or not:
  // only a document (a treaty, a declaration), a proper name or a signing makes it a pact.
  clusters = clusters.filter(
    (c) =>
      !isBare(c) &&
      !unidentifiedOther(c) &&
      !channelOnly(c, state) &&
      !unsignedStatement(c, state) &&
      !(
        c.known === null &&
        c.name === null &&
        c.signatories.length === 0 &&
        c.mentions.every((m) => m.relationship)
      ),
  );
  clusters = joinSameSides(clusters, state);
  clusters = joinHostSides(clusters, state);
  clusters = joinSpeakerSides(clusters, state);
  clusters = joinLoneSides(clusters, state);
  for (const cluster of clusters) nameKindOnlyTitle(state, cluster);
  const keys = canonicalKeys(clusters, state.input.publishedAt ?? null, state.text);
  // An army that becomes a side is an organization of the article's.
  const organizations = new Map(state.organizations);
  const withArmies: ExtractState = { ...state, organizations };
  const armyMentions: EntityMention[] = [];
  const agreements: AgreementItem[] = [];
  const agreementMentions: EventMention[] = [];
  // Agreements whose date is a signing day the article told, which a later group of the same deal keeps.
  const toldDayIds = new Set<string>();
  for (const cluster of clusters) {
    const known = cluster.known;
    const kind = known?.kind ?? dominantKind(cluster);
    // A known agreement's parties are the data's; one open to every state lists none, whoever the text names.
    // An organization side (a movement, a union) is a party where the article names it, a graph node of its own.
    const parties = armedForcesSides(
      state,
      resources,
      known
        ? known.parties.filter((p) => !p.startsWith('org:') || state.organizations.has(p))
        : homeWarSides(state, cluster, warringMovementSides(state, cluster.parties)),
      organizations,
      armyMentions,
    );
    // "a ceasefire agreement in Gaza" with no side named: its place tells it apart ("Gaza ceasefire agreement").
    const partyNames =
      parties.length > 0 || known || cluster.name
        ? parties.map((p) => partyName(withArmies, p)).join('–')
        : (placeNamed(state, cluster.mentions) ?? '');
    const name =
      known?.name ?? cluster.name ?? [partyNames, describedAs(cluster)].filter((p) => p !== '').join(' ');
    const key = keys.get(cluster) ?? name;
    const id = `agreement:${slug(key) || 'unnamed'}`;
    const evidence = sentenceEvidence(state, cluster.mentions);
    for (const raw of cluster.mentions) {
      agreementMentions.push({ id, start: raw.start, end: raw.end, sentence: raw.sentence });
    }
    // "the U.S.-Japan deal" when the article writes "U.S.": the name by parties as the article calls them too.
    const articleNames = parties.map((p) => articlePartyName(state, p));
    const articleForm =
      known === null && cluster.name === null && articleNames.some((n) => n !== null)
        ? [parties.map((p, i) => articleNames[i] ?? partyName(withArmies, p)).join('–'), describedAs(cluster)]
            .filter((p) => p !== '')
            .join(' ')
        : null;
    // A known agreement keeps the name the article gave it too ("the Istanbul agreement").
    const ownName = known !== null && cluster.name !== null ? [cluster.name] : [];
    const aliases = [
      ...new Set([...cluster.relationships, ...cluster.aliases, ...ownName, articleForm ?? name]),
    ]
      .filter((a) => a !== name)
      .sort();
    // A known date the article could not know yet (a treaty signed after it was published) is not its fact.
    const knownDate =
      known?.signedOn && known.signedOn <= (state.input.publishedAt ?? '9999') ? known.signedOn : null;
    // "the accord, signed on Friday, December 5", "the rebels signed it today": a full day the article's own
    // signing sentence tells, in the year the list gives, is the fact it reports over the list's day (a time zone
    // apart, or a later party's signing); another year's day is an accession, a revision or the dateline's.
    const toldSigningDay =
      knownDate !== null &&
      cluster.signingDated &&
      cluster.signedOn?.length === 10 &&
      cluster.signedOn.startsWith(knownDate.slice(0, 4)) &&
      cluster.signedOn <= (state.input.publishedAt ?? '9999')
        ? cluster.signedOn
        : null;
    const signedOn = toldSigningDay ?? knownDate ?? signingDate(cluster);
    // Only the article's own telling makes it signed: a signing's date, or any year written with it ("the 2015
    // deal", "a 1951 treaty", even one too loose to keep as the date). A day by "the truce took effect on Sunday"
    // or the well-known agreement's own date is no word that it was signed.
    const toldYear = cluster.signedOn?.length === 4 ? cluster.signedOn : null;
    const signedBy = (cluster.signingDated ? cluster.signedOn : toldYear) ?? cluster.statedYear;
    const status =
      cluster.status ?? (signedBy && signedBy <= (state.input.publishedAt ?? '9999') ? 'signed' : null);
    const existing = agreements.find((a) => a.id === id);
    if (existing) {
      existing.evidence.push(...evidence);
      // "the Istanbul agreement" known as the Black Sea Grain Initiative the article also names: one node, every
      // name the article gives it.
      const names = new Set([...existing.aliases, ...aliases, name].filter((a) => a !== existing.name));
      existing.aliases = [...names].sort();
      // "marked the treaty's anniversary ... On August 12th, 1978, they signed the treaty": a known deal may come
      // out of two groups, one of them telling its signing; the node stands as the group that tells one.
      existing.status ??= status;
      if (toldSigningDay !== null && !toldDayIds.has(id)) {
        existing.signedOn = toldSigningDay;
        toldDayIds.add(id);
      } else existing.signedOn ??= signedOn;
    } else {
      if (toldSigningDay !== null) toldDayIds.add(id);
      agreements.push({
        id,
        name,
        aliases,
        kind,
        // After the army step, so the country stays the state's side; the name keeps the sides the deal's own
        // words give ("Colombia ceasefire agreement"), the movement being the story's, not the title's.
        parties: [...namedMovementSide(state, resources, cluster, parties)],
        signatories: cluster.signatories,
        signedOn,
        place: cluster.place,
        status,
        evidence,
        concludedAt: null,
      });
    }
  }
  const resolutions = councilResolutions(state);
  agreements.push(...resolutions.agreements);
  agreementMentions.push(...resolutions.mentions);
  agreementMentions.sort((a, b) => a.start - b.start);
  const mentions = armyMentions.length > 0 ? mergeMentions(state.mentions, armyMentions) : state.mentions;
  return { ...state, organizations, mentions, agreements, agreementMentions };
}
