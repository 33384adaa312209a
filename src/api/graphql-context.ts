// Builds the per-request GraphQL context: the (instrumented) driver for @neo4j/graphql while the graph is
// connected, the API-key verdict for the ingestion mutations, and the request facts HTTP logging reports.
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { checkApiKey, type ApiKeyCheck } from './api-key.ts';
import { instrumentDriver } from './instrumented-driver.ts';
import { QUERY_TIMEOUT_MS } from './limits.ts';
import type { ApiMetrics } from './metrics.ts';

/** The connected graph, or undefined while Neo4j is starting. */
export interface GraphHandle {
  driver: Driver;
  database: string;
}

/** Facts about the HTTP request that the GraphQL layer fills in and the request log reads (res.locals). */
export interface RequestFacts {
  operation?: string;
}

export interface ApiContext extends Neo4jGraphQLContext {
  apiKey: ApiKeyCheck;
  facts: RequestFacts;
}

export interface ContextDeps {
  getGraph: () => GraphHandle | undefined;
  /** Aborted when the graph is found unavailable: transactions in flight then fail at once (503). */
  graphOutage?: () => AbortSignal;
  apiKeys: readonly string[];
  metrics: ApiMetrics;
}

/** The facts of a response: Express's res.locals, or the same object on a response Express has not seen yet. */
export function factsOf(res: Response | ServerResponse): RequestFacts {
  const holder = res as { locals?: { facts?: RequestFacts } };
  // Express's own initial value (it keeps a res.locals that is already there).
  holder.locals ??= Object.create(null) as { facts?: RequestFacts };
  holder.locals.facts ??= {};
  return holder.locals.facts;
}

export function createContextFunction(deps: ContextDeps) {
  return async ({ req, res }: { req: IncomingMessage; res: ServerResponse }): Promise<ApiContext> => {
    const facts = factsOf(res);
    const graph = deps.getGraph();
    const context: ApiContext = {
      apiKey: checkApiKey(req.headers.authorization, deps.apiKeys),
      facts,
      transaction: { timeout: QUERY_TIMEOUT_MS },
    };
    if (graph) {
      context.executionContext = instrumentDriver(
        graph.driver,
        (mode, seconds, ok) =>
          deps.metrics.observeNeo4j(
            { operation: facts.operation ?? 'none', mode, outcome: ok ? 'ok' : 'error' },
            seconds,
          ),
        deps.graphOutage,
      );
      context.sessionConfig = { database: graph.database };
    }
    return context;
  };
}
