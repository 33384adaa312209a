// A passive attribution after the words it reports: "Such a call never took place. This was stated at a briefing
// by presidential press secretary X." The speaker is the noun phrase after "by"; the words are the sentence before.

import { speakerIn } from './find-speaker.ts';
import { onlyTitles } from './inverted-attribution.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';
import type { Sentence } from '../types.ts';
import {
  PASSIVE_ATTRIBUTION_AUXILIARIES,
  PASSIVE_ATTRIBUTION_SUBJECTS,
  PASSIVE_ATTRIBUTION_VERBS,
} from '../lexicon/speaker-words.ts';

/**
 * "This was stated by X.", "It was announced on Monday at a press conference by X.": a back-pointing subject, a
 * passive speech verb, a setting of a few words, then "by" and the speaker closing the sentence.
 */
const PASSIVE = new RegExp(
  String.raw`^(?:${PASSIVE_ATTRIBUTION_SUBJECTS.join('|')}) (?:${PASSIVE_ATTRIBUTION_AUXILIARIES.join('|')}) ` +
    String.raw`(?:also )?(?:${PASSIVE_ATTRIBUTION_VERBS.join('|')})\b([^,;:“”"]{0,60}?) by ([^,;:“”"]{2,100}?)[.!]?$`,
  'i',
);

const PARTICIPLES: ReadonlySet<string> = new Set(PASSIVE_ATTRIBUTION_VERBS);

/**
 * The speaker of a passive attribution `sentence` and the sentence before it whose words it attributes, or null.
 * That sentence must hold no statement yet (its own attribution wins) and the speaker's mention must end the
 * "by" phrase with only titles before it ("by Russian presidential press secretary X"); a news agency only
 * carried the words.
 */
export function passiveAttribution(
  ctx: StatementContext,
  sentence: Sentence,
): { speaker: string; words: Sentence } | null {
  const { state } = ctx;
  const body = state.text.slice(sentence.start, sentence.end);
  const match = PASSIVE.exec(body);
  if (!match?.[2]) return null;
  const words = state.sentences[sentence.index - 1];
  if (!words || words.ignored) return null;
  if (ctx.drafts.some((d) => d.sentence <= words.index && d.lastSentence >= words.index)) return null;
  const phraseTo = sentence.start + match.index + match[0].lastIndexOf(match[2]) + match[2].length;
  const phraseFrom = phraseTo - match[2].length;
  const mention = speakerIn(state, phraseFrom, phraseTo, true);
  if (!mention || state.text.slice(mention.end, phraseTo).trim() !== '') return null;
  if (!onlyTitles(ctx, phraseFrom, mention.start)) return null;
  if (state.organizations.get(mention.id)?.kind === 'news agency') return null;
  // The participle is the first passive speech verb of the sentence; no other attribution may take it.
  for (let k = wordIndexAt(state.words, sentence.start); k < state.words.length; k++) {
    if (!PARTICIPLES.has(state.words[k]?.lower ?? '')) continue;
    ctx.usedVerbs.add(k);
    break;
  }
  return { speaker: mention.id, words };
}
