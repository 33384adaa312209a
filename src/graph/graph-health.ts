// Knows, at every moment, whether Neo4j answers: a heartbeat checks it every interval, and a query that met an
// outage marks it down at once. A refused heartbeat is an outage at once; a heartbeat that only gets no answer in
// time counts as down after a few in a row, since a Neo4j busy under load answers late and is not dead (a single
// slow heartbeat used to turn a loaded but healthy API into 503s and abort its in-flight queries). Readers ask
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
  /** Consecutive unanswered heartbeats that mean down (a silent network). Default 3. */
  silentChecksBeforeDown?: number;
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
  const silentLimit = options.silentChecksBeforeDown ?? 3;
  let silentInARow = 0;
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
      const answer = await raceTimeout(options.check, options.timeoutMs, sleep, stopped.signal);
      if (stopped.signal.aborted) return;
      silentInARow = answer === 'silent' ? silentInARow + 1 : 0;
      if (answer === 'answered') set(true);
      else if (answer === 'refused' || silentInARow >= silentLimit) set(false);
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

type HeartbeatAnswer = 'answered' | 'refused' | 'silent';

/** How `check` ends: resolved within `timeoutMs`, rejected within it, or still pending at the timeout. */
async function raceTimeout(
  check: () => Promise<unknown>,
  timeoutMs: number,
  sleep: (ms: number, signal: AbortSignal) => Promise<void>,
  stopped: AbortSignal,
): Promise<HeartbeatAnswer> {
  const cancelTimer = new AbortController();
  // Removed after each check: a listener per heartbeat would pile up on the watch's long-lived signal.
  const onStop = () => cancelTimer.abort();
  stopped.addEventListener('abort', onStop, { once: true });
  try {
    return await Promise.race([
      check().then(
        (): HeartbeatAnswer => 'answered',
        (): HeartbeatAnswer => 'refused',
      ),
      sleep(timeoutMs, cancelTimer.signal).then((): HeartbeatAnswer => 'silent'),
    ]);
  } finally {
    stopped.removeEventListener('abort', onStop);
    cancelTimer.abort();
  }
}
