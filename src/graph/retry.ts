// Bounded retry with exponential backoff; timers are injected so tests control time.
// Used for connecting to Neo4j at start-up, where the database may still be booting.

export interface RetryOptions {
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  signal?: AbortSignal;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function retryWithBackoff<T>(
  work: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  let delay = options.initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= options.attempts || options.signal?.aborted) throw error;
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
      delay = Math.min(delay * 2, options.maxDelayMs);
    }
  }
}
