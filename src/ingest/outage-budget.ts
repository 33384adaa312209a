// How long a run keeps retrying while the graph is unreachable: the clock starts with the first write attempt
// that found Neo4j gone and stops at any write that lands. Pure; the caller's clock is injected.

export interface OutageBudget {
  /** An attempt that began at `attemptStartedAt` found the graph unreachable: true while it is worth retrying. */
  failed(attemptStartedAt: number): boolean;
  /** A write landed: the graph is back. */
  succeeded(): void;
  /** How long to wait before the next attempt. */
  nextDelayMs(): number;
}

export function createOutageBudget(limitMs: number, now: () => number): OutageBudget {
  let since: number | undefined;
  let delay = 0;
  return {
    failed(attemptStartedAt) {
      since ??= attemptStartedAt;
      return now() - since < limitMs;
    },
    succeeded() {
      since = undefined;
      delay = 0;
    },
    nextDelayMs() {
      // 250 ms, then doubling up to 4 s: soon back after a blip, without hammering a database that is down.
      delay = delay === 0 ? 250 : Math.min(delay * 2, 4_000);
      return delay;
    },
  };
}
