// "Never tagged so here": a word its neighbours keep from a tag needs no tagging of its sentence; the answer holds
// what the tagger says.
import { describe, expect, it } from 'vitest';
import { neverTaggedHere } from '../../../src/extract/text/never-tagged-here.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';
import { createForgetfulWink } from '../../../src/extract/text/wink-instance.ts';
import type { Sentence, Word } from '../../../src/extract/types.ts';

const tagger = createForgetfulWink(['pos']).nlp;
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'ADV']);
const VERB: ReadonlySet<string> = new Set(['VERB']);

function read(text: string): { sentence: Sentence; words: Word[] } {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, paragraph: 0, ignored: false };
  return { sentence, words: splitWords(text).map((w) => ({ ...w, sentence: 0 })) };
}

function tagOf(text: string, word: Word): string {
  const tokens = tagger.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(tagger.its.pos) as string[];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const start = text.indexOf(values[i] as string, cursor);
    cursor = start + (values[i] as string).length;
    if (start === word.start) return tags[i] as string;
  }
  return '';
}

describe('neverTaggedHere', () => {
  it.each([
    ['The envoy said talks with Lusaka would resume in May.', 'said', MODIFIERS],
    ['The envoy told reporters that meeting had been useful.', 'that', MODIFIERS],
    ['No talks were held in Dodoma last week.', 'talks', VERB],
  ])('spares the tagger where the neighbours rule the tag out: %s', (text, target, tags) => {
    const { sentence, words } = read(text);
    const k = words.findIndex((w) => w.text === target);
    expect(neverTaggedHere(text, sentence, words, k, tags)).toBe(true);
    expect(tags.has(tagOf(text, words[k] as Word))).toBe(false);
  });

  it('asks the tagger for a word that may be a modifier or touches punctuation', () => {
    const text = 'The ministers held extensive talks, said officials.';
    const { sentence, words } = read(text);
    expect(neverTaggedHere(text, sentence, words, 3, MODIFIERS)).toBe(false);
    expect(tagOf(text, words[3] as Word)).toBe('ADJ');
    expect(neverTaggedHere(text, sentence, words, 4, VERB)).toBe(false);
  });
});
