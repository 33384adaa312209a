// A given name written short before a name ("Md. Karim Rahman", "Md Karim Rahman") is read like a form of address:
// no person of its own, and the name after it keeps its title and speaks, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): Array<[string, string | null]> =>
  extract(text).persons.map((p) => [p.name, p.title]);

describe('a short given name before a name', () => {
  it('is no person, and the title before it goes to the name after it', () => {
    const text = 'Dhaka talks\n\nForeign Adviser Md. Karim Rahman met the visiting delegation on Sunday.';
    expect(names(text)).toEqual([['Karim Rahman', 'Foreign Adviser']]);
  });

  it('lets the name after it speak after a closing quote and "said"', () => {
    const text =
      'Dhaka talks\n\n“The talks will resume next month,” said foreign adviser Md. Karim Rahman at a briefing on ' +
      'Tuesday.';
    expect(extract(text).statements.map((s) => [s.speaker, s.quote])).toEqual([
      ['person:karim-rahman', 'The talks will resume next month'],
    ]);
  });

  it('reads the same without the period', () => {
    const text = 'Dhaka talks\n\nState Minister Md Nasir Uddin said the border talks had made progress.';
    expect(extract(text).statements.map((s) => s.speaker)).toEqual(['person:nasir-uddin']);
  });
});
