// A news outlet passing on a source's words: "..., Trend reports citing the Azerbaijani Foreign Ministry.",
// "Xinhua also reported, citing the Chinese Foreign Ministry, that ...". The source is the speaker; the outlet
// only carried the words and is their channel.

import { speakerIn } from './find-speaker.ts';
import { onlyTitles } from './inverted-attribution.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';
import type { EntityMention, Sentence } from '../types.ts';
import { CITING_PARTICIPLES, OUTLET_REPORT_VERBS } from '../lexicon/speaker-words.ts';

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

/**
 * ", Trend reports citing the Azerbaijani Foreign Ministry." closing a sentence: the source as the speaker of
 * everything before the comma, and the outlet as its channel.
 */
export function citedTail(
  ctx: StatementContext,
  sentence: Sentence,
): { speakers: string[]; comma: number; channel: string } | null {
  const { state } = ctx;
  const body = state.text.slice(sentence.start, sentence.end);
  const match = CITED_TAIL.exec(body);
  if (!match?.[1] || !match[2] || /[”"]$/.test(body.slice(0, match.index))) return null;
  const outletFrom = sentence.start + match.index + 2;
  const outlet = speakerIn(state, outletFrom, outletFrom + match[1].length, false);
  if (!outlet || !isOutlet(ctx, outlet.id)) return null;
  const sourceTo = sentence.start + match.index + match[0].lastIndexOf(match[2]) + match[2].length;
  const source = sourceIn(ctx, sourceTo - match[2].length, sourceTo);
  if (!source) return null;
  ctx.usedVerbs.add(wordIndexAt(state.words, outletFrom + match[1].length + 1));
  return { speakers: [source.id], comma: sentence.start + match.index, channel: outlet.id };
}
