// A known person named by the name the news knows him by ("Hemedti") or by another transliteration of his full
// name ("Mohammed Hamdan Dagalo") is that person: one person, and the statements of "Hemedti said" are his.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a known person by nickname or another spelling', () => {
  it('reads "Hemedti" as Mohamed Hamdan Dagalo and gives him his statement', () => {
    const r = extract(
      'General Abdel Fattah al-Burhan and the paramilitary commander met in Jeddah on Monday. Hemedti said the Rapid Support Forces would observe the truce.',
    );
    const names = new Map(r.persons.map((p) => [p.id, p.name]));
    expect([...names.values()]).toContain('Mohamed Hamdan Dagalo');
    expect(r.statements.map((s) => names.get(s.speaker) ?? s.speaker)).toContain('Mohamed Hamdan Dagalo');
  });

  it('reads another spelling of the full name as the same person', () => {
    const persons = extract(
      'Mohammed Hamdan Dagalo, better known as "Hemedti", arrived in Addis Ababa. Hemedti met Prime Minister Abiy Ahmed.',
    ).persons.map((p) => p.name);
    expect(persons.filter((n) => /Dagalo|Hemedti/.test(n))).toEqual(['Mohamed Hamdan Dagalo']);
  });
});
