// Objects built field by field for speed are the spreads they replace, keys in the same order: a statement draft (its
// fields with the sentences its span runs over) and the meeting cluster a first mention opens.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterOf, type Mention } from '../../../src/extract/meetings/find-meetings.ts';
import { makeDraft, sentenceOf } from '../../../src/extract/statements/statement-context.ts';
import type { ExtractState, Range, Sentence, StatementLike } from '../../../src/extract/types.ts';

/** A state of sentences of the given lengths, one space apart. */
function stateOf(lengths: readonly number[]): ExtractState {
  const sentences: Sentence[] = [];
  let at = 0;
  lengths.forEach((length, index) => {
    sentences.push({ index, start: at, end: at + length, paragraph: 0, ignored: false });
    at += length + 1;
  });
  return { sentences } as unknown as ExtractState;
}

const range: fc.Arbitrary<Range> = fc
  .tuple(fc.nat(400), fc.nat(80))
  .map(([start, length]) => ({ start, end: start + length }));

const fields: fc.Arbitrary<Omit<StatementLike, 'sentence' | 'lastSentence'>> = fc.record({
  speaker: fc.constantFrom('person:a', 'country:b', 'org:c'),
  quote: fc.option(fc.string(), { nil: null }),
  quoteSpans: fc.array(range, { maxLength: 3 }),
  text: fc.string(),
  direct: fc.boolean(),
  fragmentQuoted: fc.boolean(),
  channel: fc.option(fc.constantFrom('org:tass', 'org:x'), { nil: null }),
  content: range,
});

describe('copies built field by field', () => {
  it('a draft built field by field is the spread of its fields and its sentences, keys in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 }),
        fields,
        range,
        (lengths, f, span) => {
          const state = stateOf(lengths);
          const spread = {
            ...f,
            sentence: sentenceOf(state, span.start)?.index ?? 0,
            lastSentence: sentenceOf(state, Math.max(span.start, span.end - 1))?.index ?? 0,
          };
          const draft = makeDraft(state, f, span);
          expect(Object.keys(draft)).toEqual(Object.keys(spread));
          expect(draft).toEqual(spread);
          // The same objects, not copies: later stages set a draft's channel and read its spans.
          expect(draft.quoteSpans).toBe(f.quoteSpans);
          expect(draft.content).toBe(f.content);
        },
      ),
    );
  });

  it('a meeting cluster built field by field is the spread of its first mention, participants and attendees joined', () => {
    const id = fc.constantFrom('person:a', 'person:b', 'country:c', 'org:d');
    const orNull = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(value, { nil: null });
    const mention: fc.Arbitrary<Mention> = fc.record({
      kind: fc.constantFrom('meeting', 'talks', 'visit', 'call', 'summit'),
      start: fc.nat(500),
      end: fc.nat(500),
      sentence: fc.nat(20),
      participants: fc.array(id, { maxLength: 4 }),
      place: orNull(fc.constantFrom('place:x', 'place:y')),
      host: orNull(fc.constantFrom('country:c', 'country:e')),
      date: orNull(fc.constantFrom('2024', '2024-05', '2024-05-02')),
      status: orNull(fc.constantFrom('held', 'planned')),
      anaphoric: fc.boolean(),
      attendees: fc.array(id, { maxLength: 3 }),
      earlier: fc.boolean(),
      followUp: fc.boolean(),
      body: orNull(fc.constantFrom('org:d', 'org:un')),
      gathering: fc.boolean(),
    }) as fc.Arbitrary<Mention>;
    fc.assert(
      fc.property(mention, (raw) => {
        const participants = [...raw.participants, ...raw.attendees];
        const spread = { ...raw, participants: [...new Set(participants)], mentions: [raw] };
        const cluster = clusterOf(raw);
        expect(Object.keys(cluster)).toEqual(Object.keys(spread));
        expect(cluster).toEqual(spread);
        expect(cluster.mentions[0]).toBe(raw);
        expect(cluster.attendees).toBe(raw.attendees);
        expect(cluster.participants).not.toBe(raw.participants);
      }),
    );
  });
});
