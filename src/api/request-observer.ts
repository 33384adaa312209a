// Logs every HTTP request with its duration (with its request id) and records it
// in the Prometheus metrics by route and GraphQL operation name.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.ts';
import { fastStateOf } from './fast-state.ts';
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

/** Observes one request: its X-Request-Id header now, its metrics and log line when the answer is sent. */
export type ObserveRequest = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  started: number,
) => void;

export function createRequestObserver(logger: Logger, metrics: ApiMetrics): ObserveRequest {
  const base = logger.child({ component: 'http' });
  return (req, res, path, started) => {
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = routeOf(path);
      const operation = route === '/graphql' ? (factsOf(res).operation ?? 'none') : '';
      metrics.observeHttp({ method: req.method!, route, status: res.statusCode, operation }, seconds);
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
  };
}

/** The observer as the Express app's first middleware. */
export function requestObserver(observe: ObserveRequest) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // Captured now: routers mounted on a path (app.use('/graphql', ...)) rewrite req.path while handling. A
    // request the POST /graphql fast path read first (fast-graphql.ts) started when it did.
    observe(req, res, req.path, fastStateOf(req)?.started ?? performance.now());
    next();
  };
}
