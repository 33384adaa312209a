// A view of the neo4j Driver that times every managed transaction (executeRead/executeWrite) and auto-commit query
// (run, in the session's access mode) its sessions run, handed to @neo4j/graphql as the per-request
// executionContext. Everything else passes through unchanged. Given an outage signal, a managed transaction in
// flight when the graph is found unavailable fails at once with GRAPH_UNAVAILABLE instead of waiting out the
// driver's retries (up to maxTransactionRetryTime, 15 s); an auto-commit query is not retried by the driver.
import type { Driver, Session } from 'neo4j-driver';
import { AppError, ErrorCode } from '../domain/errors.ts';

export type TransactionObserver = (mode: 'read' | 'write', seconds: number, ok: boolean) => void;

const unavailable = () =>
  new AppError(
    ErrorCode.GRAPH_UNAVAILABLE,
    'The graph database became unreachable while answering; try again shortly (see Retry-After).',
  );

export function instrumentDriver(
  driver: Driver,
  observe: TransactionObserver,
  outageSignal?: () => AbortSignal,
): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session') {
        return (config?: Parameters<Driver['session']>[0]) =>
          instrumentSession(
            target.session(config),
            config?.defaultAccessMode === 'READ' ? 'read' : 'write',
            observe,
            outageSignal,
          );
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** `work`, or GRAPH_UNAVAILABLE as soon as `signal` aborts (the work goes on, unobserved, until the driver gives up). */
function unlessOutage<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  onOutage: () => void,
): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => {});
    onOutage();
    return Promise.reject(unavailable());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      work.catch(() => {});
      onOutage();
      reject(unavailable());
    };
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function instrumentSession(
  session: Session,
  sessionMode: 'read' | 'write',
  observe: TransactionObserver,
  outageSignal: (() => AbortSignal) | undefined,
): Session {
  // After an outage cut a transaction short, closing the session must not wait for the driver to give up.
  let abandoned = false;
  return new Proxy(session, {
    get(target, property) {
      if (property === 'executeRead' || property === 'executeWrite') {
        const mode = property === 'executeRead' ? 'read' : 'write';
        const run = target[property].bind(target) as (...args: unknown[]) => Promise<unknown>;
        return async (...args: unknown[]) => {
          const start = performance.now();
          try {
            const result = await unlessOutage(run(...args), outageSignal?.(), () => (abandoned = true));
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
      if (property === 'close') {
        return () => {
          const closing = target.close();
          if (!abandoned) return closing;
          closing.catch(() => {});
          return Promise.resolve();
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
