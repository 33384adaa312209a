// A well-known deal may come out of two groups of mentions (an anniversary's "their friendship treaty" and, further
// down, the telling of its signing): both name the one node, which stands as whichever group tells a status.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a well-known deal told in two places', () => {
  it('keeps the signing the later group tells', () => {
    const text = [
      'Japan and China on Sunday traded warm messages for the anniversary of their Peace and Friendship Treaty.',
      'Officials in both capitals praised the calm of recent years and hoped for more student exchanges.',
      'Trade between the neighbours has grown every year since the pandemic ended, customs data show.',
      'On August 12th, 1978, two foreign ministers signed the Treaty of Peace and Friendship between Japan and China in Beijing.',
    ].join(' ');
    const agreements = extract(text, { publishedAt: '2024-10-06' }).agreements;
    expect(agreements.map((a) => [a.status, a.signedOn])).toEqual([['signed', '1978-08-12']]);
  });
});
