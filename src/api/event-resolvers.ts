// Resolvers of eventSeries, dyads and events (schema/events.graphql): check the arguments, run the hand-written
// query of graph/event-queries.ts through the domain resolvers' read executor, map the rows. No Cypher here.
import { AppError, ErrorCode } from '../domain/errors.ts';
import type { PloverCategory } from '../domain/plover-codes.ts';
import {
  FIRST_DAY,
  LAST_DAY,
  dyadsQuery,
  eventSeriesQuery,
  eventsQuery,
  type EventBucket,
  type CypherQuery,
  type EventFilter,
} from '../graph/event-queries.ts';
import { completeSeries, type StoredPoint } from '../graph/event-series.ts';
import { graphOf, readRows } from './domain-queries/read-executor.ts';
import type { ApiContext } from './graphql-context.ts';
import { toGraphQLError } from './graphql-errors.ts';

const COUNTRY = /^[A-Za-z]{3}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

interface FilterArgs {
  source?: string | null;
  target?: string | null;
  types?: PloverCategory[] | null;
  from?: string | null;
  to?: string | null;
  includeAll?: boolean;
}

function bad(message: string): never {
  throw toGraphQLError(new AppError(ErrorCode.BAD_USER_INPUT, message));
}

function country(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!COUNTRY.test(value))
    bad(`${name} must be an ISO 3166-1 alpha-3 country code such as RUS (got ${JSON.stringify(value)}).`);
  return value.toUpperCase();
}

function day(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DAY.test(value)) bad(`${name} must be a day YYYY-MM-DD (got ${JSON.stringify(value)}).`);
  return value;
}

function filterOf(args: FilterArgs): EventFilter & { bounded: { from: string | null; to: string | null } } {
  const from = day('from', args.from);
  const to = day('to', args.to);
  return {
    source: country('source', args.source),
    target: country('target', args.target),
    types: args.types && args.types.length > 0 ? args.types : null,
    from: from ?? FIRST_DAY,
    to: to ?? LAST_DAY,
    includeAll: args.includeAll ?? false,
    bounded: { from, to },
  };
}

/** Runs a query on the request's graph the way the other hand-written domain resolvers do (read-executor.ts). */
async function read<T>(context: ApiContext, query: CypherQuery): Promise<T[]> {
  const graph = graphOf(context);
  if (!graph) throw toGraphQLError(new AppError(ErrorCode.GRAPH_UNAVAILABLE, 'Neo4j is not connected yet.'));
  return (await readRows(graph, context, query)) as T[];
}

interface StoredEvent {
  modality: string;
  [field: string]: unknown;
}

export function createEventResolvers() {
  return {
    Query: {
      async eventSeries(_: unknown, args: FilterArgs & { bucket: EventBucket }, context: ApiContext) {
        const filter = filterOf(args);
        const stored = await read<StoredPoint>(context, eventSeriesQuery(filter, args.bucket));
        return completeSeries(stored, args.bucket, filter.bounded);
      },
      async dyads(_: unknown, args: FilterArgs & { country: string; limit: number }, context: ApiContext) {
        const partnerOf = country('country', args.country) ?? bad('country is required.');
        const filter = filterOf({ ...args, source: null, target: null });
        return read(context, dyadsQuery(partnerOf, filter, args.limit));
      },
      async events(_: unknown, args: FilterArgs & { limit: number; offset: number }, context: ApiContext) {
        const rows = await read<StoredEvent>(context, eventsQuery(filterOf(args), args.limit, args.offset));
        return rows.map((row) => ({ ...row, modality: row.modality.toUpperCase() }));
      },
    },
  };
}
