// A news outlet passing on a source's words: "..., Trend reports citing the Azerbaijani Foreign Ministry.",
// "Xinhua also reported, citing the Chinese Foreign Ministry, that ...", "..., Interfax quoted X as saying.". The
// source is the speaker; the outlet only carried the words and is their channel.

import { referent, speakerIn, subjectBefore } from './find-speaker.ts';
import { onlyTitles } from './inverted-attribution.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';
import type { EntityMention, Sentence, Word } from '../types.ts';
import {
  CITING_PARTICIPLES,
  OUTLET_REPORT_VERBS,
  PASSIVE_ATTRIBUTION_AUXILIARIES,
  QUOTED_TIME_LEADS,
  QUOTING_VERBS,
} from '../lexicon/speaker-words.ts';

const CITING: ReadonlySet<string> = new Set(CITING_PARTICIPLES);
/** ", Trend reports citing the ministry." closing a sentence: the outlet, its verb, and the source. */
const CITED_TAIL = new RegExp(
  String.raw`, ([^,;:“”"]{2,60}?) (?:${OUTLET_REPORT_VERBS.join('|')}),? (?:${CITING_PARTICIPLES.join('|')}) ` +
    String.raw`([^,;:“”"]{2,80}?)[.!]?$`,
);
/** Where a source named after "citing" ends: a comma, "that", or the end of the words scanned. */
const SOURCE_END = /,|\bthat\b/;

function isOutlet(ctx: StatementContext, id: string): boolean {
  return ctx.state.organizations.get(id)?.kind === 'news agency';
}

/**
 * The source a phrase [from, to) names: a person, body or country whose mention closes the phrase with only titles
 * before it ("the Chinese Foreign Ministry", "presidential aide X"), and which is not itself an outlet.
 */
function sourceIn(ctx: StatementContext, from: number, to: number): EntityMention | null {
  const { state } = ctx;
  const mention = speakerIn(state, from, to, true);
  if (!mention || state.text.slice(mention.end, to).trim() !== '') return null;
  if (!onlyTitles(ctx, from, mention.start) || isOutlet(ctx, mention.id)) return null;
  return mention;
}

/**
 * "Xinhua reported, citing the Chinese Foreign Ministry, that ...": when the speaker of the verb at word k is an
 * outlet and "citing"/"quoting" a source follows the verb, the source; else null.
 */
export function citedAfterVerb(
  ctx: StatementContext,
  k: number,
  speaker: string,
  end: number,
): string | null {
  if (!isOutlet(ctx, speaker)) return null;
  const { words, text } = ctx.state;
  const participle = words[k + 1];
  if (!participle || !CITING.has(participle.lower) || !/^,? $/.test(participle.gap)) return null;
  const from = participle.end + 1;
  const rest = text.slice(from, Math.min(end, from + 100));
  const stop = SOURCE_END.exec(rest);
  const to = from + (stop ? stop.index : rest.length);
  return sourceIn(ctx, from, to)?.id ?? null;
}

/** An attribution closing a sentence: its source speaks everything before the comma; the outlet is the channel. */
interface TailAttribution {
  speakers: string[];
  comma: number;
  channel: string;
}

/**
 * A tail `pattern` closing the sentence, whose group 1 is an outlet right after ", " and group 2 its source: the
 * source's mention (found in the span `sourceSpan` gives) and the outlet, or null when either is not one.
 */
