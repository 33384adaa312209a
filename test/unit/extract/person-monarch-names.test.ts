// A king is named by his own given name: "King Salman" beside "Crown Prince Khalid bin Salman" is the father, not
// the son's "bin Salman"; and a king's name inside an airport's name is no person.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('monarchs and their sons', () => {
  it('keeps the king apart from a son named after him', () => {
    const names = personNames(
      'Defence Minister Prince Turki bin Faisal met the envoy in Riyadh. He conveyed the greetings of King Faisal to the guests.',
    );
    expect(names).toContain('Faisal');
    expect(names).toContain('Turki bin Faisal');
  });

  it('keeps the king apart from a minister whose forefather he is named after', () => {
    const names = personNames(
      'Foreign Minister Yusuf bin Ali bin Hamad met his counterpart in Amman. They discussed the visit of King Hamad to the region.',
    );
    expect(names).toContain('Hamad');
  });

  it('still joins a lone name that is the given name', () => {
    expect(
      personNames(
        'Crown Prince Turki bin Faisal received the envoy. Later, Prince Turki hosted a dinner for him.',
      ),
    ).toEqual(['Turki bin Faisal']);
  });

  it('reads a king in an airport name as no person', () => {
    expect(
      personNames(
        'Foreign Minister Yusuf bin Ali bin Hamad was received at the King Hamad International Airport on Monday.',
      ),
    ).toEqual(['Yusuf bin Ali bin Hamad']);
  });
});
