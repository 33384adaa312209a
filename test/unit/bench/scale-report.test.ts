// bench:scale's arithmetic: window crossings from sampled counts, window rates, memory flatness, CPU averages.
import { describe, expect, it } from 'vitest';
import type { ProcessSample } from '../../../bench/lib/process-sampler.ts';
import {
  averageCores,
  cpuMsPerArticle,
  crossingTimes,
  flatness,
  valuesAt,
  windowRates,
} from '../../../bench/lib/scale-report.ts';

describe('crossingTimes', () => {
  it('interpolates the moment each window of articles was reached, and the total', () => {
    const points = [
      { t: 0, articles: 0 },
      { t: 10, articles: 50 },
      { t: 20, articles: 150 },
      { t: 30, articles: 250 },
    ];
    expect(crossingTimes(points, 100, 250)).toEqual([15, 25, 30]);
  });

  it('leaves out a count never reached', () => {
    expect(
      crossingTimes(
        [
          { t: 0, articles: 0 },
          { t: 5, articles: 120 },
        ],
        100,
        300,
      ),
    ).toEqual([0 + (100 / 120) * 5]);
  });
});

describe('windowRates', () => {
  it('counts the first window from the first article and sizes the last by what is left', () => {
    expect(windowRates([15, 25, 30], 5, 100, 250)).toEqual([10, 10, 10]);
  });
});

describe('flatness', () => {
  it('judges memory after warm-up against its median', () => {
    const series = [100, 400, 400, 420, 380, 410].map((mb, t) => ({ t, mb }));
    const report = flatness(series, 1);
    expect(report).toMatchObject({ minMb: 380, maxMb: 420, medianMb: 400, flatWithin15Percent: true });
    expect(report.spreadPercent).toBe(5);
  });

  it('reports growth beyond 15% as not flat', () => {
    const series = [300, 320, 360, 420].map((mb, t) => ({ t, mb }));
    expect(flatness(series, 0).flatWithin15Percent).toBe(false);
  });
});

describe('averageCores', () => {
  it('averages each role over the interval and names what the rest of the machine used', () => {
    const sample = (t: number, neo4j: number, workers: number, machineCores: number): ProcessSample => ({
      t,
      rssMb: {},
      cores: { neo4j, workers },
      machineCores,
    });
    const samples = [sample(1, 9, 9, 2), sample(2, 1, 0.5, 2), sample(3, 1.2, 0.5, 1.9)];
    expect(averageCores(samples, 1, 3)).toEqual({ neo4j: 1.1, workers: 0.5, machine: 1.95, others: 0.35 });
  });
});

describe('cpuMsPerArticle', () => {
  it('turns cores at a rate into milliseconds per article per role, and the ceiling on the machine from their total', () => {
    const cores = { neo4j: 0.5, workers: 0.4, kafka: 0.02, bench: 0.03, machine: 2, others: 1.05 };
    expect(cpuMsPerArticle(cores, 25, 2)).toEqual({
      neo4j: 20,
      workers: 16,
      kafka: 0.8,
      bench: 1.2,
      // The benchmark's own polling is no part of the system's cost.
      total: 36.8,
      ceilingOnMachineCores: 54.3,
    });
  });
});

describe('valuesAt', () => {
  it('takes the last sample at or before each moment', () => {
    const series = [10, 20, 30].map((mb, t) => ({ t, mb }));
    expect(valuesAt(series, [0.5, 2, 9])).toEqual([10, 30, 30]);
  });
});
