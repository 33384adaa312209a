import { describe, expect, it } from 'vitest';
import { retryWithBackoff } from '../../src/graph/retry.ts';

describe('retryWithBackoff', () => {
  it('retries with exponentially growing delays up to the cap, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retryWithBackoff(
      async () => {
        calls++;
        if (calls < 5) throw new Error('not yet');
        return 'connected';
      },
      { attempts: 10, initialDelayMs: 100, maxDelayMs: 500, sleep: async (ms) => void delays.push(ms) },
    );
    expect(result).toBe('connected');
    expect(delays).toEqual([100, 200, 400, 500]);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      retryWithBackoff(
        async () => {
          calls++;
          throw new Error(`failure ${calls}`);
        },
        { attempts: 3, initialDelayMs: 1, maxDelayMs: 1, sleep: async () => {} },
      ),
    ).rejects.toThrow('failure 3');
    expect(calls).toBe(3);
  });

  it('stops retrying once aborted', async () => {
    const controller = new AbortController();
    let calls = 0;
    await expect(
      retryWithBackoff(
        async () => {
          calls++;
          if (calls === 2) controller.abort();
          throw new Error('down');
        },
        {
          attempts: Infinity,
          initialDelayMs: 1,
          maxDelayMs: 1,
          sleep: async () => {},
          signal: controller.signal,
        },
      ),
    ).rejects.toThrow('down');
    expect(calls).toBe(2);
  });

  it('gives up once maxElapsedMs has passed, without sleeping past it', async () => {
    let clock = 0;
    const delays: number[] = [];
    let calls = 0;
    await expect(
      retryWithBackoff(
        async () => {
          calls++;
          throw new Error('refused');
        },
        {
          attempts: Number.POSITIVE_INFINITY,
          initialDelayMs: 1_000,
          maxDelayMs: 4_000,
          maxElapsedMs: 10_000,
          now: () => clock,
          sleep: async (ms) => void (delays.push(ms), (clock += ms)),
        },
      ),
    ).rejects.toThrow('refused');
    expect(delays).toEqual([1_000, 2_000, 4_000, 3_000]);
    expect(calls).toBe(5);
  });
});
