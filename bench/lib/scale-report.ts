// The arithmetic of bench:scale, pure: when the graph crossed each window of articles, the rate of each window,
// whether memory stayed flat after warm-up, and the average CPU of each role. Numbers in, numbers out.
import type { ProcessSample } from './process-sampler.ts';
import { median, round } from './stats.ts';

/** The graph's committed article count at a moment (seconds since the configuration started). */
export interface ProgressPoint {
  t: number;
  articles: number;
}

/**
 * The moment the count reached each multiple of `window` (and `total` if it is not one), interpolated between
 * the two points around it; undefined for a count never reached.
 */
export function crossingTimes(points: readonly ProgressPoint[], window: number, total: number): number[] {
  const marks: number[] = [];
  for (let mark = window; mark < total; mark += window) marks.push(mark);
  marks.push(total);
  const times: number[] = [];
  let k = 0;
  for (const mark of marks) {
    while (k < points.length && points[k]!.articles < mark) k++;
    if (k === points.length) break;
    const after = points[k]!;
    const before = k > 0 ? points[k - 1]! : after;
    const span = after.articles - before.articles;
    times.push(span > 0 ? before.t + ((mark - before.articles) / span) * (after.t - before.t) : after.t);
  }
  return times;
}

/** Articles per second of each window; the first counts from the first article written (not from start-up). */
export function windowRates(
  crossings: readonly number[],
  firstArticleAt: number,
  window: number,
  total: number,
): number[] {
  return crossings.map((at, i) => {
    const from = i === 0 ? firstArticleAt : crossings[i - 1]!;
    const size = Math.min(window, total - i * window);
    return size / Math.max(at - from, 1e-3);
  });
}

export interface FlatnessReport {
  /** After warm-up: samples at or after this many seconds. */
  afterSeconds: number;
  minMb: number;
  medianMb: number;
  maxMb: number;
  firstMb: number;
  lastMb: number;
  /** Largest distance from the median, in percent of it. */
  spreadPercent: number;
  flatWithin15Percent: boolean;
}

export function flatness(series: readonly { t: number; mb: number }[], afterSeconds: number): FlatnessReport {
  const values = series.filter((s) => s.t >= afterSeconds && s.mb > 0).map((s) => s.mb);
  const mid = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const spread = (Math.max(max - mid, mid - min) / mid) * 100;
  return {
    afterSeconds: round(afterSeconds),
    minMb: min,
    medianMb: round(mid),
    maxMb: max,
    firstMb: values[0] ?? Number.NaN,
    lastMb: values.at(-1) ?? Number.NaN,
    spreadPercent: round(spread),
    flatWithin15Percent: spread <= 15,
  };
}

/** Average cores of each role and of the whole machine over the samples in [from, to]. */
export function averageCores(
  samples: readonly ProcessSample[],
  from: number,
  to: number,
): Record<string, number> {
  const inside = samples.filter((s) => s.t > from && s.t <= to);
  const sums: Record<string, number> = {};
  for (const s of inside) {
    for (const [role, cores] of Object.entries(s.cores)) sums[role] = (sums[role] ?? 0) + cores;
    sums.machine = (sums.machine ?? 0) + s.machineCores;
  }
  const averages: Record<string, number> = {};
  for (const [role, sum] of Object.entries(sums)) averages[role] = round(sum / Math.max(inside.length, 1), 2);
  const ours = Object.entries(averages)
    .filter(([role]) => role !== 'machine')
    .reduce((a, [, v]) => a + v, 0);
  averages.others = round(Math.max(0, (averages.machine ?? 0) - ours), 2);
  return averages;
}

/**
 * CPU milliseconds each role spent per article written, from its average cores at a rate of articles/s; and the
 * rate the machine's cores would carry if they did nothing else (`ceilingOnMachineCores`, from the cost of every
 * role but the benchmark's own).
 */
export function cpuMsPerArticle(
  cores: Record<string, number>,
  articlesPerSecond: number,
  machineCores = 2,
): Record<string, number> {
  const perArticle: Record<string, number> = {};
  for (const [role, used] of Object.entries(cores))
    if (role !== 'machine' && role !== 'others')
      perArticle[role] = round((used * 1000) / articlesPerSecond, 2);
  // The benchmark's own sampling and polling is no part of the system's cost.
  const total = Object.entries(perArticle).reduce((a, [role, ms]) => (role === 'bench' ? a : a + ms), 0);
  return {
    ...perArticle,
    total: round(total, 2),
    ceilingOnMachineCores: round((machineCores * 1000) / total, 1),
  };
}

/** The samples' RSS of one process of a role, as a time series. */
export function rssSeries(
  samples: readonly ProcessSample[],
  role: string,
  index: number,
): { t: number; mb: number }[] {
  return samples.map((s) => ({ t: s.t, mb: s.rssMb[role]?.[index] ?? 0 }));
}

/** The value of a series at (the sample nearest before) each moment: memory at each window's end. */
export function valuesAt(series: readonly { t: number; mb: number }[], moments: readonly number[]): number[] {
  return moments.map((m) => {
    let value = series[0]?.mb ?? 0;
    for (const s of series) if (s.t <= m) value = s.mb;
    return value;
  });
}
