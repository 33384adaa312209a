// Reads what a sentence says about an agreement (signatories, date, place, status, signing parties) and the
// article-level fallbacks ("the two sides", the signing date); the cluster type the grouping stage builds.

import type { AgreementItem } from '../../domain/extraction-result.ts';
import { tidyTopic, type RawAgreement } from './agreement-mentions.ts';
import {
  DECLARATION_PARTY_VERB_WORDS,
  NOMINAL_ACT_FOLLOWERS,
  PAIR_COUNT_WORDS,
  PAIR_GROUP_NOUNS,
  PARTY_VERB_WORDS,
  STRICT_SIGN_WORDS,
  TELLING_VERB_WORDS,
} from '../lexicon/agreement-act-words.ts';
import {
  PROVISION_CUE_ADVERBS,
  PROVISION_CUE_WORDS,
  SIGN_VERBS,
  SIGNING_CLAUSE_OPENERS,
  SIGNING_NOUN_DETERMINERS,
  SIGNING_NOUN_FOLLOWERS,
  STATUS_CUES,
} from '../lexicon/event-words.ts';
import { CEASEFIRE_NAME_WORDS } from '../lexicon/agreement-reference-words.ts';
import type { KnownAgreement } from '../lexicon/known-agreements.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { COUNTERPART_HEADS } from '../lexicon/role-words.ts';
import { SPEECH_VERBS } from '../lexicon/word-lists.ts';
import { leadEnd } from '../text/segment-text.ts';
import type { EntityMention, ExtractState, Sentence } from '../types.ts';
import { isEndedNegotiation } from './ended-negotiation.ts';
import { isPendingSigning, prospectSignings } from './pending-signing.ts';
import { articleGoBetweens, articlePartOwners, isPartyMention } from './party-mentions.ts';

export const STATUS_ORDER: Record<string, number> = {
  withdrawn: 6,
  suspended: 5,
  ratified: 4,
  signed: 3,
  negotiating: 2,
  proposed: 1,
};
const STATUS_REACH = 90;
const GLOBAL_STATUS_CUES = STATUS_CUES.map(
  ([status, cue]) => [status, new RegExp(cue.source, 'gi')] as const,
);
/** A party verb used as a noun ("welcomed the signing of the deal"): no subject of its own stands before it. */
const NOT_NOMINAL = `(?! (?:${NOMINAL_ACT_FOLLOWERS.join('|')})\\b)`;
/**
 * An infinitive's subject may be someone else's ("Trump is looking forward to Baku and Yerevan to sign"): a party
 * verb right after "to" tells no subject.
 */
