// The words before an agreement mention, read by a scan and a bounded search: the same as the regex split and the
// search back through the whole text they replaced, on varied text (a speed change; property test).
import { describe, expect, it } from 'vitest';
import { clauseWordsBefore, nameOpening } from '../../../src/extract/agreements/replaced-agreements.ts';

/** How the mention's opening was found before: the name's last occurrence at or before it, if it reaches it. */
function nameOpeningBefore(text: string, start: number, name: string): number {
  const at = text.lastIndexOf(name, start);
  return at >= 0 && at + name.length >= start ? at : start;
}

/** How the words were read before: the clause after the last ".!?;" of the reach, split at non-letters. */
function clauseWordsBeforeBefore(text: string, opening: number): string[] {
  const before = text.slice(Math.max(0, opening - 40), opening);
  return before
    .slice(before.search(/[^.!?;]*$/))
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
}

/** A small deterministic generator (no Math.random: a failure must reproduce). */
function* seeded(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    yield x / 2 ** 32;
  }
}

const PIECES = [
  'the',
  ' ',
  'Accord',
  'accord',
  '.',
  ';',
  '!',
  '?',
  ',',
  'İ',
  'é',
  '’s',
  '-',
  '2015',
  '\n',
  'Kessel',
  'new',
  'replaces',
];

describe('the words before an agreement mention', () => {
  it('are the same as the regex split over the clause before it, on varied text', () => {
    const random = seeded(7);
    const next = (): number => random.next().value as number;
    for (let round = 0; round < 1000; round++) {
      let text = '';
      const length = Math.floor(next() * 30);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (let opening = 0; opening <= text.length; opening++)
        expect(clauseWordsBefore(text, opening)).toEqual(clauseWordsBeforeBefore(text, opening));
    }
  });

  it('open at the name written before the kind word, searched only where it can reach the mention', () => {
    const random = seeded(11);
    const next = (): number => random.next().value as number;
    for (let round = 0; round < 1000; round++) {
      let text = '';
      const length = Math.floor(next() * 20);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const name = ['Kessel Accord', 'Accord', 'the', '', 'Kessel'][Math.floor(next() * 5)] as string;
      for (let start = 0; start <= text.length; start++)
        expect(nameOpening(text, start, name)).toBe(nameOpeningBefore(text, start, name));
    }
  });

  it('stop at the clause end: "Talks stalled; the new deal replaces" reads "the new deal replaces"', () => {
    const text = 'Talks stalled; the new deal replaces the Kessel Accord';
    expect(clauseWordsBefore(text, text.indexOf('Kessel'))).toEqual([
      'the',
      'new',
      'deal',
      'replaces',
      'the',
    ]);
    expect(nameOpening(text, text.indexOf('Accord'), 'Kessel Accord')).toBe(text.indexOf('Kessel'));
  });
});
