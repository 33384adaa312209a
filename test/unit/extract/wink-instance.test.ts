// An article yields the same facts whatever the process read before it: wink-nlp learns the words an article has
// that its model lacks, and its tokenizer then splits at them; text/wink-instance.ts hides them from the next article.

import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.ts';
import { createForgetfulWink } from '../../../src/extract/text/wink-instance.ts';

const TEACHES_HE =
  'Ministers met in Kigali.\n\nThe talks were opened by the Minister of Foreign Affairs of Rwanda, H.E Dr. Jean Mugabo, on Monday.';
const WRITES_HE_DOT =
  'West African leaders meet in Abuja\n\nHeads of State of the Economic Community of West African States (ECOWAS) convened an extraordinary summit on August 10, 2023, in Abuja, under the leadership of H.E. Bola Ahmed Tinubu, President of Nigeria.';

const tokens = (wink: ReturnType<typeof createForgetfulWink>, text: string): string[] =>
  wink.nlp.readDoc(text).tokens().out();

describe('a wink-nlp instance that hides from each article what the earlier ones taught it', () => {
  it('reads "H.E." as one token after an article that wrote "H.E", as a new instance does', () => {
    const wink = createForgetfulWink(['sbd']);
    const fresh = tokens(createForgetfulWink(['sbd']), WRITES_HE_DOT);
    expect(fresh).toContain('H.E.');
    tokens(wink, TEACHES_HE);
    wink.forgetArticle();
    expect(tokens(wink, WRITES_HE_DOT)).toEqual(fresh);
  });

  it('gives an extractor the same result for an article after another as for the article alone', () => {
    const alone = createExtractor().extract({ text: WRITES_HE_DOT });
    const after = createExtractor();
    after.extract({ text: TEACHES_HE });
    const result = after.extract({ text: WRITES_HE_DOT });
    expect(result).toEqual(alone);
    expect(result.meetings.flatMap((m) => m.participants)).toContain('person:bola-tinubu');
  });

  it('builds a new instance once the learned words pass the bound, reading as before', () => {
    const wink = createForgetfulWink(['sbd'], 1);
    const first = wink.nlp;
    const before = tokens(wink, TEACHES_HE);
    wink.forgetArticle();
    expect(wink.nlp).not.toBe(first);
    expect(tokens(wink, TEACHES_HE)).toEqual(before);
  });

  it('builds instance after instance in one process (wink re-encodes part of its model on every build)', () => {
    const texts = Array.from({ length: 25 }, () =>
      tokens(createForgetfulWink(['sbd']), TEACHES_HE).join(' '),
    );
    expect(new Set(texts).size).toBe(1);
  });
});
