// Evidence for an item mentioned across sentences: each sentence once, in order of first mention. Pure.
import type { Evidence } from '../domain/extraction-result.ts';
import type { ExtractState, Sentence } from './types.ts';

export function sentenceEvidence(state: ExtractState, mentions: readonly { sentence: number }[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const mention of mentions) {
    const sentence = state.sentences[mention.sentence] as Sentence;
    if (!evidence.some((e) => e.start === sentence.start)) {
      evidence.push({
        sentence: state.text.slice(sentence.start, sentence.end),
        start: sentence.start,
        end: sentence.end,
      });
    }
  }
  return evidence;
}
