// Where an honorific ("Sheikh", "Sheikha") stands decides what it is: between two name words it is part of the
// name; after an office set off by a comma the office is the title. Sentences are our own, in shapes of real news.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const person = (text: string, name: string) => extract(text).persons.find((p) => p.name === name);

describe('an honorific inside a name', () => {
  it('keeps "Sheikh" between a given name and a surname as part of the name', () => {
    const text =
      'Somali President Ahmed Sheikh Warsame warned the neighbours on Monday against the port plan.';
    const found = person(text, 'Ahmed Sheikh Warsame');
    expect(found?.title).toBe('President');
    expect(found?.country).toBe('SOM');
    expect(extract(text).persons.map((p) => p.name)).toEqual(['Ahmed Sheikh Warsame']);
  });

  it('still reads "Sheikh" after a style or a title word as the honorific', () => {
    const { persons } = extract(
      'His Highness Sheikh Rashid bin Saeed Al Nahyan received the envoy. ' +
        "Kuwait's Amir Sheikh Jaber bin Nasser Al Sabah met him later on Monday.",
    );
    const names = persons.map((p) => p.name);
    expect(names).toContain('Rashid bin Saeed Al Nahyan');
    expect(names).toContain('Jaber bin Nasser Al Sabah');
    expect(persons.find((p) => p.name === 'Jaber bin Nasser Al Sabah')?.title).toBe('Amir');
  });
});

describe('an office set off by a comma before the honorific', () => {
  it('gives the office, not "Sheikh", as the title', () => {
    const found = person(
      "The minister delivered greetings from Qatar's Emir, Sheikh Hamad bin Nasser Al Thani, on Monday.",
      'Hamad bin Nasser Al Thani',
    );
    expect(found?.title).toBe('Emir');
    expect(found?.country).toBe('QAT');
  });

  it('keeps "Sheikh" when no office stands before the comma', () => {
    const found = person(
      'The talks went well, Sheikh Hamad bin Nasser Al Thani said on Monday.',
      'Hamad bin Nasser Al Thani',
    );
    expect(found?.title).toBe('Sheikh');
  });
});
