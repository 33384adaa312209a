// A signing reported as the article's news is a meeting only when the article names who signed: a signing
// told by country names alone reports the deal, not a gathering.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('signings as meetings', () => {
  it('makes no meeting of a signing that names only the countries', () => {
    const text =
      'Norway and Chile on Monday signed a memorandum of understanding on fisheries cooperation. ' +
      'The memorandum covers research, port inspections and training.';
    expect(extract(text).meetings).toEqual([]);
  });

  it('makes a meeting of a signing that names the people who signed', () => {
    const text =
      'Norwegian Foreign Minister Ingrid Dahl and her Chilean counterpart Pablo Rojas on Monday signed a ' +
      'memorandum of understanding on fisheries cooperation. ' +
      'The memorandum covers research, port inspections and training.';
    const participants = extract(text).meetings.flatMap((m) => m.participants);
    expect(participants).toEqual(expect.arrayContaining(['person:ingrid-dahl', 'person:pablo-rojas']));
  });
});

describe('signings at talks told with no one at the table', () => {
  it('seats the signers at the talks the deal was signed at, not at a meeting of their own', () => {
    const text =
      'LOME — The government of Veridia on Sunday signed a ceasefire agreement with the Northern Front rebels. ' +
      'Interior Minister Jonas Adeyemi and rebel commander Pierre Kossi signed the agreement. ' +
      'Negotiations had taken place in the town of Kara, where the rebels agreed to disarm.';
    const meetings = extract(text, { publishedAt: '2024-06-24' }).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.participants).toEqual(
      expect.arrayContaining(['person:jonas-adeyemi', 'person:pierre-kossi']),
    );
  });

  it('keeps a signing apart from talks still ahead', () => {
    const text =
      'Interior Minister Jonas Adeyemi and rebel commander Pierre Kossi on Sunday signed a ceasefire agreement. ' +
      'Mediators will host a fresh round of talks in Kara later this month.';
    const talks = extract(text, { publishedAt: '2024-06-24' }).meetings.find((m) => m.kind === 'talks');
    expect(talks?.status).toBe('planned');
    expect(talks?.participants).toEqual([]);
  });
});
