// A speaker who says there is "no deal" yet, while the article's deal is still negotiated, speaks of that deal,
// though the words name no instrument; once a deal is signed, "no agreement" on something else is not about it.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const TALKS =
  'Zembla, Freedonia trade talks run late\n\nNegotiators from Zembla and Freedonia are negotiating a trade agreement in Geneva, officials said on Sunday.\n\nThe talks have lasted three weeks.\n\nThe delegations met again in the morning.\n\n';
const SIGNED =
  'Zembla, Freedonia sign trade deal\n\nZembla and Freedonia signed a trade agreement in Geneva on Sunday.\n\nThe talks had lasted three weeks.\n\nThe delegations met again in the morning.\n\n';

describe('"no deal" while the deal is negotiated', () => {
  it.each([
    [
      'a quote',
      '“We still have a few points to settle. No deal tonight,” Zemblan Trade Minister Anna Kovac said.',
    ],
    [
      'reported words',
      'Zemblan Trade Minister Anna Kovac said no final agreement would be announced before Monday.',
    ],
  ])('in %s, paragraphs after the deal was named, is about it', (_shape, paragraph) => {
    const opening = paragraph.startsWith('“') ? 'We still' : 'no final';
    expect(linkedAgreements(`${TALKS}${paragraph}`, opening)).toBe(1);
  });

  it('but not once the deal is signed', () => {
    const paragraph = 'Zemblan Trade Minister Anna Kovac said no agreement had been found on fishing quotas.';
    expect(linkedAgreements(`${SIGNED}${paragraph}`, 'no agreement')).toBe(0);
  });
});
