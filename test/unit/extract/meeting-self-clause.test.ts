// A clause right after a meeting word whose passive subject is that meeting ("the summit, scheduled for June 15-17 in
// Canada", "the summit which will be held on 10-11 February in Addis Ababa") tells that meeting's date and place,
// and only that meeting's: talks held "on the preparations for" it do not take its day.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const meetings = (text: string) => {
  const result = extract(text, { publishedAt: '2024-01-10' });
  const place = (id: string | null) => (id ? (result.places.find((p) => p.id === id)?.name ?? id) : null);
  return result.meetings.map((m) => ({
    kind: m.kind,
    date: m.date,
    place: place(m.place),
    status: m.status,
  }));
};

describe('a meeting word with a clause of its own', () => {
  it.each([
    [
      'a reduced participle clause',
      'The upcoming Nordic summit, scheduled for February 15-17 in Norway, is seen as a venue for the talks.',
      { kind: 'summit', date: '2024-02-15', place: 'Norway', status: 'planned' },
    ],
    [
      'a relative clause with "will be held"',
      'President Ana Silva said on Monday that she would attend the upcoming summit which will be held on 10-11 February in Oslo.',
      { kind: 'summit', date: '2024-02-10', place: 'Oslo', status: 'planned' },
    ],
    [
      'a relative clause with "is scheduled to be held"',
      'The summit, which is scheduled to be held in Oslo on March 9 and 10, will be attended by President Ana Silva.',
      { kind: 'summit', date: '2024-03-09', place: 'Oslo', status: 'planned' },
    ],
  ])('takes its date and place from %s', (_shape, text, expected) => {
    expect(meetings(text)).toEqual(expect.arrayContaining([expected]));
  });

  it('does not lend its day to talks about it', () => {
    const text =
      'Prime Minister Jonas Berg held talks with President Ana Silva on Monday on the preparations for the summit which will be held on 10-11 February in Oslo.';
    const found = meetings(text);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'talks', date: '2024-01-08' }),
        expect.objectContaining({ kind: 'summit', date: '2024-02-10', place: 'Oslo' }),
      ]),
    );
  });

  it('is not a clause someone else is the subject of', () => {
    const text = 'The summit, which President Ana Silva attended in Oslo, ended on Monday.';
    expect(meetings(text).every((m) => m.place === null || m.place === 'Oslo')).toBe(true);
  });
});

describe('a day in the relative clause of another noun', () => {
  it('is not the meeting word\'s day: "the conflict that has broken out on October 15"', () => {
    const text =
      'Leaders meet\n\nThe Great Lakes Summit kicked off in Nairobi on Thursday January 4, 2024 to discuss the ' +
      'fighting in the east.\n\nThe meeting, hosted by Kenyan President William Ruto, was attended by the heads of ' +
      'state of Uganda, Rwanda and Burundi.\n\nThe four-party summit seeks to find peaceful solutions to the ' +
      'conflict that has broken out on October 15, 2023, between the army and the militia.\n\nThe one-day summit ' +
      'in Nairobi aims to discuss ways to end the fighting, with the participation of the leaders of Kenya, ' +
      'Uganda, Rwanda and Burundi.';
    expect(meetings(text).map((m) => m.date)).not.toContain('2023-10-15');
  });

  it('is the meeting\'s own past a body\'s name: "the summit of ... Heads of State and Government, which was held"', () => {
    const text =
      'Kenyan President William Ruto chaired the extraordinary summit of the regional bloc, which was held in ' +
      'Nairobi on 12 December 2023.';
    expect(meetings(text).map((m) => m.date)).toContain('2023-12-12');
  });
});
