// A view of the neo4j Driver that times every managed transaction (executeRead/executeWrite) its sessions run,
// handed to @neo4j/graphql as the per-request executionContext. Everything else passes through unchanged.
import type { Driver, Session } from 'neo4j-driver';

export type TransactionObserver = (mode: 'read' | 'write', seconds: number, ok: boolean) => void;

export function instrumentDriver(driver: Driver, observe: TransactionObserver): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session') {
        return (config?: Parameters<Driver['session']>[0]) =>
          instrumentSession(target.session(config), observe);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function instrumentSession(session: Session, observe: TransactionObserver): Session {
  return new Proxy(session, {
    get(target, property) {
      if (property === 'executeRead' || property === 'executeWrite') {
        const mode = property === 'executeRead' ? 'read' : 'write';
        const run = target[property].bind(target) as (...args: unknown[]) => Promise<unknown>;
        return async (...args: unknown[]) => {
          const start = performance.now();
          try {
            const result = await run(...args);
            observe(mode, (performance.now() - start) / 1000, true);
            return result;
          } catch (error) {
            observe(mode, (performance.now() - start) / 1000, false);
            throw error;
          }
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
