// Bahraini and Omani official copy spells the rulers' honorifics "Shaikh" and "Sayyid": like "Sheikh", the honorific
// is no part of the name, so its short form before a stance verb still names the speaker. Sentences are our own.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The names of the persons the statements whose text holds `words` are credited to. */
function speakerNames(text: string, words: string): string[] {
  const result = extract(text);
  const names = new Map(result.persons.map((p) => [p.id, p.name]));
  return result.statements
    .filter((s) => s.text.includes(words))
    .map((s) => names.get(s.speaker) ?? s.speaker);
}

describe('a Gulf honorific spelling before a name', () => {
  it.each([
    [
      'Shaikh',
      'Shaikh Rashid bin Saeed Al Khalifa, Minister of Interior, met his Jordanian counterpart on Sunday. ' +
        'Shaikh Rashid praised the growing security cooperation between the two kingdoms.',
      'Rashid bin Saeed Al Khalifa',
      'growing security cooperation',
    ],
    [
      'Sayyid',
      'The accords were signed by Sayyid Fahd bin Said Al Busaidi, Minister of Transport, and the visiting minister. ' +
        'Sayyid Fahd pointed out that the accords open a new stage of maritime cooperation.',
      'Fahd bin Said Al Busaidi',
      'new stage of maritime cooperation',
    ],
  ])('leaves "%s" out of the name and credits its short form', (_honorific, text, name, words) => {
    expect(extract(text).persons.map((p) => p.name)).toContain(name);
    expect(speakerNames(text, words)).toEqual([name]);
  });

  it.each(['Shaikh', 'Sheikh'])(
    'keeps the office set off by a comma before "%s" as the title, so the office names the speaker later',
    (honorific) => {
      const text =
        `The Minister of Interior, ${honorific} Rashid bin Saeed Al Khalifa, met his Jordanian counterpart on Sunday. ` +
        'The Minister of Interior expressed his satisfaction with the growing security cooperation.';
      const person = extract(text).persons.find((p) => p.name === 'Rashid bin Saeed Al Khalifa');
      expect(person?.title).toBe('Minister of Interior');
      expect(speakerNames(text, 'satisfaction')).toEqual(['Rashid bin Saeed Al Khalifa']);
    },
  );
});
