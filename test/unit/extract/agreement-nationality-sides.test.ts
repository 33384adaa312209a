// A nationality that only says whose a person is ("his Danish counterpart") makes that person's country no side of a
// ceasefire or peace deal the sentence mentions: the counterpart is met, not a party.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string) =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => [...a.parties].sort());

describe("a person's nationality beside a deal", () => {
  it('is no side when the person is a counterpart the speaker met', () => {
    const text = [
      'Tamm says Georgia truce must hold',
      'Estonia wants the truce in Georgia to hold, Foreign Minister Kaja Tamm told reporters after talks with her Danish counterpart Lars Holm about efforts to broker a peace deal.',
      'Tamm said the peace deal was still possible.',
    ].join('\n\n');
    expect(parties(text).length).toBeGreaterThan(0);
    for (const sides of parties(text)) expect(sides).not.toContain('DNK');
  });

  it('is a side when the sentence names both parties to the ceasefire', () => {
    const text = [
      'Armenia and Azerbaijan agree ceasefire',
      'Armenia and Azerbaijan agreed a ceasefire on Monday, the Armenian foreign ministry said.',
    ].join('\n\n');
    expect(parties(text)).toContainEqual(['ARM', 'AZE']);
  });
});
