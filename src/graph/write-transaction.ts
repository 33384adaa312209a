// Runs one write transaction with the writer's own retry policy, instead of the driver's: a deadlock or other
// transient error is tried again with backoff (the work is safe to run twice), a lost MERGE race at once, but
// an unreachable Neo4j only once more (a stale pooled connection) before GRAPH_UNAVAILABLE. The driver would
// keep retrying an outage for up to 31 s per transaction; the caller's outage budget decides instead. Transient
// errors and lost races past their retries become GRAPH_BUSY, so a caller can tell "try again later" from a bad article.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AppError, ErrorCode } from '../domain/errors.ts';

/** Lost races: two writers MERGEing one new node (the loser fails the uniqueness check), or a node deleted under us. */
const LOST_RACE = new Set([
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.ClientError.Statement.EntityNotFound',
]);
const OUTAGE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TX_TIMEOUT_MS = 60_000;
const TRANSIENT_RETRIES = 8;
const RACE_RETRIES = 5;

export interface WriteTransactionDeps {
  driver: Driver;
  database: string;
  sleep?: (ms: number) => Promise<void>;
}

type Failure = 'race' | 'transient' | 'outage' | 'fatal';

function classify(error: unknown): Failure {
  const { code = '', retriable } = error as { code?: string; retriable?: boolean };
  if (LOST_RACE.has(code)) return 'race';
  if (OUTAGE.has(code)) return 'outage';
  if (retriable === true || code.startsWith('Neo.TransientError.')) return 'transient';
  return 'fatal';
}

export async function runWriteTransaction<T>(
  deps: WriteTransactionDeps,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const tries: Record<Failure, number> = { race: 0, transient: 0, outage: 0, fatal: 0 };
  for (;;) {
    const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const tx = await session.beginTransaction({ timeout: TX_TIMEOUT_MS });
      try {
        // An explicit transaction has run() like a managed one; commit and rollback stay here.
        const result = await work(tx as unknown as ManagedTransaction);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
    } catch (error) {
      const failure = classify(error);
      tries[failure]++;
      if (failure === 'race' && tries.race <= RACE_RETRIES) continue;
      if (failure === 'transient' && tries.transient <= TRANSIENT_RETRIES) {
        await sleep(Math.min(100 * 2 ** tries.transient, 3_000) * (0.8 + Math.random() * 0.4));
        continue;
      }
      if (failure === 'outage' && tries.outage <= 1) {
        await sleep(200);
        continue;
      }
      if (failure === 'transient' || failure === 'race') throw busyError(error, tries[failure]);
      throw toGraphError(error);
    } finally {
      await session.close();
    }
  }
}

/** Transient errors or lost races past every retry: Neo4j is up but this write keeps losing, so a later try may land. */
function busyError(error: unknown, attempts: number): AppError {
  const message = `Neo4j refused the write ${attempts} times (transient error or lost race); try again: ${(error as Error).message}`;
  return new AppError(ErrorCode.GRAPH_BUSY, message, { cause: error });
}

export function toGraphError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (OUTAGE.has((error as { code?: string }).code ?? '')) {
    return new AppError(ErrorCode.GRAPH_UNAVAILABLE, `Neo4j is unavailable: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return error;
}
