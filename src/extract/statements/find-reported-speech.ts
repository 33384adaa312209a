// Reported speech: "X warned that ...", "X said Moscow hopes ...", "..., the ministry said Thursday.", "according
// to the Kremlin", participle clauses (", saying ...") as separate statements; quotes inside keep their words.

import { quotePieces, type Quote } from './find-quotes.ts';
import {
  endsInNotSpeakingHead,
  groupBeforeBracket,
  isNotSpeakingHead,
  itReferent,
  pronounSpeaker,
  speakerIn,
  subjectBefore,
} from './find-speaker.ts';
import { lastSpeakerBefore } from './running-speaker.ts';
import { closingDenial } from './closing-denials.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import { coSubjects } from './co-subjects.ts';
import { countryGroup } from './country-groups.ts';
import { stanceFrameEnd } from './stance-frame.ts';
import { headlineLine, namedRightBefore } from './present-stances.ts';
import { invertedAttribution, onlyTitles, OUTLET_TAIL } from './inverted-attribution.ts';
import { isTitle } from './title-phrase.ts';
import { passiveAttribution } from './passive-attribution.ts';
import { passiveDealReporters } from './passive-deal-reports.ts';
import { describedAgreement } from './described-agreement.ts';
import { describingParticipleSpeaker } from './describing-participles.ts';
import { meetingSubject } from './meeting-subjects.ts';
import { goBetweenSpeakers } from './go-between-speakers.ts';
import { meetingParticipants } from './meeting-participants.ts';
import { MAX_THEY_HOPS, previousGroupVerb } from './previous-group-subject.ts';
import { jointTheySpeakers, lastSharedWords, theyBeforeVerb, theyOpensClause } from './joint-they.ts';
import { jointPresentClause, jointPresentVerb } from './joint-present-stances.ts';
import { locatedBody } from './located-bodies.ts';
import { DATELINE_LEAD } from '../text/datelines.ts';
import { leadVerbBefore, occasionSpeechForm } from './lead-verb.ts';
import { citedAfterVerb, citedTail, outletClosing, quotedAsSaying, quotedTail } from './cited-sources.ts';
import { isScareQuote, makeDraft, type StatementContext } from './statement-context.ts';
import { isNarratedFragment } from './narrated-fragments.ts';
import {
  documentAt,
  documentBeforeVerb,
  documentSpeakers,
  issuingPeople,
  documentSubject,
  jointDocumentIt,
  unsourcedIssueEnd,
  readOutDocument,
} from './document-speakers.ts';
import { afterWireDateline } from '../text/datelines.ts';
import type { EntityMention, Range, Sentence, StatementLike, Word } from '../types.ts';
import { WEEKDAY_NAMES } from '../../domain/calendar.ts';
import { articleWordFacts } from '../events/event-modality.ts';
import { ATTRIBUTION_TAIL_OPENERS, CLOSING_ATTRIBUTION_VERBS } from '../lexicon/role-words.ts';
import { SPEECH_VERBS } from '../lexicon/word-lists.ts';
import {
  DATA_SOURCE_NOUNS,
  OPEN_QUESTION_ENDS,
  OPEN_QUESTION_OPENERS,
  COUNTRY_GROUP_HEADS,
  RELATIVE_CLAUSE_PRONOUNS,
  SIDE_SUBJECT_HEADS,
  SUBJECT_CASE_PRONOUNS,
  TELL_FORMS,
} from '../lexicon/speaker-words.ts';
import { cannotBeTagged } from '../text/tags-without-tagging.ts';
import {
  CLAUSE_BREAK_PARTICIPLES,
  CLAUSE_BREAK_PRONOUN_VERBS,
  CLAUSE_BREAK_SECOND_VERBS,
  CLAUSE_BREAK_SECOND_STANCE_VERBS,
} from '../lexicon/clause-break-words.ts';

/** "told reporters that ...": the object of these is the one told, and the reported clause starts after it. */
const TELLS: ReadonlySet<string> = new Set(TELL_FORMS);

/** "According to him, ...": a pronoun as the whole source, meaning the person who spoke or was named last. */
const PRONOUN_SOURCE = /^ (?:him|her)$/i;

/** How many sentences back "according to him" may reach for the person who spoke last. */
const PRONOUN_SOURCE_REACH = 2;

/**
 * Who "according to him/her" at `at` means: the person who spoke last, a sentence or two before, with no other
 * person named since (the pronoun cannot be told from a name by gender here, so a sentence naming several
 * people leaves it open).
 */
function pronounSource(ctx: StatementContext, at: number, sentence: Sentence): string | null {
  const last = lastSpeakerBefore(ctx, at)?.draft;
  if (!last?.speaker.startsWith('person:') || sentence.index - last.lastSentence > PRONOUN_SOURCE_REACH)
    return null;
  const others = startingIn(ctx.state.mentions, last.content.end, at).some(
    (m) => m.kind === 'person' && m.id !== last.speaker,
  );
  return others ? null : last.speaker;
}

/** Past-tense speech verbs of the lexicon: ", but acknowledged ..." opens a second statement of the same subject. */
const SPEECH_PAST = SPEECH_VERBS.filter((v) => v.endsWith('ed') || v === 'said' || v === 'told').join('|');
/** A reported clause ends where a new clause with its own subject or speech verb starts. */
const CLAUSE_BREAK = new RegExp(
  String.raw`, (?:and|but|while) (?=(?:a|an|the|his|her|its|their)\b)|; |, (?=(?:${CLAUSE_BREAK_PARTICIPLES.join('|')}) )` +
    String.raw`|,? (?:and|but) (?=(?:${CLAUSE_BREAK_SECOND_VERBS.join('|')}) )` +
    String.raw`|, (?:and|but) (?=(?:${CLAUSE_BREAK_SECOND_STANCE_VERBS.join('|')}) )` +
    String.raw`|, (?:and|but) (?=(?:${SPEECH_PAST}) (?:that|it|he|she|they|the)\b)` +
    String.raw`|, (?:and|but) (?=(?:he|she) (?:also )?(?:${CLAUSE_BREAK_PRONOUN_VERBS.join('|')})\b)` +
    // "China announced its support for the draft, and Foreign Ministry spokesman Lin Jian said: ...": a named subject
    // of its own with a speech verb, within the clause (no comma, colon or quote before the verb).
    String.raw`|, (?:and|but|while) (?=[A-Z][^,;:"“”]{0,80}? (?:${SPEECH_PAST})\b)` +
    // `... the aid "barely registers," warning that ...`: the comma stands inside the closing quote mark.
    String.raw`|(?<=,["”]) (?=(?:${CLAUSE_BREAK_PARTICIPLES.join('|')}) )`,
);
/**
 * "stressed that ..., saying: "..."", "said ..., adding, "..."": a participle opening a quote after a colon or comma
 * ends the reported clause before it, which is a statement of its own beside the quote's.
 */
