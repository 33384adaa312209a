// Whoever chairs a meeting takes part in it: "the summit was chaired by X", "the meeting, chaired by X, ...", "a
// session co-chaired by A and B". The chair joins the meeting the word names, told before or not.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const participants = (text: string): string[][] => {
  const result = extract(text, { publishedAt: '2024-01-10' });
  const name = (id: string) => result.persons.find((p) => p.id === id)?.name ?? id;
  return result.meetings.map((m) => m.participants.map(name).sort());
};

describe('a meeting chaired by someone', () => {
  it.each([
    ['The regional summit was chaired by President Kofi Asare of Ghana.', ['Kofi Asare']],
    [
      'The meeting, chaired by Foreign Minister Amina Yusuf, reviewed the situation in the north.',
      ['Amina Yusuf'],
    ],
    ['The ministers held a meeting chaired by President Kofi Asare on Tuesday.', ['Kofi Asare']],
    [
      'The extraordinary session was co-chaired by Prime Minister Lars Holm and President Ana Silva.',
      ['Ana Silva', 'Lars Holm'],
    ],
  ])('has the chair as a participant: %s', (text, chairs) => {
    expect(participants(text)).toEqual([chairs]);
  });

  it('gives the chair to the meeting already told', () => {
    const text =
      'Leaders of the bloc met in Accra on Monday to review the crisis. The meeting was chaired by President Kofi Asare.';
    expect(participants(text)).toEqual([['Kofi Asare']]);
  });

  it('leaves a chair of another clause to that clause', () => {
    const text =
      'The summit, which the ministers prepared, praised the committee chaired by Ambassador Lars Holm.';
    expect(participants(text).flat()).not.toContain('Lars Holm');
  });
});
