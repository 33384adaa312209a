// A view of the neo4j Driver that times every managed transaction (executeRead/executeWrite) and auto-commit query
// (run, in the session's access mode) its sessions run, handed to @neo4j/graphql as the per-request
// executionContext. Everything else passes through unchanged.
import type { Driver, Session } from 'neo4j-driver';

export type TransactionObserver = (mode: 'read' | 'write', seconds: number, ok: boolean) => void;

export function instrumentDriver(driver: Driver, observe: TransactionObserver): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session') {
        return (config?: Parameters<Driver['session']>[0]) =>
          instrumentSession(
            target.session(config),
            config?.defaultAccessMode === 'READ' ? 'read' : 'write',
            observe,
          );
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function instrumentSession(
  session: Session,
  sessionMode: 'read' | 'write',
  observe: TransactionObserver,
): Session {
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
      if (property === 'run') {
        return (...args: Parameters<Session['run']>) => {
          const start = performance.now();
          const result = target.run(...args);
          const seconds = () => (performance.now() - start) / 1000;
          // The Result keeps one promise: observing it here leaves the records to the caller.
          result.then(
            () => observe(sessionMode, seconds(), true),
            () => observe(sessionMode, seconds(), false),
          );
          return result;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
