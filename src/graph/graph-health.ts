// Knows, at every moment, whether Neo4j answers: a heartbeat checks it every interval (with its own timeout,
// so a silent network counts as down), and a query that met an outage marks it down at once. Readers ask
// `available()` without any IO, so the API can refuse at once instead of waiting out the driver's retries.
// Timers are injected so tests control time.

export interface GraphHealth {
  available(): boolean;
  /** A query failed because Neo4j was unreachable: down until the next heartbeat gets an answer. */
  reportOutage(): void;
  stop(): void;
}

export interface GraphHealthOptions {
  /** Resolves when Neo4j answers (e.g. driver.verifyConnectivity). */
  check: () => Promise<unknown>;
  intervalMs: number;
  timeoutMs: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  onChange?: (available: boolean) => void;
}

const realSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export function watchGraphHealth(options: GraphHealthOptions): GraphHealth {
  const sleep = options.sleep ?? realSleep;
  const stopped = new AbortController();
  let up = true;
  const set = (value: boolean) => {
    if (value === up) return;
    up = value;
    options.onChange?.(value);
  };
  void (async () => {
    while (!stopped.signal.aborted) {
      const answered = await raceTimeout(options.check, options.timeoutMs, sleep, stopped.signal);
      if (stopped.signal.aborted) return;
      set(answered);
      await sleep(options.intervalMs, stopped.signal);
    }
  })();

  return {
    available: () => up,
    reportOutage: () => set(false),
    stop: () => stopped.abort(),
  };
}

/** True when `check` resolves within `timeoutMs`; false when it rejects or takes longer. */
async function raceTimeout(
  check: () => Promise<unknown>,
  timeoutMs: number,
  sleep: (ms: number, signal: AbortSignal) => Promise<void>,
  stopped: AbortSignal,
): Promise<boolean> {
  const cancelTimer = new AbortController();
  stopped.addEventListener('abort', () => cancelTimer.abort(), { once: true });
  try {
    return await Promise.race([
      check().then(
        () => true,
        () => false,
      ),
      sleep(timeoutMs, cancelTimer.signal).then(() => false),
    ]);
  } finally {
    cancelTimer.abort();
  }
}
