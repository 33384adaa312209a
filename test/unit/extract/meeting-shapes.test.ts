// Meetings by clause shape: the subject of "meet" behind auxiliaries or a pronoun, and the partner a title chain
// after "with" leads to.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function participantNames(text: string): string[][] {
  const result = extract(text);
  const name = (id: string): string =>
    result.persons.find((p) => p.id === id)?.name ?? result.countries.find((c) => c.id === id)?.name ?? id;
  return result.meetings.map((m) => m.participants.map(name));
}

describe('who meets', () => {
  it.each([
    [
      'Peruvian Foreign Minister Elmer Schialer is to meet with his Chilean counterpart, Alberto van Klaveren, in Lima.',
      ['Elmer Schialer', 'Alberto van Klaveren'],
    ],
    [
      'Foreign Secretary Jane Holt said she would also meet with Brazilian Ambassador to Canberra Pedro Sousa next week.',
      ['Jane Holt', 'Pedro Sousa'],
    ],
    [
      'Trade Minister Omar Haddad is expected to meet with Kenyan Trade Secretary Lee Kinyanjui on Friday.',
      ['Omar Haddad', 'Lee Kinyanjui'],
    ],
  ])('%s', (text, people) => {
    expect(participantNames(text)).toContainEqual(expect.arrayContaining(people));
  });

  it('keeps a country partner when no person follows "with"', () => {
    expect(participantNames('President Ana Brnabic will meet with Hungary in Belgrade next week.')).toEqual([
      expect.arrayContaining(['Hungary']),
    ]);
  });
});
