// A given name spelled like a speech verb ("Said") opens a name inside a sentence: "spokesman Said Khatibzadeh
// said", as Iranian and Gulf officials' names are written in wire copy. Sentences are our own, in those shapes.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a given name spelled like a speech verb', () => {
  it('names the speaker after a title, and reads the later "said" as the verb', () => {
    const result = extract(
      'Talks in Geneva\n\nForeign Ministry spokesman Said Rahmani on Tuesday said the talks in Geneva had made progress.',
    );
    expect(result.persons.map((p) => p.name)).toEqual(['Said Rahmani']);
    expect(result.statements.map((s) => [s.speaker, s.text])).toEqual([
      ['person:said-rahmani', 'the talks in Geneva had made progress'],
    ]);
  });

  it('names the speaker of a closing attribution after a comma', () => {
    const result = extract(
      'Talks in Geneva\n\nThe talks in Geneva had made progress, spokesman Said Rahmani told reporters.',
    );
    expect(result.statements.map((s) => s.speaker)).toEqual(['person:said-rahmani']);
  });

  it('stays the verb at a sentence start', () => {
    const result = extract(
      'Talks in Geneva\n\nForeign Minister Lina Varga met her counterpart on Monday. Said Varga: "The talks went well."',
    );
    expect(result.persons.map((p) => p.name)).toEqual(['Lina Varga']);
  });
});
