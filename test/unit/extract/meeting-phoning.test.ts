// A verb of phoning (with its particle) whose direct object is a person is a call between the subject and that
// person: "X telephoned Y", "X called up his counterpart Y". "called on Y to ..." and "called Y a liar" are not.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const calls = (text: string) => {
  const result = extract(text, { publishedAt: '2024-01-10' });
  const name = (id: string) => result.persons.find((p) => p.id === id)?.name ?? id;
  return result.meetings
    .filter((m) => m.kind === 'call')
    .map((m) => ({ date: m.date, participants: m.participants.map(name).sort() }));
};

describe('a verb of phoning with a person as its object', () => {
  it.each([
    [
      'Prime Minister Jonas Berg telephoned President Ana Silva on Tuesday.',
      '2024-01-09',
      ['Ana Silva', 'Jonas Berg'],
    ],
    [
      'Norwegian Premier Jonas Berg on Monday called up his Portuguese counterpart Ana Silva to congratulate her.',
      '2024-01-08',
      ['Ana Silva', 'Jonas Berg'],
    ],
    [
      'President Ana Silva phoned Prime Minister Jonas Berg on Monday.',
      '2024-01-08',
      ['Ana Silva', 'Jonas Berg'],
    ],
    [
      'President Ana Silva called Peruvian President Jonas Berg on Tuesday to congratulate him on his election.',
      '2024-01-09',
      ['Ana Silva', 'Jonas Berg'],
    ],
    [
      "Chile's President Ana Silva on Monday called Peru's new Prime Minister Jonas Berg and congratulated him.",
      '2024-01-08',
      ['Ana Silva', 'Jonas Berg'],
    ],
    [
      'Former president Ana Silva also called Peruvian President Jonas Berg Tuesday to offer her support.',
      '2024-01-09',
      ['Ana Silva', 'Jonas Berg'],
    ],
  ])('is a call: %s', (text, date, participants) => {
    expect(calls(text)).toEqual([{ date, participants }]);
  });

  it.each([
    'President Ana Silva called on Prime Minister Jonas Berg to resign.',
    'President Ana Silva called Prime Minister Jonas Berg a liar on Monday.',
    "President Ana Silva on Monday called Jonas Berg's remarks a provocation.",
    "President Ana Silva called Jonas Berg and Luis Mora's meeting a failure.",
    'A man called Jonas Berg, who was born in Lima, won the prize.',
    'President Ana Silva telephoned the ministry on Monday.',
  ])('is no call without it: %s', (text) => {
    expect(calls(text)).toEqual([]);
  });
});

describe('a conversation held with a person, no medium named', () => {
  it.each([
    'Chilean President Ana Silva on Monday said she had a “fruitful conversation” with Brazilian President Jonas Berg.',
    'Chilean President Ana Silva held a “very long and useful” conversation with Brazilian President Jonas Berg.',
    'Chilean President Ana Silva had a frank conversation with Brazilian President Jonas Berg.',
  ])('is a call between the two: %s', (text) => {
    expect(calls(text)).toContainEqual(
      expect.objectContaining({ participants: ['Ana Silva', 'Jonas Berg'] }),
    );
  });

  it.each([
    'Chilean President Ana Silva said her latest conversation with Brazilian President Jonas Berg was the best yet.',
    "Chilean President Ana Silva's conversation with Brazilian President Jonas Berg was useful, an aide said.",
  ])('is a call of its owner and the person: %s', (text) => {
    expect(calls(text)).toContainEqual(
      expect.objectContaining({ participants: ['Ana Silva', 'Jonas Berg'] }),
    );
  });

  it.each([
    'Chilean President Ana Silva on Tuesday praised the "warm conversation" she had with Brazilian President Jonas Berg.',
    'Chilean President Ana Silva praised the long conversation she held with Brazilian President Jonas Berg.',
  ])('is a call of the one who had it and the person: %s', (text) => {
    expect(calls(text)).toContainEqual(
      expect.objectContaining({ participants: ['Ana Silva', 'Jonas Berg'] }),
    );
  });

  it.each([
    'Chilean President Ana Silva had a frank conversation with Brazilian President Jonas Berg on the sidelines of the summit.',
    'Chilean President Ana Silva wants a conversation with Brazilian President Jonas Berg.',
  ])('is no call when they share a room or none is held: %s', (text) => {
    expect(calls(text)).toEqual([]);
  });
});

describe('separate meetings with two or more persons named after the meeting word', () => {
  const meetings = (text: string) => {
    const result = extract(text, { publishedAt: '2024-01-10' });
    const name = (id: string) => result.persons.find((p) => p.id === id)?.name ?? id;
    return result.meetings.map((m) => ({ kind: m.kind, participants: m.participants.map(name).sort() }));
  };

  it.each([
    [
      'Foreign Minister Jonas Berg held separate telephone conversations with Chilean Foreign Minister Ana Silva and his Peruvian counterpart Luis Mora on Monday.',
      'call',
    ],
    [
      'Foreign Minister Jonas Berg in separate phone conversations with Chilean Foreign Minister Ana Silva and Peruvian Foreign Minister Luis Mora discussed the floods.',
      'call',
    ],
    [
      'Prime Minister Jonas Berg held separate meetings with Chilean President Ana Silva and Peruvian President Luis Mora on Monday.',
      'meeting',
    ],
  ])('are one meeting with each: %s', (text, kind) => {
    expect(meetings(text)).toEqual([
      { kind, participants: ['Ana Silva', 'Jonas Berg'] },
      { kind, participants: ['Jonas Berg', 'Luis Mora'] },
    ]);
  });

  it('stay one meeting when not told as separate', () => {
    expect(
      meetings(
        'Prime Minister Jonas Berg held a meeting with Chilean President Ana Silva and Peruvian President Luis Mora on Monday.',
      ),
    ).toEqual([{ kind: 'meeting', participants: ['Ana Silva', 'Jonas Berg', 'Luis Mora'] }]);
  });

  it('are calls when plural conversations follow a medium', () => {
    expect(
      meetings(
        'Foreign Minister Jonas Berg held telephone conversations with Chilean Foreign Minister Ana Silva.',
      ),
    ).toEqual([{ kind: 'call', participants: ['Ana Silva', 'Jonas Berg'] }]);
  });
});

describe('a call received from a person named past a comma that sets the title apart', () => {
  it.each([
    'Foreign Minister Jonas Berg received a phone call from his Peruvian counterpart, Dr. Ana Silva.',
    'Foreign Minister Jonas Berg received a phone call from his Peruvian counterpart, Ana Silva, on Monday.',
    'Today, President Jonas Berg received a phone call from Prime Minister of Peru, Ms. Ana Silva.',
  ])('is a call with the caller, not her country: %s', (text) => {
    expect(calls(text)).toEqual([expect.objectContaining({ participants: ['Ana Silva', 'Jonas Berg'] })]);
  });
});
