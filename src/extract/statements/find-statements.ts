// Attributes direct quotes: speaker after ("...," Rudenko told Sputnik) or before (Putin said: "..."), quotes
// split by their attribution, and quotes continued in the next sentence or paragraph; then reported speech.

import { findQuotes, quotePieces, type Quote } from './find-quotes.ts';
import { findReportedSpeech, groupSpeakers } from './find-reported-speech.ts';
import { previousSubject, runningSpeakerQuotes } from './running-speaker.ts';
import { colonLeadInQuotes } from './colon-lead-in.ts';
import { verbLaterInSentence } from './verb-later-in-sentence.ts';
import { channelIn, itReferent, pronounSpeaker, referent, speakerIn, subjectBefore } from './find-speaker.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import {
  continueQuote,
  makeDraft,
  paragraphStart,
  sentenceOf,
  speakerId,
  type StatementContext,
} from './statement-context.ts';
import type { EntityMention, ExtractState, Resources, Sentence, StatementLike, Word } from '../types.ts';
import { isTitleWord } from '../entities/person-context.ts';
import {
  DOCUMENT_CLAUSE_SUBJECTS,
  SINGULAR_SUBJECT_PRONOUNS,
  SUBJECT_CASE_PRONOUNS,
  VERB_JOINING_CONJUNCTIONS,
  QUOTING_VERBS,
} from '../lexicon/speaker-words.ts';
import {
  documentAt,
  documentBeforeVerb,
  documentSpeakers,
  documentSubject,
  documentVerb,
  isDocumentVerb,
  jointDocumentIt,
} from './document-speakers.ts';
import { articleWordFacts } from '../events/event-modality.ts';
import { quotedAsSaying } from './cited-sources.ts';
import { ROLE_OWNER_POSSESSIVES } from '../lexicon/role-words.ts';
import { isTitle, MAX_TITLE_WORDS } from './title-phrase.ts';
import { goBetweenSubject } from './go-between-speakers.ts';
import { jointTheySpeakers, pluralSubjectBefore, theyBeforeVerb, theyClosesQuote } from './joint-they.ts';
import { listedCountriesBefore } from './listed-countries-they.ts';
import { ABBREVIATED_GIVEN_NAMES, ARTICLE_WORDS, BODY_ROLE_LINKS } from '../lexicon/word-lists.ts';

const ARTICLES: ReadonlySet<string> = new Set(ARTICLE_WORDS);

const MAX_ATTRIBUTION_WORDS = 10;
/** Between a speaker and the verb after a quote: a few lower-case words ("was quoted as", "also", "later"). */
const ATTRIBUTION_GAP = /^(?: [a-z]+){0,4} $/;

/**
 * `", - Name stated.`, `” – he noted.`, a quote closing its paragraph and `— he explained.` opening the next: the
 * dash some outlets (often translating from Ukrainian or Russian) set between a quote and its attribution.
 */
const DASH_BEFORE_ATTRIBUTION = /^,?\s?[-–—](?= )/;

