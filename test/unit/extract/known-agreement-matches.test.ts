// The well-known agreements named in a run of words: found by their first word, the longest name winning, whether
// the name is one word ("JCPOA") or several ("the Iran nuclear deal").
import { describe, expect, it } from 'vitest';
import { findKnownAgreements } from '../../../src/extract/agreements/known-agreement-matches.ts';
import { buildAgreementIndex } from '../../../src/extract/lexicon/build-agreement-index.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';

const index = buildAgreementIndex();
const named = (text: string): string[] => {
  const words = splitWords(text);
  return findKnownAgreements(words, index).map(
    (m) =>
      `${m.agreement.name}: ${words
        .slice(m.first, m.last + 1)
        .map((w) => w.text)
        .join(' ')}`,
  );
};

describe('findKnownAgreements', () => {
  it('finds names of one word and of several, each from its first word', () => {
    const found = named('Russia suspended New START in February, and Iran said the JCPOA was dead.');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/: New START$/);
    expect(found[1]).toMatch(/: JCPOA$/);
  });

  it('takes the longest name a first word opens, and nothing from words no name starts with', () => {
    expect(named('The ministers spoke about trade and tariffs on Monday.')).toEqual([]);
    const [paris] = named('Washington rejoined the Paris Agreement on climate change.');
    expect(paris).toMatch(/: Paris Agreement on climate change$/);
  });
});
