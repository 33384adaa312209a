// Arab and Gulf names with particles: hyphened pieces ("Al-Sabah") make one name word, so a long chain of
// patronymics is not cut, and the "last two words" of a name after a stacked title keep "Al-" with the surname.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('names with hyphened particles', () => {
  it('keeps a chain of four hyphened name words whole', () => {
    expect(
      names(
        'The Emir, Sheikh Nasser Al-Hamad Al-Fahad Al-Rashed, received the envoy at the palace on Monday.',
      ),
    ).toContain('Nasser Al-Hamad Al-Fahad Al-Rashed');
  });

  it('keeps the given name before "Al-X" after a title with a remit', () => {
    expect(
      names(
        'Kuwaiti Ambassador to the United Kingdom Tariq Al-Rashed said on Sunday that ties were growing.',
      ),
    ).toContain('Tariq Al-Rashed');
  });
});
