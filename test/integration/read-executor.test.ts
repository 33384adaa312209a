// The domain read executor on the real Neo4j: one auto-commit query in a READ session, timed by the request's
// instrumented driver, its errors surfacing as they are, and a retryable failure read again in a managed read
// transaction.
import { afterAll, describe, expect, inject, it } from 'vitest';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import type { ApiContext } from '../../src/api/graphql-context.ts';
import { readRows } from '../../src/api/domain-queries/read-executor.ts';
import { instrumentDriver } from '../../src/api/instrumented-driver.ts';
import { createDriver } from '../../src/graph/driver.ts';

const target = inject('neo4j');
const context = { transaction: { timeout: 10_000 } } as unknown as ApiContext;

/** The real driver, whose sessions fail their first auto-commit query as a lost leader would. */
function failingFirstRun(driver: Driver, calls: string[]): Driver {
  let failed = false;
  return new Proxy(driver, {
    get(real, property) {
      if (property !== 'session') return Reflect.get(real, property, real) as unknown;
      return (config: Parameters<Driver['session']>[0]) => {
        const session = real.session(config);
        return new Proxy(session, {
          get(inner, name) {
            const value = Reflect.get(inner, name, inner) as unknown;
            if (typeof value !== 'function') return value;
            if (name === 'run' && !failed) {
              return () => {
                calls.push('run');
                failed = true;
                throw new Neo4jError(
                  'leader switched',
                  'Neo.TransientError.General.DatabaseUnavailable',
                  '',
                  '',
                );
              };
            }
            if (name === 'executeRead') calls.push('executeRead');
            return (value as (...args: unknown[]) => unknown).bind(inner);
          },
        });
      };
    },
  });
}

describe('the domain read executor', () => {
  const driver = createDriver(target);
  const graph = { driver, database: target.database };

  afterAll(async () => {
    await driver.close();
  });

  it('answers the first column of every row, as plain values', async () => {
    const rows = await readRows(graph, context, {
      cypher: 'UNWIND range(1, $n) AS i RETURN {i: i, label: "row " + i} AS row, i',
      params: { n: 3 },
    });
    expect(rows).toEqual([
      { i: 1, label: 'row 1' },
      { i: 2, label: 'row 2' },
      { i: 3, label: 'row 3' },
    ]);
  });

  it('is seen by the instrumented driver as one read', async () => {
    const seen: { mode: string; ok: boolean }[] = [];
    const instrumented = instrumentDriver(driver, (mode, _, ok) => seen.push({ mode, ok }));
    await readRows({ driver: instrumented, database: target.database }, context, {
      cypher: 'RETURN 1 AS one',
      params: {},
    });
    await expect(
      readRows({ driver: instrumented, database: target.database }, context, {
        cypher: 'RETURN 1 / $zero AS never',
        params: { zero: neo4j.int(0) },
      }),
    ).rejects.toThrow(/by zero/i);
    expect(seen).toEqual([
      { mode: 'read', ok: true },
      { mode: 'read', ok: false },
    ]);
  });

  it('refuses to write: the session is a read session', async () => {
    await expect(
      readRows(graph, context, { cypher: 'CREATE (n:ReadExecutorProbe) RETURN n', params: {} }),
    ).rejects.toThrow(/write/i);
    const left = await driver.executeQuery('MATCH (n:ReadExecutorProbe) RETURN count(n) AS n');
    expect(left.records[0]!.get('n')).toBe(0);
  });

  it('reads again in a managed read transaction when the driver calls the failure retryable', async () => {
    const calls: string[] = [];
    const rows = await readRows(
      { driver: failingFirstRun(driver, calls), database: target.database },
      context,
      { cypher: 'RETURN $value AS value', params: { value: 'answered' } },
    );
    expect(rows).toEqual(['answered']);
    expect(calls).toEqual(['run', 'executeRead']);
  });
});
