// Apollo Server over the executable schema, with the API's protections: depth/cost/alias/token limits
// (graphql-armor), the argument guard, GRAPH_UNAVAILABLE while Neo4j is down, and one error formatter.
// Knows nothing of Express; the HTTP adapter lives in create-app.ts.
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../logger.ts';
import { argumentGuardPlugin } from './argument-guard.ts';
import type { EarlyAnswer } from './early-answer.ts';
import { domainFastPathPlugin } from './domain-queries/domain-fast-path.ts';
import { readSchemaFacts } from './domain-queries/schema-facts.ts';
import { noSubscriptionsRule } from './no-subscriptions.ts';
import { graphAvailabilityPlugin, type GraphState } from './graph-availability.ts';
import { loadTypeDefs } from './graphql-schema.ts';
import type { ApiContext } from './graphql-context.ts';
import { ErrorCode, createFormatError, httpStatusOf } from './graphql-errors.ts';
import { QUERY_LIMITS } from './limits.ts';
import type { ApiMetrics } from './metrics.ts';

export interface GraphqlOptions {
  schema: GraphQLSchema;
  introspection: boolean;
  production: boolean;
  graphState: () => GraphState;
  /** A query met a Neo4j outage. */
  onGraphOutage?: () => void;
  logger: Logger;
  metrics: ApiMetrics;
  httpServer?: Server;
  /** Extra plugins, e.g. the response cache. */
  plugins?: ApolloServerPlugin<ApiContext>[];
  /** False runs every operation through graphql-js (the reference the tests compare with). */
  domainFastPath?: boolean;
  /** Told of the query strings the fast path answered, to answer them again before Apollo. */
  earlyAnswer?: EarlyAnswer;
}

export function createGraphqlServer(options: GraphqlOptions): ApolloServer<ApiContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Token counting is done by graphql-js itself (parseOptions below), whose syntax errors Apollo answers with 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  const log = options.logger.child({ component: 'graphql' });
  return new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: options.introspection,
    // The CLI owns signals and shuts everything down in order; Apollo must not exit the process on its own.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    includeStacktraceInErrorResponses: false,
    validationRules: [...armor.validationRules, noSubscriptionsRule],
    formatError: createFormatError({
      production: options.production,
      onInternalError: (error) => log.error({ err: error }, 'graphql request failed'),
    }),
    plugins: [
      // graphql-armor is typed against the CommonJS build of @apollo/server; the plugin objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin hooks every resolved field (thousands per whoSaidWhat answer) to compute
      // hints nothing reads: our response cache (response-cache.ts) is invalidated by writes, not by hints.
      ApolloServerPluginCacheControlDisabled(),
      operationNamePlugin(options.metrics),
      requestErrorStatusPlugin(),
      argumentGuardPlugin(),
      graphAvailabilityPlugin(options.graphState, options.onGraphOutage),
      ...(options.domainFastPath === false
        ? []
        : [
            domainFastPathPlugin(
              options.earlyAnswer?.facts ?? readSchemaFacts(loadTypeDefs()),
              options.earlyAnswer?.remember,
            ),
          ]),
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
      ...(options.plugins ?? []),
    ],
  });
}

/** Records the operation name (or the root fields of an anonymous one) for request logs and metrics. */
function operationNamePlugin(metrics: ApiMetrics): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation, contextValue }) {
          if (!operation) return;
          const rootFields = operation.selectionSet.selections
            .map((s) => (s.kind === 'Field' ? s.name.value : ''))
            .filter(Boolean)
            .join('+');
          contextValue.facts.operation = metrics.operationLabel(operationName ?? (rootFields || undefined));
        },
      };
    },
  };
}

/**
 * A request refused before execution answers the HTTP status of its error code, whoever refused it: Apollo
 * answers 500 for errors thrown by plugins (the argument guard, GRAPH_UNAVAILABLE) whatever their extensions say.
 */
function requestErrorStatusPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const code = errors?.[0]?.extensions?.code;
          if (data !== undefined || typeof code !== 'string' || !(code in ErrorCode)) return;
          if (response.http.status === undefined || response.http.status >= 500) {
            response.http.status = httpStatusOf(code as ErrorCode);
          }
        },
      };
    },
  };
}
