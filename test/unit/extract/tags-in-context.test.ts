// The tags wink can give a word where it stands and whether it can negate it, read from the model without tagging:
// they hold what the tagger says, and are narrow enough to spare it.
import { describe, expect, it } from 'vitest';
import { winkMayNegate } from '../../../src/extract/text/negation-openers.ts';
import { tagsInContext } from '../../../src/extract/text/tags-in-context.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';
import { createForgetfulWink } from '../../../src/extract/text/wink-instance.ts';
import type { Sentence, Word } from '../../../src/extract/types.ts';

const tagger = createForgetfulWink(['negation', 'pos']).nlp;

function read(text: string): { sentence: Sentence; words: Word[] } {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, paragraph: 0, ignored: false };
  return { sentence, words: splitWords(text).map((w) => ({ ...w, sentence: 0 })) };
}

const SENTENCES = [
  'The ministry has accused them of closing the border at Namanga.',
  'The minister described the visit as welcome and timely, and the accused were freed.',
  'Kenya responded by saying that it would be a mistake and threatened to close the border.',
  'Talks were unlikely to be agreed before the vote, but the envoys did not give up.',
  "Uganda can't rule out new checks, yet traders failed to agree on fees with the council.",
];

describe('tagsInContext and winkMayNegate', () => {
  it.each(SENTENCES)('hold what the tagger says of every word of: %s', (text) => {
    const { sentence, words } = read(text);
    const tokens = tagger.readDoc(text).tokens();
    const values = tokens.out() as string[];
    const tags = tokens.out(tagger.its.pos) as string[];
    const negated = tokens.out(tagger.its.negationFlag) as unknown as boolean[];
    let cursor = 0;
    const at = new Map<number, number>();
    values.forEach((value, i) => {
      const start = text.indexOf(value, cursor);
      cursor = start + value.length;
      at.set(start, i);
    });
    words.forEach((word, k) => {
      const i = at.get(word.start) as number;
      const possible = tagsInContext(text, sentence, words, k);
      if (possible) expect(possible.has(tags[i] as string)).toBe(true);
      if (!winkMayNegate(words, k)) expect(Boolean(negated[i])).toBe(false);
    });
  });

  it('leaves an act word only the tag its neighbours allow', () => {
    const { sentence, words } = read(SENTENCES[0] as string);
    expect([...(tagsInContext(SENTENCES[0] as string, sentence, words, 3) ?? [])]).toEqual(['VERB']);
    const welcome = read('The visit would be welcome news.');
    expect([
      ...(tagsInContext('The visit would be welcome news.', welcome.sentence, welcome.words, 4) ?? []),
    ]).toEqual(['ADJ']);
  });

  it('answers null for a word touching punctuation or unknown to the model', () => {
    const text = 'They met Quorvantia, accused.';
    const { sentence, words } = read(text);
    expect(tagsInContext(text, sentence, words, 2)).toBeNull();
    expect(tagsInContext(text, sentence, words, 3)).toBeNull();
  });

  it("reads wink's own openers of a negation, not only the lexicon's cues", () => {
    const { words } = read(SENTENCES[3] as string);
    expect(winkMayNegate(words, 1)).toBe(false);
    expect(winkMayNegate(words, 5)).toBe(true);
  });
});
