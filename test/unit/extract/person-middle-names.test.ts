// A known person's name written out with middle names or an initial ("President Nana Dankwa Akufo-Addo") is that
// person by a fuller form of the name, not a second person.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('middle names of a known person', () => {
  it.each([
    [
      'Ghana’s President Nana Akufo-Addo hosted the talks in Accra. Later, President Nana Dankwa Akufo-Addo signed two memoranda with his guest.',
      'Nana Akufo-Addo',
      'Nana Dankwa Akufo-Addo',
    ],
    [
      'President João Lourenço arrived in Muscat on Monday. The Sultan received President João Manuel Gonçalves Lourenço of Angola at the palace.',
      'João Lourenço',
      'João Manuel Gonçalves Lourenço',
    ],
  ])('reads one person: %s', (text, name, alias) => {
    const persons = extract(text).persons;
    expect(persons.map((p) => p.name).filter((n) => n.includes(name.split(' ').at(-1) ?? ''))).toEqual([
      name,
    ]);
    expect([...(persons.find((p) => p.name === name)?.aliases ?? [])]).toContain(alias);
  });

  it('keeps apart another given name and a "son of" chain', () => {
    const names = extract(
      'President João Lourenço met Governor Manuel Gonçalves Lourenço in Luanda. Sheikh Mohammed bin Zayed received Sheikh Mohammed bin Rashid bin Zayed on Monday.',
    ).persons.map((p) => p.name);
    expect(names).toContain('Manuel Gonçalves Lourenço');
    expect(names).toContain('Mohammed bin Rashid bin Zayed');
  });
});
