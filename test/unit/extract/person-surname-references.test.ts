// A lone name is the surname of the person whose name ends with it ("Khan said" for "Shafqat Ali Khan"), not the
// middle name of another person of the article ("Amir Khan Muttaqi").

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a lone surname', () => {
  it.each([
    'Foreign Minister Amir Khan Muttaqi will travel to Islamabad next month. Spokesperson Shafqat Ali Khan told the weekly briefing that dates were still being set. Khan said both sides were working on the visit.',
    'The Afghan foreign minister is expected in Islamabad soon, Foreign Office spokesperson Shafqat Ali Khan said on Thursday. Khan said the refugee deadline had expired.',
  ])('names the person whose surname it is: %s', (text) => {
    const r = extract(text);
    const names = new Map(r.persons.map((p) => [p.id, p.name]));
    const speakers = r.statements.map((s) => names.get(s.speaker) ?? s.speaker);
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Shafqat Ali Khan']));
    expect([...(r.persons.find((p) => p.name === 'Amir Khan Muttaqi')?.aliases ?? [])]).not.toContain('Khan');
  });

  it('still reads a middle name alone when no name ends with it', () => {
    const r = extract('Foreign Minister Amir Khan Muttaqi arrived in Doha. Khan said the talks would go on.');
    const names = new Map(r.persons.map((p) => [p.id, p.name]));
    expect(r.statements.map((s) => names.get(s.speaker) ?? s.speaker)).toEqual(['Amir Khan Muttaqi']);
  });
});
