// Resolvers of eventSeries, dyads and events (schema/events.graphql) for graphql-js: the queries of
// domain-queries/event-fields.ts run through the domain resolvers' read executor. A query made only of domain
// queries is answered by the fast path (domain-fast-path.ts) before graphql-js, from the same event fields.
import { AppError, ErrorCode } from '../domain/errors.ts';
import { EVENT_FIELDS, type EventField } from './domain-queries/event-fields.ts';
import { graphOf, readRows } from './domain-queries/read-executor.ts';
import type { ApiContext } from './graphql-context.ts';
import { toGraphQLError } from './graphql-errors.ts';

function resolverOf(field: EventField) {
  return async (_: unknown, args: Record<string, unknown>, context: ApiContext) => {
    let query;
    try {
      query = field.query(args);
    } catch (error) {
      throw error instanceof AppError ? toGraphQLError(error) : error;
    }
    const graph = graphOf(context);
    if (!graph)
      throw toGraphQLError(new AppError(ErrorCode.GRAPH_UNAVAILABLE, 'Neo4j is not connected yet.'));
    return field.finish(await readRows(graph, context, query), args);
  };
}

export function createEventResolvers() {
  return { Query: Object.fromEntries([...EVENT_FIELDS].map(([name, field]) => [name, resolverOf(field)])) };
}
