// "the historical agreement", like "the historic agreement": praise says nothing about which agreement it is, so it
// points back at the one in view.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => a.name);

describe('"the historical agreement"', () => {
  it('is the agreement the article already named', () => {
    const found = names(
      'Lawmakers back pact\nKenya and Ghana signed a maritime cooperation agreement on Monday. The speaker said the historical agreement would be sent to the cabinet for approval.',
    );
    expect(found).toEqual(['Kenya–Ghana maritime cooperation agreement']);
  });
});

describe('blame before a kind word ("its illegal MOU", "the controversial deal")', () => {
  it.each([
    'Kenya signed a memorandum of understanding with Uganda on Monday. Tanzania said there was no room for talks unless Kenya retracts its illegal memorandum.',
    'Kenya signed a fishing deal with Uganda on Monday. Tanzania said it would take the controversial deal to court.',
  ])('points back at the agreement in view: %s', (text) => {
    expect(names(`Lawmakers split over pact\n${text}`)).toHaveLength(1);
  });
});

describe('how whole or how standard it is ("the entire agreement", "a foundational agreement")', () => {
  it.each([
    'Kenya and Ghana signed a maritime cooperation agreement on Monday. The Kenyan president said he was ready to implement the entire agreement in letter and spirit.',
    'The Chilean cabinet approved the signing of the Coastal Patrol Memorandum of Agreement with Peru. Basically, the memorandum is a foundational agreement that Peru signs with its neighbours.',
    'Peru and Chile signed a coastal patrol memorandum on Monday. "This deal formalizes our naval ties through a structured agreement," the Chilean minister said.',
    'Peru and Chile approved a coastal patrol memorandum on Monday. The memorandum is a standard agreement that Peru signs with its neighbours.',
  ])('points back at the agreement in view: %s', (text) => {
    expect(names(`Lawmakers back pact\n${text}`)).toHaveLength(1);
  });
});
