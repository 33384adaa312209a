// A signing reported as the article's news is a meeting only when the article names who signed: a signing
// told by country names alone reports the deal, not a gathering.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('signings as meetings', () => {
  it('makes no meeting of a signing that names only the countries', () => {
    const text =
      'Norway and Chile on Monday signed a memorandum of understanding on fisheries cooperation. ' +
      'The memorandum covers research, port inspections and training.';
    expect(extract(text).meetings).toEqual([]);
  });

  it('makes a meeting of a signing that names the people who signed', () => {
    const text =
      'Norwegian Foreign Minister Ingrid Dahl and her Chilean counterpart Pablo Rojas on Monday signed a ' +
      'memorandum of understanding on fisheries cooperation. ' +
      'The memorandum covers research, port inspections and training.';
    const participants = extract(text).meetings.flatMap((m) => m.participants);
    expect(participants).toEqual(expect.arrayContaining(['person:ingrid-dahl', 'person:pablo-rojas']));
  });
});
