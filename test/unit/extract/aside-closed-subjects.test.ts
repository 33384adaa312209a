// A stance verb's subject before an aside that closes right before the verb: a long apposition with a day after it
// ("The Umma Party, a coalition of parties supporting civilian rule, late on Saturday welcomed ..."), or a name set
// off by commas with a perfect's auxiliary ("Kenya's Foreign Minister, Musalia Mudavadi, has welcomed ..."), on
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { linkedAgreements, reportedSpeech } from './helpers.ts';

const LEAD =
  'Truce in Sudan\n\nThe army and the Rapid Support Forces signed a ceasefire agreement in Jeddah on Saturday.\n\n';

describe('a subject before an aside closed right before its stance verb', () => {
  it('reads a long apposition and a day: "X, a coalition ..., late on Saturday welcomed"', () => {
    const text = `${LEAD}The Umma Party, a coalition of parties supporting civilian rule in the country, late on Saturday welcomed the ceasefire agreement.`;
    expect(reportedSpeech(text)).toContainEqual(['org:umma-party', 'welcomed the ceasefire agreement']);
    expect(linkedAgreements(text, 'welcomed the ceasefire agreement')).toBe(1);
  });

  it('reads a set-off name and "has": "Kenya\'s Foreign Minister, Musalia Mudavadi, has welcomed"', () => {
    const text = `${LEAD}Kenya's Foreign Minister, Musalia Mudavadi, has welcomed the ceasefire agreement.`;
    expect(reportedSpeech(text)).toContainEqual([
      'person:musalia-mudavadi',
      'welcomed the ceasefire agreement',
    ]);
  });

  it('leaves a relative clause alone: "..., which called for ..."', () => {
    const text = `${LEAD}Kenyan Foreign Minister Musalia Mudavadi cited the charter of the regional bloc, which called for an end to the fighting.`;
    expect(reportedSpeech(text).map(([, words]) => words)).not.toContain('called for an end to the fighting');
  });
});
