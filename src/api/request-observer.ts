// Logs every HTTP request with its duration (with its request id) and records it
// in the Prometheus metrics by route and GraphQL operation name.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.ts';
import { factsOf } from './graphql-context.ts';
import type { ApiMetrics } from './metrics.ts';

/** Bounded route labels: arbitrary paths must not become metric series. */
function routeOf(path: string): string {
  if (path === '/graphql' || path === '/graphql/') return '/graphql';
  if (path.startsWith('/graphql/playground/')) return '/graphql/playground';
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return path;
  return 'other';
}

const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics', '/graphql/playground']);

export function requestObserver(logger: Logger, metrics: ApiMetrics) {
  const base = logger.child({ component: 'http' });
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    // Captured now: routers mounted on a path (app.use('/graphql', ...)) rewrite req.path while handling.
    const path = req.path;
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = routeOf(path);
      const operation = route === '/graphql' ? (factsOf(res).operation ?? 'none') : '';
      metrics.observeHttp({ method: req.method, route, status: res.statusCode, operation }, seconds);
      const entry = {
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(operation ? { operation } : {}),
      };
      // The child logger only when the line is written: most requests of a busy API log nothing at debug.
      const level = QUIET_ROUTES.has(route) ? 'debug' : 'info';
      if (base.isLevelEnabled(level)) base.child({ requestId })[level](entry, 'request');
    });
    next();
  };
}
