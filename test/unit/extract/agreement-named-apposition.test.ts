// An agreement and the name the article gives it in apposition are one node: "the accord, officially called the
// X", "The deal is known as the X", "Dubbed the X, Saturday's agreement ...".
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD =
  'Chad and the rebel coalition signed a ceasefire deal in Lome on Friday.\nThe deal was welcomed by the African Union, and the two sides will meet again in May.\n';

describe('an agreement named in apposition', () => {
  it.each([
    [
      'a name after a comma',
      `${LEAD}The deal, officially called the Charter of Concord, commits both sides to stop attacks on civilians.`,
    ],
    [
      'a name after a copula',
      `${LEAD}The accord is known as the "Charter of Concord" and commits both sides to stop attacks on civilians.`,
    ],
  ])('is the agreement the article told of: %s', (_shape, text) => {
    const result = extract(`Chad, rebels sign ceasefire deal\n${text}`, { publishedAt: '2025-03-02' });
    expect(result.agreements.map((a) => [a.name, a.parties, a.status])).toEqual([
      ['Charter of Concord', ['TCD'], 'signed'],
    ]);
  });

  it('keeps apart an agreement another clause names', () => {
    const result = extract(
      'Chad and the rebel coalition signed a ceasefire accord on Friday, a week after Niger and Mali signed a border deal, dubbed the Sahel Charter of Concord.',
      { publishedAt: '2025-03-02' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual([
      'Chad ceasefire accord',
      'Sahel Charter of Concord',
    ]);
  });

  it.each([
    ['a name without a kind word', 'the new accord, dubbed Lome two, could end the war', 'Lome two'],
    [
      'a name with inner words',
      'the agreement, called the Lome Framework for Lasting Peace, could end the war',
      'Lome Framework for Lasting Peace',
    ],
  ])('names the agreement it stands beside: %s', (_shape, clause, name) => {
    const result = extract(
      `Chad and the rebel coalition signed an accord in Lome on Friday.\nThe African Union said ${clause}.`,
      { publishedAt: '2025-03-02' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual([name]);
  });

  it('takes no praise for a name', () => {
    const result = extract(
      'Chad and the rebel coalition signed an accord in Lome on Friday.\nThe African Union said the new accord, called a model for the region, could end the war.',
      { publishedAt: '2025-03-02' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['Chad accord']);
  });
});

describe('the naming-verb cue, asked once per text', () => {
  const named =
    'Chad and the rebel coalition signed an accord in Lome on Friday.\nThe African Union said the new accord, dubbed Lome two, could end the war.';
  const plain =
    'Chad and the rebel coalition signed an accord in Lome on Friday.\nThe African Union said the new accord could end the war.';

  it('answers for each article, whatever was read before it', () => {
    const names = (text: string): string[] =>
      extract(text, { publishedAt: '2025-03-02' }).agreements.map((a) => a.name);
    expect(names(named)).toEqual(['Lome two']);
    expect(names(plain)).toEqual(['Chad accord']);
    expect(names(named)).toEqual(['Lome two']);
  });
});

describe('a name whose head joins two capitalized runs ("Basic Exchange and Cooperation Agreement")', () => {
  it('is read whole, and names the agreement it stands in apposition to', () => {
    const result = extract(
      'Chile backs naval pact\nThe Chilean cabinet has approved a maritime security agreement with Peru. The agreement is called the Coastal Surveillance and Rescue Memorandum of Agreement (CSR-MOA).',
      { publishedAt: '2025-03-02' },
    );
    expect(result.agreements.map((a) => a.name)).toEqual([
      'Coastal Surveillance and Rescue Memorandum of Agreement',
    ]);
  });

  it('does not take in the sides written before it', () => {
    const result = extract(
      'Chile and Peru Maritime Boundary Treaty takes effect on Monday, officials said.',
      {
        publishedAt: '2025-03-02',
      },
    );
    expect(result.agreements.map((a) => a.name)).not.toContain('Chile and Peru Maritime Boundary Treaty');
  });
});
