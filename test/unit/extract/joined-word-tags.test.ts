// A word joined to others by hyphens or en-dashes ("Norway" in "the Norway–Brazil pact") is answered from the model's
// tables when wink's tokenizer cuts its run into words, and left to the tagger when wink keeps the run whole.
import { describe, expect, it } from 'vitest';
import { neverTaggedBeforeMark, neverTaggedJoined } from '../../../src/extract/text/joined-word-tags.ts';
import { neverTagged } from '../../../src/extract/text/tags-without-tagging.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';
import { createForgetfulWink } from '../../../src/extract/text/wink-instance.ts';
import type { Sentence, Word } from '../../../src/extract/types.ts';

const tagger = createForgetfulWink(['negation', 'pos']).nlp;
const VERB: ReadonlySet<string> = new Set(['VERB']);
const MODIFIER: ReadonlySet<string> = new Set(['ADJ', 'ADV']);

function wordsOf(text: string): { sentence: Sentence; word: (text: string, from?: number) => Word } {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, paragraph: 0, ignored: false };
  const words = splitWords(text).map((w) => ({ ...w, sentence: 0 }));
  const word = (spelled: string, from = 0): Word => {
    const at = text.indexOf(spelled, from);
    const found = words.find((w) => w.start === at && w.text === spelled);
    if (!found) throw new Error(`no word ${spelled}`);
    return found;
  };
  return { sentence, word };
}

describe('neverTaggedJoined', () => {
  const text = 'The Norway–Brazil fisheries pact and the Brazil-Norway accord were signed in Lima.';
  const { sentence, word } = wordsOf(text);

  it('answers for a word of a dash-joined run that the model never tags so', () => {
    // Standing next to a dash, the word is left to the tagger by the space-bounded check.
    expect(neverTagged(text, sentence, word('Norway'), VERB)).toBe(false);
    expect(neverTaggedJoined(text, sentence, word('Norway'), VERB)).toBe(true);
    expect(neverTaggedJoined(text, sentence, word('Brazil'), VERB)).toBe(true);
    expect(neverTaggedJoined(text, sentence, word('Brazil', text.indexOf('the Brazil')), VERB)).toBe(true);
    expect(neverTaggedJoined(text, sentence, word('Norway', text.indexOf('-Norway')), VERB)).toBe(true);
  });

  it('agrees with the tagger, which reads each word of such a run as a token of its own', () => {
    const tokens = tagger.readDoc(text).tokens();
    const values = tokens.out() as string[];
    const tags = tokens.out(tagger.its.pos) as string[];
    for (const spelled of ['Norway', 'Brazil']) {
      expect(values).toContain(spelled);
      values.forEach((value, i) => {
        if (value === spelled) expect(tags[i]).not.toBe('VERB');
      });
    }
  });

  it('leaves to the tagger a standalone word, a run wink keeps whole, a currency code and an unknown word', () => {
    const other = 'Envoys of Quorvantia–Brazil met on anti-Brazil protests and USD-Brazil swaps near Lima.';
    const { sentence: s, word: w } = wordsOf(other);
    expect(neverTaggedJoined(other, s, w('Lima'), VERB)).toBe(false);
    expect(neverTaggedJoined(other, s, w('Quorvantia'), VERB)).toBe(false);
    expect(neverTaggedJoined(other, s, w('Brazil', other.indexOf('USD')), VERB)).toBe(false);
    // "anti-" is a prefix wink keeps hyphenated: the run is one token, not its parts.
    expect(neverTaggedJoined(other, s, w('Brazil', other.indexOf('anti-')), VERB)).toBe(false);
    expect(tagger.readDoc(other).tokens().out()).toContain('anti-Brazil');
  });
});

describe('neverTaggedBeforeMark', () => {
  const text = 'The fisheries ministers’ talks ended, envoys said: more rounds, etc. and so on.';
  const { sentence, word } = wordsOf(text);

  it('answers for a word with one closing mark after it that the model never tags so', () => {
    expect(neverTagged(text, sentence, word('ministers'), MODIFIER)).toBe(false);
    expect(neverTaggedBeforeMark(text, sentence, word('ministers'), MODIFIER)).toBe(true);
    expect(neverTaggedBeforeMark(text, sentence, word('rounds'), MODIFIER)).toBe(true);
    const tokens = tagger.readDoc(text).tokens();
    const values = tokens.out() as string[];
    const tags = tokens.out(tagger.its.pos) as string[];
    expect(values).toContain('ministers');
    expect(MODIFIER.has(tags[values.indexOf('ministers')] ?? '')).toBe(false);
  });

  it('leaves to the tagger a word that can take the tags, one the mark belongs to, and one with no mark', () => {
    expect(neverTaggedBeforeMark(text, sentence, word('said'), MODIFIER)).toBe(false);
    expect(neverTaggedBeforeMark(text, sentence, word('etc'), MODIFIER)).toBe(false);
    expect(neverTaggedBeforeMark(text, sentence, word('envoys'), MODIFIER)).toBe(false);
  });
});
