// A dateline's date ("Oslo, Mar 25, 2024 (NTB) –", "Oslo March 25/2024/NTB/") tells when the story was filed, not when
// the meeting its sentence names sits.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const datesOf = (text: string, publishedAt: string): (string | null)[] =>
  extract(text, { publishedAt }).meetings.map((m) => m.date);

describe("a dateline's date", () => {
  it('does not date a meeting the story tells of later', () => {
    expect(
      datesOf(
        'Oslo March 25/2024/NTB/ Foreign Minister of Denmark Lars Holm arrived in Oslo to take part in the 12th Ordinary Session of the Nordic Council.\n\nThe 12th ordinary session of the Nordic Council will be held on Wednesday.',
        '2024-03-25',
      ),
    ).toEqual(['2024-03-27']);
  });

  it('gives way to the day its sentence tells', () => {
    expect(
      datesOf(
        'Oslo, Mar 25, 2024 (NTB) – Foreign Minister Lars Holm held talks with Norwegian Foreign Minister Jonas Berg on Friday in Bergen.',
        '2024-03-25',
      ),
    ).toEqual(['2024-03-22']);
  });
});
