// A dotted name (an outlet's web address, a glued initial) ends no sentence: the words after it stay in the
// sentence of the speaker who said them. Sentences written for the test.

import { describe, expect, it } from 'vitest';
import { isDottedNameTail } from '../../../src/extract/text/dotted-name-tail.ts';
import { speakersOf } from './helpers.ts';

/** Whether the split point just after the first `dot` in `text` would fall inside a dotted name. */
const insideName = (text: string, dot: string): boolean =>
  isDottedNameTail(text, text.indexOf(dot) + dot.length);

describe('dotted names', () => {
  it('keeps a reported clause after a capitalised outlet address with its speaker', () => {
    const text =
      'Foreign Minister Anna Kovac told Lumera.Az that the border accord between Estonia and Latvia was ready.';
    expect(speakersOf(text, 'the border accord')).toEqual(['person:anna-kovac']);
  });

  it('keeps a reported clause after a lowercase outlet address with its speaker', () => {
    const text =
      'Foreign Minister Anna Kovac told Daryan.uz that the water accord with Latvia would be signed in May.';
    expect(speakersOf(text, 'the water accord')).toEqual(['person:anna-kovac']);
  });

  it('reads an address tail the model does not know as part of a name', () => {
    expect(insideName('the minister told Lumera.Az that', 'Lumera.')).toBe(true);
    expect(insideName('the minister told Daryan.uz that', 'Daryan.')).toBe(true);
    expect(insideName('State Secretary T.Brennerova said', 'T.')).toBe(true);
  });

  it('still ends a sentence glued to the next one by a missing space', () => {
    expect(insideName('the accord was signed.The minister said', 'signed.')).toBe(false);
    expect(insideName('the accord was signed. The minister said', 'signed. ')).toBe(false);
  });
});
