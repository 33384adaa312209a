import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../../src/domain/errors.ts';
import { EVENT_FIELDS } from '../../../src/api/domain-queries/event-fields.ts';

const field = (name: string) => EVENT_FIELDS.get(name)!;

function refusal(name: string, args: Record<string, unknown>): AppError {
  try {
    field(name).query(args);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('the arguments were accepted');
}

describe('the event queries shared by the resolvers and the fast path', () => {
  it('binds every value as a parameter, upper-casing country codes and defaulting open ranges', () => {
    const query = field('eventSeries').query({ source: 'rus', target: 'PRK', bucket: 'MONTH' });
    expect(query.params).toMatchObject({
      source: 'RUS',
      target: 'PRK',
      from: '0000-01-01',
      to: '9999-12-31',
    });
    expect(query.cypher).not.toContain('RUS');
  });

  it.each([
    ['eventSeries', { source: '', bucket: 'MONTH' }, 'source must be an ISO 3166-1 alpha-3'],
    ['eventSeries', { target: 'RUSSIA', bucket: 'MONTH' }, 'target must be an ISO 3166-1 alpha-3'],
    ['eventSeries', { source: 'RUS', from: '2024-13-01', bucket: 'DAY' }, 'from must be a day'],
    ['dyads', { country: 'x'.repeat(10_000), limit: 20 }, 'country must be an ISO 3166-1 alpha-3'],
    ['dyads', { country: "R'; MATCH (n) DETACH DELETE n //", limit: 20 }, 'country must be'],
    ['dyads', { country: null, limit: 20 }, 'country is required'],
    ['events', { to: '2024-06-31T00:00', limit: 5, offset: 0 }, 'to must be a day'],
  ])('%s refuses %j with BAD_USER_INPUT', (name, args, message) => {
    const error = refusal(name, args);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toContain(message);
  });

  it('finishes rows into the answer: zero-filled buckets of a bounded series, upper-case modalities', () => {
    const args = { source: 'RUS', from: '2024-05-01', to: '2024-07-31', bucket: 'MONTH' };
    const stored = [
      { bucket: '2024-06', count: 2, cooperation: 9, conflict: 0, meanIntensity: 4.5, netIntensity: 9 },
    ];
    const series = field('eventSeries').finish(stored, args) as { bucket: string; count: number }[];
    expect(series.map((p) => [p.bucket, p.count])).toEqual([
      ['2024-05', 0],
      ['2024-06', 2],
      ['2024-07', 0],
    ]);
    expect(field('events').finish([{ id: 'e', modality: 'negated' }], {})).toEqual([
      { id: 'e', modality: 'NEGATED' },
    ]);
  });
});
