// Speed paths of the entity stages give what the plain code they replace gives: dates of sentences read by chrono in
// one call are those of each sentence read alone, and mentions merged into a sorted list are those a full sort gives.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithPeriodPrefix, findDates } from '../../../src/extract/entities/find-dates.ts';
import { byStart, coverWords, mergeMentions } from '../../../src/extract/mention-index.ts';
import type { EntityMention, ExtractState, Sentence, Word } from '../../../src/extract/types.ts';

/** A state of `bodies` as one sentence each (a line each), only the sentences in `read` not ignored. */
function stateOf(bodies: readonly string[], read: (i: number) => boolean): ExtractState {
  const sentences: Sentence[] = [];
  let at = 0;
  bodies.forEach((body, index) => {
    sentences.push({ index, start: at, end: at + body.length, paragraph: index, ignored: !read(index) });
    at += body.length + 1;
  });
  return {
    input: { id: 'a', text: bodies.join('\n'), publishedAt: '2025-03-12' },
    text: bodies.join('\n'),
    sentences,
    dates: [],
  } as unknown as ExtractState;
}

/** The plain mergeMentions: the two lists sorted together, exact duplicates dropped. */
function mergeBySort(existing: EntityMention[], added: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of [...existing, ...added].sort(byStart)) {
    const last = out.at(-1);
    if (last && last.start === m.start && last.end === m.end && last.id === m.id) continue;
    out.push(m);
  }
  return out;
}

describe('entity-stage fast paths', () => {
  it('dates of sentences read in one chrono call are those of each sentence read alone', () => {
    const sentence = fc
      .array(
        fc.constantFrom(
          'May',
          'in May',
          'the second',
          'on Monday',
          'last night',
          'at 5 pm',
          '10:30',
          '5 o',
          'clock',
          '2024',
          '12/03/2024',
          'March 3',
          'to',
          '-',
          ',',
          'this year',
          'in two days',
          'ago',
          'EAT',
          'UTC+3',
          'the end of',
          'the talks',
          'said',
          '¶',
          '_',
          '(',
          ')',
          '“',
          '.',
          'T',
          'from',
          '10',
          '3rd',
          'Monday,',
          'July 4th to 6th',
          'noon',
          'tomorrow',
          'GMT',
          '+',
          '/',
          '2',
        ),
        { minLength: 1, maxLength: 6 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), (bodies) => {
        const together = findDates(stateOf(bodies, () => true)).dates;
        const alone = bodies.flatMap((_, i) => findDates(stateOf(bodies, (k) => k === i)).dates);
        expect(together).toEqual(alone.sort((a, b) => a.start - b.start));
      }),
      { numRuns: 1500 },
    );
  });

  it('a sentence that is only "May" keeps its date, as chrono keeps it when it is all of the text', () => {
    const state = stateOf(['The talks opened on Monday.', 'May', 'They met on 3 March.'], () => true);
    expect(findDates(state).dates.map((d) => d.value)).toContain('2024-05');
  });

  it("the end-of-period prefix read backwards is chrono's prefix pattern matched against all the text before", () => {
    const PREFIX = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
    const text = fc
      .array(
        fc.constantFrom(
          'end',
          'End',
          'last',
          'LAST',
          'day',
          'of',
          'OF',
          'the',
          ' ',
          '\t',
          '\u00a0',
          'x',
          'weekend',
          '_',
          'é',
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const at = n % (t.length + 1);
        expect(endsWithPeriodPrefix(t, at)).toBe(PREFIX.test(t.slice(0, at)));
      }),
      { numRuns: 3000 },
    );
    expect(endsWithPeriodPrefix('by the last  day of the ', 24)).toBe(true);
    expect(endsWithPeriodPrefix('over the weekend of ', 20)).toBe(false);
  });

  it('coverWords marks each word with the first mention starting at or before it and ending after its start', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(12));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), fc.array(span, { maxLength: 8 }), (gaps, spans) => {
        const words: Word[] = [];
        let at = 0;
        for (const [gap, length] of gaps) {
          at += 1 + (gap % 3);
          words.push({ start: at, end: at + 1 + length } as Word);
          at += 1 + length;
        }
        const mentions = spans
          .map(([start, length]) => ({ start, end: start + length }) as EntityMention)
          .sort((a, b) => a.start - b.start);
        const plain = words.map((w) => mentions.findIndex((m) => m.start <= w.start && m.end > w.start));
        expect([...coverWords(words, mentions)]).toEqual(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it('mergeMentions gives the sorted union a full sort gives, sorted input or not', () => {
    const mention = fc
      .record({ start: fc.nat(20), length: fc.nat(4), id: fc.constantFrom('a', 'b', 'c') })
      .map(({ start, length, id }): EntityMention => ({
        kind: 'country',
        id,
        start,
        end: start + length,
        sentence: 0,
        via: 'name',
      }));
    fc.assert(
      fc.property(
        fc.array(mention, { maxLength: 12 }),
        fc.array(mention, { maxLength: 6 }),
        fc.boolean(),
        (a, b, sort) => {
          const existing = sort ? mergeBySort(a, []) : a;
          expect(mergeMentions(existing, b)).toEqual(mergeBySort(existing, b));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('mergeMentions keeps every field of an added mention and writes them in one order', () => {
    const armyReference = { sentence: 1, start: 10, end: 22 };
    const added: EntityMention[] = [
      { kind: 'org', id: 'army', via: 'reference', ...armyReference },
      { start: 30, end: 36, sentence: 1, via: 'name', kind: 'person', id: 'p1' },
      {
        kind: 'org',
        id: 'officials',
        start: 40,
        end: 49,
        sentence: 2,
        via: 'reference',
        describesUnnamed: true,
      },
    ];
    const merged = mergeMentions([], added);
    expect(merged).toEqual(added);
    const order = ['kind', 'id', 'start', 'end', 'sentence', 'via'];
    expect(merged.map((m) => Object.keys(m))).toEqual([order, order, [...order, 'describesUnnamed']]);
  });
});
