// "<kind> in <field>": an agreement named by the field it covers, not by where, when or how firmly it was made.

import { describe, expect, it } from 'vitest';
import { opensField } from '../../../src/extract/agreements/field-topic.ts';
import type { WordFactsOf } from '../../../src/extract/events/event-modality.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';
import type { Sentence, Word } from '../../../src/extract/types.ts';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).agreements.map((a) => a.name);

describe('a field after "in"', () => {
  it.each([
    [
      'Kenya and Ghana will sign two agreements in cybersecurity and tourism.',
      'agreements in cybersecurity and tourism',
    ],
    [
      'Peru and Bolivia signed key agreements in anti-smuggling and customs data, officials said.',
      'agreements in anti-smuggling and customs data',
    ],
    [
      'Oman and Jordan signed a memorandum in the field of water management.',
      'memorandum in the field of water management',
    ],
  ])('names the agreement by its field: %s', (text, described) => {
    expect(names(text).some((n) => n.endsWith(described))).toBe(true);
  });

  it.each([
    'Kenya and Ghana reached an agreement in principle on trade, officials said.',
    'Kenya and Ghana signed a fisheries agreement in Nairobi on Monday.',
    'Kenya and Ghana signed a fisheries agreement in 2020.',
    'Kenya and Ghana signed a fisheries agreement in the capital.',
    'Kenya and Ghana signed the Lake Volta Treaty in 2010. On Monday, Kenya decided to hold the Treaty in abeyance.',
  ])('takes no place, time or standing for a field: %s', (text) => {
    expect(names(text).join(' ')).not.toMatch(/ in /);
  });

  it('leaves plural agreements with no field unnamed', () => {
    expect(names('Kenya and Ghana signed several agreements in Nairobi.')).toEqual([]);
  });
});

describe('opensField and the tagger', () => {
  const sentenceOf = (text: string): Sentence => ({
    index: 0,
    start: 0,
    end: text.length,
    paragraph: 0,
    ignored: false,
  });
  const ask = (text: string, pos: string): { field: boolean; asked: number[] } => {
    const words: Word[] = splitWords(text).map((w) => ({ ...w, sentence: 0 }));
    const asked: number[] = [];
    const facts: WordFactsOf = (_sentence, offset) => {
      asked.push(offset);
      return { pos, negated: false };
    };
    const at = words.findIndex((w) => w.lower === 'in');
    return { field: opensField(words, at, text, sentenceOf(text), facts), asked };
  };

  it('answers for a word the model never tags as a field without tagging the sentence', () => {
    expect(ask('Kenya and Ghana signed a memorandum in an effort to expand trade.', 'NOUN')).toEqual({
      field: false,
      asked: [],
    });
  });

  it('asks the tagger about any other word', () => {
    const text = 'Kenya and Ghana signed a memorandum in agriculture.';
    expect(ask(text, 'NOUN')).toEqual({ field: true, asked: [text.indexOf('agriculture')] });
  });
});
