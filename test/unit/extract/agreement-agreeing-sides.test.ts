// The sides of an agreement no sentence of its own names, read from the sentence where they agree to it: two
// countries or known movements (a country's government or army stands for it) as the subject of "agreed to/on".
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[][] =>
  extract(text, { publishedAt: '2025-03-14' }).agreements.map((a) => [...(a.parties ?? [])].sort());

describe('sides that agree to an agreement', () => {
  it('reads a government and a movement, over auxiliaries and an abbreviation, as the sides', () => {
    expect(
      parties(
        'The Sudanese government and the Rapid Support Forces (RSF) have agreed on a halt to the fighting in the capital. Negotiators of the two sides reached the truce agreement late on Tuesday after talks in Jeddah.',
      ),
    ).toEqual([['SDN', 'org:rapid-support-forces']]);
  });

  it('reads the sides from a sentence shortly after the agreement when none before names them', () => {
    expect(
      parties(
        "Delegates from both sides signed a peace agreement in Pretoria on Wednesday after ten days of talks. The Ethiopian government and the Tigray People's Liberation Front (TPLF) agreed to end two years of war.",
      ),
    ).toEqual([['ETH', 'org:tigray-peoples-liberation-front']]);
  });

  it.each([
    'Ethiopia truce agreed\nThe federal government in Addis Ababa and Tigrayan authorities have agreed on a truce, the mediator said in Nairobi on Friday.',
    'The Ethiopian government and Tigrayan forces signed an agreement on Friday in Nairobi to withdraw heavy weapons from the front.',
  ])('reads the Tigrayan side of a deal as its movement: %s', (text) => {
    expect(parties(text)).toContainEqual(['ETH', 'org:tigray-peoples-liberation-front']);
  });

  it('does not take one side of a deal with a counterpart for both its sides', () => {
    const found = parties(
      'Lebanon and Hezbollah have agreed to a ceasefire with Israel, an aide to the speaker said on Monday. The success of the proposed ceasefire agreement now depends on Israel, he added.',
    );
    expect(found.some((p) => p.includes('org:hezbollah') && p.includes('LBN') && p.length === 2)).toBe(false);
  });
});
