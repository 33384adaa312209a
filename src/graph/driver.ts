// One neo4j-driver per process: created by the composition root, verified with bounded retry, closed on shutdown.
// Driver failures become GRAPH_UNAVAILABLE AppErrors so that edges can answer with a clear code.
import neo4j, { type Driver } from 'neo4j-driver';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { retryWithBackoff, type RetryOptions } from './retry.ts';

export type { Driver };

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function createDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    // Dates and counts come back as JS numbers; our integers stay far below 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 15_000,
    userAgent: 'diplograph',
  });
}

export const CONNECT_RETRY: Omit<RetryOptions, 'onRetry' | 'sleep'> = {
  attempts: 8,
  initialDelayMs: 250,
  maxDelayMs: 5_000,
};

/** Waits until Neo4j answers, retrying with exponential backoff; throws GRAPH_UNAVAILABLE when it never does. */
export async function connectWithRetry(
  driver: Driver,
  target: Pick<Neo4jTarget, 'uri' | 'database'>,
  options: Partial<RetryOptions> = {},
): Promise<void> {
  try {
    await retryWithBackoff(() => driver.verifyConnectivity({ database: target.database }), {
      ...CONNECT_RETRY,
      ...options,
    });
  } catch (error) {
    throw new AppError(
      ErrorCode.GRAPH_UNAVAILABLE,
      `Cannot reach Neo4j at ${target.uri} (database "${target.database}"): ${(error as Error).message}`,
      { cause: error },
    );
  }
}
