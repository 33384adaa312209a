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

describe('a known name that goes on with its family name', () => {
  it('takes "Al Nahyan" after a known shorter name into that person, and a later "Al Nahyan" too', () => {
    const { persons } = extract(
      'Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received Swedish Foreign Minister Jonas Berg on Monday. ' +
        'Al Nahyan said: "Our ties are strong." Bin Zayed thanked the guest.',
    );
    expect(persons.map((p) => p.name).sort()).toEqual(['Jonas Berg', 'Mohammed bin Zayed']);
    expect(persons.find((p) => p.name === 'Mohammed bin Zayed')?.aliases).toContain(
      'Mohamed bin Zayed Al Nahyan',
    );
  });

  it('takes "bin Abdulaziz Al Saud" after a known name, but keeps a cousin with the same father apart', () => {
    expect(
      names(
        'Prince Mohammed bin Salman bin Abdulaziz Al Saud met the envoy on Monday. ' +
          'Attending was Energy Minister Prince Abdulaziz bin Salman bin Abdulaziz.',
      ).sort(),
    ).toEqual(['Abdulaziz bin Salman bin Abdulaziz', 'Mohammed bin Salman']);
  });

  it('reads "bint" inside a name', () => {
    expect(names('Princess Noura bint Faisal, the ambassador, said the visit was a success.')).toContain(
      'Noura bint Faisal',
    );
  });
});
