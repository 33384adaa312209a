// Religious forms of address in Afghan and Pakistani copy ("Mullah", "Mawlavi", "Maulana") come before a name and
// are no part of it, as "Mr" is not: "Mullah Baradar" is Abdul Ghani Baradar, and "Mullah Yaqoob" a person.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a religious form of address before a name', () => {
  it('is not part of the name', () => {
    const names = extract(
      'The delegation led by Deputy Prime Minister Mullah Abdul Ghani Baradar met Defence Minister Mawlavi Mohammad Yaqoob Mujahid in Kabul on Monday.',
    ).persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Abdul Ghani Baradar', 'Mohammad Yaqoob Mujahid']));
    expect(names.some((n) => /Mullah|Mawlavi/.test(n))).toBe(false);
  });

  it('marks a lone name after it as a person who can speak', () => {
    const r = extract('Mullah Yaqoob told reporters in Kandahar that relations with Islamabad were stable.');
    const names = new Map(r.persons.map((p) => [p.id, p.name]));
    expect(r.statements.map((s) => names.get(s.speaker) ?? s.speaker)).toEqual(['Yaqoob']);
  });
});
