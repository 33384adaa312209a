// Builds the Express app (health, metrics, playground, dashboard and explorer, GraphQL) from its dependencies without listening,
// so tests can exercise it without a port and the composition root decides when to start.
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import helmet from 'helmet';
import type { ReadinessProbe } from '../graph/readiness.ts';
import type { Logger } from '../logger.ts';
import type { EarlyAnswer } from './early-answer.ts';
import type { ApiContext, ContextDeps } from './graphql-context.ts';
import { createContextFunction } from './graphql-context.ts';
import { healthRoutes } from './health-routes.ts';
import { httpErrorHandler, notFoundHandler } from './http-errors.ts';
import type { ApiMetrics } from './metrics.ts';
import { metricsRoute } from './metrics-route.ts';
import { playgroundRoutes } from './playground/playground-routes.ts';
import { fastGraphql, type RequestHandler } from './fast-graphql.ts';
import { unlessFastDone } from './fast-state.ts';
import { createRequestObserver, requestObserver } from './request-observer.ts';
import type { ResponseCache } from './response-cache.ts';
import { webRoutes } from './web-routes.ts';

export interface AppDeps {
  readiness: ReadinessProbe;
  /** Started (`await graphql.start()`) before the app handles /graphql. */
  graphql: ApolloServer<ApiContext>;
  context: ContextDeps;
  logger: Logger;
  metrics: ApiMetrics;
  bodyLimitBytes: number;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: readonly string[];
  /** Where the bundled playground lives (tests point it elsewhere). */
  playgroundDist?: string;
  /** Where the bundled dashboard and explorer live (tests point it elsewhere). */
  webDist?: string;
  /** Answers repeated queries before Apollo (response-cache.ts). */
  responseCache?: ResponseCache;
  /** Answers already validated domain queries before Apollo (early-answer.ts). */
  earlyAnswer?: EarlyAnswer;
}

/** A POST whose body express.json did not parse (another Content-Type) gets a clear 415, not Apollo's 500. */
function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && req.body === undefined) {
    res.status(415).json({
      errors: [
        {
          message: 'POST /graphql needs Content-Type: application/json.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    return;
  }
  next();
}

/** The app's middleware that the POST /graphql fast path (fast-graphql.ts) runs too: the same instances. */
function sharedMiddleware(deps: AppDeps) {
  return {
    observe: createRequestObserver(deps.logger, deps.metrics),
    // Strict by default: the API serves JSON only. The playground page relaxes its own CSP.
    security: helmet({
      contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginEmbedderPolicy: false,
    }),
    cors: cors({
      origin: deps.corsOrigins.length > 0 ? [...deps.corsOrigins] : false,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight', 'X-Request-Id'],
      maxAge: 600,
    }),
    readJson: express.json({ limit: deps.bodyLimitBytes }),
    context: createContextFunction(deps.context),
  };
}

/**
 * The HTTP server's request handler: POST /graphql through the fast path when there is an early answer, every
 * other request (and every POST /graphql the fast path does not answer) through the Express app.
 */
export function createRequestHandler(deps: AppDeps): RequestHandler {
  const shared = sharedMiddleware(deps);
  const app = buildApp(deps, shared);
  if (!deps.earlyAnswer) return app;
  return fastGraphql({
    app,
    ...shared,
    ...(deps.responseCache ? { responseCache: deps.responseCache } : {}),
    earlyAnswer: deps.earlyAnswer,
  });
}

export function createApp(deps: AppDeps): Express {
  return buildApp(deps, sharedMiddleware(deps));
}

function buildApp(deps: AppDeps, shared: ReturnType<typeof sharedMiddleware>): Express {
  const app = express();
  app.disable('x-powered-by');
  // Answers are no-store (response-cache.ts): an ETag, a hash of every answer's bytes, would only cost CPU.
  app.set('etag', false);
  app.use(requestObserver(shared.observe));
  app.use(shared.security);
  // Before the playground's router, which would otherwise answer CORS preflights itself (OPTIONS /graphql).
  app.use('/graphql', shared.cors);
  app.use(healthRoutes(deps.readiness));
  app.use(metricsRoute(deps.metrics));
  app.use(playgroundRoutes(deps.playgroundDist));
  app.use(webRoutes(deps.webDist));
  const { context } = shared;
  app.use(
    '/graphql',
    // The steps the POST /graphql fast path has run are not run again (fast-state.ts).
    unlessFastDone('read', shared.readJson),
    requireJsonBody,
    ...(deps.responseCache ? [unlessFastDone('cache', deps.responseCache.middleware)] : []),
    ...(deps.earlyAnswer ? [unlessFastDone('early', deps.earlyAnswer.middleware(context))] : []),
    expressMiddleware(deps.graphql, { context }),
  );
  app.use(notFoundHandler);
  app.use(httpErrorHandler(deps.logger, deps.bodyLimitBytes));
  return app;
}
