// The writer's retry policy over a driver whose transactions fail as Neo4j's do: transient errors (a deadlock)
// are tried again with backoff and, past their retries, become GRAPH_BUSY — "try again later", which the worker
// and the ingest run retry — not an anonymous error that a worker would dead-letter.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../../src/domain/errors.ts';
import { runWriteTransaction } from '../../../src/graph/write-transaction.ts';

function neo4jError(code: string, retriable = false): Error {
  return Object.assign(new Error(`${code} happened`), { name: 'Neo4jError', code, retriable });
}

/** A driver whose n-th transaction runs `outcome(n)`: a value to return, or an error to throw. */
function scriptedDriver(outcome: (attempt: number) => Error | string) {
  let attempts = 0;
  let commits = 0;
  const driver = {
    session: () => ({
      async beginTransaction() {
        const attempt = ++attempts;
        let open = true;
        return {
          run: async () => {
            const result = outcome(attempt);
            if (result instanceof Error) throw result;
            return result;
          },
          commit: async () => ((open = false), commits++),
          rollback: async () => void (open = false),
          isOpen: () => open,
        };
      },
      close: async () => {},
    }),
  } as unknown as Driver;
  return { driver, attempts: () => attempts, commits: () => commits };
}

const deadlock = () => neo4jError('Neo.TransientError.Transaction.DeadlockDetected', true);
const noSleep = async () => {};
const run = (driver: Driver) =>
  runWriteTransaction({ driver, database: 'neo4j', sleep: noSleep }, (tx) => tx.run('RETURN 1') as never);

describe('runWriteTransaction', () => {
  it('tries a deadlocked write again and commits it once it goes through', async () => {
    const db = scriptedDriver((n) => (n <= 3 ? deadlock() : 'written'));
    await expect(run(db.driver)).resolves.toBe('written');
    expect(db.attempts()).toBe(4);
    expect(db.commits()).toBe(1);
  });

  it('gives up on a write that keeps deadlocking with GRAPH_BUSY, keeping the cause', async () => {
    const db = scriptedDriver(deadlock);
    const error = await run(db.driver).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.GRAPH_BUSY);
    expect((error as AppError).message).toMatch(/try again/);
    expect(((error as AppError).cause as { code: string }).code).toBe(
      'Neo.TransientError.Transaction.DeadlockDetected',
    );
    // The first try and eight more, none committed.
    expect(db.attempts()).toBe(9);
    expect(db.commits()).toBe(0);
  });

  it('gives up on a MERGE race it keeps losing with GRAPH_BUSY too', async () => {
    const db = scriptedDriver(() => neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'));
    const error = (await run(db.driver).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe(ErrorCode.GRAPH_BUSY);
    expect(db.attempts()).toBe(6);
  });

  it('answers an unreachable Neo4j with GRAPH_UNAVAILABLE after one more try', async () => {
    const db = scriptedDriver(() => neo4jError('ServiceUnavailable'));
    const error = (await run(db.driver).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe(ErrorCode.GRAPH_UNAVAILABLE);
    expect(db.attempts()).toBe(2);
  });

  it('passes a bad query straight through, without retrying it', async () => {
    const db = scriptedDriver(() => neo4jError('Neo.ClientError.Statement.SyntaxError'));
    const error = (await run(db.driver).catch((e: unknown) => e)) as { code: string };
    expect(error).not.toBeInstanceOf(AppError);
    expect(error.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(db.attempts()).toBe(1);
  });
});
