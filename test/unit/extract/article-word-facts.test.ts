// The stages of one extraction share one part-of-speech reader, so a sentence is tagged once per article.
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { articleWordFacts } from '../../../src/extract/events/event-modality.ts';
import type { ExtractState, Resources, Sentence } from '../../../src/extract/types.ts';

function countingResources(): { resources: Resources; tagged: string[] } {
  const tagger = winkNLP(model, ['negation', 'pos']);
  const tagged: string[] = [];
  const counting = {
    ...tagger,
    readDoc(text: string) {
      tagged.push(text);
      return tagger.readDoc(text);
    },
  } as typeof tagger;
  return { resources: { nlp: tagger, tagger: counting } as unknown as Resources, tagged };
}

function articleState(): ExtractState {
  const sentences: Sentence[] = [];
  return { sentences } as unknown as ExtractState;
}

describe('word facts shared by the stages of one article', () => {
  const sentence = 'The two ministers did not sign the treaty.';

  it('tags a sentence once, whichever stage asks first', () => {
    const { resources, tagged } = countingResources();
    const state = articleState();
    const agreements = articleWordFacts(state, resources);
    const events = articleWordFacts({ ...state, events: [] }, resources);
    expect(agreements(sentence, sentence.indexOf('sign'))).toEqual({ pos: 'VERB', negated: true });
    expect(events(sentence, sentence.indexOf('treaty'))?.pos).toBe('NOUN');
    expect(tagged).toEqual([sentence]);
  });

  it('answers only at the offset a token starts at: inside a word, in a gap or outside the sentence, nothing', () => {
    const { resources } = countingResources();
    const facts = articleWordFacts(articleState(), resources);
    expect(facts(sentence, 0)?.pos).toBe('DET');
    expect(facts(sentence, sentence.indexOf('.'))?.pos).toBe('PUNCT');
    for (const offset of [1, sentence.indexOf(' '), sentence.length, sentence.length + 5, -1, 2.5])
      expect(facts(sentence, offset)).toBeNull();
  });

  it('answers sentences asked in turn, as copies or as the same string, as a reader asked once each', () => {
    const { resources, tagged } = countingResources();
    const facts = articleWordFacts(articleState(), resources);
    const other = 'Talks with the envoy went ahead on Monday.';
    // Copies equal in text but not the same string, as each caller's slice of the article is.
    const copy = (text: string): string => text.split('').join('');
    const asks: [string, number][] = [];
    for (const text of [sentence, copy(sentence), other, other, copy(sentence), copy(other), sentence])
      for (let offset = 0; offset <= text.length; offset++) asks.push([text, offset]);
    const fresh = countingResources().resources;
    for (const [text, offset] of asks)
      expect(facts(text, offset)).toEqual(articleWordFacts(articleState(), fresh)(text, offset));
    expect(tagged).toEqual([sentence, other]);
  });

  it('gives another article its own reader', () => {
    const { resources, tagged } = countingResources();
    articleWordFacts(articleState(), resources)(sentence, 0);
    articleWordFacts(articleState(), resources)(sentence, 0);
    expect(tagged).toHaveLength(2);
  });
});
