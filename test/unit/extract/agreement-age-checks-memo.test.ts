import { describe, expect, it } from 'vitest';
import type { RawAgreement } from '../../../src/extract/agreements/agreement-mentions.ts';
import { toldAsInForce } from '../../../src/extract/agreements/replaced-agreements.ts';

/** A definite mention of "current treaty" at `start` in `text`, as the mention reader would make it. */
function currentTreaty(text: string): RawAgreement {
  const start = text.indexOf('current treaty');
  return {
    start,
    end: start + 'current treaty'.length,
    sentence: 0,
    word: 0,
    kind: 'treaty',
    name: null,
    descriptor: null,
    relationship: false,
    definite: true,
    another: false,
    surface: 'current treaty',
    partyPhrase: null,
    parties: [],
    known: null,
  };
}

describe('toldAsInForce answered once per mention', () => {
  const inForce = 'They will sign a new pact, ten years since the signing of the current treaty.';
  const inView = 'They hope the current treaty holds through winter and spring.';

  it('gives the same answer when asked again about the same mention', () => {
    const mention = currentTreaty(inForce);
    expect(toldAsInForce(inForce, mention)).toBe(true);
    expect(toldAsInForce(inForce, mention)).toBe(true);
    const other = currentTreaty(inView);
    expect(toldAsInForce(inView, other)).toBe(false);
    expect(toldAsInForce(inView, other)).toBe(false);
  });

  it('reads the mention again when asked with another text', () => {
    const mention = currentTreaty(inForce);
    expect(toldAsInForce(inForce, mention)).toBe(true);
    // The same offsets in a text where no signing is told before the mention.
    const retold = `${'x'.repeat(mention.start - 4)}and current treaty holds.`;
    expect(toldAsInForce(retold, mention)).toBe(false);
  });
});
