// A country that helps the sides to their deal ("Egypt helps broker a ceasefire", "thanked Egypt for helping secure
// the truce") is its go-between, not one of its sides.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[][] =>
  extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => [...(a.parties ?? [])].sort());

describe('a country that helps broker a deal', () => {
  it.each([
    [
      'helps broker, in a headline',
      'Egypt helps broker ceasefire in Gaza\nA ceasefire in the Gaza Strip was due to take effect at dawn on Friday, state television reported. Israel and Hamas said they would observe the truce.',
    ],
    [
      'for helping secure',
      'Truce holds in Gaza\nThe ceasefire agreement took effect on Saturday night. Israel thanked Egypt for helping secure the ceasefire.',
    ],
  ])('is no side of it: %s', (_shape, text) => {
    expect(parties(text).flat()).not.toContain('EGY');
  });
});
