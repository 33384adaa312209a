// A country that helps the sides to their deal ("Egypt helps broker a ceasefire", "thanked Egypt for helping secure
// the truce") or whose efforts brought it about ("the efforts of Qatar and Jordan to reach a ceasefire", "Omani
// efforts resulted in an agreement") is its go-between, not one of its sides.
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

describe('a country whose efforts brought a deal about', () => {
  it('is no side of it: listed after "the efforts of" before "to reach"', () => {
    const found = parties(
      'Truce holds in Gaza\nThe UN chief welcomed the ceasefire agreement in Israel and Gaza and praised the efforts of Qatar, Jordan and the United States to reach a ceasefire.',
    ).flat();
    expect(found).not.toContain('QAT');
    expect(found).not.toContain('JOR');
  });

  it('is no side of it: a nationality before "efforts resulted in"', () => {
    expect(
      parties(
        'Yemen truce\nOmani efforts resulted in an agreement on a truce, officials said. Saudi Arabia and the Houthis will exchange prisoners under the deal.',
      ).flat(),
    ).not.toContain('OMN');
  });

  it('keeps the sides of efforts that reach nothing named', () => {
    const text =
      'Talks resume\nThe efforts by Iran and the six powers stalled in March. Iran and the United States signed a prisoner exchange agreement on Monday.';
    expect(parties(text)).toContainEqual(['IRN', 'USA']);
  });
});
