// Bounded retry with exponential backoff; timers are injected so tests control time.
// Used for connecting to Neo4j at start-up, where the database may still be booting.

export interface RetryOptions {
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  signal?: AbortSignal;
  /** Give up once this long has passed since the first attempt (no sleep runs past it). */
  maxElapsedMs?: number;
  now?: () => number;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function retryWithBackoff<T>(
  work: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + (options.maxElapsedMs ?? Number.POSITIVE_INFINITY);
  let delay = options.initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      const left = deadline - now();
      if (attempt >= options.attempts || options.signal?.aborted || left <= 0) throw error;
      const wait = Math.min(delay, left);
      options.onRetry?.(error, attempt, wait);
      await sleep(wait);
      delay = Math.min(delay * 2, options.maxDelayMs);
    }
  }
}
