// "His counterpart X": X holds the office of the one they are the counterpart of, not an office called
// "counterpart"; with no titled person before the word, X has no title.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const titleOf = (text: string, name: string): string | null | undefined =>
  extract(text).persons.find((p) => p.name === name)?.title;

describe('counterpart titles', () => {
  it.each([
    [
      'Finnish Prime Minister Marta Kovacs met her Estonian counterpart Kaja Tamm in Tallinn.',
      'Prime Minister',
    ],
    [
      'Defence Minister Jonas Berg and his Danish colleague Lars Holm signed the plan on Monday.',
      'Defence Minister',
    ],
    [
      'Finnish President Sauli Niinisto and his Estonian counterpart, Kaja Tamm, spoke on Monday.',
      'President',
    ],
  ] as const)('"%s" gives the counterpart the title %s', (text, expected) => {
    const name = /(Kaja Tamm|Lars Holm)/.exec(text)?.[1] ?? '';
    expect(titleOf(text, name)).toBe(expected);
  });

  it('gives no title when the one before has none', () => {
    expect(
      titleOf('Marta Kovacs later spoke with her Estonian counterpart Kaja Tamm by phone.', 'Kaja Tamm'),
    ).toBeNull();
  });

  it('keeps the title of someone who is not a counterpart', () => {
    expect(titleOf('Estonian Foreign Minister Kaja Tamm arrived in Helsinki on Monday.', 'Kaja Tamm')).toBe(
      'Foreign Minister',
    );
  });
});
