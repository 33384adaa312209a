// One person's name transliterated two ways in one article ("Abdul" / "Abdel", "Mohammad" / "Muhammad",
// "Afwerki" / "Afewerki") is one person, not two; names that differ by a consonant stay apart.

import { describe, expect, it } from 'vitest';
import { oneVowelApart } from '../../../src/extract/entities/person-name-forms.ts';
import { extract } from './helpers.ts';

describe('a name spelled otherwise by one vowel', () => {
  it.each([
    [
      'General Abdul Fattah al-Burhan, head of the Sovereign Council, flew to Jeddah on Friday. Burhan said the army was open to talks.',
      'Burhan',
    ],
    [
      'Prime Minister Tariq Aziz thanked Crown Prince Mohammad Bin Salman for the support. Later, Muhammad Bin Salman hosted a dinner for the delegation.',
      'Salman',
    ],
    [
      'President Isaias Afwerki received the delegation in Asmara. The visitors briefed President Isaias Afewerki on the border talks.',
      'Isaias',
    ],
  ])('reads one person: %s', (text, part) => {
    const names = extract(text)
      .persons.map((p) => p.name)
      .filter((n) => n.includes(part));
    expect(names).toHaveLength(1);
  });

  it('keeps consonant differences apart', () => {
    expect(oneVowelApart('Abdul', 'Abdel')).toBe(true);
    expect(oneVowelApart('Afwerki', 'Afewerki')).toBe(true);
    expect(oneVowelApart('Jong', 'Yong')).toBe(false);
    expect(oneVowelApart('Sisi', 'Sissi')).toBe(false);
  });
});