/** `," Name, who chaired the summit, said`: a relative clause or apposition between a speaker and the verb. */
const ATTRIBUTION_ASIDE = /^, [^.!?;“”"\n]{1,100}, (?:[a-z]+ )?$/;

/**
 * The words after a verb up to the end of its clause. The period of an abbreviation does not end it: `," said
 * U.S. Ambassador MaryKay Carlson.` names its speaker after "U.S.", `," said Adviser Md. Touhid Hossain.` after "Md.".
 */
const ATTRIBUTION_CLAUSE = new RegExp(
  String.raw`^(?:[^.,;!?“”"\n]|\.(?=\S)|(?<=\b[A-Z])\.|(?<=\b(?:Jr|Sr|Dr|St|Mr|Mrs|Ms|Gen|Lt|Col|Sen|Rep|Gov|Amb|${ABBREVIATED_GIVEN_NAMES.join('|')}))\.)*`,
);

/**
 * `," X quoted him as saying`, `," he was quoted as saying by Xinhua`: someone else reports the words of the person
 * the pronoun means.
 */
const QUOTED_AS = new RegExp(
  String.raw`^,? [^.!?“”"\n]{0,80}?\b(?:(?:${QUOTING_VERBS.join('|')}) (?:him|her)|(?:he|she) was (?:${QUOTING_VERBS.join('|')})) as saying\b`,
);
/**
 * `," Name, the spokesman of the foreign ministry said`: a name, then its role as an apposition that the verb
 * closes without a comma of its own (the role may be long: "of the Ministry of Water Resources and Irrigation").
 */
const OPEN_APPOSITION = /^, (?:the|a|an) ([^,.;:!?“”"\n]{3,120}) (?:[a-z]+ )?$/;
/** `," the ministry's spokesman, Name, said`: a role, then its holder set off by commas before the verb. */
const ROLE_BEFORE_NAME = /^(?:the |a |an )?([^,;:!?“”"\n]{3,80}), $/;
/** `," Name, the ...`: the words a name opening an attribution may carry as its role. */
const NAME_THEN_ROLE = /^,? [^,.;:!?“”"\n]{2,60}?, (?:the|a|an) /;
/** `," Name, head of the AU's ... Council, told`: a role opened by its title word and "of", "for" or "to". */
const NAME_THEN_TITLE = /^,? [^,.;:!?“”"\n]{2,60}?, (\p{Ll}+) (?:of|for|to) /u;

/** `," Trade Minister X who chaired the talks said`: capitalized words, then a relative clause's "who". */
const NAME_THEN_RELATIVE = /^,? (?:\p{Lu}[\p{L}.'’-]* ){1,6}who /u;

/**
 * `," X who chaired the talks said`, `," X, the bloc's security director said`: a person's tail the verb closes
 * with no comma of its own: a relative clause on the person, or an apposition whose head (its last word, as English
 * noun phrases end in theirs) is a title.
 */
const BARE_RELATIVE_TAIL = /^ who [^,.!?;:“”"\n]{1,100} $/;
const UNCLOSED_APPOSITION = /^, [^,.!?;:“”"\n]{2,80} (\p{Ll}+) $/u;

/** Whether the words between a person's name and the verb closing a quote only say more about that person. */
function personTail(ctx: StatementContext, gap: string): boolean {
  if (BARE_RELATIVE_TAIL.test(gap)) return true;
  const head = UNCLOSED_APPOSITION.exec(gap)?.[1];
  return head !== undefined && ctx.resources.lexicon.titleHeads.has(head);
}

/** Whether a name and its role, opened by an article or a title word, follow the quote ending at `at`. */
function nameThenRole(ctx: StatementContext, at: number): boolean {
  const after = ctx.state.text.slice(at, at + 64);
  if (NAME_THEN_ROLE.test(after) || NAME_THEN_RELATIVE.test(after)) return true;
  const title = NAME_THEN_TITLE.exec(after)?.[1];
  return title !== undefined && ctx.resources.lexicon.titleHeads.has(title);
}

/**
 * Whether the words from `from` to a person's name at `to` are only a body's name: `," Ministry of External Affairs
 * Randhir Jaiswal told`, the body the person serves, its title left out.
 */
function bodyOnlyLead(ctx: StatementContext, from: number, to: number): boolean {
  const { state } = ctx;
  return startingIn(state.mentions, from, to).some(
    (m) =>
      m.kind === 'org' &&
      m.end === to - 1 &&
      /^[,\s]*(?:the )?$/i.test(state.text.slice(from, m.start)) &&
      state.organizations.get(m.id)?.kind !== 'news agency',
  );
}

/** `," X was quoted by state broadcaster PTV.`: a subject of a few words, then the passive "was quoted". */
const PASSIVE_QUOTED = /^,? ([^.!?“”"\n]{2,80}?) (?:was|were) quoted\b/;

/** `," Interfax quoted Ushakov as saying`, `," TASS cited Ushakov as saying`: the outlet reports the words of the person it names. */
const QUOTED_NAME_AS = new RegExp(
  String.raw`^,? [^.!?“”"\n]{0,60}?\b(?:${QUOTING_VERBS.join('|')}) ([^.!?,“”"\n]{2,60}?) as saying\b`,
);

/** "U.S", "U.N" as a word, its closing dot in the gap after it: `," U.S. Secretary of State X said`. */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** The point ending an abbreviation, then a space or a joining hyphen, dash or slash ("the U.S.-Saudi statement"). */
const ABBREVIATION_POINT = /^\.[ \-–/]$/;

/**
 * Whether the gap before word `k` is only an abbreviation's closing dot, not the end of a sentence: "U.S." or a form
 * of address (`," Mr. Kim said`).
 */
function abbreviationGap(words: readonly Word[], k: number, addressForms: ReadonlySet<string>): boolean {
  const before = words[k - 1]?.text ?? '';
  return (
    ABBREVIATION_POINT.test((words[k] as Word).gap) &&
    (DOTTED_ABBREVIATION.test(before) || addressForms.has(before))
  );
}

/** `," Mr Kim said`, `," Dr. Jaishankar said`: the lead before a name without the form of address that ends it. */
function withoutAddress(ctx: StatementContext, lead: string): string {
  const form = /(?:^|\s)(\p{Lu}\p{Ll}*)\.? $/u.exec(lead);
  return form?.[1] && ctx.resources.lexicon.addressForms.has(form[1]) ? lead.slice(0, form.index) : lead;
}

/** `his spokesman ` opening the words between a quote and the name that holds the role. */
const ROLE_OWNER = new RegExp(`^(?:${ROLE_OWNER_POSSESSIVES.join('|')}) (?=[a-z])`);

/**
 * Whether [from, to) holds only a determiner and the countries a body belongs to: `," the Japanese foreign ministry
 * said`, `," China's defence ministry said`.
 */
function onlyCountries(ctx: StatementContext, from: number, to: number): boolean {
  const { text } = ctx.state;
  let rest = text.slice(from, to);
  for (const m of startingIn(ctx.state.mentions, from, to))
    if (m.kind === 'country' && m.end <= to) rest = rest.replace(text.slice(m.start, m.end), ' ');
  return /^[,\s]*(?:the |a |an )?(?:\s|['’]s)*$/i.test(rest);
}

const BODY_LINKS: ReadonlySet<string> = new Set(BODY_ROLE_LINKS);

/**
 * Whether `lead` is an unnamed role serving the body named right after it: `," the spokesman of Ministry of X
 * said`, `," spokesperson at the Foreign Office commented`. The body speaks, as "a spokesman for X said" does.
 */
function servesBody(ctx: StatementContext, lead: string): boolean {
  const words = lead.trim().split(' ');
  if (words[0] && ARTICLES.has(words[0].toLowerCase())) words.shift();
  if (words.at(-1) === 'the') words.pop();
  return (
    words.length === 2 &&
    ctx.resources.lexicon.servingRoleHeads.has(words[0]?.toLowerCase() ?? '') &&
    BODY_LINKS.has(words[1] ?? '')
  );
}

/** How many title words may stand between a role's comma and its holder's name ("former Nigerian President"). */
const MAX_HOLDER_TITLE_WORDS = 4;

/** Whether words [first, ...) up to offset `end` hold a title word: the clause names a role. */
function holdsTitle(ctx: StatementContext, first: number, end: number): boolean {
  const { words } = ctx.state;
  for (let k = first; k < words.length && (words[k] as Word).end <= end; k++)
    if (ctx.resources.lexicon.titleHeads.has((words[k] as Word).lower)) return true;
  return false;
}

/** The person named at `from`, after at most a few title words or a country ("former Nigerian President X"). */
function appositiveName(ctx: StatementContext, from: number): EntityMention | null {
  const { words, mentions } = ctx.state;
  const named = startingIn(mentions, from, from + 80).find((m) => m.kind === 'person');
  if (!named) return null;
  const k0 = wordIndexAt(words, from);
  for (let k = k0; k < words.length && (words[k] as Word).start < named.start; k++) {
    const word = words[k] as Word;
    const honorific = k > k0 && ctx.resources.lexicon.honorifics.has((words[k - 1] as Word).text);
    if (k - k0 >= MAX_HOLDER_TITLE_WORDS || (k > k0 && word.gap !== ' ' && !(honorific && word.gap === '. ')))
      return null;
    const country = startingIn(mentions, word.start, word.end).some((m) => m.kind === 'country');
    if (
      !country &&
      !isTitleWord(word, ctx.resources.lexicon) &&
      !ctx.resources.lexicon.honorifics.has(word.text)
    )
      return null;
  }
  return named;
}

/** After a closing-only verb: its sentence ends, or a time or place phrase follows ("concluded in his speech"). */
const CLOSING_VERB_END = /^(?: up)?(?:[.!?,;]|$| (?:in|on|at|during|after|before|while|when|with|to)\b)/;

/**
 * `," the diplomat concluded.`, `," the President summed up.`: a verb that reports words only as the attribution
 * closing a quotation, with nothing for an object after it.
 */
function closesQuote(ctx: StatementContext, word: Word): boolean {
  return (
    ctx.resources.lexicon.closingQuoteVerbs.has(word.lower) &&
    CLOSING_VERB_END.test(ctx.state.text.slice(word.end, word.end + 12))
  );
}

interface Attribution {
  speaker: string;
  end: number;
  verb: number;
  /** Who else says the same words: the other issuers of a joint statement. */
  cospeakers?: string[];
  /** Closed by "it said" and given to the body that spoke last: the joint document "it" may mean is looked at later. */
  viaIt?: true;
  /** "They added:" given to one speaker before the joint words "they" may go on from were drafted. */
  viaThey?: true;
}

/** Speaker and verb in the words right after a closing quote: `," Rudenko told Sputnik.` / `," said Putin.` */
function attributionAfter(ctx: StatementContext, quote: Quote): Attribution | null {
  const { words, text } = ctx.state;
  const after =
    quote.end + (DASH_BEFORE_ATTRIBUTION.exec(text.slice(quote.end, quote.end + 4))?.[0].length ?? 0);
  if (!/^(?:,? |$)/.test(text.slice(after, after + 3))) return null;
  // `," his spokesman, Serhiy Nykyforov, quoted him as saying.`: the words are his, not the spokesman's.
  const quotedAs = QUOTED_AS.exec(text.slice(after, after + 120));
  if (quotedAs) {
    const end = after + quotedAs[0].length;
    const speaker = referent(
      ctx.state,
      quote.start,
      sentenceOf(ctx.state, quote.start)?.index ?? 0,
      ctx.drafts,
    );
    return speaker ? { speaker, end, verb: wordIndexAt(words, end - 1) } : null;
  }
  const quotedName = QUOTED_NAME_AS.exec(text.slice(after, after + 120));
  const quotedWho = quotedName?.[1];
  if (quotedName && quotedWho) {
    const from = after + quotedName[0].lastIndexOf(quotedWho);
    const named = startingIn(ctx.state.mentions, from, from + quotedWho.length).find(
      (m) => m.kind === 'person' && m.end <= from + quotedWho.length,
    );
    const end = after + quotedName[0].length;
    if (named) return { speaker: named.id, end, verb: wordIndexAt(words, end - 1) };
  }
  // `," Fawad was quoted by state broadcaster PTV (as saying).`: the one quoted speaks; the outlet only carries it.
  const passive = PASSIVE_QUOTED.exec(text.slice(after, after + 100));
  if (passive?.[1]) {
    const auxiliary = after + passive[0].length - ' was quoted'.length;
    const k = wordIndexAt(words, after + passive[0].length - 1);
    const subject = subjectBefore(ctx.state, after, auxiliary);
    const verb = words[k];
    if (subject && verb && ctx.state.organizations.get(subject.id)?.kind !== 'news agency') {
      const end = verb.end + (ATTRIBUTION_CLAUSE.exec(text.slice(verb.end, verb.end + 120))?.[0].length ?? 0);
      return { speaker: subject.id, end, verb: k };
    }
  }
  const k0 = wordIndexAt(words, after);
  // A name and its role after it may run past the usual reach before the verb comes.
  const reach = nameThenRole(ctx, after) ? MAX_ATTRIBUTION_WORDS + MAX_TITLE_WORDS : MAX_ATTRIBUTION_WORDS;
  for (let k = k0; k < words.length && k - k0 < reach; k++) {
    const word = words[k] as Word;
    if (
      k > k0 &&
      /[.!?;“”"\n]/.test(word.gap) &&
      !abbreviationGap(words, k, ctx.resources.lexicon.addressForms)
    )
      return null;
    if (
      !ctx.resources.lexicon.quoteVerbs.has(word.lower) &&
      !closesQuote(ctx, word) &&
      !documentVerb(ctx, k, k0)
    )
      continue;
    const clause = ATTRIBUTION_CLAUSE.exec(text.slice(word.end, word.end + 120));
    let end = word.end + (clause?.[0].length ?? 0);
    // `," said the Foreign Ministry Spokesman, Arrmanatha Nasir`, `," announced the AU's High Representative for
    // the Horn of Africa, former Nigerian President Olusegun Obasanjo`: a role, then its holder set off by a comma.
    if (k === k0 && text.startsWith(', ', end) && holdsTitle(ctx, k + 1, end)) {
      const named = appositiveName(ctx, end + 2);
      if (named) end = named.end;
    }
    // After a quote that closes its own sentence, "X said" opens a new sentence unless it ends right there.
    if (/[.!?]$/.test(quote.content) && (end - word.end > 40 || /^[,“"]/.test(text.slice(end, end + 1))))
      return null;
    if (k === k0) {
      // `," saying Tehran will ...`: a participle goes on with the subject that said the quote; the name after it
      // opens the words it reports, it does not speak them.
      if (ctx.resources.lexicon.participles.has(word.lower)) return null;
      // `," said the communique, which ...`, `," says the Leaders' Communiqué.`: the document speaks for its issuers.
      const found = documentAt(ctx, k + 1);
      const doc = found && isDocumentVerb(ctx, k) ? { ...found, described: true as const } : found;
      const sentence = doc ? sentenceOf(ctx.state, word.start) : undefined;
      if (doc && sentence) {
        const [speaker, ...cospeakers] = documentSpeakers(ctx, doc, sentence, quote.start);
        return speaker ? { speaker, end, verb: k, cospeakers } : null;
      }
      // `," said Putin.`: the speaker follows the verb.
      const speaker = speakerId(ctx, word.end, end, true, word.sentence);
      return speaker ? { speaker, end, verb: k } : null;
    }
    // '"...," the statement from the ministry states.': the document and its source, not the source alone.
    const sourced = documentBeforeVerb(ctx, k0, k, isDocumentVerb(ctx, k));
    if (sourced) {
      const [speaker, ...cospeakers] = sourced;
      return speaker ? { speaker, end, verb: k, cospeakers } : null;
    }
    // `," Stephane Dujarric, spokesman for Secretary-General Antonio Guterres, told reporters`: the name before
    // the apposition speaks, not a person or body named inside it.
    const nearest = speakerIn(ctx.state, after, word.start, false);
    const opening = startingIn(ctx.state.mentions, after, word.start).find(
      (m) => m.kind === 'person' && m.end <= word.start,
    );
    const mention =
      opening && opening !== nearest && ATTRIBUTION_ASIDE.test(text.slice(opening.end, word.start))
        ? opening
        : nearest;
    const lead = withoutAddress(ctx, text.slice(after, mention?.start ?? after).replace(/^[,\s]*/, ''));
    // `," Name, the spokesman of the Iranian foreign ministry said`: the name speaks, its role only describes it.
    const role = opening ? OPEN_APPOSITION.exec(text.slice(opening.end, word.start)) : null;
    if (opening && role?.[1] && /^[,\s]*$/.test(text.slice(after, opening.start)) && isTitle(ctx, role[1]))
      return { speaker: opening.id, end, verb: k };
    // `," Trade Minister X who chaired the talks said`, `," X, the bloc's security director said`: the person
    // opening the attribution (maybe after its titles) speaks; the tail runs on to the verb without a closing comma.
    const titles = opening
      ? withoutAddress(ctx, text.slice(after, opening.start).replace(/^[,\s]*/, ''))
      : '';
    if (
      opening &&
      (titles === '' || isTitle(ctx, titles)) &&
      personTail(ctx, text.slice(opening.end, word.start))
    )
      return { speaker: opening.id, end, verb: k };
    // `," the ministry's spokesman, Name, said`: a role set off before its holder.
    const held = mention?.kind === 'person' ? ROLE_BEFORE_NAME.exec(lead) : null;
    if (
      mention &&
      held?.[1] &&
      /^, (?:[a-z]+ )?$/.test(text.slice(mention.end, word.start)) &&
      isTitle(ctx, held[1])
    )
      return { speaker: mention.id, end, verb: k };
    if (
      mention &&
      (ATTRIBUTION_GAP.test(text.slice(mention.end, word.start)) ||
        (mention.kind === 'person' && ATTRIBUTION_ASIDE.test(text.slice(mention.end, word.start)))) &&
      (/^(?:the |a |an )?$/i.test(lead) ||
        (mention.kind === 'person' &&
          (isTitle(ctx, lead.replace(ROLE_OWNER, '')) || bodyOnlyLead(ctx, after, mention.start))) ||
        (mention.kind === 'org' && (onlyCountries(ctx, after, mention.start) || servesBody(ctx, lead))))
    ) {
      return { speaker: mention.id, end, verb: k };
    }
    // '"...," the joint statement said.': the document speaks for its issuers, as "according to the statement".
    const issuers = mention ? null : documentBeforeVerb(ctx, k0, k);
    if (issuers) {
      const [speaker, ...cospeakers] = issuers;
      return speaker ? { speaker, end, verb: k, cospeakers } : null;
    }
    // '"...," the mediators warned.': each country the article names as a go-between.
    const closing = sentenceOf(ctx.state, word.start);
    const goBetweens = mention || !closing ? null : goBetweenSubject(ctx, k, closing);
    if (goBetweens && /^[,\s]*$/.test(text.slice(after, goBetweens.start))) {
      const [speaker, ...cospeakers] = goBetweens.speakers;
      if (speaker) return { speaker, end, verb: k, cospeakers };
    }
    // A quote of several sentences: "it" and "he" look back from the sentence it opens in, not the one its verb
    // closes, which may lie beyond the reach of the sentences before it.
    const opens = sentenceOf(ctx.state, quote.start)?.index ?? word.sentence;
    // '"...," they said.' right after a sentence whose subject lists countries: "they" are those countries, not
    // people named in that sentence's object or together before it.
    const theyClose = !mention && theyClosesQuote(text, after, word.start);
    const [listed, ...listedWith] = (theyClose && listedCountriesBefore(ctx, opens)) || [];
    if (listed) return { speaker: listed, end, verb: k, cospeakers: listedWith };
    // '"...," the three leaders wrote.': a plural subject means the people the story has just named together.
    if (!mention && GROUP_GAP.test(text.slice(after, word.start)) && pluralSubjectBefore(ctx, k)) {
      const [grouped, ...cospeakers] = closingGroup(ctx, k, closing, opens) ?? [];
      if (grouped) return { speaker: grouped, end, verb: k, cospeakers };
    }
    // '"...," it added.': the body that spoke last.
    if (!mention && /^,?\s*it(?: [a-z]+)?\s+$/.test(text.slice(after, word.start))) {
      // After words a joint statement gave each of its issuers, "it" is that statement: every issuer speaks.
      const [joint, ...cospeakers] = jointDocumentIt(ctx, quote.start, opens) ?? [];
      if (joint) return { speaker: joint, end, verb: k, cospeakers };
      const speaker = itReferent(ctx.state, quote.start, opens, ctx.drafts);
      if (!speaker) ctx.pendingIt.add(quote);
      return speaker ? { speaker, end, verb: k, viaIt: true } : null;
    }
    // '"...," they said.' after words given to two speakers at once: each of them; else looked at again once the
    // reported words are drafted.
    if (theyClose) {
      const [speaker, ...cospeakers] =
        closingGroup(ctx, k, closing, opens) ?? jointTheySpeakers(ctx, quote.start, opens) ?? [];
      if (speaker) return { speaker, end, verb: k, cospeakers };
      ctx.pendingThey.set(quote, { end, verb: k });
      return null;
    }
    if (!mention && /^,?\s*(?:he|she)(?: [a-z]+){0,2}\s+$/i.test(text.slice(after, word.start))) {
      // "he" means someone named before the quote: a name inside it ("As Mr. Lavrov said, ...") is quoted, not
      // the speaker.
      const speaker =
        conversationSpeaker(ctx, quote, opens) ?? referent(ctx.state, quote.start, opens, ctx.drafts);
      return speaker ? { speaker, end, verb: k } : null;
    }
    return null;
  }
  return null;
}

/** How many sentences back a quote's "he said" may reach for the last quoted speaker. */
const CONVERSATION_REACH_SENTENCES = 3;

/**
 * '"...," he said.' opening its paragraph, with only narration since the last quote: the speaker of that quote,
 * whoever the narration named (as CoreNLP's sieve keeps a conversation's speaker). "A presidential official told
 * Yonhap" then '"...," he said' is still the official's side.
 */
function conversationSpeaker(ctx: StatementContext, quote: Quote, sentence: number): string | null {
  // Only a quote that opens its paragraph: within a paragraph, the sentence before names who speaks next.
  if (paragraphStart(ctx.state, quote.start) !== quote.start) return null;
  const last = ctx.drafts.findLast((d) => d.content.end <= quote.start);
  if (!last?.direct || sentence - last.lastSentence > CONVERSATION_REACH_SENTENCES) return null;
  // "he" may be a country's unnamed official, spoken of as its seat ("a presidential official told Yonhap"),
  // never the country an attribution names ("Lebanon said", "the Algerian delegate continued"): look for who.
  if (ctx.state.countries.has(last.speaker) && namedOutsideQuotes(ctx.state, last)) return null;
  // A later statement of anyone, direct or reported, ends the conversation.
  if (
    ctx.drafts.some((d) => d !== last && d.content.start > last.content.end && d.content.end <= quote.start)
  )
    return null;
  // So does a sentence in between whose speech verb has another person as subject ("X expressed gratitude to
  // <last speaker>, saying ..."): "he" may now be them. One that only names others ("X and Y are the co-chairs")
  // does not.
  // An evaluative verb counts as speech here ("UN envoy X also thanked Qatar for its efforts."): its statement is
  // drafted only after the quotes, so the check above has not seen it yet.
  for (let k = last.lastSentence + 1; k < sentence; k++) {
    const between = ctx.state.sentences[k];
    const subject = between
      ? mainSpeaker(ctx, between.start, Math.min(between.end, quote.start), true)
      : null;
    if (subject?.startsWith('person:') && subject !== last.speaker) return null;
  }
  return last.speaker;
}

/** Whether a statement's speaker is named, not as a seat, in its sentences outside its quotes ("Lebanon said"). */
function namedOutsideQuotes(state: ExtractState, draft: StatementLike): boolean {
  const from = state.sentences[draft.sentence]?.start ?? draft.content.start;
  const to = state.sentences[draft.lastSentence]?.end ?? draft.content.end;
  return state.mentions.some(
    (m) =>
      m.id === draft.speaker &&
      m.via !== 'seat' &&
      m.start >= from &&
      m.end <= to &&
      !draft.quoteSpans.some((q) => m.start >= q.start && m.end <= q.end),
  );
}

/** The first speech verb in [from, to) outside quotes (or evaluative verb, when `evaluative`). */
function firstSpeechVerb(ctx: StatementContext, from: number, to: number, evaluative = false): Word | null {
  const { words, text } = ctx.state;
  const { speechVerbs, evaluative: evaluativeVerbs } = ctx.resources.lexicon;
  for (let k = wordIndexAt(words, from); k < words.length && (words[k]?.start ?? to) < to; k++) {
    const word = words[k] as Word;
    if (!speechVerbs.has(word.lower) && !(evaluative && evaluativeVerbs.has(word.lower))) continue;
    // Quote marks before it are unbalanced inside a quotation: its verbs are someone's words, not the frame.
    if ((text.slice(from, word.start).match(/["“”]/g) ?? []).length % 2 === 1) return null;
    return word;
  }
  return null;
}

/** Whether [from, to) reports `speaker`'s words: its first speech verb's subject is them or a pronoun. */
function sameSpeakerSpeaks(ctx: StatementContext, speaker: string, from: number, to: number): boolean {
  const verb = firstSpeechVerb(ctx, from, to);
  if (!verb) return false;
  const subject = subjectBefore(ctx.state, from, verb.start)?.id ?? null;
  return subject === null || subject === speaker;
}

/** The subject of the first speech verb in [from, to) outside quotes: who a later participle goes on with. */
function mainSpeaker(ctx: StatementContext, from: number, to: number, evaluative = false): string | null {
  const verb = firstSpeechVerb(ctx, from, to, evaluative);
  return verb ? (subjectBefore(ctx.state, from, verb.start)?.id ?? null) : null;
}

/** wink POS tags of a word that makes the name before it a modifier of a longer noun phrase. */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The person or body that opens the sentence at `from` as its subject, followed by a verb before `to`. */
function sentenceSubject(ctx: StatementContext, from: number, to: number): string | null {
  const first = startingIn(ctx.state.mentions, from, to).find(
    (m) => m.kind !== 'place' && m.describesUnnamed !== true,
  );
  if (!first || first.start > from + 4) return null;
  // It heads its own phrase (wink POS): "Mousavi also pointed", "Fidan and his aides", not "Mousavi's remarks" nor
  // "Greek government spokesman X" (a demonym qualifying a title).
  const { words, text } = ctx.state;
  const next = words[wordIndexAt(words, first.end)];
  const sentence = next && ctx.state.sentences[next.sentence];
  if (!next || !sentence || next.gap !== ' ' || next.start >= to) return null;
  const pos = articleWordFacts(ctx.state, ctx.resources)(
    text.slice(sentence.start, sentence.end),
    next.start - sentence.start,
  )?.pos;
  return pos === undefined || NOUN_PHRASE_TAGS.has(pos) ? null : first.id;
}

/** Words that give a verb after a document a subject of its own: "a statement in which it said". */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([...SUBJECT_CASE_PRONOUNS, ...DOCUMENT_CLAUSE_SUBJECTS]);

/**
 * Whether words[k0] may run into the quote after it with no comma: a verb only documents take, or a participle of
 * saying with no speech verb before it in its sentence.
 */
function runsIntoQuote(ctx: StatementContext, k0: number, sentence: Sentence | undefined): boolean {
  const { words } = ctx.state;
  const last = words[k0] as Word;
  return (
    isDocumentVerb(ctx, k0) ||
    (ctx.resources.lexicon.participles.has(last.lower) &&
      !words
        .slice(wordIndexAt(words, sentence?.start ?? last.start), k0)
        .some((w) => ctx.resources.lexicon.speechVerbs.has(w.lower)))
  );
}

/** Speaker and verb right before an opening quote: `Putin said: "` / `He added, "`. */
function attributionBefore(ctx: StatementContext, quote: Quote): Attribution | null {
  const { words, text } = ctx.state;
  const k0 = wordIndexAt(words, quote.start) - 1;
  const last = words[k0];
  if (!last) return null;
  const gap = text.slice(last.end, quote.start);
  // `The statement reads "..."`: a verb only documents take may run into the quote without a comma, and so may a
  // participle of saying after a verb of another kind (`X outlined the terms, declaring "I emphasize ..."`, `quoted
  // X stressing "..."`). After a speech verb (`X said that ..., adding "..."`, `X denied that ..., saying "..."`)
  // the reported clause already holds the quote.
  const sentence = sentenceOf(ctx.state, quote.start);
  if (!/^\s*[:,]\s*$/.test(gap) && !(/^ $/.test(gap) && runsIntoQuote(ctx, k0, sentence))) return null;
  for (let k = k0; k >= 0 && k0 - k < 6; k--) {
    const word = words[k] as Word;
    if (word.start < (sentence?.start ?? 0)) return null;
    // `X, a Kremlin spokesman, was quoted by Interfax as saying, "..."`: X, whom the outlet quoted.
    const quoted = k === k0 && sentence && word.lower === 'saying' ? quotedAsSaying(ctx, k, sentence) : null;
    if (quoted) return { speaker: quoted.speaker, end: quote.start, verb: k };
    // `"A," adding, "B."`: a participle after a quote goes on with that quote's speaker, whatever "A" names.
    if (k === k0 && ctx.resources.lexicon.participles.has(word.lower)) {
      // `..., with Biden declaring, "..."`: a person right before the participle is its own subject (an absolute
      // clause), not the speaker of the sentence around it.
      const own = startingIn(ctx.state.mentions, sentence?.start ?? 0, word.start).findLast(
        (m) => m.kind === 'person' && m.end === (words[k - 1]?.end ?? -1),
      );
      if (own && word.gap === ' ') return { speaker: own.id, end: quote.start, verb: k };
      const prior = ctx.drafts.findLast(
        (d) => d.direct && d.content.end <= word.start && d.content.end >= (sentence?.start ?? 0),
      );
      if (prior && /^[”"’,\s]*$/.test(text.slice(prior.content.end, word.start)))
        return { speaker: prior.speaker, end: quote.start, verb: k };
      // `X told a briefing, "A," adding, "B."`: else the subject of the sentence's own speech verb.
      const main = mainSpeaker(ctx, sentence?.start ?? word.start, word.start);
      if (main) return { speaker: main, end: quote.start, verb: k };
      // `X also pointed to the reaction of Y's spokesperson, adding, "..."`: the subject opening the sentence, not
      // the name nearest the participle.
      const opener = sentence ? sentenceSubject(ctx, sentence.start, word.start) : null;
      if (opener) return { speaker: opener, end: quote.start, verb: k };
    }
    const documentOnly = isDocumentVerb(ctx, k);
    if (!ctx.resources.lexicon.quoteVerbs.has(word.lower) && !documentOnly) continue;
    // `The communique from the ministry states, "..."`, `The statement said: "..."`: the document speaks for its
    // issuers, as in a closing attribution: those it names, the joint ones, or a body that has just spoken (one
    // merely named before may not have issued it).
    const found = sentence ? documentSubject(ctx, k, sentence) : null;
    // "issued a statement in which it said:": the verb has a subject of its own after the document.
    const ownSubject = found && words.slice(found.noun + 1, k).some((w) => CLAUSE_SUBJECTS.has(w.lower));
    // "The army said in a statement posted on its page:": the document is where someone spoke, not the subject.
    const spokenIn =
      found &&
      sentence &&
      words
        .slice(wordIndexAt(words, sentence.start), found.noun)
        .some((w) => ctx.resources.lexicon.quoteVerbs.has(w.lower));
    if (found && sentence && !ownSubject && !spokenIn) {
      const doc = { ...found, described: true as const };
      const [speaker, ...cospeakers] = documentSpeakers(ctx, doc, sentence, quote.start);
      return speaker ? { speaker, end: quote.start, verb: k, cospeakers } : null;
    }
    if (documentOnly) return null;
    // `The three leaders said: "..."`, `They added: "..."`: the people the story has just named together, or the
    // speakers of the joint words just before.
    const they = theyBeforeVerb(ctx, k);
    if ((they || pluralSubjectBefore(ctx, k)) && sentence) {
      const [grouped, ...cospeakers] = groupSpeakers(ctx, k, sentence);
      if (grouped) return { speaker: grouped, end: quote.start, verb: k, cospeakers };
    }
    // `On trade with Tokyo, he added, "..."`: a pronoun right before the verb is its subject, not a name further back.
    const subjectPronoun = /^(?:he|she)$/i.test(words[k - 1]?.text ?? '') && words[k - 1]?.gap !== '';
    const from = subjectPronoun
      ? (words[k - 1]?.start ?? word.start)
      : Math.max(sentence?.start ?? 0, word.start - 120);
    // `Name, President of the Assembly (PACE), declared: "..."`: the person whose apposition names a body speaks,
    // not the body nearest the verb.
    const opener = subjectPronoun || !sentence ? null : openingPronounSubject(ctx, sentence, k);
    if (opener) return { speaker: opener, end: quote.start, verb: k };
    const subject = subjectPronoun ? null : subjectBefore(ctx.state, from, word.start);
    const coordinated = subjectPronoun
      ? undefined
      : coordinatedSubject(ctx, sentence?.start ?? from, word.start, word.sentence);
    const speaker =
      (subject?.kind === 'person' ? subject.id : null) ??
      (coordinated === undefined ? speakerId(ctx, from, word.start, false, word.sentence) : coordinated) ??
      speakerId(ctx, word.end, last.end, true, word.sentence);
    if (they && !speaker) ctx.pendingThey.set(quote, { end: quote.start, verb: k });
    if (!speaker) return null;
    return they
      ? { speaker, end: quote.start, verb: k, viaThey: true }
      : { speaker, end: quote.start, verb: k };
  }
  return null;
}

/**
 * `Hamas welcomed the decision of the UN Security Council and said, "..."`: a quote verb joined by "and" to a verb
 * before it shares that verb's subject, and the mention right before "and" ends that verb's object. The speaker is
 * the first one the sentence (from `from`) names before that object, else the person a "he"/"she" there points
 * back to, else null: the object is never read. `undefined` when the verb is not so joined.
 */
function coordinatedSubject(
  ctx: StatementContext,
  from: number,
  verbStart: number,
  sentence: number,
): string | null | undefined {
  const { state } = ctx;
  if (state.text.slice(verbStart - AND_GAP.length, verbStart) !== AND_GAP) return undefined;
  const before = startingIn(state.mentions, from, verbStart).filter(
    (m) => SPEAKER_MENTION_KINDS.has(m.kind) && m.describesUnnamed !== true && m.end <= verbStart,
  );
  const object = before.find((m) => m.end === verbStart - AND_GAP.length);
  if (!object) return undefined;
  const subject = before.find((m) => m.end <= object.start);
  return subject?.id ?? pronounSpeaker(state, from, object.start, sentence, ctx.drafts);
}

const OPENING_PRONOUNS: ReadonlySet<string> = new Set(SINGULAR_SUBJECT_PRONOUNS);
const VERB_JOINERS: ReadonlySet<string> = new Set(VERB_JOINING_CONJUNCTIONS);

/**
 * `He referred to X's trip to Iran and said: "..."`, `He said he would not say when X called but added: "..."`: a
 * quote verb joined by "and"/"but" to the clause of a pronoun opening the sentence shares that subject; the names
 * in between are the first verb's objects. The person the pronoun means, else null.
 */
function openingPronounSubject(ctx: StatementContext, sentence: Sentence, k: number): string | null {
  const { words } = ctx.state;
  const joiner = words[k - 1];
  if (!joiner || !VERB_JOINERS.has(joiner.lower) || joiner.sentence !== sentence.index) return null;
  const first = words[wordIndexAt(words, sentence.start)];
  if (!first || first.start !== sentence.start || !OPENING_PRONOUNS.has(first.lower)) return null;
  return pronounSpeaker(ctx.state, first.start, first.end, sentence.index, ctx.drafts);
}

const AND_GAP = ' and ';

/** Between a quote and its verb, a subject of lower-case words only: `," the three leaders wrote`. */
const GROUP_GAP = /^,? (?:[a-z]+ )+$/;

/**
 * The people or speakers a plural subject before the closing verb at word `k` (in `sentence`) means, looking back
 * from sentence `opens`, where the quote opens; or null.
 */
function closingGroup(
  ctx: StatementContext,
  k: number,
  sentence: Sentence | undefined,
  opens: number,
): string[] | null {
  const speakers = sentence ? groupSpeakers(ctx, k, sentence, 0, ctx.state.sentences[opens] ?? sentence) : [];
  return speakers.length > 0 ? speakers : null;
}
const SPEAKER_MENTION_KINDS: ReadonlySet<string> = new Set(['person', 'country', 'org']);

function directStatements(ctx: StatementContext, quotes: readonly Quote[]): void {
  const { state } = ctx;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as Quote;
    const sentence = sentenceOf(state, quote.start);
    if (!sentence || sentence.ignored) continue;
    const attribution = attributionAfter(ctx, quote) ?? attributionBefore(ctx, quote);
    if (!attribution) {
      // A sentence or paragraph that is only a quote continues the previous direct speaker's words.
      const previous = ctx.drafts[ctx.drafts.length - 1];
      const paragraph = sentence.paragraph;
      const near =
        previous !== undefined && paragraph - (state.sentences[previous.lastSentence]?.paragraph ?? -9) <= 1;
      // Not across a sentence in which the same speaker goes on in reported speech: the quote is a statement of
      // its own, left to the running speaker's stage (`He said ..., Anwar added. "This is ..."`).
      const before = state.sentences[sentence.index - 1];
      const unbroken =
        previous !== undefined &&
        (sentence.index - previous.lastSentence <= 1 ||
          !before ||
          !sameSpeakerSpeaks(ctx, previous.speaker, before.start, Math.min(before.end, quote.start)));
      // Nor across a sentence another person opens (`Arafat pledged to work with Barak. "We extend ..."`): the quote
      // is theirs, left to the running speaker's stage, where that person takes the turn.
      const subject =
        previous !== undefined && sentence.index - previous.lastSentence > 1
          ? previousSubject(ctx, sentence, quote)
          : null;
      if (
        (subject === null || subject === previous?.speaker) &&
        previous?.direct &&
        previous.quote &&
        near &&
        unbroken &&
        /[.!?]$/.test(quote.content) &&
        // Cheap tests first: finding the paragraph's start scans back through the text.
        (quote.start === sentence.start || quote.start === paragraphStart(state, quote.start))
      ) {
        continueQuote(state, previous, quote);
        ctx.usedQuotes.add(quote);
      }
      continue;
    }
    q = draftQuote(ctx, quotes, q, attribution);
  }
}

/**
 * Drafts the quote at `q` with its attribution, and the quote right after it when the attribution splits the two
 * (`"A," he said, "B."`). Returns the index of the last quote used.
 */
function draftQuote(
  ctx: StatementContext,
  quotes: readonly Quote[],
  q: number,
  attribution: Attribution,
): number {
  const { state } = ctx;
  const quote = quotes[q] as Quote;
  const sentence = sentenceOf(state, quote.start);
  if (!sentence) return q;
  let spanEnd = quote.end;
  let content = quote.content.replace(/,$/, '');
  if (attribution.end > spanEnd) spanEnd = attribution.end;
  ctx.usedVerbs.add(attribution.verb);
  let contentEnd = quote.end;
  const quoteSpans = quotePieces(state.text, quote);
  // "A," he said, "B." — the second part belongs to the same statement.
  const next = quotes[q + 1];
  if (next && attribution.end >= quote.end && /^,\s*$/.test(state.text.slice(attribution.end, next.start))) {
    content = `${content} ${next.content}`;
    quoteSpans.push(...quotePieces(state.text, next));
    spanEnd = next.end;
    contentEnd = next.end;
    ctx.usedQuotes.add(next);
    q++;
  }
  ctx.usedQuotes.add(quote);
  const span = { start: Math.min(quote.start, sentence.start), end: spanEnd };
  const channel = channelIn(state, sentence.start, Math.max(spanEnd, sentence.end));
  const fields = {
    speaker: attribution.speaker,
    quote: content,
    quoteSpans,
    text: content,
    direct: true,
    channel,
    content: { start: quote.start, end: contentEnd },
  };
  const draft = makeDraft(state, fields, span);
  ctx.drafts.push(draft);
  if (attribution.viaIt) ctx.itQuotes.push(draft);
  if (attribution.viaThey) ctx.theyQuotes.set(quote, draft);
  for (const cospeaker of attribution.cospeakers ?? [])
    ctx.drafts.push(makeDraft(state, { ...fields, speaker: cospeaker, quoteSpans: [...quoteSpans] }, span));
  return q;
}

/**
 * '"...," it said.' after reported words a joint document gave each of its issuers: quotes are drafted before
 * reported speech, so "it" went to one body; with the reported words drafted, every issuer of the document speaks.
 */
function jointDocumentItQuotes(ctx: StatementContext, quotes: readonly Quote[]): void {
  for (const draft of ctx.itQuotes) {
    const [speaker, ...cospeakers] = jointDocumentIt(ctx, draft.content.start, draft.sentence) ?? [];
    if (!speaker) continue;
    draft.speaker = speaker;
    for (const cospeaker of cospeakers)
      ctx.drafts.push({ ...draft, speaker: cospeaker, quoteSpans: [...draft.quoteSpans] });
  }
  // "it" that found no body at all: the joint document's issuers, or left to the later passes.
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as Quote;
    if (!ctx.pendingIt.has(quote) || ctx.usedQuotes.has(quote)) continue;
    const attribution = attributionAfter(ctx, quote);
    if (attribution?.cospeakers?.length) q = draftQuote(ctx, quotes, q, attribution);
  }
}

/**
 * 'They added: "..."' and '"...," they said.' once the reported words are drafted: after words given to two speakers
 * at once ("X and Y said in a joint statement that ..."), every one of them says the quote. In text order, so that
 * a second "they" goes on from the first.
 */
function jointTheyQuotes(ctx: StatementContext, quotes: readonly Quote[]): void {
  if (ctx.theyQuotes.size === 0 && ctx.pendingThey.size === 0) return;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as Quote;
    const drafted = ctx.theyQuotes.get(quote);
    const pending = drafted ? undefined : ctx.pendingThey.get(quote);
    if (!drafted && (!pending || ctx.usedQuotes.has(quote))) continue;
    const sentence = drafted?.sentence ?? sentenceOf(ctx.state, quote.start)?.index ?? 0;
    const [speaker, ...cospeakers] = jointTheySpeakers(ctx, quote.start, sentence) ?? [];
    if (!speaker) continue;
    if (pending) {
      q = draftQuote(ctx, quotes, q, { speaker, end: pending.end, verb: pending.verb, cospeakers });
      continue;
    }
    if (!drafted) continue;
    drafted.speaker = speaker;
    for (const cospeaker of cospeakers)
      ctx.drafts.push({ ...drafted, speaker: cospeaker, quoteSpans: [...drafted.quoteSpans] });
  }
}

interface SievePass {
  readonly name: string;
  /** What the pass attributes, as news writes it. */
  readonly example: string;
  readonly run: (ctx: StatementContext, quotes: readonly Quote[]) => void;
}

/**
 * Attribution as one ordered sieve (after CoreNLP's quote attribution): precise passes first, each attributing
 * only the quotes and verbs no earlier pass used.
 */
export const ATTRIBUTION_SIEVE: readonly SievePass[] = [
  {
    name: 'verb-later-in-sentence',
    example: '"..." especially after the summit, said the chancellor\'s spokesman, Name.',
    run: verbLaterInSentence,
  },
  {
    name: 'quote-with-its-verb',
    example: '"...," Rudenko told Sputnik. / said Putin. / Putin said: "..." / "A," he said, "B."',
    run: directStatements,
  },
  {
    name: 'reported-speech',
    example: 'X warned that ... / ..., the ministry said. / according to the Kremlin / ", it added."',
    run: findReportedSpeech,
  },
  {
    name: 'joint-document-it',
    example:
      'X and Y said in a joint statement that ... "...," it said. (each issuer, once reported words are drafted)',
    run: jointDocumentItQuotes,
  },
  {
    name: 'joint-they',
    example:
      'X and Y said in a joint statement that ... They added: "..." (each of them, once reported words are drafted)',
    run: jointTheyQuotes,
  },
  {
    name: 'colon-lead-in',
    example: 'Juncker set out the priorities: "..." / The minister, Name, posted on X:\n\n"..."',
    run: colonLeadInQuotes,
  },
  {
    name: 'running-speaker',
    example: 'a quote with no verb of its own: the speaker of its paragraph or the one before',
    run: runningSpeakerQuotes,
  },
];

export function findStatements(state: ExtractState, resources: Resources): ExtractState {
  const quotes = findQuotes(state.text);
  const ctx: StatementContext = {
    state,
    resources,
    drafts: [],
    usedVerbs: new Set(),
    usedQuotes: new Set(),
    itQuotes: [],
    pendingIt: new Set(),
    theyQuotes: new Map(),
    pendingThey: new Map(),
  };
  for (const pass of ATTRIBUTION_SIEVE) pass.run(ctx, quotes);
  const drafts = [...ctx.drafts].sort((a, b) => a.content.start - b.content.start);
  return { ...state, drafts };
}