function tailAttribution(
  ctx: StatementContext,
  sentence: Sentence,
  body: string,
  pattern: RegExp,
  sourceSpan: (match: RegExpExecArray, outletFrom: number) => [number, number],
): (TailAttribution & { outletEnd: number }) | null {
  const { state } = ctx;
  const match = pattern.exec(body);
  if (!match?.[1] || !match[2] || /[”"]$/.test(body.slice(0, match.index))) return null;
  const outletFrom = sentence.start + match.index + 2;
  const outletEnd = outletFrom + match[1].length;
  const outlet = speakerIn(state, outletFrom, outletEnd, false);
  if (!outlet || !isOutlet(ctx, outlet.id)) return null;
  const source = sourceIn(ctx, ...sourceSpan(match, outletFrom));
  if (!source) return null;
  return { speakers: [source.id], comma: sentence.start + match.index, channel: outlet.id, outletEnd };
}

/**
 * ", Trend reports citing the Azerbaijani Foreign Ministry." closing a sentence: the source as the speaker of
 * everything before the comma, and the outlet as its channel.
 */
export function citedTail(ctx: StatementContext, sentence: Sentence): TailAttribution | null {
  const { state } = ctx;
  const body = state.text.slice(sentence.start, sentence.end);
  const tail = tailAttribution(ctx, sentence, body, CITED_TAIL, (match) => {
    const sourceTo =
      sentence.start + match.index + match[0].lastIndexOf(match[2] ?? '') + (match[2] ?? '').length;
    return [sourceTo - (match[2] ?? '').length, sourceTo];
  });
  if (!tail) return null;
  // The outlet's reporting verb is read here; the verb pass must not read it again.
  ctx.usedVerbs.add(wordIndexAt(state.words, tail.outletEnd + 1));
  return { speakers: tail.speakers, comma: tail.comma, channel: tail.channel };
}

const QUOTING: ReadonlySet<string> = new Set(QUOTING_VERBS);
/** ", Interfax quoted Russia's deputy foreign minister X as saying on Wednesday." closing a sentence. */
const QUOTED_TAIL = new RegExp(
  String.raw`, ([^,;:“”"]{2,60}?) (${QUOTING_VERBS.join('|')}) ([^,;:“”"]{2,80}?) as saying` +
    String.raw`(?: (?:${QUOTED_TIME_LEADS.join('|')}) [^,;:“”"]{1,40})?[.!]?$`,
);
/** Words "quoted ... as saying" may hold: "quoted by the state news agency TASS on Monday as saying". */
const MAX_QUOTED_AS_WORDS = 10;
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(PASSIVE_ATTRIBUTION_AUXILIARIES);
const OBJECT_PRONOUN = /^(?:him|her)$/;

/**
 * ", Interfax quoted X as saying." closing a sentence: X as the speaker of everything before the comma, the outlet
 * (a news agency) as its channel.
 */
export function quotedTail(ctx: StatementContext, sentence: Sentence): TailAttribution | null {
  const body = ctx.state.text.slice(sentence.start, sentence.end);
  if (!body.includes(' as saying')) return null;
  const tail = tailAttribution(ctx, sentence, body, QUOTED_TAIL, (match, outletFrom) => {
    const sourceFrom = outletFrom + (match[1] ?? '').length + (match[2] ?? '').length + 2;
    return [sourceFrom, sourceFrom + (match[3] ?? '').length];
  });
  return tail && { speakers: tail.speakers, comma: tail.comma, channel: tail.channel };
}

/**
 * "X was quoted (by TASS) (on Monday) as saying that ...", "Interfax quoted X as saying that ...", "the office
 * quoted him as saying ...": for the "saying" at word k, the person quoted and the outlet that quoted them (a news
 * agency, else null); null when no "quoted ... as" stands before it.
 */
export function quotedAsSaying(
  ctx: StatementContext,
  k: number,
  sentence: Sentence,
): { speaker: string; channel: string | null } | null {
  const { state } = ctx;
  const { words } = state;
  if (words[k - 1]?.lower !== 'as') return null;
  let q = k - 2;
  while (q > k - 2 - MAX_QUOTED_AS_WORDS && q >= 0 && !QUOTING.has(words[q]?.lower ?? '')) q--;
  const quoted = words[q];
  if (!quoted || !QUOTING.has(quoted.lower) || quoted.sentence !== sentence.index) return null;
  const as = words[k - 1] as Word;
  if (/[.;:!?“”"]/.test(state.text.slice(quoted.end, as.start))) return null;
  const outletIn = (from: number, to: number): string | null =>
    startingIn(state.mentions, from, to).find((m) => isOutlet(ctx, m.id))?.id ?? null;
  if (PASSIVE_AUXILIARIES.has(words[q - 1]?.lower ?? '')) {
    // "Sullivan was quoted on Monday as saying": the subject of "was quoted".
    const subject = subjectBefore(state, sentence.start, (words[q - 1] as Word).start);
    if (!subject || isOutlet(ctx, subject.id)) return null;
    return { speaker: subject.id, channel: outletIn(quoted.end, as.start) };
  }
  // "Interfax quoted Ryabkov as saying": the one quoted, between "quoted" and "as"; "him"/"her" the person meant.
  const object = words[q + 1];
  const speaker =
    object && q + 2 === k - 1 && OBJECT_PRONOUN.test(object.lower)
      ? referent(state, object.start, sentence.index, ctx.drafts)
      : (sourceIn(ctx, quoted.end + 1, as.start - 1)?.id ?? null);
  if (!speaker) return null;
  const by = subjectBefore(state, sentence.start, quoted.start);
  return { speaker, channel: by && isOutlet(ctx, by.id) ? by.id : null };
}

/**
 * An outlet's report verb closing a sentence after what it carried: ", Reuters reported.", ", Tasnim news agency
 * reported on Wednesday.", ", Caliber.Az reports, citing Iranian media.", ", Japan's Kyodo Agency reported, quoted by
 * BTA.". The outlet is a name of up to four capitalized words (recognized or not).
 */
const OUTLET_CLOSING = new RegExp(
  String.raw`, ((?:the )?(?:[A-Z][\w.'’-]*[ -]){0,3}[A-Z][\w.'’-]*(?: news agency)?) (?:${OUTLET_REPORT_VERBS.join('|')})` +
    String.raw`(?: on [A-Z][a-z]+)?(?:, (?:${CITING_PARTICIPLES.join('|')}|quoted by) [^,;:“”"]{1,60})?[.!]?$`,
);

/** The comma an outlet's closing report starts at, and the outlet when it is a news agency (the channel). */
export function outletClosing(
  ctx: StatementContext,
  sentence: Sentence,
): { comma: number; channel: string | null } | null {
  const { state } = ctx;
  const body = state.text.slice(sentence.start, sentence.end);
  const match = OUTLET_CLOSING.exec(body);
  if (!match?.[1]) return null;
  const from = sentence.start + match.index + 2;
  const outlet = startingIn(state.mentions, from, from + match[1].length).find((m) => isOutlet(ctx, m.id));
  return { comma: sentence.start + match.index, channel: outlet?.id ?? null };
}
