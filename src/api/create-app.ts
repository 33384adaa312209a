// Builds the Express app (health routes, GraphQL) from its dependencies without listening,
// so tests can exercise it without a port and the composition root decides when to start.
import express, { type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { ReadinessProbe } from '../graph/readiness.ts';
import type { Logger } from '../logger.ts';
import { healthRoutes } from './health-routes.ts';

export interface AppDeps {
  readiness: ReadinessProbe;
  graphql: ApolloServer;
  logger: Logger;
  bodyLimitBytes: number;
}

/** The Apollo server must be started (`await graphql.start()`) before the app handles /graphql. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(deps.readiness));
  app.use('/graphql', express.json({ limit: deps.bodyLimitBytes }), expressMiddleware(deps.graphql));
  return app;
}
