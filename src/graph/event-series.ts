// Series points as a dashboard draws them: each bucket with the first and last day it covers, so a click on a
// point can ask events(from:, to:) for its evidence, and empty buckets of a bounded range filled with zeros.
import { weekOf } from './event-rows.ts';
import type { EventBucket } from './event-queries.ts';

export interface SeriesPoint {
  bucket: string;
  from: string;
  to: string;
  count: number;
  cooperation: number;
  conflict: number;
  meanIntensity: number | null;
  netIntensity: number;
}

export type StoredPoint = Omit<SeriesPoint, 'from' | 'to'>;

const DAY_MS = 86_400_000;
/** A zero-filled series longer than this is returned as stored (sparse): a chart of 10 years by day is no use. */
export const MAX_FILLED_BUCKETS = 1_000;

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The bucket key a day falls in. */
export function bucketOf(day: string, bucket: EventBucket): string {
  if (bucket === 'DAY') return day;
  if (bucket === 'WEEK') return weekOf(day);
  return day.slice(0, 7);
}

/** The first and last day of a bucket. */
export function bucketRange(key: string, bucket: EventBucket): { from: string; to: string } {
  if (bucket === 'DAY') return { from: key, to: key };
  if (bucket === 'WEEK') return { from: key, to: toDay(dayMs(key) + 6 * DAY_MS) };
  const [year, month] = key.split('-').map(Number) as [number, number];
  return { from: `${key}-01`, to: toDay(Date.UTC(year, month, 0)) };
}

function nextBucket(key: string, bucket: EventBucket): string {
  return bucketOf(toDay(dayMs(bucketRange(key, bucket).to) + DAY_MS), bucket);
}

/** The stored points with their day ranges; with a bounded range, every bucket in it (zeros where none). */
export function completeSeries(
  stored: readonly StoredPoint[],
  bucket: EventBucket,
  range: { from: string | null; to: string | null },
): SeriesPoint[] {
  const withRange = (p: StoredPoint): SeriesPoint => ({ ...p, ...bucketRange(p.bucket, bucket) });
  if (range.from === null || range.to === null) return stored.map(withRange);
  const byKey = new Map(stored.map((p) => [p.bucket, p]));
  const out: SeriesPoint[] = [];
  const last = bucketOf(range.to, bucket);
  for (let key = bucketOf(range.from, bucket); key <= last; key = nextBucket(key, bucket)) {
    if (out.length >= MAX_FILLED_BUCKETS) return stored.map(withRange);
    const found = byKey.get(key);
    out.push(
      withRange(
        found ?? { bucket: key, count: 0, cooperation: 0, conflict: 0, meanIntensity: null, netIntensity: 0 },
      ),
    );
  }
  return out;
}
