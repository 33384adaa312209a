// Talks told as behind a deal ("after weeks of negotiations, they reached ..."), its negotiators and a deal
// "negotiated" earlier tell no negotiation still going on; talks told as going on still do.
import { describe, expect, it } from 'vitest';
import { isEndedNegotiation } from '../../../src/extract/agreements/ended-negotiation.ts';
import { extract } from './helpers.ts';

const statuses = (text: string): (string | null)[] =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.map((a) => a.status);

/** Whether the first negotiation word of `sentence` reads as talks already behind. */
const ended = (sentence: string): boolean => isEndedNegotiation(sentence, sentence.search(/\bnegotiat/i));

describe('talks already behind a deal', () => {
  it.each([
    [
      'after the talks',
      'After two weeks of intensive negotiations, Chile and Peru reached a fisheries accord.',
    ],
    ['following the talks', 'Following lengthy negotiations in Lima, the two sides struck a water deal.'],
  ])('are no negotiation going on: %s', (_shape, sentence) => {
    expect(ended(sentence)).toBe(true);
  });

  it.each([
    ['a progressive', 'Chile and Peru are negotiating a fisheries accord.'],
    ['talks still to come', 'Negotiations on the fisheries accord will resume in Lima.'],
  ])('stay a negotiation: %s', (_shape, sentence) => {
    expect(ended(sentence)).toBe(false);
  });

  it('leave a deal reached after the talks without the negotiating status', () => {
    expect(
      statuses(
        'Chile and Peru reach fisheries accord\nAfter two weeks of intensive negotiations, Chile and Peru reached a fisheries accord on Monday.',
      ),
    ).not.toContain('negotiating');
  });

  it('read no negotiation from the negotiators of a deal', () => {
    expect(
      statuses(
        'Chile and Peru reach fisheries accord\nChile and Peru reached a fisheries accord on Monday, and the ministers thanked the negotiators of the accord.',
      ),
    ).not.toContain('negotiating');
  });

  it('still read talks going on', () => {
    expect(
      statuses(
        'Chile and Peru negotiate fisheries accord\nChile and Peru are negotiating a fisheries accord in Lima.',
      ),
    ).toEqual(['negotiating']);
  });
});
