// The driver view the API hands to @neo4j/graphql: a transaction in flight when the graph is found unavailable
// fails at once with GRAPH_UNAVAILABLE, and closing its session does not wait for the driver to give up.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { instrumentDriver } from '../../../src/api/instrumented-driver.ts';

/** A driver whose transactions never settle and whose sessions close only when told: Neo4j gone silent. */
function hangingDriver() {
  let closed = false;
  const session = {
    executeRead: () => new Promise(() => {}),
    close: () => new Promise<void>(() => void (closed = true)),
  };
  return { driver: { session: () => session } as unknown as Driver, closeCalled: () => closed };
}

describe('instrumentDriver with an outage signal', () => {
  it('fails a transaction in flight with GRAPH_UNAVAILABLE when the outage becomes known', async () => {
    const outage = new AbortController();
    const observed: boolean[] = [];
    const { driver, closeCalled } = hangingDriver();
    const session = instrumentDriver(
      driver,
      (_, __, ok) => observed.push(ok),
      () => outage.signal,
    ).session();
    const pending = session.executeRead(async () => 1);
    outage.abort();
    await expect(pending).rejects.toMatchObject({ code: 'GRAPH_UNAVAILABLE' });
    expect(observed).toEqual([false]);
    await expect(session.close()).resolves.toBeUndefined();
    expect(closeCalled()).toBe(true);
  });

  it('refuses at once when the outage is already known', async () => {
    const outage = new AbortController();
    outage.abort();
    const session = instrumentDriver(
      hangingDriver().driver,
      () => {},
      () => outage.signal,
    ).session();
    await expect(session.executeRead(async () => 1)).rejects.toMatchObject({ code: 'GRAPH_UNAVAILABLE' });
  });

  it('passes results through while the graph is up', async () => {
    const outage = new AbortController();
    const driver = {
      session: () => ({ executeRead: async () => 'rows', close: async () => {} }),
    } as unknown as Driver;
    const session = instrumentDriver(
      driver,
      () => {},
      () => outage.signal,
    ).session();
    await expect(session.executeRead(async () => 1)).resolves.toBe('rows');
  });
});
