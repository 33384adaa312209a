// Statement events ask the tagger about an act word only when its tag or a negation could change the event.
import { describe, expect, it } from 'vitest';
import type { WordFactsOf } from '../../../src/extract/events/event-modality.ts';
import { statementEvents } from '../../../src/extract/events/statement-events.ts';
import { splitWords } from '../../../src/extract/text/tokenize-words.ts';
import { createForgetfulWink } from '../../../src/extract/text/wink-instance.ts';
import type { ExtractState, Sentence, Word } from '../../../src/extract/types.ts';

// The model's tables, read by the checks that spare the tagger, are those a wink instance has parsed.
createForgetfulWink(['negation', 'pos']);

function drafted(text: string): { modalities: string[]; asked: number[] } {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, paragraph: 0, ignored: false };
  const words: Word[] = splitWords(text).map((w) => ({ ...w, sentence: 0 }));
  const state = {
    text,
    words,
    sentences: [sentence],
    mentions: [],
    countries: new Map(),
    persons: new Map(),
    organizations: new Map(),
    statements: [
      { id: 's1', speaker: 'KEN', text: '', about: [], date: null, evidence: { start: 0, end: text.length } },
    ],
  } as unknown as ExtractState;
  const asked: number[] = [];
  const facts: WordFactsOf = (_sentence, offset) => {
    asked.push(offset);
    return { pos: 'VERB', negated: text.includes('never') };
  };
  return { modalities: statementEvents(state, facts).map((d) => d.modality), asked };
}

describe('statement events and the tagger', () => {
  it('drafts an act verb wink reads as a verb wherever it stands without tagging its sentence', () => {
    expect(drafted('Kenya urged Tanzania to reopen the border at Namanga.')).toEqual({
      modalities: ['asserted'],
      asked: [],
    });
  });

  it('asks the tagger when a word before the verb could negate it', () => {
    const text = 'Kenya never urged Tanzania to reopen the border at Namanga.';
    expect(drafted(text)).toEqual({ modalities: ['negated'], asked: [text.indexOf('urged')] });
  });

  it('asks the tagger about an act word its neighbours leave open to a noun or an adjective', () => {
    // A name the model does not know may take any tag, and "accused <noun>" can be a noun.
    const text = 'Kenya accused Quorvantia of closing the border at Namanga.';
    expect(drafted(text)).toEqual({ modalities: ['asserted'], asked: [text.indexOf('accused')] });
  });

  it('drafts an act word that the words around it leave only a verb, without tagging its sentence', () => {
    expect(drafted('The ministry has accused them of closing the border at Namanga.')).toEqual({
      modalities: ['asserted'],
      asked: [],
    });
  });

  it('drops an act word wink cannot read as a verb where it stands, without tagging its sentence', () => {
    expect(drafted('The minister said the visit would be welcome news for Namanga.')).toEqual({
      modalities: [],
      asked: [],
    });
  });

  it("asks the tagger when one of wink's own negation patterns stands before the act word", () => {
    const text = 'The ministry was unlikely to have accused them of closing the border.';
    expect(drafted(text).asked).toEqual([text.indexOf('accused')]);
  });
});
