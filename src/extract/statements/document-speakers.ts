// Statements a document makes: "according to the statement", "A joint statement from the two governments specified
// that ...". A joint document speaks for the countries that issued it; any other for the body that spoke last.

import { groupBeforeBracket, itReferent, lastBodySpeaker, subjectBefore } from './find-speaker.ts';
import {
  DOCUMENT_MODIFIERS,
  DOCUMENT_READERS_PARTICIPLES,
  DOCUMENT_VERBS,
  JOINT_DOCUMENT_OWNERS,
} from '../lexicon/speaker-words.ts';
import {
  DOCUMENT_BACK_REFERENCES,
  DOCUMENT_DETERMINERS,
  DOCUMENT_ISSUING_VERBS,
  ISSUER_LIST_WORDS,
} from '../lexicon/word-lists.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { sentenceOf, type StatementContext } from './statement-context.ts';
import { sittingSpeakers } from './sitting-speakers.ts';
import { goBetweenIssuers } from './go-between-speakers.ts';
import { issuingCountriesAt } from './issuing-countries.ts';
import { issuerWordsStart, ownIssuer } from './document-issuer.ts';
import { lastSharedWords } from './joint-they.ts';
import type { EntityMention, Range, Sentence, Word } from '../types.ts';

/** How many words a document's noun phrase may take before its verb ("a joint statement from the two governments"). */
const MAX_SUBJECT_WORDS = 7;
/** How many words "read by ..." may take before the verb ("read by the Secretary-General of the Arab League X,"). */
const MAX_READER_WORDS = 16;
const READER_PARTICIPLES: ReadonlySet<string> = new Set(DOCUMENT_READERS_PARTICIPLES);
/** How many sentences back the issuers of a joint document are looked for. */
const ISSUER_REACH_SENTENCES = 2;

interface DocumentPhrase {
  /** Word index of the statement noun. */
  noun: number;
  joint: boolean;
  /** The speaker whose document it is, named as its possessor: "the Ministry's statement". */
  owner?: string;
  /** The countries named together before its noun, who issued it together: "the US-Saudi statement". */
  issuers?: string[];
  /** Described by a word such as "official" or "final": a summit's or a government's, not any body named nearby. */
  described?: true;
}

const MODIFIERS: ReadonlySet<string> = new Set(DOCUMENT_MODIFIERS);
const JOINT_OWNERS: ReadonlySet<string> = new Set(JOINT_DOCUMENT_OWNERS);
/** How many words may stand between a document's determiner and its noun ("the final joint"). */
const MAX_DOCUMENT_MODIFIERS = 2;

/**
 * A statement noun opened by a determiner at word `at` ("the statement", "a joint declaration", "the military
 * statement", "the leaders' statement"), if there is one. A possessor before the noun issued it: plural people
 * ("leaders'", "two sides'") make it joint, a speaker's own mention ("the Ministry's") names it.
 */
