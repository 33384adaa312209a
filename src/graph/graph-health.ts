// Knows, at every moment, whether Neo4j answers: a heartbeat checks it every interval (with its own timeout,
// so a silent network counts as down), and a query that met an outage marks it down at once. Readers ask
// `available()` without any IO, so the API can refuse at once instead of waiting out the driver's retries.
// Timers are injected so tests control time.

export interface GraphHealth {
  available(): boolean;
  /**
   * Aborted the moment the graph is found unavailable (a new one each time it comes back): work in flight
   * listens to it, so a query that started just before an outage stops waiting when the outage is known.
   */
  outageSignal(): AbortSignal;
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

// The listener goes when the timer fires: the watch sleeps on one long-lived signal every second.
const realSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const onAbort = () => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

export function watchGraphHealth(options: GraphHealthOptions): GraphHealth {
  const sleep = options.sleep ?? realSleep;
  const stopped = new AbortController();
  let up = true;
  let outage = new AbortController();
  const set = (value: boolean) => {
    if (value === up) return;
    up = value;
    if (value) outage = new AbortController();
    else outage.abort();
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
    outageSignal: () => outage.signal,
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
  // Removed after each check: a listener per heartbeat would pile up on the watch's long-lived signal.
  const onStop = () => cancelTimer.abort();
  stopped.addEventListener('abort', onStop, { once: true });
  try {
    return await Promise.race([
      check().then(
        () => true,
        () => false,
      ),
      sleep(timeoutMs, cancelTimer.signal).then(() => false),
    ]);
  } finally {
    stopped.removeEventListener('abort', onStop);
    cancelTimer.abort();
  }
}
