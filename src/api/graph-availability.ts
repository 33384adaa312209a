// While Neo4j is still starting (or never came up), answers GRAPH_UNAVAILABLE (HTTP 503) with a clear message
// for every operation that needs the graph, instead of a driver error; `version` and introspection still work.
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { Kind } from './graphql-js.ts';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { toGraphQLError } from './graphql-errors.ts';

/** Root fields answered without the database. */
const GRAPHLESS_FIELDS = new Set(['version', '__typename', '__schema', '__type']);

export function needsGraph(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || !GRAPHLESS_FIELDS.has(selection.name.value),
  );
}

export function graphAvailabilityPlugin(isGraphReady: () => boolean): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (isGraphReady() || !operation || !needsGraph(operation)) return;
          throw toGraphQLError(
            new AppError(
              ErrorCode.GRAPH_UNAVAILABLE,
              'The graph database is not connected yet (Neo4j is starting or unreachable); try again shortly. GET /readyz tells when it is ready.',
            ),
          );
        },
      };
    },
  };
}