const QUOTING_PARTICIPLE = new RegExp(String.raw`, (?=(?:${CLAUSE_BREAK_PARTICIPLES.join('|')})[,:] [“"])`);
/** The gap before a participle that goes on with the words before it: ", saying", `," saying`, `,” saying`. */
const PARTICIPLE_GAP = /^,["”]? $/;
/** CLAUSE_BREAK for a left-to-right scan with exec(); clauseBreak resets its lastIndex before each scan. */
const CLAUSE_BREAK_ALL = new RegExp(CLAUSE_BREAK.source, 'g');
/**
 * What may follow the verb of a closing attribution: a time or setting ("on Thursday", "after meeting his Venezuelan
 * counterpart"), never a clause with its own subject (", Kishida said on Monday that Japan would ...").
 */
const TAIL_OPENER = [...ATTRIBUTION_TAIL_OPENERS, ...WEEKDAY_NAMES].join('|');
/** "after a meeting between the Russian president and US National Security Adviser X": a setting may be long. */
const MAX_TAIL_CHARS = 100;
/** "told Sudan's official news agency SUNA", "told state broadcaster NHK": an outlet named after a few words. */
const TOLD_OUTLET = String.raw`told (?:the |a |an )?(?:[A-Za-z'’-]+ ){1,4}[A-Z][\w-]*`;
/**
 * The verb of a closing attribution, what may follow it ("on Feb. 6": an abbreviated month's period too), and the end
 * of the sentence or of its clause.
 */
const CLOSING_VERB_TAIL =
  String.raw` (?:also |later )?(${CLOSING_ATTRIBUTION_VERBS.join('|')}|told (?:the )?\w+|${TOLD_OUTLET})` +
  String.raw`(?: (?:${TAIL_OPENER})\b(?:(?!\bthat\b)(?:[\w ]|\.(?= \d))){0,${MAX_TAIL_CHARS}})?(?:[.!]?$|(?=, (?:although|though|but|while|as|adding|saying|according to)\b)|(?=${OUTLET_TAIL}))`;
/**
 * ", the ministry said Thursday." closing a sentence: the speaker of everything before the comma. An outlet's
 * ", Agency reports." after it only says who carried the news.
 */
const TRAILING = new RegExp(String.raw`, ((?:[^,“”"]){2,80}?)` + CLOSING_VERB_TAIL);
/** ", Abiy's National Security adviser, Redwan Hussien, said.": a role, then its holder set off by commas. */
const HELD_TRAILING = new RegExp(
  String.raw`, ((?:[^,“”"]){2,100}?), ((?:[^,“”"]){2,60}?),` + CLOSING_VERB_TAIL,
);
/**
 * "said Monday it had ended the deal", "said on Thursday he has not discussed ...": the day the words were said,
 * between the verb and what was said, is not part of it.
 */
const LEADING_DAY = new RegExp(
  String.raw`^(?:(?:late |early )?on |late |early )?(?:${[...WEEKDAY_NAMES, 'today', 'yesterday', 'tonight'].join('|')}) (?=[\p{L}])`,
  'u',
);
/** A clause that is only a prepositional phrase ("in a statement", "on Thursday") reports nothing. */
const CIRCUMSTANCE_ONLY =
  /^(?:in|on|at|during|after|before|with|to|from|via|through|by)\b[^,;:“”"]{0,50}[.!]?\s*$/;
/**
 * "The border, Modi said, was calm.", "More than four decades ago, Xi said, the leaders ...": an attribution set
 * off by commas inside the reported words, which go on in lower case after it. The verb is checked against the
 * say-like verbs of the lexicon.
 */
const PARENTHETICAL = /, ((?:[^,“”"]){2,60}?) (?:also )?(\p{Ll}+), (?=\p{Ll})/u;
const PRONOUN_SUBJECT = /^(?:he|she)$/;
const TRAILING_ACCORDING = /,? according to ([^,“”"]{2,60}?)[.!]?$/;

/** Where a reported clause ends: the first clause break that is not inside a quote. */
function clauseBreak(text: string, clause: Range, quotes: readonly Quote[]): number | null {
  // CLAUSE_BREAK_ALL is compiled once: a RegExp per call, cloned again by matchAll, cost 2.0 µs a call against
  // 0.2 µs. exec() from lastIndex 0 finds the same matches in the same order (no alternative matches "").
  const body = text.slice(clause.start, clause.end);
  CLAUSE_BREAK_ALL.lastIndex = 0;
  for (let match = CLAUSE_BREAK_ALL.exec(body); match; match = CLAUSE_BREAK_ALL.exec(body)) {
    const at = clause.start + match.index;
    if (!quotes.some((q) => q.start < at && q.end > at)) return at;
  }
  return null;
}

function addDraft(
  ctx: StatementContext,
  speaker: string,
  clause: Range,
  sentence: Sentence,
  quotes: readonly Quote[],
  narrated = false,
): void {
  const { state } = ctx;
  // A dateline opening the sentence ("SEOUL, Jan. 23 (Yonhap) --") is not part of what was said.
  let body = state.text.slice(clause.start, clause.end).trim().replace(DATELINE_LEAD, '');
  body = body
    .replace(TRAILING_ACCORDING, '')
    .replace(/[.,;:]$/, '')
    .trim();
  // Fewer than three words (two spaces), counted without splitting what may be a long clause.
  const firstSpace = body.indexOf(' ');
  if (firstSpace < 0 || body.indexOf(' ', firstSpace + 1) < 0) return;
  // A quote that opens inside the clause is part of it, also when it runs on past the sentence the clause ends
  // with (`said in a video, "We have arrived. I will meet ..."`: the sentence ends inside the quote). One pass over
  // the quotes that open in the clause: they are sorted by start, and one opening after it can be neither.
  let inside: Quote[] = [];
  const lifted: Quote[] = [];
  for (const q of quotes) {
    if (q.start < clause.start) continue;
    if (q.start > clause.end) break;
    const runsOn = q.start < clause.end - 1 && q.end > clause.end + 1;
    // Its quote already has its statement (`Name said in a video, "..."` attributed by the quote's own pass).
    if (runsOn && ctx.usedQuotes.has(q)) return;
    if ((!runsOn && q.end > clause.end + 1) || isScareQuote(state, q)) continue;
    // A modifier or two lifted into words the attribution only follows: the clause is told, not quoted.
    if (narrated && isNarratedFragment(state, ctx.resources, q, clause)) lifted.push(q);
    else inside.push(q);
  }
  // Beside quoted words of their own the lifted ones are more of the same quote, joined with them.
  if (inside.length > 0 && lifted.length > 0)
    inside = [...inside, ...lifted].sort((a, b) => a.start - b.start);
  // `Noting that ..., Erdogan said: "..."`: every quote of the clause is already a statement of this speaker (its
  // own attribution found it); the clause would only say the same words again.
  if (inside.length > 0 && inside.every((q) => quotedBy(ctx, q, speaker))) return;
  const quote = inside.length > 0 ? inside.map((q) => q.content.replace(/[,.]$/, '')).join(' ... ') : null;
  for (const q of [...inside, ...lifted]) ctx.usedQuotes.add(q);
  const draft: Omit<StatementLike, 'sentence' | 'lastSentence'> = {
    speaker,
    quote,
    quoteSpans: inside.flatMap((q) => quotePieces(state.text, q, /[,.]$/)),
    text: body,
    direct: quote !== null,
    fragmentQuoted: quote !== null && !quotedMost(inside, body.length),
    channel: null,
    content: clause,
  };
  ctx.drafts.push(makeDraft(state, draft, sentence));
}

/**
 * Whether the quoted pieces make up at least half of a reported clause of `clauseLength` characters: words the
 * speaker said. A fragment or two quoted inside the narrator's paraphrase ("said the truce held in the
 * “security zone”") leaves the clause reported speech, its fragments kept as its quote.
 */
function quotedMost(quotes: readonly Quote[], clauseLength: number): boolean {
  let quoted = 0;
  for (const q of quotes) quoted += q.end - q.start;
  return quoted * 2 >= clauseLength;
}

/** Whether a statement of `speaker` drafted earlier already holds `quote`. */
function quotedBy(ctx: StatementContext, quote: Quote, speaker: string): boolean {
  return (
    ctx.usedQuotes.has(quote) &&
    ctx.drafts.some(
      (d) =>
        d.speaker === speaker && d.direct && d.content.start <= quote.start && d.content.end >= quote.end - 1,
    )
  );
}

/**
 * How many words "called on X to ..." may hold between its particle and "to": a coordinated or qualified object
 * takes ten or more ("called on the Federal Government of Nigeria and protesters of the movement to use dialogue").
 */
const MAX_URGED_WORDS = 12;

const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map((day) => day.toLowerCase()));

/**
 * Where the particle of the verb at word `k` stands: right after it, or past the day the news names between them
 * ("called Thursday for an immediate cease-fire", "urged Monday on the parties to ...").
 */
function particleAt(words: readonly Word[], k: number): number {
  return WEEKDAYS.has(words[k + 1]?.lower ?? '') ? k + 2 : k + 1;
}

/**
 * "called on the Security Council to act", "calling upon all parties to ...": the verb, its particle, and "to"
 * within a few words, with no person between ("called on President Abbas to reinforce support" is a visit).
 */
function urges(ctx: StatementContext, k: number, end: number): boolean {
  const { words, mentions } = ctx.state;
  const particles = ctx.resources.lexicon.urgingParticles.get(words[k]?.lower ?? '');
  const p = particleAt(words, k);
  if (!particles?.has(words[p]?.lower ?? '')) return false;
  for (let j = p + 1; j < words.length && j - p <= MAX_URGED_WORDS + 1; j++) {
    const word = words[j] as Word;
    if (word.start >= end || /[.;:!?,“”"]/.test(word.gap)) return false;
    if (word.lower !== 'to') continue;
    const from = (words[p] as Word).end;
    return !startingIn(mentions, from, word.start).some((m) => m.kind === 'person');
  }
  return false;
}

/** Words a bare clause's subject may hold before its auxiliary: "the two countries could", "his package of measures has". */
const MAX_BARE_SUBJECT_WORDS = 7;
/** Tags that may open a subject, and tags its last word has right before the clause's auxiliary. */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
const SUBJECT_ENDS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Pronouns that are only subjects: a verb right after one is finite ("he considered", "they want"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_CASE_PRONOUNS);

/**
 * Whether a finite clause starts right after the speech verb at word k: a subject (tagged by wink) and, within a
 * few words, an auxiliary right after a noun or pronoun ("the launches were", "Mexico will"). A bare verb there
 * may be a participle modifying the object ("acknowledged the sacrifices made by Pakistan"), so it opens none.
 */
function finiteClauseAfter(ctx: StatementContext, k: number, end: number, afterComma = false): boolean {
  const { words, text, sentences } = ctx.state;
  const verb = words[k] as Word;
  const sentence = sentences[verb.sentence] as Sentence;
  const facts = articleWordFacts(ctx.state, ctx.resources);
  const body = text.slice(sentence.start, sentence.end);
  let previous = '';
  let previousWord = '';
  // Whether every word of the subject so far is a name or the "and" between two.
  let namesOnly = true;
  for (let j = k + 1; j < words.length && j - k <= MAX_BARE_SUBJECT_WORDS + 1; j++) {
    const word = words[j] as Word;
    if (
      word.start >= end ||
      (!(afterComma && j === k + 1 && word.gap === ', ') && /[.;:!?,“”"(]/.test(word.gap))
    )
      return false;
    // "pledged to", "warned of": a word that can open no subject needs no tagging of the sentence to say so.
    if (j === k + 1 && cannotBeTagged(text, sentence, word, SUBJECT_OPENERS)) return false;
    const pos = facts(body, word.start - sentence.start)?.pos ?? '';
    if (j === k + 1) {
      if (!SUBJECT_OPENERS.has(pos)) return false;
    } else if (pos === 'AUX' && SUBJECT_ENDS.has(previous)) {
      return true;
    } else if (pos === 'VERB' && j === k + 2 && SUBJECT_PRONOUNS.has(previousWord)) {
      // "told reporters he considered ...": a verb right after a subject pronoun is finite.
      return true;
    } else if (pos === 'VERB' && namesOnly && previous === 'PROPN' && words[j + 1]?.lower !== 'by') {
      // "told reporters Trump and Putin talked about ...", "insisted Moscow wanted ...": a verb right after a
      // subject of names alone is finite; a name takes no participle after it the way a noun does ("the
      // sacrifices made by Pakistan").
      return true;
    } else if (pos === 'VERB' || pos === 'AUX') {
      // "his package of proposed measures has": a participle before a noun modifies it, the subject goes on.
      const next = words[j + 1];
      if (!next || next.gap !== ' ' || facts(body, next.start - sentence.start)?.pos !== 'NOUN') return false;
    }
    namesOnly &&= pos === 'PROPN' || (pos === 'CCONJ' && previous === 'PROPN');
    previous = pos;
    previousWord = word.lower;
  }
  return false;
}

/** Tags of the word after a relative "that": it is the subject, so a verb or auxiliary follows it at once. */
const RELATIVE_VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Whether the "that" at word j is a relative pronoun: a verb or auxiliary (wink POS) follows it right away. */
function relativeThat(ctx: StatementContext, j: number, end: number): boolean {
  const { words, text, sentences } = ctx.state;
  const next = words[j + 1];
  if (!next || next.start >= end || next.gap !== ' ' || next.cap) return false;
  const sentence = sentences[next.sentence] as Sentence;
  // "that the ...", "that it ...": a closed-class word that is never a verb needs no tagging of the sentence.
  if (cannotBeTagged(text, sentence, next, RELATIVE_VERB_TAGS)) return false;
  const facts = articleWordFacts(ctx.state, ctx.resources);
  const pos = facts(text.slice(sentence.start, sentence.end), next.start - sentence.start)?.pos ?? '';
  return RELATIVE_VERB_TAGS.has(pos);
}

/** Words of a plain audience after "told": "reporters", "the audience", "a news conference". */
const MAX_AUDIENCE_WORDS = 3;
const AUDIENCE_TAGS = new Set(['DET', 'ADJ', 'NOUN']);

/**
 * The last word of the plain audience after the "told" at word k when a finite clause follows it, else -1:
 * "told reporters the talks were useful" -> "reporters".
 */
function audienceEnd(ctx: StatementContext, k: number, end: number): number {
  const { words, text, sentences } = ctx.state;
  const sentence = sentences[(words[k] as Word).sentence] as Sentence;
  const facts = articleWordFacts(ctx.state, ctx.resources);
  const body = text.slice(sentence.start, sentence.end);
  for (let j = k + 1; j <= k + MAX_AUDIENCE_WORDS; j++) {
    const word = words[j];
    if (!word || word.start >= end || word.gap !== ' ') return -1;
    const tagged = facts(body, word.start - sentence.start)?.pos ?? '';
    // "told MPs the pact is ...", "told Parliament ...": a capitalized plain audience (wink tags it a name) that no
    // mention covers is a noun of the audience like "reporters"; a named one ("told Putin") is a mention.
    const pos = tagged === 'PROPN' && !coveredByMention(ctx, word) ? 'NOUN' : tagged;
    if (!AUDIENCE_TAGS.has(pos)) return -1;
    if (pos === 'NOUN' && finiteClauseAfter(ctx, j, end)) return j;
  }
  return -1;
}

/** Whether any mention (a person, country, body, place) covers the word. */
function coveredByMention(ctx: StatementContext, word: Word): boolean {
  return startingIn(ctx.state.mentions, word.start - MAX_MENTION_REACH, word.end).some(
    (m) => m.start <= word.start && m.end >= word.end,
  );
}
/** How far before a word a mention covering it may start ("the Democratic Republic of the Congo"). */
const MAX_MENTION_REACH = 80;

/** Relative pronouns right before a verb: the verb is the relative clause's, not the sentence subject's. */
const ASIDE_RELATIVES: ReadonlySet<string> = new Set(RELATIVE_CLAUSE_PRONOUNS);

/** How near its verb the comma closing an aside must stand for the subject to be sought before the aside. */
const ASIDE_CLOSE_REACH = 40;

/**
 * "The FFC, a coalition of parties supporting democratic rule, late on Saturday welcomed ...": an aside longer than
 * the stance verb's subject window, closed by a comma right before the verb; the subject stands before it.
 */
function asideClosedSubject(ctx: StatementContext, verb: Word, before: Word | undefined): boolean {
  const comma = ctx.state.text.lastIndexOf(', ', verb.start);
  if (comma < verb.start - ASIDE_CLOSE_REACH) return false;
  // "... of the UN Charter, which called for ...": a relative clause's verb; its subject is the pronoun.
  if (ASIDE_RELATIVES.has(before?.lower ?? '')) return false;
  const sentence = ctx.state.sentences[verb.sentence] as Sentence;
  return subjectBefore(ctx.state, sentence.start, verb.start) !== null;
}

/**
 * The clause a verb reports: after "that" within a few words, or right after a say-like or evaluative verb.
 * `framed`: the verb opens a stance frame ("drew attention to"), a stance as a stance verb is. `form`: the word the
 * lexicon knows the verb by ("stressed" for the "stress" of "took the opportunity to stress").
 */
function reportedClause(
  ctx: StatementContext,
  k: number,
  end: number,
  quotes: readonly Quote[],
  framed: boolean,
  form: string,
): Range | null {
  const { words, text, mentions } = ctx.state;
  const verb = words[k] as Word;
  let newClause = false;
  // "agreed to set up a council that will meet ...": after "to" and a verb, "that" opens a relative clause.
  const infinitive = !framed && words[k + 1]?.lower === 'to' && !ctx.resources.lexicon.sayLike.has(form);
  for (let j = k + 1; j < words.length && j - k <= 12 && !infinitive; j++) {
    const word = words[j] as Word;
    if (word.start >= end || /[.;:!?“”"]/.test(word.gap)) break;
    // "said Riyadh had kept Washington informed, but he denied that ...": past a comma, the "that" of another
    // speech verb is that verb's clause ("responded by saying that" is still one).
    newClause ||= word.gap.includes(',');
    if (newClause && ctx.resources.lexicon.speechVerbs.has(word.lower)) break;
    if (word.lower === 'that') {
      // "condemned the attack that had killed ...", "welcomed the deal that was agreed in Sochi": after an object,
      // "that" followed by a verb is a relative pronoun, the subject of its own clause; it reports nothing.
      if (j > k + 1 && relativeThat(ctx, j, end)) break;
      return { start: word.end + 1, end };
    }
  }
  let start = verb.end + 1;
  if (framed || ctx.resources.lexicon.evaluative.has(form)) {
    // "The Chairperson urges ...", not "It calls for a cease-fire": a present stance needs its speaker right before.
    if (ctx.resources.lexicon.presentStances.has(form) && !namedRightBefore(ctx, k)) return null;
    if (quotes.some((q) => q.start > verb.end && q.end <= end + 1)) return { start, end };
    // "X called for an immediate ceasefire": a stance only with its particle ("called X" is a phone call).
    const particle = ctx.resources.lexicon.particleStances.get(form);
    const stance =
      framed ||
      urges(ctx, k, end) ||
      describedAgreement(words, k, end) ||
      (particle ? words[particleAt(words, k)]?.lower === particle : ctx.resources.lexicon.stance.has(form));
    // "Minh took the occasion to reiterate ...": the subject stands before the verb that took the occasion.
    const lead = form === verb.lower ? k : leadVerbBefore(words, k, ctx.resources.lexicon);
    const head = words[lead] as Word;
    // "Russia was criticized for ...", "Xi has been hailed as ...": passive, said of the subject, not by it.
    let a = lead - 1;
    while (a > lead - 3 && ctx.resources.lexicon.roleVerbFillers.has(words[a]?.lower ?? '')) a--;
    if (ctx.resources.lexicon.passiveAuxiliaries.has(words[a]?.lower ?? '')) return null;
    // "He urged all parties to ...": a subject pronoun right before the verb counts as a subject; the speaker
    // rules resolve it to the person it points back to, as they do for "he said". "He, however, criticized ...":
    // a contrast adverb may stand between.
    // "They emphasised ...", "Both leaders warned of ...": a plural subject that stands for the people just named.
    const contrast = ctx.resources.lexicon.pronounVerbContrasts.has(words[a]?.lower ?? '');
    // "Egypt accused Ethiopia of ..., and announced its refusal to ...", "lauded the agreement, and called on the
    // parties to respect it": a second stance verb of the subject whose stance (its verb and object, not words it
    // reported: "said ... and called on ..." stays one statement) has just ended in this sentence, with no one
    // named since ("The UN demanded ..., while the US suspended aid and urged ..." is the US's).
    const second = words[k - 1]?.lower;
    const coordinated =
      (second === 'and' || second === 'but') &&
      ctx.drafts.some((d) => {
        if (d.lastSentence !== verb.sentence || d.content.end > verb.start) return false;
        const at = wordIndexAt(words, d.content.start);
        const opener = words[at];
        return (
          opener?.start === d.content.start &&
          (ctx.resources.lexicon.evaluative.has(opener.lower) ||
            stanceFrameEnd(words, at, ctx.resources.lexicon) !== -1) &&
          startingIn(mentions, d.content.end, verb.start).every((m) => m.kind === 'place')
        );
      });
    const subject =
      coordinated ||
      subjectBefore(ctx.state, head.start - 60, head.start) !== null ||
      asideClosedSubject(ctx, head, words[lead - 1]) ||
      PRONOUN_SUBJECT.test(words[contrast ? a - 1 : a]?.lower ?? '') ||
      words[a]?.lower === 'it' ||
      groupSpeakers(ctx, k, ctx.state.sentences[verb.sentence] as Sentence).length > 0 ||
      meetingSubject(ctx, k, ctx.state.sentences[verb.sentence] as Sentence).length > 0 ||
      // "The communique urged the rulers to ...": a document as the subject speaks for its issuers.
      documentSubject(ctx, k, ctx.state.sentences[verb.sentence] as Sentence) !== null;
    return stance && subject ? { start: verb.start, end } : null;
  }
  // "The minister said, there are candidates from ...", "He said, the other MoUs would be ...": a comma after "said",
  // then a clause with its own subject and auxiliary (wink POS), is what was said, as it is without the comma.
  if (
    text.startsWith(', ', verb.end) &&
    ctx.resources.lexicon.sayLike.has(form) &&
    !ctx.resources.lexicon.participles.has(form) &&
    finiteClauseAfter(ctx, k, end, true)
  )
    return { start: verb.end + 2, end };
  if (/^[,.:;!?]/.test(text.slice(verb.end, verb.end + 1))) return null;
  if (TELLS.has(form)) {
    const object = startingIn(mentions, verb.end, verb.end + 40)[0];
    if (object && object.start === verb.end + 1) start = object.end + 1;
    else {
      // "told reporters the talks were useful", "told leaders he would ...": a plain audience, then a clause of
      // its own (wink tags), not the rest of an object ("told the story of the talks").
      const audience = audienceEnd(ctx, k, end);
      if (audience === -1) return null;
      start = (words[audience] as Word).end + 1;
    }
  }
  if (start >= end) return null;
  // `said "the talks were useful"`, `saying "We are ready."`, `told reporters "..."`: a quote right after the verb,
  // with no comma or colon, is the reported clause in the speaker's own words.
  const quoted = quotes.some((q) => q.start === start);
  if (!quoted && /^[,.:;“"(]/.test(text.slice(start, start + 2))) return null;
  const day = LEADING_DAY.exec(text.slice(start, end))?.[0].length ?? 0;
  // `," they said in a statement.`: only where and how it was said follows, not what. "said on Monday it had
  // taken ...": a day may open the clause, which then has its own subject and auxiliary right after the day.
  if (
    CIRCUMSTANCE_ONLY.test(text.slice(start, end)) &&
    !(day > 0 && finiteClauseAfter(ctx, wordIndexAt(words, start + day) - 1, end))
  )
    return null;
  // "Costa insisted the talks could still succeed": any other speech verb reports a clause right after it only
  // when that clause has its own subject and auxiliary (wink POS), not an object ("announced the new pact").
  // Asked last: it may tag the sentence, which costs more than every check above.
  if (!ctx.resources.lexicon.sayLike.has(form) && !finiteClauseAfter(ctx, k, end)) return null;
  start += day;
  return { start, end };
}

/** A found speaker as the list of one, or null. A module function: tsx renames a named closure at every call. */
function oneSpeaker(speaker: string | null): string[] | null {
  return speaker ? [speaker] : null;
}

/**
 * Who the subject of an attribution is, its words [from, from + subject.length) right before the verb at word
 * `verbAt`: "it" the body that spoke last, "he" the person, "the statement" its issuers, else the mention there.
 * Null when no speaker is named there (the verb stays free); empty for a news agency, which reports events and
 * states nothing itself ("..., the Saudi Press Agency reported").
 */
function attributionSpeakers(
  ctx: StatementContext,
  sentence: Sentence,
  from: number,
  subject: string,
  verbAt: number,
): string[] | null {
  const { state } = ctx;
  if (subject === 'it')
    return (
      jointDocumentIt(ctx, sentence.start, sentence.index) ??
      oneSpeaker(itReferent(state, sentence.start, sentence.index, ctx.drafts))
    );
  if (PRONOUN_SUBJECT.test(subject))
    return oneSpeaker(pronounSpeaker(state, from, from + subject.length, sentence.index, ctx.drafts));
  // "..., the statement added.": the document's issuers, as for a quote it closes.
  const issuers = documentBeforeVerb(ctx, wordIndexAt(state.words, from), verbAt);
  if (issuers) return issuers.length > 0 ? issuers : null;
  const mention = speakerIn(state, from, from + subject.length, false);
  if (!mention) {
    // "..., their foreign ministers declared on Thursday.": each of the people the plural noun phrase means (not
    // "they", which may mean the officials a sentence before cited).
    const group = /^they$/i.test(subject) ? [] : groupSpeakers(ctx, verbAt, sentence);
    return group.length > 0 ? group : null;
  }
  if (state.organizations.get(mention.id)?.kind === 'news agency') return [];
  // "..., Armenian and Russian media reported.": outlets carried the words, as an agency would; no country spoke.
  if (
    mention.kind !== 'person' &&
    endsInNotSpeakingHead(state.text.slice(mention.end, from + subject.length))
  )
    return [];
  // "..., the U.S. and Saudi Arabia said in a joint statement.": each speaker listed in the attribution, not the
  // last one only; a country before its comma ends the words reported ("... local time in Sudan, the U.S. and ...").
  const verb = state.words[verbAt];
  return [mention.id, ...(verb ? coSubjects(ctx, mention.id, verb.start, from) : [])];
}

/**
 * "The border, Modi said, was calm." -> the speaker and the reported words around the attribution, which
 * neither opens nor closes the sentence and follows no quote (a split quote has its own rules).
 */
function parentheticalAttribution(
  ctx: StatementContext,
  sentence: Sentence,
): { speakers: string[]; before: Range; after: Range } | null {
  const { state } = ctx;
  const body = state.text.slice(sentence.start, sentence.end);
  // The attribution sits between two ", ": a sentence with fewer needs no scan by the pattern.
  const comma = body.indexOf(', ');
  if (comma === -1 || body.indexOf(', ', comma + 2) === -1) return null;
  const match = PARENTHETICAL.exec(body);
  if (!match?.[1] || !match[2] || !ctx.resources.lexicon.sayLike.has(match[2])) return null;
  // `"The border," Modi said, "was calm."` is a split quote; a quote after the attribution is part of the words.
  if (/[“”"]/.test(body.slice(0, match.index))) return null;
  if (ctx.resources.lexicon.participles.has(match[2])) return null;
  const from = sentence.start + match.index + 2;
  const verbAt = wordIndexAt(
    state.words,
    sentence.start + match.index + match[0].length - 2 - match[2].length,
  );
  if (ctx.usedVerbs.has(verbAt)) return null;
  const speakers = attributionSpeakers(ctx, sentence, from, match[1], verbAt);
  if (!speakers || speakers.length === 0) return null;
  ctx.usedVerbs.add(verbAt);
  return {
    speakers,
    before: { start: sentence.start, end: sentence.start + match.index },
    after: { start: sentence.start + match.index + match[0].length, end: sentence.end },
  };
}

/**
 * Whether a closing attribution's speakers own the words whose subject is the one country or body they speak for
 * ("The UAE expressed ..., Minister X said", "The United Nations welcomed ..., UN spokesman Y said"): the words are
 * then the official's own account, and the subject only what it is about.
 */
function closingSpeakerOwns(
  ctx: StatementContext,
  madeHere: number,
  tailDrafts: readonly StatementLike[],
): boolean {
  const inner = new Set(ctx.drafts.slice(madeHere).map((d) => d.speaker));
  const [subject] = inner;
  if (inner.size !== 1 || !subject || subject.startsWith('person:')) return false;
  return tailDrafts.every((d) => {
    const person = ctx.state.persons.get(d.speaker);
    // An official tied to no other country or body ("Minister of State X", "UN spokesman Y") may speak for it.
    if (person) {
      const ties = [person.country, person.organization].filter((of) => of !== null);
      return ties.length === 0 || ties.includes(subject);
    }
    return d.speaker !== subject && ctx.state.organizations.get(d.speaker)?.country === subject;
  });
}

/**
 * Whether a closing body tells what two people or more did together ("Lavrov and his Iranian counterpart reiterated
 * their call for ..., the Russian Foreign Ministry said", "X and Y reaffirmed the resolve ..., the foreign office said
 * in a statement"): the words are the body's account of the meeting or call, not each person's own statement. One
 * person's words closed by a body stay theirs ("Blinken stressed ..., the State Department said").
 */
function bodyTellsJointAct(
  ctx: StatementContext,
  madeHere: number,
  tailDrafts: readonly StatementLike[],
): boolean {
  const inner = ctx.drafts.slice(madeHere).map((d) => d.speaker);
  return tailDrafts.every((d) => jointActTold(ctx, inner, d.speaker));
}

/** Whether `teller` is a body (no news agency) and `actors` two people or more, and only people. */
function jointActTold(ctx: StatementContext, actors: readonly string[], teller: string): boolean {
  const { persons, organizations } = ctx.state;
  const distinct = new Set(actors);
  if (distinct.size < 2 || ![...distinct].every((id) => persons.has(id))) return false;
  const body = organizations.get(teller);
  return body !== undefined && body.kind !== 'news agency';
}

/** ", the ministry said Thursday." -> its speakers (none for a news agency) and the comma it starts at. */
function trailingAttribution(
  ctx: StatementContext,
  sentence: Sentence,
): { speakers: string[]; comma: number } | null {
  const { state } = ctx;
  const body = state.text.slice(sentence.start, sentence.end);
  const match = TRAILING.exec(body);
  if (!match?.[1]) return heldTrailingAttribution(ctx, sentence, body);
  const from = sentence.start + match.index + 2;
  const verbAt = wordIndexAt(state.words, from + match[1].length + 1);
  if (ctx.usedVerbs.has(verbAt) || /[”"]$/.test(body.slice(0, match.index))) return null;
  const speakers = attributionSpeakers(ctx, sentence, from, match[1], verbAt);
  if (!speakers) return null;
  ctx.usedVerbs.add(verbAt);
  return speakers.length > 0 ? { speakers, comma: sentence.start + match.index } : null;
}

/**
 * ", deputy chief of the operations directorate, Major General X, told reporters.": the person named after a role
 * set off by commas closes the sentence as its speaker.
 */
function heldTrailingAttribution(
  ctx: StatementContext,
  sentence: Sentence,
  body: string,
): { speakers: string[]; comma: number } | null {
  const { state } = ctx;
  const match = HELD_TRAILING.exec(body);
  const [, role, name, verb] = match ?? [];
  if (!match || !role || !name || !verb || /[”"]$/.test(body.slice(0, match.index))) return null;
  if (!isTitle(ctx, role)) return null;
  const nameFrom = sentence.start + match.index + 2 + role.length + 2;
  const nameEnd = nameFrom + name.length;
  const holder = startingIn(state.mentions, nameFrom, nameEnd).find(
    (m) => m.kind === 'person' && m.end === nameEnd,
  );
  if (!holder || !onlyTitles(ctx, nameFrom, holder.start)) return null;
  const verbAt = wordIndexAt(
    state.words,
    sentence.start + match.index + match[0].indexOf(verb, nameEnd - sentence.start - match.index),
  );
  if (ctx.usedVerbs.has(verbAt)) return null;
  ctx.usedVerbs.add(verbAt);
  return { speakers: [holder.id], comma: sentence.start + match.index };
}

/**
 * "The statement noted ... It said later talks ...": "it" right before the verb at word `k` (an adverb such as "also"
 * between or not), after words a joint document gave each of its issuers, is that document: every issuer speaks.
 */
function jointItSubject(ctx: StatementContext, k: number, sentence: Sentence): string[] | null {
  const { words } = ctx.state;
  const filler = ctx.resources.lexicon.roleVerbFillers.has(words[k - 1]?.lower ?? '');
  const it = words[filler ? k - 2 : k - 1];
  if (it?.lower !== 'it' || it.sentence !== sentence.index) return null;
  return jointDocumentIt(ctx, it.start, sentence.index);
}

/**
 * "X and Y said in a joint statement that ..., adding that ...", ", and warned that ...": a participle after a comma
 * (or a verb after "and", "but") goes on with the words just given in this sentence; when they were given to two
 * speakers or more at once, each of them says these too. Null when they were given to one.
 */
function continuedJointly(ctx: StatementContext, k: number, sentence: Sentence): string[] | null {
  const { words } = ctx.state;
  const word = words[k] as Word;
  const before = words[k - 1]?.lower ?? '';
  const continues = ctx.resources.lexicon.participles.has(word.lower)
    ? PARTICIPLE_GAP.test(word.gap)
    : before === 'and' || before === 'but';
  if (!continues) return null;
  const here = ctx.drafts.findLast((d) => d.lastSentence === sentence.index);
  if (!here) return null;
  const speakers = new Set<string>();
  for (const d of ctx.drafts)
    if (d.content.start === here.content.start && d.content.end === here.content.end) speakers.add(d.speaker);
  return speakers.size >= 2 ? [...speakers] : null;
}

function speakerFor(ctx: StatementContext, k: number, sentence: Sentence, from: number): string | null {
  const { state } = ctx;
  const words = state.words;
  const word = words[k] as Word;
  const before = words[k - 1]?.lower ?? '';
  // "and warned ...", "but warned ...": a second verb of the same subject.
  const coordinated = before === 'and' || before === 'but';
  // ", saying ...", "and warned ...": the speaker of the statement just made in this sentence. Direct quotes
  // are drafted before reported speech, so it need not be the last draft of all.
  const here = ctx.drafts.findLast((d) => d.lastSentence === sentence.index);
  const continues = ctx.resources.lexicon.participles.has(word.lower)
    ? PARTICIPLE_GAP.test(word.gap)
    : coordinated;
  if (here && continues) return here.speaker;
  // "Separately, Peskov commented on the meeting, saying ...", "In Moscow, Peskov talked about media reports,
  // claiming ...": with nothing said yet in the sentence, a participle after a comma is the clause's subject's, not
  // the mention right before the comma, which ends the object ("media reports", "the United Nations").
  // (Not after a closing quote mark: `formed the “Quartet,” claiming ...` names nothing said before it.)
  if (continues && !coordinated && word.gap === ', ') {
    // "He re-affirmed support for the UN, the Council and ..., adding that ...": a sentence opened by "he" is his.
    const opener = words[wordIndexAt(words, sentence.start)];
    if (opener && PRONOUN_SUBJECT.test(opener.lower))
      return pronounSpeaker(state, opener.start, opener.end, sentence.index, ctx.drafts);
    return stanceParticipleSpeakers(ctx, k, sentence)[0] ?? null;
  }
  // "X responded by saying ...", "X justified the move by claiming ...", "X went on to say ...": the speech verb
  // completes the verb of X.
  const lead = leadVerbBefore(words, k, ctx.resources.lexicon);
  const by = lead === -1 ? undefined : words[lead];
  const subject = locatedBody(state, from, subjectBefore(state, from, (by ?? word).start));
  if (subject) return subject.id;
  // "He concluded by saying ...", "He went on to say ...": the person the pronoun before that verb means.
  const pronoun = ctx.resources.lexicon.roleVerbFillers.has(words[lead - 1]?.lower ?? '')
    ? lead - 2
    : lead - 1;
  if (by && PRONOUN_SUBJECT.test(words[pronoun]?.lower ?? '') && words[pronoun]?.sentence === word.sentence)
    return pronounSpeaker(state, (words[pronoun] as Word).start, by.start, sentence.index, ctx.drafts);
  if (coordinated) {
    // "Cho congratulated Rubio ... and explained that ...": the subject that opens the clause. "X would not confirm
    // ..., but confirmed to reporters that ...": the comma before the conjunction closes the first verb's words,
    // not a clause of the second one's.
    // "MUNICH (Reuters) - Iran's foreign minister held talks ... and said": a wire dateline opens no clause.
    const opening = afterWireDateline(state.text, sentence.start);
    const head = state.text.slice(opening, word.start).replace(/, (?:and|but) $/, '');
    const clauseStart = opening + head.lastIndexOf(', ') + 1;
    const inClause = startingIn(state.mentions, clauseStart, word.start).filter((m) => m.kind !== 'place');
    const opener = inClause[0];
    // "Talking on Kashmir, he condemned the blockade and said that ...", "He also described his talks as successful
    // and said that ...": a pronoun opening the clause is the subject of both verbs.
    const first = words[wordIndexAt(words, clauseStart)];
    if (first && PRONOUN_SUBJECT.test(first.lower) && (!opener || opener.start >= first.end))
      return pronounSpeaker(state, first.start, first.end, sentence.index, ctx.drafts);
    // "Ambassador Munir Akram took part in a debate and stated that ...": title words before the name open it too
    // (not a conjunction first: "and Syria" after a comma inside a quoted list opens no subject).
    const lead = opener ? state.text.slice(clauseStart, opener.start) : '';
    if (
      opener &&
      (/^[\s,]*(?:the |a )?$/i.test(lead) ||
        (/^\s*(?:\p{Lu}|(?:the|a|an) )/u.test(lead) && onlyTitles(ctx, clauseStart, opener.start)))
    )
      return subjectHead(ctx, opener, inClause);
  }
  const before2 = words[k - 2]?.lower ?? '';
  // "it also said", "He further said", "she again stressed": an adverb of the lexicon's role-verb fillers between.
  const filler = ctx.resources.lexicon.roleVerbFillers.has(before);
  if (before === 'it' || (before2 === 'it' && filler))
    return itReferent(state, word.start, sentence.index, ctx.drafts);
  // "He, however, said", "She however criticized": a contrast adverb, set off by commas or not, between.
  const contrasted = words[k - 2];
  if (
    contrasted &&
    PRONOUN_SUBJECT.test(contrasted.lower) &&
    ctx.resources.lexicon.pronounVerbContrasts.has(before) &&
    contrasted.sentence === word.sentence
  )
    return pronounSpeaker(state, contrasted.start, contrasted.end, sentence.index, ctx.drafts);
  if (PRONOUN_SUBJECT.test(before) || (filler && PRONOUN_SUBJECT.test(before2))) {
    return pronounSpeaker(
      state,
      words[k - 2]?.start ?? sentence.start,
      word.start,
      sentence.index,
      ctx.drafts,
    );
  }
  if (here && (ctx.resources.lexicon.participles.has(word.lower) || coordinated)) return here.speaker;
  if (ctx.resources.lexicon.participles.has(word.lower)) {
    const first = startingIn(state.mentions, sentence.start, sentence.start + 40).find(
      (m) => m.kind !== 'place' && m.describesUnnamed !== true,
    );
    if (first && first.start <= sentence.start + 4) return first.id;
  }
  return describingParticipleSpeaker(state, k, sentence);
}

/**
 * Who holds the stance of a participle closing a clause about something else: ", expressing concern ..." after
 * words this sentence already gave a speaker is theirs; else the subject that opens the participle's clause
 * ("US Secretary of State X had a phone call with Y expressing concern over ..."), after a dateline or an opening
 * phrase set off by a comma. A mention right before the participle is its object's, not its subject.
 */
function stanceParticipleSpeakers(ctx: StatementContext, k: number, sentence: Sentence): string[] {
  const { state } = ctx;
  const word = state.words[k] as Word;
  const here = ctx.drafts.findLast((d) => d.lastSentence === sentence.index);
  if (here && /^, $/.test(word.gap)) return [here.speaker];
  const head = state.text.slice(sentence.start, word.start).replace(/,\s*$/, '');
  // "The members of the Troika (Norway, the UK and the US) issued a statement welcoming ...": the group speaks.
  const close = head.lastIndexOf(') ');
  if (close !== -1 && !head.includes(',', close)) {
    const group = groupBeforeBracket(state, sentence.start, sentence.start + close);
    if (group) return [group.id];
  }
  const comma = head.lastIndexOf(', ');
  let clauseStart = comma === -1 ? sentence.start : sentence.start + comma + 2;
  if (comma === -1) clauseStart += DATELINE_LEAD.exec(head)?.[0].length ?? 0;
  const inClause = startingIn(state.mentions, clauseStart, word.start).filter(
    (m) =>
      m.kind !== 'place' &&
      m.describesUnnamed !== true &&
      state.organizations.get(m.id)?.kind !== 'news agency',
  );
  const opener = inClause[0];
  // "Spokesman of Foreign Ministry of Iran X reacted ...": only titles may stand before the subject.
  if (!opener || !onlyTitles(ctx, clauseStart, opener.start)) return [];
  const subject = subjectHead(ctx, opener, inClause);
  if (subject !== opener.id) return [subject];
  // "Cuba and Germany on Thursday signed ..., expressing ...": the members listed with the opener, of its kind.
  const speakers = [opener.id];
  let last = opener;
  for (const mention of inClause) {
    if (mention.start < last.end || mention.kind !== opener.kind) continue;
    if (!/^(?:,? and|,) (?:the )?$/.test(state.text.slice(last.end, mention.start))) break;
    speakers.push(mention.id);
    last = mention;
  }
  return speakers;
}

/**
 * The head of a subject noun phrase that a mention opens: "Iran's foreign ministry spokesman Nasser Kanaani" is
 * Kanaani, not Iran; "Iran's foreign ministry" the ministry. The phrase runs on through title words and
 * capitalized words, and its last mention is its head.
 */
function subjectHead(
  ctx: StatementContext,
  opener: EntityMention,
  inClause: readonly EntityMention[],
): string {
  const { text } = ctx.state;
  const { titleHeads, titleModifiers } = ctx.resources.lexicon;
  let head = opener;
  for (const mention of inClause) {
    if (mention.start < head.end) continue;
    const between = text
      .slice(head.end, mention.start)
      .replace(/^['’]s\b/, '')
      .trim();
    const titled = between
      .split(/\s+/)
      .every(
        (w) =>
          w === '' ||
          /^\p{Lu}/u.test(w) ||
          titleHeads.has(w.toLowerCase()) ||
          titleModifiers.has(w.toLowerCase()),
      );
    if (!titled) break;
    head = mention;
  }
  return head.id;
}

const SIDE_HEADS: ReadonlySet<string> = new Set(SIDE_SUBJECT_HEADS);
const COUNTRY_HEADS: ReadonlySet<string> = new Set(COUNTRY_GROUP_HEADS);

/** How many sentences back a plural subject looks for the people it means. */
const GROUP_REACH_SENTENCES = 2;

/**
 * "They declared ...", "the two leaders said ...", "their foreign ministers declared ...": a plural subject right
 * before the verb means the people named together most recently (two or more, in this sentence or just before).
 */
export function groupSpeakers(
  ctx: StatementContext,
  k: number,
  sentence: Sentence,
  hops = 0,
  from: Sentence = sentence,
): string[] {
  const { words } = ctx.state;
  const { lexicon } = ctx.resources;
  let j = k - 1;
  if (lexicon.groupSubjectFillers.has(words[j]?.lower ?? '')) j--;
  const head = words[j];
  if (!head || head.sentence !== sentence.index) return [];
  // "the mediators warned ...": the countries the article names as go-betweens.
  const goBetweens = goBetweenSpeakers(ctx, k, sentence);
  if (goBetweens.length > 0) return goBetweens;
  const side = SIDE_HEADS.has(head.lower);
  const countries = COUNTRY_HEADS.has(head.lower);
  if (head.lower !== 'they' && !lexicon.groupSubjectHeads.has(head.lower) && !side && !countries) return [];
  // "both leaders", "the two presidents": the phrase says how many people it means.
  let counted = 0;
  if (head.lower !== 'they') {
    // "the two leaders", "their foreign ministers", "both presidents": a determiner opens the phrase.
    let d = j - 1;
    while (d > j - 4 && d >= 0 && !lexicon.groupDeterminers.has(words[d]?.lower ?? '')) d--;
    if (d < 0 || !lexicon.groupDeterminers.has(words[d]?.lower ?? '')) return [];
    // "Both sides stressed", "Speaking in Rabat, the two sides stressed": only as the subject opening a clause.
    const open = words[d - 1]?.lower === 'the' && words[d]?.gap === ' ' ? d - 1 : d;
    if ((side || countries) && words[open]?.start !== sentence.start && !/^, $/.test(words[open]?.gap ?? ''))
      return [];
    for (let c = d; c < j; c++)
      counted = Math.max(counted, lexicon.groupCounts.get(words[c]?.lower ?? '') ?? 0);
  }
  // "The two countries expressed ...": the countries named together; "both sides stressed ..." with no people
  // named for them ("In a joint communique issued by Islamabad and Beijing, the two sides said ..."): the same.
  // A quote of several sentences closed by its verb looks back from the sentence it opens in (`from`).
  const until = Math.min(head.start, from.end);
  if (countries) return countryGroup(ctx, from.index, until, counted);
  const people = groupPeople(ctx, from, head, counted);
  const found = people.length === 0 && side ? countryGroup(ctx, from.index, until, counted, true) : people;
  if (found.length > 0) return found;
  // "They reiterated ..." paragraphs after the visit was told: the meeting's participants.
  const met = meetingParticipants(ctx.state, head, counted);
  if (met.length > 0 || head.lower !== 'they' || hops >= MAX_THEY_HOPS) return met;
  // "The two leaders agreed ... They reiterated ...": "they" goes on with the plural subject of the sentence before,
  // when that subject means people; "the two sides" the text only tied to countries may mean their leaders.
  const before = previousGroupVerb(ctx, sentence);
  const prior = before === null ? undefined : ctx.state.sentences[before.sentence];
  const chained = before === null || !prior ? [] : groupSpeakers(ctx, before.verb, prior, hops + 1);
  if (chained.length > 0 && chained.every((id) => ctx.state.persons.has(id))) return chained;
  // "Kenya and Uganda said in a joint statement that ... They added that ...": those the joint words were given to.
  return theyOpensClause(ctx, head) ? (jointTheySpeakers(ctx, head.start, sentence.index) ?? []) : [];
}

/** The people a plural subject headed by `head` means, `counted` of them when the phrase says how many. */
function groupPeople(ctx: StatementContext, sentence: Sentence, head: Word, counted: number): string[] {
  const { mentions, sentences } = ctx.state;
  // A counted phrase gathers the people of the last sentences until it has them all ("Sheikh Mohamed expressed
  // ... Both leaders warned ..." after a lead naming both); "they" means the people named together most recently.
  const gathered = new Set<string>();
  for (let s = sentence.index; s >= Math.max(0, sentence.index - GROUP_REACH_SENTENCES); s--) {
    const range = sentences[s];
    if (!range) continue;
    const to = s === sentence.index ? Math.min(head.start, range.end) : range.end;
    const ids = [
      ...new Set(
        startingIn(mentions, range.start, to)
          .filter((m) => m.kind === 'person')
          .map((m) => m.id),
      ),
    ];
    if (ids.length >= 2 && gathered.size === 0) return ids;
    if (counted === 0) {
      if (ids.length === 1 && s < sentence.index) return [];
      continue;
    }
    for (const id of ids) gathered.add(id);
    if (gathered.size === counted) return [...gathered];
    if (gathered.size > counted) return [];
  }
  // "The two countries will ..., their foreign ministers declared." opening the story, with the ministers named
  // in the next sentences: a noun phrase no one before it names looks ahead to them.
  if (head.lower === 'they' || gathered.size > 0) return [];
  for (let s = sentence.index + 1; s <= sentence.index + GROUP_REACH_SENTENCES; s++) {
    const range = sentences[s];
    if (!range || range.paragraph - sentence.paragraph > GROUP_REACH_SENTENCES) break;
    for (const m of startingIn(mentions, range.start, range.end)) if (m.kind === 'person') gathered.add(m.id);
    // Uncounted ("their foreign ministers"), the people the next sentence names together; counted ("the two
    // nations' foreign ministers"), the first that many named.
    if (counted === 0) return gathered.size >= 2 ? [...gathered] : [];
    if (gathered.size === counted) return [...gathered];
    if (gathered.size > counted) return [];
  }
  return [];
}

/** How many sentences back the joint words a plural subject goes on from may be. */
const JOINT_GOES_ON_SENTENCES = 2;

/**
 * Who states the joint present verb at `k`: a plural subject right before it ("the two countries", "both sides",
 * "they"), or two or more speakers listed there ("Egypt and Qatar"); "they" right after other joint words (a sentence
 * or less before) goes on with their speakers. Empty when one speaker or none stands there.
 */
function jointPresentSpeakers(ctx: StatementContext, k: number, sentence: Sentence): string[] {
  const { words } = ctx.state;
  const verb = words[k] as Word;
  const group = groupSpeakers(ctx, k, sentence);
  if (group.length >= 2) return group;
  let a = k - 1;
  if (ctx.resources.lexicon.groupSubjectFillers.has(words[a]?.lower ?? '')) a--;
  const before = words[a];
  if (!before || before.sentence !== verb.sentence) return [];
  // "The two countries indicate ... They affirm ... The two countries call on ...": the same issuers go on.
  if (theyBeforeVerb(ctx, k) || SIDE_HEADS.has(before.lower) || COUNTRY_HEADS.has(before.lower)) {
    const shared = lastSharedWords(ctx, verb.start, sentence.index, JOINT_GOES_ON_SENTENCES);
    return shared && shared.speakers.length >= 2 ? shared.speakers : [];
  }
  const subject = subjectBefore(ctx.state, sentence.start, verb.start);
  if (subject?.end !== before.end) return [];
  const listed = [subject.id, ...coSubjects(ctx, subject.id, verb.start)];
  return listed.length >= 2 ? [...new Set(listed)] : [];
}

/** For each word, whether it sits inside a quote (quotes are sorted and do not overlap): one merge pass. */
const OPEN_QUESTION: ReadonlySet<string> = new Set(OPEN_QUESTION_OPENERS);
const OPEN_QUESTION_END: ReadonlySet<string> = new Set(OPEN_QUESTION_ENDS);
/** How many words before a speech verb an "if" or "whether" may stand ("whether this meant that the ... accepted"). */
const OPEN_QUESTION_REACH = 8;

/**
 * Whether the speech verb at `k` stands in a condition or an open question of its own clause: "the consequences if
 * India rejected the verdict", "whether he believes Iran is abiding". Nobody said those words.
 */
function openQuestionBefore(words: readonly Word[], k: number, sentenceStart: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - OPEN_QUESTION_REACH; j--) {
    const word = words[j] as Word;
    if (word.start < sentenceStart) return false;
    if (OPEN_QUESTION.has(word.lower)) return true;
    if (OPEN_QUESTION_END.has(word.lower)) return false;
    if (/[,;:“”"()]/.test((words[j + 1] as Word).gap)) return false;
  }
  return false;
}

const DATA_NOUNS: ReadonlySet<string> = new Set(DATA_SOURCE_NOUNS);

/**
 * Whether an "according to" source from `from` whose name ends at `nameEnd` is data: a data noun before the name
 * ("figures from the Ministry of Economy") or right after it ("UN figures", "Ukraine's statistics"), or a data or
 * media noun heading the whole source up to `sourceEnd` ("Chilean and Canadian trade statistics", "Iranian media").
 */
function dataSource(words: readonly Word[], from: number, nameEnd: number, sourceEnd: number): boolean {
  let head: Word | undefined;
  for (let j = wordIndexAt(words, from); j < words.length; j++) {
    const word = words[j] as Word;
    if (word.end > sourceEnd) break;
    if (word.start < nameEnd) {
      if (DATA_NOUNS.has(word.lower)) return true;
      continue;
    }
    if (!head) {
      const next = /^['’]s$/.test(word.lower) ? words[j + 1] : word;
      if (DATA_NOUNS.has(next?.lower ?? '')) return true;
    }
    head = word;
  }
  return head !== undefined && isNotSpeakingHead(head.lower);
}

function wordsInQuotes(words: readonly Word[], quotes: readonly Quote[]): Uint8Array {
  const inside = new Uint8Array(words.length);
  let q = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= word.start) q++;
    const quote = quotes[q];
    if (quote && quote.start < word.start && quote.end > word.end) inside[k] = 1;
  }
  return inside;
}

export function findReportedSpeech(ctx: StatementContext, quotes: readonly Quote[]): void {
  const { state, resources } = ctx;
  const { words, text } = state;
  const quoted = wordsInQuotes(words, quotes);
  for (const sentence of state.sentences) {
    if (sentence.ignored) continue;
    // A headline ("Russia says new treaty ...") summarizes words the body reports in full.
    if (
      sentence.index === 0 &&
      state.title !== null &&
      text.slice(sentence.start, sentence.end) === state.title
    )
      continue;
    // "Such a call never took place. This was stated by X.": the sentence before is X's, this one only says so.
    const passive = passiveAttribution(ctx, sentence);
    if (passive) {
      const { words } = passive;
      addDraft(ctx, passive.speaker, { start: words.start, end: words.end }, words, quotes, true);
      continue;
    }
    let end = sentence.end;
    // ", Trend reports citing the ministry.": the ministry's words, carried by Trend.
    const cited = citedTail(ctx, sentence) ?? quotedTail(ctx, sentence);
    const tail = cited ?? trailingAttribution(ctx, sentence) ?? invertedAttribution(ctx, sentence);
    const beforeTail = ctx.drafts.length;
    if (tail) {
      for (const speaker of tail.speakers)
        addDraft(ctx, speaker, { start: sentence.start, end: tail.comma }, sentence, quotes, true);
      end = tail.comma;
    }
    // ", RIA Novosti reports.", "..., Reuters reported on Wednesday.": the outlet that carried the sentence, which
    // ends the words said before it and is their channel.
    const outlet = cited ? null : outletClosing(ctx, sentence);
    const channel = cited?.channel ?? outlet?.channel ?? null;
    if (channel) for (const draft of ctx.drafts.slice(beforeTail)) draft.channel = channel;
    if (outlet && !tail) end = outlet.comma;
    const aside = tail ? null : parentheticalAttribution(ctx, sentence);
    if (aside) {
      // One statement of the words on both sides of the attribution.
      for (const speaker of aside.speakers)
        addDraft(ctx, speaker, { start: aside.before.start, end: aside.after.end }, sentence, quotes, true);
      const around = [aside.before, aside.after].map((r) => text.slice(r.start, r.end).trim());
      for (const draft of ctx.drafts.slice(beforeTail))
        draft.text = around
          .join(' ')
          .replace(DATELINE_LEAD, '')
          .replace(/[.,;:]$/, '');
      continue;
    }
    // "..., an accusation Iran strongly denies.": the claim ends at the denial, which is the denier's statement.
    const denial = tail ? null : closingDenial(ctx, sentence, end);
    if (denial) end = denial.comma;
    const tailDrafts = ctx.drafts.slice(beforeTail);
    const madeHere = ctx.drafts.length;
    let blockedUntil = -1;
    let from = sentence.start;
    let source: { from: number; to: number } | null = null;
    let attributed = false;
    for (
      let k = wordIndexAt(words, sentence.start);
      k < words.length && (words[k]?.start ?? Infinity) < end;
      k++
    ) {
      const word = words[k] as Word;
      // `"...," Erdogan said, according to a transcript shared by his office.`: a quote's verb, attributed already.
      if (ctx.usedVerbs.has(k)) attributed = true;
      if (word.start < blockedUntil || ctx.usedVerbs.has(k)) continue;
      if (quoted[k]) continue;
      if (word.lower === 'according' && words[k + 1]?.lower === 'to') {
        // With words already attributed in this sentence, "according to X" names the channel, not a speaker.
        if (ctx.drafts.length > madeHere || tail || attributed) continue;
        // "according to the statement, ...": the document's issuers, not a name in the words it reports.
        const doc = documentAt(ctx, k + 2);
        // "according to a joint statement issued after the talks in Cairo, ...": when and where, not who.
        const issued = doc ? unsourcedIssueEnd(ctx, doc.noun, end) : null;
        if (
          doc &&
          (issued !== null ||
            !resources.lexicon.documentSources.has(words[doc.noun + 1]?.lower ?? '') ||
            // "according to a joint statement from X and Y": each of the people it names, not the first name.
            issuingPeople(ctx, doc.noun).length > 0)
        ) {
          const noun = words[doc.noun] as Word;
          const clause =
            word.start > sentence.start + 3
              ? { start: sentence.start, end: word.start }
              : { start: text.indexOf(' ', issued ?? noun.end) + 1, end };
          for (const speaker of documentSpeakers(ctx, doc, sentence, word.start))
            addDraft(ctx, speaker, clause, sentence, quotes);
          blockedUntil = end;
          continue;
        }
        // "According to Colombian government sources, Santos and Chavez were to ...": the source ends at its comma.
        const sourceFrom = words[k + 1]?.end ?? 0;
        const comma = text.indexOf(',', sourceFrom);
        // "according to the statement from the Ethiopian Ministry of Foreign Affairs": the reach counts from the
        // document's noun, as the body named after it is the source.
        const reachFrom = doc ? (words[doc.noun] as Word).end : sourceFrom;
        const sourceEnd = Math.min(end, reachFrom + 50, comma === -1 ? Infinity : comma);
        const named = speakerIn(state, sourceFrom, sourceEnd, true);
        // "According to him, the agreement has helped ...": the person the pronoun means.
        const pronoun = named ? null : PRONOUN_SOURCE.test(text.slice(sourceFrom, sourceEnd));
        // "according to UN figures": a count the body keeps, which states nothing.
        if (named && dataSource(words, sourceFrom, named.end, sourceEnd)) continue;
        const id = named?.id ?? (pronoun ? pronounSource(ctx, word.start, sentence) : null);
        if (!id || state.organizations.get(id)?.kind === 'news agency') continue;
        const sourceEndsAt = named?.end ?? sourceEnd;
        const opening = word.start <= sentence.start + 3;
        const clause = opening
          ? { start: comma !== -1 && comma < end ? comma + 2 : text.indexOf(' ', sourceEndsAt) + 1, end }
          : { start: sentence.start, end: word.start };
        // "According to the Kremlin's press service, Putin previously said ...": the words after the source may
        // have a speaker of their own, who then wins; the source only reports them.
        const before = ctx.drafts.length;
        addDraft(ctx, id, clause, sentence, quotes);
        if (opening) source = { from: before, to: ctx.drafts.length };
        blockedUntil = opening ? sourceEndsAt : end;
        if (opening) from = sourceEndsAt;
        continue;
      }
      if (resources.lexicon.stanceParticiples.has(word.lower)) {
        // "X reacted to the measure, voicing concern over ...": the stance of the clause's subject.
        const holders = stanceParticipleSpeakers(ctx, k, sentence);
        if (holders.length === 0) continue;
        const cut = clauseBreak(text, { start: word.start, end }, quotes);
        const stance = { start: word.start, end: cut ?? end };
        const before = ctx.drafts.length;
        for (const holder of holders) addDraft(ctx, holder, stance, sentence, quotes);
        if (ctx.drafts.length > before) {
          blockedUntil = stance.end;
          from = stance.end;
        }
        continue;
      }
      // "The two countries affirm ...", "Egypt and Qatar call on ...": a joint release's present, said by each issuer.
      if (jointPresentVerb(word) && !tail) {
        const joint = jointPresentClause(ctx, k, sentence, end);
        const issuers = joint ? jointPresentSpeakers(ctx, k, sentence) : [];
        if (joint && issuers.length > 0) {
          const cut = clauseBreak(text, joint, quotes);
          const stated = cut === null ? joint : { start: joint.start, end: cut };
          for (const issuer of issuers) addDraft(ctx, issuer, stated, sentence, quotes);
          blockedUntil = stated.end;
          from = stated.end;
          continue;
        }
      }
      // "took the opportunity to stress that ...", "took to X to announce ...": the infinitive reads as its finite form.
      const form = occasionSpeechForm(words, k) ?? word.lower;
      const speech = resources.lexicon.speechVerbs.has(form) || resources.lexicon.evaluative.has(form);
      // "spokesman Said Khatibzadeh said ...": a capitalized verb that opens a person's name is the name.
      if (
        speech &&
        word.cap &&
        startingIn(state.mentions, word.start, word.end).some((m) => m.kind === 'person')
      )
        continue;
      // "announced its support for ...": a speech verb that states a stance through its owned noun is framed too.
      const framed = stanceFrameEnd(words, k, resources.lexicon) !== -1;
      if (!framed && !speech) continue;
      if (openQuestionBefore(words, k, sentence.start)) continue;
      // "China welcomes the deal ..., the spokesperson said": a present stance before a closing attribution is
      // the words that speaker reports, in the speaker's tense, not a statement of its own subject. A headline
      // ("Iran rejects speculations on ...") sums up what the body reports.
      if (resources.lexicon.presentStances.has(form) && (tail || headlineLine(state, sentence))) continue;
      let clause = reportedClause(ctx, k, end, quotes, framed, form);
      if (!clause) continue;
      // "X was quoted by TASS as saying that ...", "Interfax quoted X as saying that ...": X speaks.
      const quotedAs = quotedAsSaying(ctx, k, sentence);
      // "The US/Saudi joint statement says that ...": the countries named together before the document's noun issued
      // it; the one named next to the noun is only one of them.
      const issuedJointly = quotedAs
        ? undefined
        : (documentSubject(ctx, k, sentence)?.issuers ??
          jointItSubject(ctx, k, sentence) ??
          continuedJointly(ctx, k, sentence) ??
          undefined);
      const subject = issuedJointly
        ? null
        : (quotedAs?.speaker ?? readOutDocument(ctx, k, sentence) ?? speakerFor(ctx, k, sentence, from));
      // "Xinhua reported, citing the Chinese Foreign Ministry, that ...": the ministry speaks, Xinhua carries it.
      const citedSource = subject && !quotedAs ? citedAfterVerb(ctx, k, subject, end) : null;
      const reported = clause;
      // "CNN reported that ...": an outlet citing no one only carried the news and states nothing itself. Words
      // with a quote in them are left to the rules as before: the quote is someone's, whom this clause may not name.
      if (
        subject &&
        !citedSource &&
        state.organizations.get(subject)?.kind === 'news agency' &&
        !quotes.some((q) => q.start >= reported.start && q.start < reported.end)
      ) {
        blockedUntil = clause.end;
        from = clause.end;
        continue;
      }
      const speaker = citedSource ?? subject;
      // "They declared ...", "the two leaders said ...": each of the people the story just named.
      // "..., as both leaders expressed concern ..., Deputy Adviser Kim said.": inside words a closing attribution
      // gives to someone, a plural subject is what they report, not a speaker of its own.
      const group = issuedJointly
        ? [...issuedJointly]
        : speaker || tail
          ? []
          : groupSpeakers(ctx, k, sentence);
      // "A joint statement from the two governments specified that ...": the document's issuers.
      const subjectDoc = speaker || group.length > 0 ? null : documentSubject(ctx, k, sentence);
      if (subjectDoc) group.push(...documentSpeakers(ctx, subjectDoc, sentence, word.start));
      // "The summit, chaired by X, called for ...": the body that has just spoken.
      if (!speaker && group.length === 0) group.push(...meetingSubject(ctx, k, sentence));
      if (!speaker && group.length === 0) continue;
      let cut = clauseBreak(text, clause, quotes);
      // Only words reported after "that" or a say-like verb ("stressed that ...", "said ...") are a statement of their
      // own; a stance with its object ("congratulated X on ..., saying, "..."") is one with the quote after it.
      const opensWords =
        resources.lexicon.sayLike.has(form) || words[wordIndexAt(words, clause.start) - 1]?.lower === 'that';
      const quoting = opensWords && QUOTING_PARTICIPLE.exec(text.slice(clause.start, cut ?? clause.end));
      if (quoting) cut = clause.start + quoting.index;
      if (cut !== null) clause = { start: clause.start, end: cut };
      // A stance's words open with its verb ("urged both sides to ..."); reported words open after it.
      const stance = clause.start === word.start;
      const goneOn = !speaker
        ? null
        : stance
          ? stanceGoneOn(ctx, k, speaker, clause, madeHere, quotes)
          : participleGoneOn(ctx, k, speaker, clause, madeHere, quotes);
      if (goneOn) {
        // Its words reach on to the end of this clause, which may name what the stance is about.
        goneOn.content = { start: goneOn.content.start, end: clause.end };
        goneOn.text = text
          .slice(goneOn.content.start, clause.end)
          .trim()
          .replace(/[.,;:]$/, '');
        blockedUntil = clause.end;
        from = clause.end;
        continue;
      }
      const before = ctx.drafts.length;
      for (const member of group) addDraft(ctx, member, clause, sentence, quotes);
      if (!speaker) {
        if (ctx.drafts.length > before) {
          blockedUntil = clause.end;
          from = clause.end;
        }
        continue;
      }
      addDraft(ctx, speaker, clause, sentence, quotes);
      if (citedSource && subject) for (const draft of ctx.drafts.slice(before)) draft.channel = subject;
      if (quotedAs?.channel) for (const draft of ctx.drafts.slice(before)) draft.channel = quotedAs.channel;
      // "Iran and Turkey also welcomed ...": the same words from each.
      if (ctx.drafts.length > before)
        for (const partner of coSubjects(ctx, speaker, word.start))
          addDraft(ctx, partner, clause, sentence, quotes);
      if (ctx.drafts.length > before) {
        blockedUntil = clause.end;
        from = clause.end;
      }
    }
    if (source && source.to > source.from && ctx.drafts.length > source.to)
      ctx.drafts.splice(source.from, source.to - source.from);
    // The denier's words are the claim itself; a quote inside it is the claim's speaker's, not the denier's.
    if (denial) addDraft(ctx, denial.speaker, { start: sentence.start, end: denial.comma }, sentence, []);
    // "Blinken stressed ..., the State Department said": the words are Blinken's; the department only reports them.
    // "The UAE expressed appreciation ..., Minister X said", "The United Nations welcomed ..., UN spokesman Y said":
    // a country or body the words name as their subject is what the closing speaker says of it; the words are his.
    // "X and Y reaffirmed ..., the ministry said": a body's account of what two people did together is its own.
    if (
      tailDrafts.length > 0 &&
      ctx.drafts.length > madeHere &&
      (closingSpeakerOwns(ctx, madeHere, tailDrafts) || bodyTellsJointAct(ctx, madeHere, tailDrafts))
    )
      ctx.drafts.splice(madeHere, ctx.drafts.length - madeHere);
    else if (tailDrafts.length > 0 && ctx.drafts.length > madeHere) {
      const made = ctx.drafts.slice(madeHere);
      ctx.drafts.splice(beforeTail, tailDrafts.length);
      for (const tailDraft of tailDrafts) {
        const outlet = state.organizations.get(tailDraft.speaker);
        if (outlet?.kind === 'news agency') for (const draft of made) draft.channel ??= outlet.id;
        if (cited) for (const draft of made) draft.channel ??= cited.channel;
      }
    }
    if (outlet?.channel && !tail)
      for (const draft of ctx.drafts.slice(madeHere)) draft.channel ??= outlet.channel;
    dropReporters(ctx, madeHere, sentence);
    // "The deal was later confirmed by Azerbaijan and the Kremlin.": with no other attribution, the parties after
    // "by" report the deal.
    if (ctx.drafts.some((d) => d.sentence <= sentence.index && d.lastSentence >= sentence.index)) continue;
    for (const party of passiveDealReporters(ctx, sentence))
      addDraft(ctx, party, { start: sentence.start, end: sentence.end }, sentence, quotes);
  }
}

/**
 * `Hayashi said he attaches "great importance" to ... and to "A," Japan's Foreign Ministry said`: the quote pass
 * gave "A" to the ministry by its closing attribution, but "A" sits inside the clause Hayashi's own speech verb
 * reports: the words are his and the ministry only reports them, as a closing attribution after reported words
 * does. An earlier direct statement of another speaker in this sentence whose quotes all lie inside a reported
 * clause drafted here is dropped.
 */
function dropReporters(ctx: StatementContext, madeHere: number, sentence: Sentence): void {
  let made = ctx.drafts.slice(madeHere).filter((d) => d.direct && d.quoteSpans.length > 0);
  if (made.length === 0) return;
  // Drafts are in pass order, not text order: every earlier one is checked.
  for (let i = madeHere - 1; i >= 0; i--) {
    const earlier = ctx.drafts[i] as StatementLike;
    if (earlier.content.start < sentence.start || earlier.content.end > sentence.end) continue;
    if (!earlier.direct || earlier.quoteSpans.length === 0) continue;
    const reporting = made.filter(
      (d) =>
        d.speaker !== earlier.speaker &&
        earlier.quoteSpans.every((span) =>
          d.quoteSpans.some((q) => q.start <= span.start && q.end >= span.end),
        ),
    );
    if (reporting.length === 0) continue;
    // `X and Y have welcomed "A," the ministry said`: the body's account of what the two did together stays its own.
    if (
      jointActTold(
        ctx,
        reporting.map((d) => d.speaker),
        earlier.speaker,
      )
    ) {
      for (const draft of reporting) ctx.drafts.splice(ctx.drafts.indexOf(draft), 1);
      made = made.filter((d) => !reporting.includes(d));
      continue;
    }
    ctx.drafts.splice(i, 1);
  }
}

/**
 * "X confirmed the truce, saying it would start at dawn", "X noted that ..., adding that ...": reported words a
 * participle after a comma opens go on with the unquoted words the same speaker was given just before it in this
 * sentence, one attribution as gold counts it. A quote in them ("..., saying: "..."") or words before them that
 * quote (`"...," he said, adding that ...`) keep their own statement: quoted and reported words are two. Returns the
 * draft it goes on with, for the caller to stretch over the clause.
 */
function participleGoneOn(
  ctx: StatementContext,
  k: number,
  speaker: string,
  clause: Range,
  madeHere: number,
  quotes: readonly Quote[],
): StatementLike | null {
  const participle = ctx.state.words[k] as Word;
  if (participle.gap !== ', ' || !ctx.resources.lexicon.participles.has(participle.lower)) return null;
  if (quotes.some((q) => q.start >= clause.start && q.start < clause.end)) return null;
  // Only the draft made last in this sentence: another speaker's words between open a remark of their own.
  const last = ctx.drafts.length > madeHere ? ctx.drafts[ctx.drafts.length - 1] : undefined;
  if (!last || last.speaker !== speaker || last.direct || last.content.end > participle.start) return null;
  return last;
}

/**
 * "X welcomed the deal and urged both sides to honour it", "... rejected the charges and accused Y of ...": a
 * stance verb right after "and" or "but" (its words open with the verb, as the caller checked) that quotes nothing
 * goes on with the unquoted words the same speaker was just given in this sentence: one attribution, one statement,
 * as gold counts it. "... and said the posts would open" reports words of its own and stays a statement. Returns
 * the draft it goes on with, for the caller to stretch over the clause.
 */
function stanceGoneOn(
  ctx: StatementContext,
  k: number,
  speaker: string,
  clause: Range,
  madeHere: number,
  quotes: readonly Quote[],
): StatementLike | null {
  const conjunction = ctx.state.words[k - 1];
  if (conjunction?.lower !== 'and' && conjunction?.lower !== 'but') return null;
  // ", and urged ...": a comma ends the first stance, and the second is a statement of its own (second-stance rule).
  if (conjunction.gap.includes(',')) return null;
  if (quotes.some((q) => q.start >= clause.start && q.start < clause.end)) return null;
  for (let i = ctx.drafts.length - 1; i >= madeHere; i--) {
    const draft = ctx.drafts[i] as StatementLike;
    if (draft.speaker === speaker && !draft.direct && draft.content.end <= clause.start) return draft;
  }
  return null;
}
