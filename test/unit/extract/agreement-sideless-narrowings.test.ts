// A deal told with no sides in few words ("a peace deal") and again in full ("a peace deal on prisoner releases") is
// one agreement; a short telling that two fuller ones could narrow stays apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-06' }).agreements.map((a) => a.name);

describe('a sideless deal told in few words, then in full', () => {
  it('is one agreement, named in full', () => {
    const text =
      'Envoy urges rivals to honour peace deal\nGENEVA, May 6 -- A senior envoy has called on the rival commanders to honour a peace deal and return to talks, his spokeswoman said Monday.\nA peace deal on prisoner releases was signed on Sunday by the rival commanders after two weeks of talks.\nThe envoy said the peace deal was a first step.';
    expect(names(text)).toEqual(['peace deal on prisoner releases']);
  });

  it('stays apart when two fuller tellings could be the one meant', () => {
    const text =
      'Envoy urges rivals to honour peace deal\nGENEVA, May 6 -- A senior envoy has called on the rival commanders to honour a peace deal, his spokeswoman said Monday.\nA peace deal on prisoner releases was signed on Sunday by the rival commanders.\nA peace deal on water sharing is still being drafted by the engineers.';
    expect(names(text)).toHaveLength(3);
  });
});