const NOT_INFINITIVE = '(?<!\\bto )';
/** Verbs whose subjects are an agreement's parties ("Iran and Saudi Arabia agreed ... in a deal"). */
const PARTY_VERBS = new RegExp(`${NOT_INFINITIVE}\\b(?:${PARTY_VERB_WORDS.join('|')})\\b${NOT_NOMINAL}`, 'i');
const DECLARATION_PARTY_VERBS = new RegExp(
  `${NOT_INFINITIVE}\\b(?:${[...PARTY_VERB_WORDS, ...DECLARATION_PARTY_VERB_WORDS].join('|')})\\b${NOT_NOMINAL}`,
  'i',
);
const AGREED_TO = /\bagreed(?: on \w+)? (to (?:[a-z-]+ ){1,5}[a-z-]+)/;
export const STRICT_SIGN = new RegExp(`\\b(?:${STRICT_SIGN_WORDS.join('|')})\\b`, 'i');
const STRICT_SIGN_ALL = new RegExp(STRICT_SIGN.source, 'gi');
/** "the two sides", "both countries": the article's main pair of countries are the parties. */
export const BILATERAL = new RegExp(
  `\\b(?:${PAIR_COUNT_WORDS.join('|')}) (?:${PAIR_GROUP_NOUNS.join('|')})\\b|\\bbilateral\\b`,
  'i',
);
/** "the 1960 Treaty of ...", "a 1951 Mutual Defense Treaty", "Iran's 2015 deal": the year it was concluded. */
const YEAR_BEFORE_NAME = /\b(?:the|a|an|its|their|this|that|[A-Z][\w-]*['’]s) ((?:19|20)\d{2}) $/;
/** "and in 2014 signed the Enhanced Defense Cooperation Agreement": the same, told with the signing before it. */
const SIGNED_IN_YEAR = /\bin ((?:19|20)\d{2}),? (?:signed|concluded|reached|struck) (?:the|an?) $/;
/** Words before "sign" that make it a signing that has not happened ("would not sign", "plans to soon sign"). */
const UNREAL_SIGNING =
  /\b(?:not|never|n['’]t|would|will|to|must|could|may|might)\s+(?:(?:soon|[a-z]+ly)\s+)?$/;
/** How far before "sign" UNREAL_SIGNING's words may stand ("to soon ", "would not "). */
const UNREAL_REACH = 20;
/** A verb of telling between an agreement and a date: the date is when it was told. */
const SPEECH_VERB = new RegExp(`\\b(?:${TELLING_VERB_WORDS.join('|')})\\b`);
/** "a 1951 Mutual Defense Treaty" read as one mention of a well-known treaty: the year opens the mention itself. */
const YEAR_OPENING_MENTION = /^((?:19|20)\d{2}) /;
/** "an agreement signed in 2001": the same, told after it. */
const YEAR_AFTER_NAME = /^,? (?:first )?(?:signed|concluded|reached|agreed) in ((?:19|20)\d{2})\b/;

export interface Cluster {
  name: string | null;
  descriptor: string | null;
  kinds: Map<string, number>;
  relationships: string[];
  aliases: Set<string>;
  parties: string[];
  signatories: string[];
  signedOn: string | null;
  /**
   * Whether a signing verb stood in the sentence `signedOn` came from: a date by "the truce took effect on Sunday"
   * dates the deal, but only a signing's date tells it was signed.
   */
  signingDated: boolean;
  /**
   * Whether any verb of making ("signed", "struck", "reached", "sealed") stood in that sentence: "In September 2016,
   * Jordan struck a deal" dates a deal made then, where "the deal, the minister said on Monday" dates nothing.
   */
  madeDated: boolean;
  /**
   * The year written with it ("the 1960 Treaty", "signed in 2001"): its signing date when no month or day is
   * found, for a year alone is otherwise too loose to keep.
   */
  statedYear: string | null;
  place: string | null;
  status: AgreementItem['status'];
  mentions: RawAgreement[];
  /** The well-known agreement it is, by name or by its parties, kind and date. */
  known: KnownAgreement | null;
}

export const newCluster = (raw: RawAgreement): Cluster => ({
  name: raw.name,
  descriptor: raw.relationship ? null : raw.descriptor,
  kinds: new Map(),
  relationships: [],
  aliases: new Set(),
  parties: [],
  signatories: [],
  signedOn: null,
  signingDated: false,
  madeDated: false,
  statedYear: null,
  place: null,
  status: null,
  mentions: [],
  known: raw.known,
});

/**
 * "The agreement also calls for distributing humanitarian assistance": a proposal cue right after the mention, whose
 * subject it is, tells what the agreement provides.
 */
function providedBy(body: string, end: number, cue: StatusCue): boolean {
  if (cue.index < end || !PROVISION_CUE_WORDS.has(cue.text.split(' ')[0]?.toLowerCase() ?? '')) return false;
  const gap = body.slice(end, cue.index).trim();
  return gap === '' || gap.split(/\s+/).every((w) => PROVISION_CUE_ADVERBS.has(w.toLowerCase()));
}

/** A status cue found in a sentence: its status, where it starts in the sentence, and its words. */
interface StatusCue {
  status: NonNullable<AgreementItem['status']>;
  index: number;
  text: string;
}

/**
 * What readSentence asks of a sentence's text alone, read once per sentence: several mentions often share one, and
 * each pattern runs over the whole sentence wherever the mention stands.
 */
interface SentenceCues {
  /** Every status cue, in STATUS_CUES' order and then the text's (statusNear's ties go to the first). */
  status: StatusCue[];
  sign: RegExpExecArray | null;
  agreedTo: RegExpExecArray | null;
  /** The party verb, read when a mention first asks (a declaration's list is longer); null when there is none. */
  partyVerb?: RegExpExecArray | null;
  declarationPartyVerb?: RegExpExecArray | null;
  previousSigned: boolean;
}

/** One article's sentence cues by sentence index: made by the caller per article, so nothing outlives it. */
export type SentenceCueMemo = Map<number, SentenceCues>;

function readSentenceCues(state: ExtractState, index: number, body: string): SentenceCues {
  const status: StatusCue[] = [];
  for (const [name, cue] of GLOBAL_STATUS_CUES) {
    // exec() from lastIndex 0 finds what matchAll() does (no cue matches ""), without cloning the RegExp per call.
    cue.lastIndex = 0;
    for (let match = cue.exec(body); match; match = cue.exec(body)) {
      // "the deal will be signed next week": a signing still ahead is a proposal.
      // "after weeks of negotiations, the sides reached a deal": talks behind the deal are no status of it.
      if (name === 'negotiating' && isEndedNegotiation(body, match.index)) continue;
      const pending = name === 'signed' && isPendingSigning(body, match.index);
      status.push({ status: pending ? 'proposed' : name, index: match.index, text: match[0] });
    }
  }
  // "expected the two leaders to soon sign a new treaty": a signing ahead with no signed word to put ahead.
  for (const index of prospectSignings(body)) status.push({ status: 'proposed', index, text: 'to sign' });
  // "Among them was a long-term agreement ...": the signing may be told in the sentence before.
  const previous = state.sentences[index - 1];
  return {
    status,
    sign: SIGN_VERBS.exec(body),
    agreedTo: AGREED_TO.exec(body),
    previousSigned:
      previous !== undefined &&
      !previous.ignored &&
      tellsSigningDone(state.text.slice(previous.start, previous.end)),
  };
}

/**
 * Whether a sentence tells a signing done: a signing word not put ahead ("The accord will be signed on Friday. It
 * covers fisheries." tells no signing of the accord).
 */
function tellsSigningDone(body: string): boolean {
  STRICT_SIGN_ALL.lastIndex = 0;
  for (let match = STRICT_SIGN_ALL.exec(body); match; match = STRICT_SIGN_ALL.exec(body))
    if (!isPendingSigning(body, match.index)) return true;
  return false;
}

/** The first verb whose subjects are the parties, for a declaration's mention or another's. */
function partyVerbIn(cues: SentenceCues, body: string, declaration: boolean): RegExpExecArray | null {
  if (declaration) {
    if (cues.declarationPartyVerb === undefined)
      cues.declarationPartyVerb = DECLARATION_PARTY_VERBS.exec(body);
    return cues.declarationPartyVerb;
  }
  if (cues.partyVerb === undefined) cues.partyVerb = PARTY_VERBS.exec(body);
  return cues.partyVerb;
}

/** The status cue nearest the mention in its sentence ("suspended New START ... withdrew from the INF Treaty"). */
function statusNear(
  body: string,
  cues: readonly StatusCue[],
  start: number,
  end: number,
): AgreementItem['status'] {
  let best: AgreementItem['status'] = null;
  let bestDistance = STATUS_REACH;
  for (const cue of cues) {
    if (cue.status === 'proposed' && providedBy(body, end, cue)) continue;
    // From the nearer end of the mention: a long name puts its last word nearer the verb after it.
    const distance = cue.index < start ? start - cue.index : Math.max(0, cue.index - end);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cue.status;
    }
  }
  return best;
}

/** What may stand between an agreement's mention and a signing participle after it ("Memorandum| of Understanding"). */
const AGREEMENT_TAIL = /^(?:\s+of(?:\s+\p{Lu}[\p{L}-]*)+)?\s+$/u;

/** People who signed: the subject before a signing verb ("Putin and Kim reached"), or the agent after "signed ... by". */
function signersIn(
  state: ExtractState,
  sentence: Sentence,
  signAt: number,
  signEnd: number,
  agreementEnd: number,
): string[] {
  const { text, mentions, words } = state;
  const persons = (from: number, to: number): string[] =>
    startingIn(mentions, from, to)
      .filter((m) => m.kind === 'person')
      .map((m) => m.id);
  const after = text.slice(signEnd, sentence.end);
  const agent = /^(?: [\w-]+){0,4}? by /.exec(after);
  if (agent) {
    const stop = /[;.]|, (?!and )|\b(?:in a|witnessed|while|as)\b/.exec(after.slice(agent[0].length));
    return persons(signEnd, signEnd + agent[0].length + (stop ? stop.index : after.length));
  }
  const head = text.slice(sentence.start, signAt);
  if (/\b(?:their|both)\b[^.]{0,30}$/i.test(head)) return persons(sentence.start, signAt);
  const signedWith = /^ with /.test(after);
  const withPeople = signedWith ? persons(signEnd, signEnd + 80) : [];
  // "Kagame witnessed the signing ceremony", "Ramaphosa welcomed the signing of the ceasefire", "Xi discussed the
  // memorandum signed between Ethiopia and Somaliland": a signing told of as a thing, or of the agreement just
  // named, is no deed of the people before it (an onlooker, a host, a mediator).
  const at = wordIndexAt(words, signAt);
  const previous = words[at - 1];
  const next = words[at + 1];
  if (
    (previous?.sentence === words[at]?.sentence && SIGNING_NOUN_DETERMINERS.has(previous?.lower ?? '')) ||
    (next?.sentence === words[at]?.sentence && SIGNING_NOUN_FOLLOWERS.has(next?.lower ?? ''))
  )
    return withPeople;
  // Unless it was signed "with" someone: "Mali's president urged citizens to back a peace deal signed with the
  // rebels" names one side after it and may name the other before.
  if (!signedWith && agreementEnd <= signAt && AGREEMENT_TAIL.test(text.slice(agreementEnd, signAt)))
    return [];
  // "Mao made the remarks when asked to comment that Hamas reached a deal": the signing's own clause.
  let clauseAt = sentence.start;
  for (let i = at - 1; i >= 0 && words[i]?.sentence === words[at]?.sentence; i--)
    if (SIGNING_CLAUSE_OPENERS.has(words[i]?.lower ?? '')) {
      clauseAt = words[i]?.end ?? clauseAt;
      break;
    }
  const clauseStart = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  const before = persons(
    Math.max(clauseAt, clauseStart === -1 ? sentence.start : sentence.start + clauseStart),
    signAt,
  );
  return [...before, ...withPeople];
}

const SAYING = new Set<string>(SPEECH_VERBS);

/**
 * Where the clause a speech verb reports begins, or -1: "Malaysian Prime Minister Anwar Ibrahim said Thailand and
 * Cambodia have agreed to a ceasefire" is agreed by Thailand and Cambodia, not by the Malaysian who tells of it.
 */
function reportedClauseStart(state: ExtractState, start: number, end: number): number {
  let at = -1;
  for (let i = wordIndexAt(state.words, start); i < state.words.length; i++) {
    const word = state.words[i];
    if (!word || word.end > end) break;
    if (SAYING.has(word.lower)) at = word.end;
  }
  return at;
}

/**
 * Facts from the sentence of a mention: signing people and date, place, status, subject parties. `memo` keeps each
 * sentence's cues for the article's other mentions in it.
 */
export function readSentence(
  state: ExtractState,
  cluster: Cluster,
  raw: RawAgreement,
  knownOrganizations?: ReadonlyMap<string, unknown>,
  memo: SentenceCueMemo = new Map(),
): void {
  const sentence = state.sentences[raw.sentence] as Sentence;
  const body = state.text.slice(sentence.start, sentence.end);
  let cues = memo.get(raw.sentence);
  if (!cues) {
    cues = readSentenceCues(state, raw.sentence, body);
    memo.set(raw.sentence, cues);
  }
  const status =
    statusNear(body, cues.status, raw.start - sentence.start, raw.end - sentence.start) ??
    (cues.previousSigned ? 'signed' : null);
  raw.toldStatus = status;
  if (status && (STATUS_ORDER[status] ?? 0) > (STATUS_ORDER[cluster.status ?? ''] ?? 0))
    cluster.status = status;
  const { sign } = cues;
  // "Baku said it would not sign the document until ...": a signing that has not happened has no date.
  const signed = sign && !UNREAL_SIGNING.test(body.slice(Math.max(0, sign.index - UNREAL_REACH), sign.index));
  const ofSentence = state.dates.filter((d) => d.sentence === raw.sentence);
  // "… four decades of conflict, the two countries said on Thursday": a date that belongs to the telling is not
  // the signing date, however close.
  // "they will sign the treaty in early April": a date beside a signing still planned is the plan's.
  const near = (sign && !signed ? [] : ofSentence).filter(
    (d) =>
      d.start > raw.start - 30 &&
      d.start < raw.end + 30 &&
      !SPEECH_VERB.test(
        d.start > raw.end ? state.text.slice(raw.end, d.start) : state.text.slice(d.end, raw.start),
      ),
  );
  // Else the date nearest the signing verb ("signed in Pyongyang on June 19", not the dateline's date).
  const signAt0 = sign ? sentence.start + sign.index : -1;
  const sameSentence = signed ? ofSentence.filter((d) => Math.abs(d.start - signAt0) < 140) : [];
  sameSentence.sort((a, b) => Math.abs(a.start - signAt0) - Math.abs(b.start - signAt0));
  // The mention may start at its kind word ("Treaty") or at the year; the year stands before the name.
  const nameAt = raw.name ? state.text.lastIndexOf(raw.name, raw.end) : -1;
  const head = nameAt >= sentence.start ? nameAt : raw.start;
  const statedYear =
    YEAR_BEFORE_NAME.exec(state.text.slice(Math.max(0, head - 40), head))?.[1] ??
    SIGNED_IN_YEAR.exec(state.text.slice(Math.max(0, head - 40), head))?.[1] ??
    YEAR_AFTER_NAME.exec(state.text.slice(raw.end, raw.end + 30))?.[1] ??
    YEAR_OPENING_MENTION.exec(state.text.slice(raw.start, raw.end))?.[1];
  cluster.statedYear ??= statedYear ?? null;
  const dated = near[0] ?? sameSentence[0];
  if (dated && /^\d{4}/.test(dated.value) && cluster.signedOn === null) {
    cluster.signedOn = dated.value;
    cluster.signingDated = signed ? STRICT_SIGN.test(sign[0]) : false;
    cluster.madeDated = Boolean(signed);
  }
  // "Japan and the Philippines signed a defense pact", "Iran and Saudi Arabia agreed ... in a deal": the
  // countries that sign or agree are the parties.
  const partyVerb = partyVerbIn(cues, body, raw.kind === 'declaration');
  const partyAt = partyVerb ? sentence.start + partyVerb.index : -1;
  if (partyVerb && partyAt < raw.start) {
    const head = state.text.slice(sentence.start, partyAt);
    const boundary = /(?:, |\b(?:that|which|who) )(?![\s\S]*(?:, |\b(?:that|which|who) ))/.exec(head);
    const clauseStart = Math.max(
      boundary ? listStart(state, sentence.start, sentence.start + boundary.index) : sentence.start,
      reportedClauseStart(state, sentence.start, partyAt),
    );
    for (const m of startingIn(state.mentions, clauseStart, partyAt))
      if (isPartyMention(state, m, knownOrganizations) && !cluster.parties.includes(m.id))
        cluster.parties.push(m.id);
  }
  // "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations ... in a deal": what they agreed
  // describes the deal.
  const { agreedTo } = cues;
  if (agreedTo?.[1] && !cluster.name && !cluster.descriptor && !raw.descriptor) {
    // One purpose: "to restore diplomatic relations and reopen their embassies" is named by its first verb.
    const purpose = tidyTopic(agreedTo[1].split(' and ')[0] ?? agreedTo[1]);
    cluster.descriptor = `${raw.surface.split(' ').pop() ?? 'agreement'} ${purpose}`;
  }
  if (!sign) return;
  const signAt = sentence.start + sign.index;
  for (const id of signersIn(state, sentence, signAt, signAt + sign[0].length, raw.end))
    if (!cluster.signatories.includes(id)) cluster.signatories.push(id);
  const place = startingIn(state.mentions, sentence.start, sentence.end).find((m) => m.kind === 'place');
  cluster.place ??= place?.id ?? null;
}

/** "... the foreign ministers of Egypt, Ethiopia and Sudan": a list of sides after "of" (a title's, a group's). */
const LIST_OPENER = /\bof (?:the )?$/i;
/** A list item is a side or a person with a title or two: "Egyptian President Abdel Fattah el-Sisi". */
const MAX_LIST_ITEM_WORDS = 8;
const MAX_LIST_ITEMS = 30;

/**
 * Where the clause whose last comma is at `comma` starts, reading through a list of sides or of their leaders
 * ("Egypt, Ethiopia and Sudan have signed", "the foreign ministers of Egypt, Ethiopia and Sudan agreed", "US
 * President Joe Biden, Egyptian President Sisi and ... issued"): a comma between items that each start and end
 * with a name, the list opening the sentence or following "of", is no clause boundary. Else the comma itself.
 */
function listStart(state: ExtractState, sentenceStart: number, comma: number): number {
  const { text } = state;
  const names = startingIn(state.mentions, sentenceStart, comma + 12).filter((m) => m.kind !== 'place');
  const startsName = (at: number): boolean => {
    const skip = /^(?:and )?(?:the )?/i.exec(text.slice(at, at + 8))?.[0].length ?? 0;
    return names.some((m) => m.start === at + skip);
  };
  if (!startsName(comma + 2)) return comma;
  let at = comma;
  let listed = comma;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    const open = text.lastIndexOf(', ', at - 1);
    const itemStart = open >= sentenceStart ? open + 2 : sentenceStart;
    const last = names.find((m) => m.end === at);
    if (!last) return listed;
    const item = text.slice(itemStart, at);
    if (!startsName(itemStart) || item.split(' ').length > MAX_LIST_ITEM_WORDS)
      return LIST_OPENER.test(text.slice(itemStart, last.start)) ? last.start : listed;
    if (itemStart === sentenceStart) return itemStart;
    listed = itemStart;
    at = open;
  }
  return listed;
}

/** The two countries an article names most: "the two sides" of a bilateral story. */
export function mainPair(state: ExtractState): string[] {
  const counts = new Map<string, number>();
  for (const m of state.mentions)
    if (m.kind === 'country' && isPartyMention(state, m)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // Only a clear pair: the second named more than once (a mediator's nationality, a host country named in
  // passing is no side), the third well behind it.
  if (
    ranked.length < 2 ||
    (ranked[1]?.[1] ?? 0) < 2 ||
    (ranked[2] && (ranked[2][1] ?? 0) * 1.5 > (ranked[1]?.[1] ?? 0))
  )
    return [];
  // "Somalia's breakaway region of Somaliland": the story's other side is the part, which is no country.
  const pair = ranked.slice(0, 2).map(([id]) => id);
  return pair.some((id) => articlePartOwners(state).has(id)) ? [] : pair;
}

/**
 * The two countries the headline and lead set against each other ("Biden, Kishida unveil ...", "Iran, Saudi
 * Arabia agree ..."): what "the two sides" means when a third country is talked of as much (China brokering).
 * A person stands for their country; a capital is a place here, not an actor.
 */
export function leadPair(state: ExtractState): string[] {
  const end = leadEnd(state);
  const pair: string[] = [];
  for (const m of state.mentions) {
    if (m.start >= end || pair.length === 2) break;
    const country =
      m.kind === 'country' && isPartyMention(state, m)
        ? m.id
        : m.kind === 'person'
          ? (state.persons.get(m.id)?.country ?? null)
          : null;
    // "Somalia's breakaway region of Somaliland": the lead's other side is the part, which is no country.
    if (country && articlePartOwners(state).has(country)) return [];
    // "Trump, Sisi and Erdogan sign ..." where "mediators Egypt, Qatar and Turkey" sign too: a go-between's leader
    // stands for no side.
    if (country && !pair.includes(country) && !articleGoBetweens(state).has(country)) pair.push(country);
  }
  return pair.length === 2 ? pair : [];
}

/**
 * The countries named in a sentence, when there are exactly two: "The Philippines is also bound to the United
 * States by a 1951 Mutual Defense Treaty" is between those two, whoever else the article is about.
 * `withoutNationalities` leaves out a country named only as a person's nationality (personsNationality).
 */
export function sentencePair(
  state: ExtractState,
  sentence: Sentence,
  withoutNationalities = false,
): string[] {
  const ids = new Set<string>();
  const mentions = startingIn(state.mentions, sentence.start, sentence.end);
  mentions.forEach((m, i) => {
    if (m.kind !== 'country' || !isPartyMention(state, m)) return;
    if (withoutNationalities && personsNationality(state, m, mentions[i + 1])) return;
    ids.add(m.id);
  });
  return ids.size === 2 ? [...ids] : [];
}

const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set(COUNTERPART_HEADS);

/** How many title words may stand between a nationality and the person it describes ("French Foreign Minister X"). */
const NATIONALITY_TITLE_REACH = 3;

/**
 * "his Swedish counterpart", "French President Francois Hollande": a nationality that only tells whose a person is.
 * Where no signer's state names the sides, such a person is met or quoted beside the deal, not a party to it.
 */
function personsNationality(
  state: ExtractState,
  mention: EntityMention,
  next: EntityMention | undefined,
): boolean {
  if (mention.via !== 'demonym') return false;
  const { words } = state;
  let at = wordIndexAt(words, mention.end);
  while ((words[at]?.start ?? Infinity) < mention.end) at++;
  if (PERSON_ROLE_NOUNS.has(words[at]?.lower ?? '')) return true;
  if (next?.kind !== 'person') return false;
  for (let n = 0; n <= NATIONALITY_TITLE_REACH; n++, at++) {
    const word = words[at];
    if (!word) return false;
    if (word.start >= next.start) return true;
    if (!word.cap) return false;
  }
  return false;
}

/** The full date of the first sentence that tells of a signing ("signed ... on Tuesday"). */
export function articleSignDate(state: ExtractState): string | null {
  for (const date of state.dates) {
    const sentence = state.sentences[date.sentence];
    if (
      sentence &&
      date.value.length === 10 &&
      STRICT_SIGN.test(state.text.slice(sentence.start, sentence.end))
    )
      return date.value;
  }
  return null;
}

/** A mention of one instrument among several: a list's subject, a tally, or "another" one. */
export const oneOfSeveral = (m: RawAgreement): boolean =>
  m.listed === true || m.another || m.counted === true;

/** A cluster that may stand for one instrument: none of its mentions is one of a list, a tally or "another" one. */
export const oneInstrument = (c: Cluster): boolean => !c.mentions.some(oneOfSeveral);

/** Sides that could be one agreement's: either names none, or one's are all the other's. */
export function sidesFit(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.every((p) => b.includes(p)) || b.every((p) => a.includes(p));
}

/** Sides that may be one agreement's, more loosely: either names none, or they share one. */
export function sidesOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((p) => b.includes(p));
}

/** A known agreement's sides are the data's, whatever sentences near a mention name. */
export function sidesOf(cluster: Cluster): readonly string[] {
  return cluster.known && cluster.known.parties.length > 0 ? cluster.known.parties : cluster.parties;
}

/** When it was signed, as precisely as the article says: a month or day, else a year written with it. */
export function signingDate(cluster: Cluster): string | null {
  return cluster.signedOn?.match(/^\d{4}-\d{2}/) ? cluster.signedOn : cluster.statedYear;
}

/** The kind with the most votes, the first one voted for on a tie (asked for every pair the joins compare: no sort). */
export function dominantKind(cluster: Cluster): AgreementItem['kind'] {
  let best: string | undefined;
  let bestVotes = -Infinity;
  for (const [kind, votes] of cluster.kinds) {
    if (votes > bestVotes) {
      best = kind;
      bestVotes = votes;
    }
  }
  return (best ?? 'other') as AgreementItem['kind'];
}

/** Its kind: a well-known agreement's own, else the kind its mentions mostly tell. */
export function kindOf(cluster: Cluster): string {
  return cluster.known?.kind ?? dominantKind(cluster);
}

/** Whether it has a title: a name of its own or a well-known agreement's. */
export function titled(cluster: Cluster): boolean {
  return cluster.name !== null || cluster.known !== null;
}

/** Whether the article names no party and no signatory of it (a well-known agreement's own parties aside). */
export function namesNoPartyOrSignatory(cluster: Cluster): boolean {
  return cluster.parties.length === 0 && cluster.signatories.length === 0;
}

/** Told by a description alone ("a water-sharing accord"): no title, and no party or signatory named. */
export function untitledSidelessDescription(cluster: Cluster): cluster is Cluster & { descriptor: string } {
  return !titled(cluster) && cluster.descriptor !== null && namesNoPartyOrSignatory(cluster);
}

/** Dates that may be one signing's: unsaid, or of one year, and of one month where both tell a month. */
export function signingDatesFit(a: Cluster, b: Cluster): boolean {
  const x = signingDate(a);
  const y = signingDate(b);
  if (x === null || y === null) return true;
  const n = Math.min(x.length, y.length, 7);
  return x.slice(0, n) === y.slice(0, n);
}

/** Folds `cluster` into `target`, the agreement it turned out to mean: its mentions (in text order) and aliases. */
export function foldMentions(target: Cluster, cluster: Cluster): void {
  target.mentions.push(...cluster.mentions);
  target.mentions.sort((a, b) => a.start - b.start);
  for (const alias of cluster.aliases) target.aliases.add(alias);
}

/** Gives `target` the parties of `cluster`, folded into it, that it lacks, after its own. */
export function foldParties(target: Cluster, cluster: Cluster): void {
  for (const party of cluster.parties) if (!target.parties.includes(party)) target.parties.push(party);
}

/** Gives `target`, if it has no date, the date of `cluster`, folded into it, with whether a signing told that date. */
export function foldSigningDate(target: Cluster, cluster: Cluster): void {
  if (target.signedOn !== null) return;
  target.signedOn = cluster.signedOn;
  target.signingDated = cluster.signingDated;
  target.madeDated = cluster.madeDated;
}

/** What a folded `cluster` tells of `target` that it lacks: its signers, when and where it was signed, a further status. */
export function foldFacts(target: Cluster, cluster: Cluster): void {
  for (const id of cluster.signatories) if (!target.signatories.includes(id)) target.signatories.push(id);
  foldSigningDate(target, cluster);
  target.statedYear ??= cluster.statedYear;
  target.place ??= cluster.place;
  if (splitStanding(target, cluster)) target.status = leadStanding(target, cluster);
  else if ((STATUS_ORDER[cluster.status ?? ''] ?? 0) > (STATUS_ORDER[target.status ?? ''] ?? 0))
    target.status = cluster.status;
}

/**
 * Whether two tellings are of one standing: both proposals, both past the proposal, or one deal that a single
 * mention's reading split ("the MoU will be signed ... it will be announced that the MoU has been signed ... an
 * agreement could be signed soon"): the one read as reached is itself told ahead by another of its mentions. A
 * proposal against a deal told only as reached ("a new truce proposal ... the truce signed in January") stays apart.
 */
export function oneStanding(a: Cluster, b: Cluster): boolean {
  return (a.status === 'proposed') === (b.status === 'proposed') || splitStanding(a, b);
}

/** One read as a proposal and the other read as reached although one of its own mentions tells it ahead. */
function splitStanding(a: Cluster, b: Cluster): boolean {
  if (a.status === null || b.status === null || (a.status === 'proposed') === (b.status === 'proposed'))
    return false;
  const reached = a.status === 'proposed' ? b : a;
  return reached.mentions.some((m) => m.toldStatus === 'proposed');
}

/**
 * The standing of a deal split by its status: the first mention of the body that tells one, for news tells where a
 * deal stands first and its later sentences retell or foresee it ("it will be announced that the MoU has been
 * signed"); a headline's tense is no telling ("Peru, Chile to sign pact" of a pact signed).
 */
function leadStanding(a: Cluster, b: Cluster): AgreementItem['status'] {
  let lead: RawAgreement | undefined;
  for (const m of [...a.mentions, ...b.mentions])
    if (m.toldStatus && !m.headline && (!lead || m.start < lead.start)) lead = m;
  return lead?.toldStatus ?? a.status;
}

/** Whether any of `names` has a word of the ceasefire family ("four-day ceasefire", "the truce"). */
export function ofCeasefireFamily(names: Iterable<string>): boolean {
  for (const name of names)
    if (
      name
        .toLowerCase()
        .split(/[\s-]+/)
        .some((w) => CEASEFIRE_NAME_WORDS.has(w))
    )
      return true;
  return false;
}
