// Meeting shapes from news the extractor was not tuned on: a bare month told in the past or ahead of publication.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function meetingsOf(
  text: string,
  publishedAt: string,
): { kind: string; date: string | null; status: string; who: string[] }[] {
  const result = extract(text, { publishedAt });
  const name = (id: string): string =>
    result.persons.find((p) => p.id === id)?.name ?? result.countries.find((c) => c.id === id)?.name ?? id;
  return result.meetings.map((m) => ({
    kind: m.kind,
    date: m.date,
    status: m.status,
    who: m.participants.map(name),
  }));
}

describe('a bare month', () => {
  it.each([
    [
      'Chinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva first met in Brasilia in April.',
      '2023-11-20',
      '2023-04',
    ],
    [
      'Indian Prime Minister Narendra Modi held talks with Kenyan President William Ruto in Nairobi in October.',
      '2024-02-05',
      '2023-10',
    ],
  ])('told in the past is the latest one before publication: %s', (text, publishedAt, date) => {
    expect(meetingsOf(text, publishedAt)).toContainEqual(expect.objectContaining({ date, status: 'held' }));
  });

  it.each([
    [
      'Chinese President Xi Jinping will meet Brazilian President Luiz Inácio Lula da Silva in Brasilia in February.',
      '2023-11-20',
      '2024-02',
    ],
    [
      'Indian Prime Minister Narendra Modi is expected to visit Nairobi in December.',
      '2024-02-05',
      '2024-12',
    ],
  ])('told ahead is the first one after publication: %s', (text, publishedAt, date) => {
    expect(meetingsOf(text, publishedAt)).toContainEqual(
      expect.objectContaining({ date, status: 'planned' }),
    );
  });

  it.each([
    [
      'Kenyan President William Ruto recalled the historic visit of Indian Prime Minister Narendra Modi to Nairobi in March last year.',
      '2024-06-26',
      '2023-03',
    ],
    [
      'Brazilian President Luiz Inácio Lula da Silva will visit Beijing in August next year.',
      '2024-06-26',
      '2025-08',
    ],
  ])('followed by "last/this/next year" takes that year: %s', (text, publishedAt, date) => {
    expect(meetingsOf(text, publishedAt)).toContainEqual(expect.objectContaining({ date }));
  });
});