export function documentAt(ctx: StatementContext, at: number): DocumentPhrase | null {
  const { words } = ctx.state;
  const { lexicon } = ctx.resources;
  if (!lexicon.documentDeterminers.has(words[at]?.lower ?? '')) return ownedDocumentAt(ctx, at);
  // "the US-Saudi statement", "the Turkish and Russian joint statement": the countries named together issued it.
  const issuing = issuingCountriesAt(ctx, at + 1);
  const first = issuing?.next ?? at + 1;
  let k = first;
  let joint = issuing !== null;
  let owner: string | undefined;
  for (let described = 0; described <= MAX_DOCUMENT_MODIFIERS; described++, k++) {
    const word = words[k];
    if (!word || (k > first && word.gap !== ' ' && !/^['’]s? $/.test(word.gap))) return null;
    if (lexicon.statementNouns.has(word.lower))
      return {
        noun: k,
        joint,
        ...(owner ? { owner } : {}),
        ...(issuing ? { issuers: issuing.ids } : {}),
        ...(k > at + 1 && !joint && !owner ? { described: true as const } : {}),
      };
    const owned = ownedDocumentAt(ctx, k);
    if (owned) return { ...owned, joint };
    const possessive = /^['’]s? $/.test(words[k + 1]?.gap ?? '');
    if (lexicon.jointWords.has(word.lower)) joint = true;
    else if (possessive && JOINT_OWNERS.has(word.lower)) joint = true;
    else if (possessive) {
      const mention = startingIn(ctx.state.mentions, word.start - 60, word.end).find(
        (m) => m.end === word.end && m.kind !== 'place' && m.describesUnnamed !== true,
      );
      if (!mention) return null;
      owner = mention.id;
    } else if (!MODIFIERS.has(word.lower) && !/^(?:two|three|both)$/.test(word.lower)) return null;
  }
  return null;
}

/**
 * A statement noun that a body or country named right before it owns, with or without a possessive: "RSF statement
 * read", "Hamas' statement added", "the ECOWAS Commission communique". The name opens at word `at`.
 */
function ownedDocumentAt(ctx: StatementContext, at: number): DocumentPhrase | null {
  const { words, mentions, organizations } = ctx.state;
  const word = words[at];
  // Cheap test first: a name is capitalized.
  if (!word?.cap) return null;
  const owner = startingIn(mentions, word.start, word.end).find(
    (m) =>
      m.start === word.start &&
      (m.kind === 'org' || m.kind === 'country') &&
      m.describesUnnamed !== true &&
      organizations.get(m.id)?.kind !== 'news agency',
  );
  if (!owner) return null;
  const noun = wordIndexAt(words, owner.end - 1) + 1;
  const nounWord = words[noun];
  if (!nounWord || !ctx.resources.lexicon.statementNouns.has(nounWord.lower)) return null;
  if (!/^(?:['’]s?)? $/.test(nounWord.gap)) return null;
  return { noun, joint: false, owner: owner.id };
}

/** The last document named before word `k` in the article: "according to the statement" goes on meaning it. */
function documentBefore(ctx: StatementContext, k: number): DocumentPhrase | null {
  const { words } = ctx.state;
  for (let j = k - 1; j > 0; j--) {
    if (!ctx.resources.lexicon.statementNouns.has(words[j]?.lower ?? '')) continue;
    return { noun: j, joint: ctx.resources.lexicon.jointWords.has(words[j - 1]?.lower ?? '') };
  }
  return null;
}

const BACK_REFERENCES: ReadonlySet<string> = new Set(DOCUMENT_BACK_REFERENCES);
/** How many documents back a chain of "the statement", "the document" may lead to the joint one it names again. */
const MAX_DOCUMENT_CHAIN = 4;
/** How many sentences may separate a document from the one it names again. */
const MAX_DOCUMENT_GAP_SENTENCES = 3;

/**
 * The joint document that "the statement" at word `noun` names again: the last document told of before it, or one
 * further back when each in between is only "the statement", "the document" ("a joint communique ... the statement
 * noted ... the communique highlighted"). Null when a document first told of as "a statement", or one its owner
 * names, stands between.
 */
function jointDocumentBefore(ctx: StatementContext, noun: number): DocumentPhrase | null {
  const { words } = ctx.state;
  const { jointWords } = ctx.resources.lexicon;
  let at = documentBefore(ctx, noun);
  let later = noun;
  for (let n = 0; at && n < MAX_DOCUMENT_CHAIN; n++) {
    // "a joint statement ... according to the statement": the last document told of, however far back.
    if (n === 0 && at.joint) return at;
    // Told of many sentences before, with others speaking between: not the document this one names again.
    if ((words[later]?.sentence ?? 0) - (words[at.noun]?.sentence ?? 0) > MAX_DOCUMENT_GAP_SENTENCES)
      return null;
    // The words before its noun: "a joint press communique" is joint, "the communique" names one again.
    const before = words.slice(Math.max(0, at.noun - MAX_DOCUMENT_MODIFIERS - 1), at.noun);
    if (at.joint || before.some((w) => jointWords.has(w.lower))) return { ...at, joint: true };
    if (!BACK_REFERENCES.has(before.at(-1)?.lower ?? '')) return null;
    later = at.noun;
    at = documentBefore(ctx, at.noun);
  }
  return null;
}

/**
 * The countries a joint document speaks for: those named (or whose people are named) before `until` in its
 * sentence, else in the nearest sentence before that names two or more.
 */
function jointIssuers(ctx: StatementContext, sentence: Sentence, until: number): string[] {
  const { state } = ctx;
  for (let s = sentence.index; s >= Math.max(0, sentence.index - ISSUER_REACH_SENTENCES); s--) {
    const range = state.sentences[s];
    if (!range) continue;
    // An earlier sentence whose subject names two countries or more: they issued it, not the ones its verb names
    // after them ("... welcomed the talks between the Sudanese parties").
    const end = s === sentence.index ? range.start : subjectEnd(ctx, range);
    const subject = countriesIn(ctx, range.start, end);
    if (subject.length >= 2) {
      // "The members of the Troika (Norway, the UK and the US) issued a joint statement": the group issued it.
      const close = state.text.lastIndexOf(') ', end);
      const group = close > range.start ? groupBeforeBracket(state, range.start, close) : null;
      return group ? [group.id] : subject;
    }
    const ids = countriesIn(ctx, range.start, s === sentence.index ? until : range.end);
    if (ids.length >= 2) return ids;
  }
  return [];
}

/** The countries named in [from, to), or whose people are named there. */
function countriesIn(ctx: StatementContext, from: number, to: number): string[] {
  const { state } = ctx;
  const ids = new Set<string>();
  for (const m of startingIn(state.mentions, from, to)) {
    if (m.kind === 'country') ids.add(m.id);
    const country = m.kind === 'person' ? state.persons.get(m.id)?.country : null;
    if (country) ids.add(country);
  }
  return [...ids];
}

/**
 * Where the subject of an earlier sentence ends: at its first verb after a country is named ("Saudi Arabia and the
 * United States welcomed the talks between the Sudanese parties"), a speech verb or a lower-case past form. The
 * countries after it are the words' objects, not the document's issuers.
 */
function subjectEnd(ctx: StatementContext, range: Range): number {
  const { words, mentions } = ctx.state;
  const first = startingIn(mentions, range.start, range.end).find((m) => m.kind === 'country');
  if (!first) return range.end;
  for (let k = wordIndexAt(words, first.end); k < words.length; k++) {
    const word = words[k] as Word;
    if (word.start >= range.end) break;
    if (!word.cap && (word.lower.endsWith('ed') || ctx.resources.lexicon.speechVerbs.has(word.lower)))
      return word.start;
  }
  return range.end;
}

/** How far after a document's noun its issuer may be named ("a statement issued here by his spokesman, Ban"). */
const ISSUER_REACH_CHARS = 60;

/**
 * The issuer named where the article first told of the document: "said a statement of the Secretary-General's
 * spokesperson" then "the statement said" -> the Secretary-General. The document noun (this one or the last
 * before it) followed by a source word ("of", "from", "by", "issued by"), then the first speaker within reach.
 */
function namedIssuer(ctx: StatementContext, noun: number): string | null {
  const { state } = ctx;
  // This document noun, then each one before it: the article told of the document where it first named it.
  for (let at: number | undefined = noun; at !== undefined; at = documentBefore(ctx, at)?.noun) {
    const word = state.words[at];
    const delivered = at !== noun ? (ownerOf(ctx, at) ?? deliveredBy(ctx, at) ?? issuedBy(ctx, at)) : null;
    if (delivered) return delivered;
    if (!word || !sourceNamed(ctx, at)) continue;
    const end = Math.min(word.end + ISSUER_REACH_CHARS, state.sentences[word.sentence]?.end ?? word.end);
    // "a statement issued here by UN spokesman X", then "the statement said": X, whom the UN only titles.
    const own = ownIssuer(ctx, at, end);
    if (own) return own;
    // The first speaker there, whole, and the body a country right before it qualifies.
    let source: EntityMention | null = null;
    for (const m of startingIn(state.mentions, word.end, end)) {
      if (m.kind === 'place' || m.end > end || state.organizations.get(m.id)?.kind === 'news agency')
        continue;
      // A country right before a body qualifies it: "Chile's Foreign Ministry", "the Romanian foreign ministry".
      const owned = source?.kind === 'country' && /^(?:['’]s)? $/.test(state.text.slice(source.end, m.start));
      if (source && m.start > source.start && !owned) break;
      if (!source || owned || m.end > source.end) source = m;
    }
    return source?.id ?? null;
  }
  return null;
}

/**
 * Whether the words after the document noun at word `noun` tell who issued it: "the statement of the ministry", "a
 * communique issued (jointly) by X". "A communiqué issued following the meeting" tells only when.
 */
function sourceNamed(ctx: StatementContext, noun: number): boolean {
  return issuerWordsStart(ctx, noun) !== null;
}

/** How many words may stand between "in" and a document's noun ("in an official joint statement"). */
const MAX_IN_DOCUMENT_WORDS = 3;
/** How many words after "in a statement" its verb may come ("In a statement on Monday, X said"). */
const MAX_VERB_AFTER_DOCUMENT = 12;

/**
 * The speaker who delivered the document at word `noun` "in" it: "X, in an official statement, said", "X said in a
 * statement", "In a statement on Monday, X said": the subject of that speech verb.
 */
function deliveredBy(ctx: StatementContext, noun: number): string | null {
  const { words } = ctx.state;
  const { quoteVerbs } = ctx.resources.lexicon;
  const nounWord = words[noun] as Word;
  const sentence = ctx.state.sentences[nounWord.sentence];
  if (!sentence) return null;
  let opener = -1;
  for (let j = noun - 1; j >= 0 && noun - j <= MAX_IN_DOCUMENT_WORDS; j--)
    if (words[j]?.lower === 'in') {
      opener = j;
      break;
    }
  if (opener < 1) return null;
  let verb: Word | undefined = quoteVerbs.has(words[opener - 1]?.lower ?? '') ? words[opener - 1] : undefined;
  // "..., as stated in the statement": the document is cited as the source of the words before, not delivered by them.
  if (verb && words[opener - 2]?.lower === 'as') return null;
  for (let k = noun + 1; !verb && k < words.length && k - noun <= MAX_VERB_AFTER_DOCUMENT; k++) {
    const word = words[k] as Word;
    if (word.sentence !== nounWord.sentence || /[“”"]/.test(word.gap)) break;
    if (quoteVerbs.has(word.lower)) verb = word;
  }
  if (!verb) return invertedDelivery(ctx, opener);
  const subject = subjectBefore(ctx.state, sentence.start, verb.start);
  return subject && ctx.state.organizations.get(subject.id)?.kind !== 'news agency' ? subject.id : null;
}

/**
 * "..., said the Egyptian Foreign Ministry in a statement": a speaker named between a quote verb and the "in" at
 * word `opener` delivered the document. Null when no such speaker stands right before the "in".
 */
function invertedDelivery(ctx: StatementContext, opener: number): string | null {
  const { state } = ctx;
  const { words } = state;
  const inWord = words[opener] as Word;
  const speaker = startingIn(state.mentions, inWord.start - ISSUER_REACH_CHARS, inWord.start).findLast(
    (m) =>
      m.end === inWord.start - 1 &&
      (m.kind === 'org' || m.kind === 'country' || m.kind === 'person') &&
      m.describesUnnamed !== true &&
      state.organizations.get(m.id)?.kind !== 'news agency',
  );
  if (!speaker) return null;
  let before = wordIndexAt(words, speaker.start) - 1;
  if (DETERMINERS.has(words[before]?.lower ?? '')) before--;
  return ctx.resources.lexicon.quoteVerbs.has(words[before]?.lower ?? '') ? speaker.id : null;
}

const DETERMINERS: ReadonlySet<string> = new Set(DOCUMENT_DETERMINERS);

/** "a Saudi Foreign Ministry statement said": the body named right before the document noun at word `noun`. */
function ownerOf(ctx: StatementContext, noun: number): string | null {
  for (let k = noun - 1; k >= Math.max(0, noun - MAX_OWNER_WORDS); k--) {
    const owned = ownedDocumentAt(ctx, k);
    if (owned) return owned.noun === noun ? (owned.owner ?? null) : null;
  }
  return null;
}
/** How many words an owner's name before its document may take ("the Saudi Ministry of Foreign Affairs"). */
const MAX_OWNER_WORDS = 6;
const ISSUING_VERBS: ReadonlySet<string> = new Set(DOCUMENT_ISSUING_VERBS);

/**
 * "The ministry has released a statement in which ...", "X issued a communique": the subject of the issuing verb
 * right before the document phrase whose noun is word `noun`. Null when no such verb stands there.
 */
function issuedBy(ctx: StatementContext, noun: number): string | null {
  const { state } = ctx;
  const { words } = state;
  let j = noun - 1;
  while (j > noun - 1 - MAX_DOCUMENT_MODIFIERS && !DETERMINERS.has(words[j]?.lower ?? '')) j--;
  const verb = words[j - 1];
  if (!DETERMINERS.has(words[j]?.lower ?? '') || !verb || !ISSUING_VERBS.has(verb.lower)) return null;
  const sentence = state.sentences[verb.sentence];
  if (!sentence) return null;
  const subject = subjectBefore(state, sentence.start, verb.start);
  return subject && state.organizations.get(subject.id)?.kind !== 'news agency' ? subject.id : null;
}

/** How many sentences back the words a joint document gave its issuers may be for "it" to go on with them. */
const JOINT_IT_REACH_SENTENCES = 2;

/**
 * `..., it said.` right after words a joint document gave to each of its issuers ("a joint press communique ... the
 * communique said ... , it said."; "..., X and Y said in a joint statement. ... "...," it said."): "it" is that
 * document, so every issuer of those words speaks, not only the one listed last. Null when the last words before
 * `from` were not given to two bodies or more at once, or no joint document was told of before them or in the
 * attribution that closes them.
 */
export function jointDocumentIt(ctx: StatementContext, from: number, sentence: number): string[] | null {
  const shared = lastSharedWords(ctx, from, sentence, JOINT_IT_REACH_SENTENCES);
  if (!shared || shared.speakers.length < 2) return null;
  const { last, speakers } = shared;
  const content = last.content;
  const { words, sentences, persons } = ctx.state;
  const closing = sentences[last.lastSentence];
  const told =
    jointDocumentBefore(ctx, wordIndexAt(words, content.start)) ??
    (closing ? jointDocumentBefore(ctx, wordIndexAt(words, Math.min(closing.end, from) - 1) + 1) : null);
  if (!told) return null;
  // People speak through "it" only as the ones who issued the document ("In a joint statement, X and Y said").
  if (speakers.some((id) => persons.has(id))) {
    const issuers = issuingPeople(ctx, told.noun);
    if (!speakers.every((id) => issuers.includes(id))) return null;
  }
  return speakers;
}

/**
 * "The governments of A and B agreed ..., said a joint communique.", "The two leaders agreed ..., read the joint
 * communique.": a document named after the closing verb, with only when or where it was issued after its noun, speaks
 * for its issuers. A joint one's issuers are the countries the reported words open with as their subject (not
 * those the words are about), else those named in the sentences before. The subject phrase is [from, to); null
 * when it is no such document.
 */
export function invertedDocument(
  ctx: StatementContext,
  sentence: Sentence,
  from: number,
  to: number,
): string[] | null {
  const { words } = ctx.state;
  const first = wordIndexAt(words, from);
  const phrase = documentAt(ctx, first);
  const noun = phrase ? words[phrase.noun] : undefined;
  if (!phrase || !noun || noun.end > to) return null;
  // "a joint statement released on Friday", "issued during the minister's visit": the words after the noun only tell
  // when or where it was issued, not by whom ("issued by ...").
  const issued = ISSUING_VERBS.has(words[phrase.noun + 1]?.lower ?? '') && !sourceNamed(ctx, phrase.noun);
  if (noun.end < to && !issued) {
    // ", said a statement issued here by UN spokesman X.": a document of one issuer names who speaks in it. Its
    // words may run into what reads as a tail of place ("here by ..."), so they are read to the sentence's end.
    const own = phrase.joint ? null : ownIssuer(ctx, phrase.noun, sentence.end);
    return own ? [own] : null;
  }
  const issuers = documentSpeakers(ctx, { ...phrase, described: true }, sentence, subjectEnd(ctx, sentence));
  return issuers.length > 0 ? issuers : null;
}

const ISSUER_LIST: ReadonlySet<string> = new Set(ISSUER_LIST_WORDS);

/**
 * The people who issued the document whose noun is word `noun`, when its words name two or more in one list: after
 * a source word ("a joint statement from US Trade Representative X and Canada's Foreign Minister Y", "issued by X and
 * Y"), or as the subject delivering it ("In a joint statement, X, Prime Minister Y and Z said"). Each of them speaks
 * its words, not the countries they serve. Empty when no such list follows the noun.
 */
export function issuingPeople(ctx: StatementContext, noun: number): string[] {
  const { words, mentions } = ctx.state;
  const nounWord = words[noun];
  if (!nounWord) return [];
  let first = noun + 1;
  const source = words[first]?.lower ?? '';
  if (ISSUING_VERBS.has(source) && words[first + 1]?.lower === 'by') first += 2;
  else if (ctx.resources.lexicon.documentSources.has(source)) first += 1;
  // "In a joint statement, X and Y said": the list is the subject of the quote verb after it.
  const delivered = first === noun + 1 && words[first]?.gap === ', ' && opensWithIn(ctx, noun);
  if (first === noun + 1 && !delivered) return [];
  const people: string[] = [];
  let k = first;
  for (; k < words.length; k++) {
    const word = words[k] as Word;
    if (word.sentence !== nounWord.sentence || (k > first && /[;:.“”"()]/.test(word.gap))) break;
    const mention = startingIn(mentions, word.start, word.start + 1).find(
      (m) => m.start === word.start && m.kind !== 'place',
    );
    if (mention?.kind === 'person') {
      if (!people.includes(mention.id)) people.push(mention.id);
      while ((words[k + 1]?.start ?? Infinity) < mention.end) k++;
      continue;
    }
    // Titles and the countries they serve stand between the names; any other word ends the list.
    if (mention?.kind === 'org' || (!word.cap && !ISSUER_LIST.has(word.lower))) break;
  }
  if (people.length < 2) return [];
  if (delivered && !ctx.resources.lexicon.quoteVerbs.has(words[k]?.lower ?? '')) return [];
  return people;
}

/** Whether the sentence opens with "In" a few words before the document noun at word `noun` ("In a joint statement"). */
function opensWithIn(ctx: StatementContext, noun: number): boolean {
  const { words, sentences } = ctx.state;
  const opening = sentences[words[noun]?.sentence ?? -1]?.start;
  for (let j = noun - 1; j >= 0 && noun - j <= MAX_IN_DOCUMENT_WORDS; j--)
    if (words[j]?.lower === 'in') return words[j]?.start === opening;
  return false;
}

/** Who a document at word `noun` speaks for: its issuing countries when joint, else the body that spoke last. */
export function documentSpeakers(
  ctx: StatementContext,
  phrase: DocumentPhrase,
  sentence: Sentence,
  until: number,
): string[] {
  const { state } = ctx;
  const noun = state.words[phrase.noun] as Word;
  if (phrase.owner) return [phrase.owner];
  if (phrase.issuers) return phrase.issuers;
  // "a joint statement from US Trade Representative X and Canada's Foreign Minister Y": the people it names.
  const signers = issuingPeople(ctx, phrase.noun);
  if (signers.length > 0) return signers;
  // "a joint statement from the mediators": the countries the article names as go-betweens.
  const goBetweens = goBetweenIssuers(ctx, phrase.noun);
  if (goBetweens.length > 0) return goBetweens;
  // "according to the statement" after "a joint statement signed by ...": the same joint document.
  if (phrase.joint) return jointIssuers(ctx, sentence, until);
  // "a statement issued here by Ban's spokesman": a document that names its own issuer is no joint one named before.
  const own = ownIssuer(ctx, phrase.noun, sentence.end);
  if (own) return [own];
  const earlier = jointDocumentBefore(ctx, phrase.noun);
  // "In a joint statement, X, Y and Z said ... . "...," the statement said.": the people who delivered it.
  const earlierSigners = earlier ? issuingPeople(ctx, earlier.noun) : [];
  if (earlierSigners.length > 0) return earlierSigners;
  if (earlier) {
    const issuers = jointIssuers(ctx, sentence, until);
    // Named more than two sentences back: the issuers are those near where the article first told of it.
    const first = ctx.state.words[earlier.noun] as Word;
    const told = sentenceOf(ctx.state, first.start);
    return issuers.length > 0 || !told ? issuers : jointIssuers(ctx, told, first.start);
  }
  const issuer = namedIssuer(ctx, phrase.noun);
  if (issuer) return [issuer];
  // "the communique issued jointly by the two ministers": the text says who issued it; a body named earlier is not.
  if (sourceNamed(ctx, phrase.noun)) return [];
  // "IGAD held a summit ... the statement reaffirmed": the sitting's document, when no one else has spoken since.
  const sitting = sittingSpeakers(ctx, noun.start);
  if (sitting.length > 0) return sitting;
  // "the final statement said": only a body that just spoke, not the last one merely named.
  const body = phrase.described
    ? lastBodySpeaker(noun.start, sentence.index, ctx.drafts)
    : itReferent(state, noun.start, sentence.index, ctx.drafts);
  return body && !body.startsWith('person:') ? [body] : [];
}

/**
 * "The statement, read by Secretary-General of the Arab League X, stressed that ...", "A communique read by the
 * League's secretary general, X, said ...": a document read out opening the sentence speaks for the body whose
 * office reads it, not for the reader nor a body named before. Null when no such document is the subject of the verb
 * at word `k` or no body is named in the reader's words.
 */
export function readOutDocument(ctx: StatementContext, k: number, sentence: Sentence): string | null {
  const { state } = ctx;
  const { words } = state;
  for (let j = k - 2; j > 0 && k - j <= MAX_READER_WORDS; j--) {
    const word = words[j] as Word;
    if (word.start < sentence.start || /[;:“”"]/.test(word.gap)) return null;
    if (!READER_PARTICIPLES.has(word.lower) || words[j + 1]?.lower !== 'by') continue;
    if (!ctx.resources.lexicon.statementNouns.has(words[j - 1]?.lower ?? '')) return null;
    // The document phrase opens the sentence: its determiner a word or three before the noun.
    let first = j - 1;
    while (
      first > j - 1 - (MAX_DOCUMENT_MODIFIERS + 1) &&
      (words[first - 1]?.start ?? -1) >= sentence.start
    ) {
      if (documentAt(ctx, first - 1)?.noun === j - 1) break;
      first--;
    }
    const phrase = documentAt(ctx, first - 1);
    if (phrase?.noun !== j - 1 || phrase.owner || phrase.joint) return null;
    if (!/^\s*$/.test(state.text.slice(sentence.start, (words[first - 1] as Word).start))) return null;
    const body = startingIn(state.mentions, word.end, (words[k] as Word).start).findLast(
      (m) =>
        m.kind === 'org' &&
        m.describesUnnamed !== true &&
        state.organizations.get(m.id)?.kind !== 'news agency',
    );
    return body?.id ?? null;
  }
  return null;
}

/** The document that is the subject of the verb at word `k`: "A joint statement from the two governments specified". */
export function documentSubject(ctx: StatementContext, k: number, sentence: Sentence): DocumentPhrase | null {
  const { words } = ctx.state;
  for (let j = k - 1; j >= 0 && k - j <= MAX_SUBJECT_WORDS; j--) {
    const word = words[j] as Word;
    if (word.start < sentence.start || /[,;:“”"]/.test(words[j + 1]?.gap ?? '')) return null;
    const phrase = documentAt(ctx, j);
    // "Hamas' statement added": a document its owner names is the verb's subject only right before it ("A White
    // House readout of the call said Biden voiced ..." reports Biden's words).
    if (phrase?.owner && !nextToVerb(ctx, phrase.noun, k)) return null;
    if (phrase) return phrase;
  }
  return null;
}

/** Whether only a role verb's filler ("also", "further") stands between word `noun` and the verb at word `k`. */
function nextToVerb(ctx: StatementContext, noun: number, k: number): boolean {
  const between = ctx.state.words.slice(noun + 1, k);
  return between.every((w) => ctx.resources.lexicon.roleVerbFillers.has(w.lower));
}

/**
 * The issuers of a document named by words [first, verb) and nothing else: `," the joint statement said.` Null when
 * those words are no document phrase; empty when its issuers are not found.
 */
export function documentBeforeVerb(
  ctx: StatementContext,
  first: number,
  verb: number,
  strict = false,
): string[] | null {
  const found = documentAt(ctx, first);
  // A verb only documents take ("reads") says nothing of who issued it: only a named or joint issuer, or a body
  // that has just spoken, is read as its speaker.
  const phrase = found && strict ? { ...found, described: true as const } : found;
  const verbWord = ctx.state.words[verb];
  const sentence = verbWord ? sentenceOf(ctx.state, verbWord.start) : undefined;
  if (!phrase || !verbWord || !sentence) return null;
  if (
    phrase.noun !== verb - 1 &&
    !sourcedUntil(ctx, phrase.noun, verb) &&
    !issuedUntil(ctx, phrase.noun, verb)
  )
    return null;
  return documentSpeakers(ctx, phrase, sentence, verbWord.start);
}

/**
 * Where the issuing participle after a document's noun ends when it tells only when or where the document was
 * issued: "according to a joint statement issued after a ministerial meeting in Riyadh, ..." (its comma, or `end`).
 * Null when no issuing participle follows the noun, or it names who issued it ("issued by the ministry").
 */
export function unsourcedIssueEnd(ctx: StatementContext, noun: number, end: number): number | null {
  const { state } = ctx;
  const participle = state.words[noun + 1];
  if (!participle || !ISSUING_VERBS.has(participle.lower)) return null;
  const comma = state.text.indexOf(',', participle.end);
  const until = comma === -1 || comma > end ? end : comma;
  const named = startingIn(state.mentions, participle.end, until).some(
    (m) => m.end <= until && m.kind !== 'place' && m.via !== 'capital' && m.via !== 'place',
  );
  return named ? null : until;
}

/** How many words an issuing participle's clause may take before the verb ("published on Wednesday"). */
const MAX_ISSUED_WORDS = 8;

/**
 * Whether the words after a document's noun up to `verb` only tell when, where or by whom it was issued: `," a joint
 * statement published on Wednesday said`, "a joint statement issued after the talks in Cairo said": an issuing
 * participle right after the noun, then words with no punctuation and no other verb.
 */
function issuedUntil(ctx: StatementContext, noun: number, verb: number): boolean {
  const { words } = ctx.state;
  const participle = words[noun + 1];
  if (!participle || !ISSUING_VERBS.has(participle.lower) || verb - noun - 1 > MAX_ISSUED_WORDS) return false;
  for (let k = noun + 1; k < verb; k++) {
    const word = words[k] as Word;
    if (/[,;:“”"()]/.test(word.gap) || (k > noun + 1 && ctx.resources.lexicon.speechVerbs.has(word.lower)))
      return false;
  }
  return true;
}

/**
 * Whether the words after a document's noun up to `verb` only name its source: "the statement from the ministry
 * states", "the communique of the two governments said" (a source word, then one mention).
 */
function sourcedUntil(ctx: StatementContext, noun: number, verb: number): boolean {
  const { words, mentions } = ctx.state;
  const source = words[noun + 1];
  const last = words[verb - 1];
  if (!source || !last || !ctx.resources.lexicon.documentSources.has(source.lower)) return false;
  if (/[,;:“”"]/.test(ctx.state.text.slice(source.end, last.end))) return false;
  return startingIn(mentions, source.end, last.end).some((m) => m.end === last.end && m.kind !== 'place');
}

/** Verbs a document takes for its words, never a person: '," reads the statement', '," the statement states'. */
export function documentVerb(ctx: StatementContext, k: number, first: number): boolean {
  const word = ctx.state.words[k];
  if (!word || !DOCUMENT_VERB_SET.has(word.lower)) return false;
  return k === first ? documentAt(ctx, k + 1) !== null : documentBeforeVerb(ctx, first, k, true) !== null;
}

/** Whether word `k` is a verb only documents take ("reads"), which makes their issuer read strictly. */
export function isDocumentVerb(ctx: StatementContext, k: number): boolean {
  return DOCUMENT_VERB_SET.has(ctx.state.words[k]?.lower ?? '');
}
const DOCUMENT_VERB_SET: ReadonlySet<string> = new Set(DOCUMENT_VERBS);
