// A known title an article writes only in common words ("the strategic arms reduction treaty") describes the deal
// the article names in capitals with the same parties (START II), not a sibling of that family (START I).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string, publishedAt: string): string[] =>
  extract(text, { publishedAt }).agreements.map((a) => a.name);

describe('a known title written in lower case', () => {
  it('is the deal of the same parties the article names in capitals', () => {
    const text =
      'Senate backs arms cut\nThe United States and Russia moved closer to ratifying START II on Tuesday. A senator called the strategic arms reduction treaty the best hope for a safer decade.';
    const found = names(text, '1995-06-10');
    expect(found).toContain('START II');
    expect(found).not.toContain('START I');
  });

  it('is not an older peace deal of the same country beside the one named', () => {
    const text =
      'Darfur accord welcomed\nSudan and a rebel movement signed the Doha Document for Peace in Darfur on Thursday. Diplomats said a comprehensive peace agreement for the region was now within reach.';
    expect(names(text, '2011-07-16')).not.toContain('Comprehensive Peace Agreement');
  });

  it('still names the known deal when the article names no other deal of its parties', () => {
    const text =
      'Arms talks\nThe United States and Russia marked the anniversary of the strategic arms reduction treaty on Monday.';
    expect(names(text, '2001-07-31')).toContain('START I');
  });
});
