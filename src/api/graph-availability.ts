// While Neo4j is starting, or known to be unreachable, answers GRAPH_UNAVAILABLE (HTTP 503, Retry-After) at
// once for every operation that needs the graph, instead of waiting out the driver's retries; `version` and
// introspection still work. A query that meets an outage reports it, so the next ones are refused at once.
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { Kind } from './graphql-js.ts';
import { AppError, ErrorCode, GRAPH_RETRY_CODES } from '../domain/errors.ts';
import { unwrapResolverError } from '@apollo/server/errors';
import { classifyError, rootCause, toGraphQLError } from './graphql-errors.ts';

/** Root fields answered without the database. */
const GRAPHLESS_FIELDS = new Set(['version', '__typename', '__schema', '__type']);

/** What a client is told to wait before asking again: about how often the heartbeat checks. */
export const RETRY_AFTER_SECONDS = 5;

export type GraphState = 'ready' | 'starting' | 'unavailable';

const MESSAGES: Record<Exclude<GraphState, 'ready'>, string> = {
  starting:
    'The graph database is not connected yet (Neo4j is starting or unreachable); try again shortly. GET /readyz tells when it is ready.',
  unavailable:
    'The graph database is unreachable right now; try again shortly (see Retry-After). GET /readyz tells when it is back.',
};

export function needsGraph(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || !GRAPHLESS_FIELDS.has(selection.name.value),
  );
}

export function graphAvailabilityPlugin(
  graphState: () => GraphState,
  onOutage: () => void = () => {},
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const state = graphState();
          if (state === 'ready' || !operation || !needsGraph(operation)) return;
          throw toGraphQLError(new AppError(ErrorCode.GRAPH_UNAVAILABLE, MESSAGES[state]));
        },
        async didEncounterErrors({ errors }) {
          const outage = errors.some(
            (error) =>
              classifyError(rootCause(unwrapResolverError(error)), error.message).code ===
                ErrorCode.GRAPH_UNAVAILABLE && graphState() === 'ready',
          );
          if (outage) onOutage();
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          // A busy graph (lock contention past the writer's retries) is as worth retrying as an unreachable one.
          const retry = errors?.some((e) => GRAPH_RETRY_CODES.has(String(e.extensions?.code)));
          if (!retry) return;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          // Nothing answered (every root field null): the whole request failed for want of the graph.
          const nothing = data == null || Object.values(data).every((value) => value === null);
          if (nothing) response.http.status = 503;
        },
      };
    },
  };
}
