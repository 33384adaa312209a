// titleFits reads each title's words, office and initials once and keeps them: the answers stay those of the
// title asked about, whatever was asked before, and references of other shapes still read it afresh.

import { describe, expect, it } from 'vitest';
import { titleFits } from '../../../src/extract/entities/resolve-person-references.ts';
import { buildLexicon } from '../../../src/extract/lexicon/build-lexicon.ts';
import type { PersonEntity } from '../../../src/extract/types.ts';

const lexicon = buildLexicon();

const person = (title: string | null): PersonEntity => ({
  id: 'person:x',
  name: 'X',
  aliases: new Set(),
  title,
  country: null,
  organization: null,
  titleFromText: true,
});

describe('titleFits', () => {
  it('answers each title by its own words, asked in any order and again', () => {
    const minister = person('Minister of Foreign Affairs');
    const director = person("Director of the President's Office");
    const secretary = person('Secretary-General');
    for (let round = 0; round < 2; round++) {
      // The initials of the title's words without glue words.
      expect(titleFits(minister, ['mfa'], lexicon)).toBe(true);
      expect(titleFits(minister, ['minister'], lexicon)).toBe(true);
      // The office ends before its remit: no president.
      expect(titleFits(director, ['president'], lexicon)).toBe(false);
      expect(titleFits(director, ['director'], lexicon)).toBe(true);
      expect(titleFits(secretary, ['secretary-general'], lexicon)).toBe(true);
      expect(titleFits(secretary, ['minister'], lexicon)).toBe(false);
    }
  });

  it('reads a title differently cased as its own words', () => {
    expect(titleFits(person('FOREIGN MINISTER'), ['foreign', 'minister'], lexicon)).toBe(true);
    expect(titleFits(person('Foreign Minister'), ['deputy', 'foreign', 'minister'], lexicon)).toBe(false);
    expect(titleFits(person(null), ['minister'], lexicon)).toBe(false);
  });
});

describe('titleFits on a title joining two offices', () => {
  it('fits either office, and no office that only lends the other its modifiers', () => {
    const both = person('First Deputy Prime Minister and Foreign Minister');
    expect(titleFits(both, ['foreign', 'minister'], lexicon)).toBe(true);
    expect(titleFits(both, ['minister'], lexicon)).toBe(true);
    expect(titleFits(both, ['deputy', 'prime', 'minister'], lexicon)).toBe(true);
    expect(titleFits(both, ['prime', 'minister'], lexicon)).toBe(false);
  });
});

describe('titleFits on "the premier"', () => {
  it('fits a head of government, never a head of state', () => {
    expect(titleFits(person('Prime Minister'), ['premier'], lexicon)).toBe(true);
    expect(titleFits(person('Premier'), ['premier'], lexicon)).toBe(true);
    expect(titleFits(person('President'), ['premier'], lexicon)).toBe(false);
    expect(titleFits(person('King'), ['premier'], lexicon)).toBe(false);
    // "the leader" still fits both.
    expect(titleFits(person('President'), ['leader'], lexicon)).toBe(true);
  });
});
