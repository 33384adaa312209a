// The tags wink's model can give a word of its lexicon, read at run time: they agree with the closed-class list (proved
// by closed-class-tags.test.ts) and with the tagger, and a word the model does not know may take any tag.
import { describe, expect, it } from 'vitest';
import { CLOSED_CLASS_TAGS, FIXED_OPEN_CLASS_TAGS } from '../../../src/extract/lexicon/closed-class-tags.ts';
import { modelTags } from '../../../src/extract/text/model-tags.ts';
import { neverTagged } from '../../../src/extract/text/tags-without-tagging.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';
import { createForgetfulWink } from '../../../src/extract/text/wink-instance.ts';
import type { Sentence, Word } from '../../../src/extract/types.ts';

const tagger = createForgetfulWink(['negation', 'pos']).nlp;
const GOVERNING: ReadonlySet<string> = new Set(['VERB', 'ADP']);
const sorted = (tags: ReadonlySet<string> | null): string[] | null => (tags ? [...tags].sort() : null);

describe('modelTags', () => {
  it.each(Object.entries({ ...CLOSED_CLASS_TAGS, ...FIXED_OPEN_CLASS_TAGS }))(
    'reads the proved tags of %s',
    (word, tags) => {
      expect(sorted(modelTags(word))).toEqual([...tags].sort());
    },
  );

  it('tells a noun that is never a verb from one that can be', () => {
    expect(modelTags('cooperation')?.has('VERB')).toBe(false);
    expect(modelTags('cooperation')?.has('ADP')).toBe(false);
    expect(modelTags('trade')?.has('VERB')).toBe(true);
  });

  it('answers any (null) for a word the model does not know and for a contraction', () => {
    expect(modelTags('Quorvantia')).toBeNull();
    expect(modelTags('cannot')).toBeNull();
  });

  it('holds every tag the tagger gives the words of a sentence', () => {
    const text =
      'The fisheries cooperation accord that Ruritania and Elbonia signed in the border town will open trade, ' +
      'while the ministers reviewed strategic export permits and agreed on visa swaps against all objections.';
    const tokens = tagger.readDoc(text).tokens();
    const values = tokens.out() as string[];
    const tags = tokens.out(tagger.its.pos) as string[];
    const checked = values.flatMap((value, i) => {
      const possible = modelTags(value);
      return possible ? [possible.has(tags[i] ?? '') ? 'ok' : `${value} ${tags[i]}`] : [];
    });
    expect(checked.length).toBeGreaterThan(25);
    expect(checked.filter((c) => c !== 'ok')).toEqual([]);
  });
});

describe('neverTagged', () => {
  const text = 'Envoys praised the strategic cooperation pact on trade routes and "cooperation" talks.';
  const sentence: Sentence = { index: 0, start: 0, end: text.length, paragraph: 0, ignored: false };
  const word = (at: number): Word => {
    const found = splitWords(text).find((w) => w.start === at);
    if (!found) throw new Error(`no word at ${at}`);
    return { ...found, sentence: 0 };
  };

  it('answers for a word of the lexicon standing alone that can take none of the tags', () => {
    expect(neverTagged(text, sentence, word(text.indexOf('strategic')), GOVERNING)).toBe(true);
    expect(neverTagged(text, sentence, word(text.indexOf('cooperation')), GOVERNING)).toBe(true);
    expect(neverTagged(text, sentence, word(text.indexOf('the')), GOVERNING)).toBe(true);
  });

  it('leaves to the tagger a word that can, one touching punctuation and an unknown one', () => {
    expect(neverTagged(text, sentence, word(text.indexOf('praised')), GOVERNING)).toBe(false);
    expect(neverTagged(text, sentence, word(text.indexOf('trade')), GOVERNING)).toBe(false);
    expect(neverTagged(text, sentence, word(text.indexOf('cooperation"')), GOVERNING)).toBe(false);
    expect(neverTagged(text, sentence, word(text.indexOf('Envoys')), GOVERNING)).toBe(false);
  });
});
