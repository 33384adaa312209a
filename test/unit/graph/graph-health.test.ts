// The graph's health as the API sees it: down at once when a query meets an outage or a heartbeat is refused,
// down after three unanswered heartbeats in a row, up again by itself when a heartbeat is answered. Time is the
// test's (injected sleep).
import { describe, expect, it } from 'vitest';
import { watchGraphHealth } from '../../../src/graph/graph-health.ts';

/** A sleep whose timers fire only when the test says so. */
function manualTimers() {
  const pending: { ms: number; resolve: () => void }[] = [];
  return {
    sleep: (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        const timer = { ms, resolve };
        pending.push(timer);
        signal.addEventListener('abort', () => resolve(), { once: true });
      }),
    /** Fires every pending timer of this length. */
    fire(ms: number) {
      for (const timer of pending.filter((t) => t.ms === ms)) {
        pending.splice(pending.indexOf(timer), 1);
        timer.resolve();
      }
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('watchGraphHealth', () => {
  it('goes down when a query reports an outage, and up again at the next answered heartbeat', async () => {
    const timers = manualTimers();
    const changes: boolean[] = [];
    const health = watchGraphHealth({
      check: async () => {},
      intervalMs: 1_000,
      timeoutMs: 2_000,
      sleep: timers.sleep,
      onChange: (up) => changes.push(up),
    });
    await tick();
    expect(health.available()).toBe(true);
    health.reportOutage();
    expect(health.available()).toBe(false);
    timers.fire(1_000);
    await tick();
    expect(health.available()).toBe(true);
    expect(changes).toEqual([false, true]);
    health.stop();
  });

  it('counts heartbeats that get no answer within the timeout as down only when three come in a row', async () => {
    const timers = manualTimers();
    let answer: 'hang' | 'ok' = 'hang';
    const health = watchGraphHealth({
      check: () => (answer === 'hang' ? new Promise(() => {}) : Promise.resolve()),
      intervalMs: 1_000,
      timeoutMs: 2_000,
      sleep: timers.sleep,
    });
    const silentHeartbeat = async () => {
      await tick();
      timers.fire(2_000);
      await tick();
      timers.fire(1_000);
    };
    await silentHeartbeat();
    await silentHeartbeat();
    expect(health.available()).toBe(true);
    await tick();
    timers.fire(2_000);
    await tick();
    expect(health.available()).toBe(false);
    answer = 'ok';
    timers.fire(1_000);
    await tick();
    expect(health.available()).toBe(true);
    health.stop();
  });

  it('forgets a late heartbeat once one is answered: a busy Neo4j is not a dead one', async () => {
    const timers = manualTimers();
    const answers: ('hang' | 'ok')[] = ['hang', 'hang', 'ok', 'hang', 'hang', 'ok'];
    const changes: boolean[] = [];
    const health = watchGraphHealth({
      check: () => (answers.shift() === 'hang' ? new Promise(() => {}) : Promise.resolve()),
      intervalMs: 1_000,
      timeoutMs: 2_000,
      sleep: timers.sleep,
      onChange: (up) => changes.push(up),
    });
    for (let i = 0; i < 6; i++) {
      await tick();
      timers.fire(2_000);
      await tick();
      timers.fire(1_000);
    }
    expect(health.available()).toBe(true);
    expect(changes).toEqual([]);
    health.stop();
  });

  it('counts a refused heartbeat as down', async () => {
    const timers = manualTimers();
    const health = watchGraphHealth({
      check: () => Promise.reject(new Error('connection refused')),
      intervalMs: 1_000,
      timeoutMs: 2_000,
      sleep: timers.sleep,
    });
    await tick();
    expect(health.available()).toBe(false);
    health.stop();
  });

  it('aborts the outage signal when the graph goes down, and hands out a fresh one once it is back', async () => {
    const timers = manualTimers();
    const health = watchGraphHealth({
      check: async () => {},
      intervalMs: 1_000,
      timeoutMs: 2_000,
      sleep: timers.sleep,
    });
    await tick();
    const before = health.outageSignal();
    expect(before.aborted).toBe(false);
    health.reportOutage();
    expect(before.aborted).toBe(true);
    expect(health.outageSignal().aborted).toBe(true);
    timers.fire(1_000);
    await tick();
    expect(health.available()).toBe(true);
    expect(health.outageSignal().aborted).toBe(false);
    health.stop();
  });
});
