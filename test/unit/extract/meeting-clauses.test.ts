// Two meeting words of one sentence are one event only within one clause: a sequence word ("prior to the forum")
// or a comma opening a new clause (", and the two leaders agreed to hold a meeting") parts them.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const kinds = (text: string): string[] => extract(text).meetings.map((m) => m.kind);

describe('meeting words of one sentence', () => {
  it.each([
    [
      'a fronted "prior to" phrase',
      'Prior to the Baltic forum on July 2 in Riga, Foreign Minister Ana Silva is to meet with her Dutch counterpart, Jonas Berg.',
      ['conference', 'meeting'],
    ],
    [
      'a comma and "and"',
      'Prime Minister Jonas Berg invited President Ana Silva to visit Norway, and the two leaders agreed to hold a meeting soon.',
      ['visit', 'meeting'],
    ],
  ])('are two events when parted by %s', (_shape, text, expected) => {
    expect(kinds(text)).toEqual(expect.arrayContaining(expected));
  });

  it('stay one event within one phrase after "after"', () => {
    const text =
      'President Ana Silva and Prime Minister Jonas Berg met in May, shortly after meeting on the sidelines of the Riga Security Conference.';
    expect(extract(text).meetings.filter((m) => m.kind === 'conference')).toEqual([]);
  });
});

describe('the speaker of a sentence naming a meeting without its parties', () => {
  const people = (text: string): string[][] => {
    const result = extract(text);
    const name = (id: string): string => result.persons.find((p) => p.id === id)?.name ?? id;
    return result.meetings.map((m) => m.participants.map(name));
  };

  it.each([
    'A summit in Oslo is planned for next month, said government spokesman Jonas Berg.',
    'Government spokesman Jonas Berg told reporters that a summit in Oslo is planned for next month.',
  ])('takes no part in it: %s', (text) => {
    expect(people(text)).toEqual([[]]);
  });

  it('still takes part in a meeting told by a participle whose subject they are', () => {
    expect(
      people('After visiting Oslo, Foreign Minister Ana Silva said the talks went well.'),
    ).toContainEqual(['Ana Silva']);
  });
});
