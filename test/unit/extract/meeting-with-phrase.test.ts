// The "with/between ..." phrase after a meeting word ends at a verb, not at a character count: long titles on
// both sides keep both names, and the subject of a following clause is not taken as a partner.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const participants = (text: string): string[][] => extract(text).meetings.map((m) => m.participants);

describe('the partners of a meeting word', () => {
  it('keeps a partner named after a long title', () => {
    const text =
      'The talks between Finnish Minister of Foreign Affairs and European Integration Marta Kovacs and Estonian Deputy Prime Minister for Economic Affairs Kaja Tamm ended on Monday.';
    expect(participants(text)[0]).toEqual(
      expect.arrayContaining(['person:marta-kovacs', 'person:kaja-tamm']),
    );
  });

  it('does not take a person after the verb that ends the phrase', () => {
    const text = 'Talks with Foreign Minister Marta Kovacs ended without a deal for President Kaja Tamm.';
    expect(participants(text)[0]).not.toContain('person:kaja-tamm');
  });
});
