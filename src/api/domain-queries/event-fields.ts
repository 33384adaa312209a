// The event queries (eventSeries, dyads, events) as hand-written domain queries: their arguments checked, the
// Cypher of graph/event-queries.ts, and the rows finished into the answer's values. Both the graphql-js resolvers
// (event-resolvers.ts) and the fast path (domain-fast-path.ts) go through here, so both answer the same bytes.
import { AppError, ErrorCode } from '../../domain/errors.ts';
import type { PloverCategory } from '../../domain/plover-codes.ts';
import {
  FIRST_DAY,
  LAST_DAY,
  dyadsQuery,
  eventSeriesQuery,
  eventsQuery,
  type CypherQuery,
  type EventBucket,
  type EventFilter,
} from '../../graph/event-queries.ts';
import { completeSeries, type StoredPoint } from '../../graph/event-series.ts';

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

/** One event query: the Cypher for its (coerced) arguments, and its rows turned into the field's value. */
export interface EventField {
  /** Throws an AppError (BAD_USER_INPUT) for arguments the query refuses. */
  query(args: Record<string, unknown>): CypherQuery;
  finish(rows: unknown[], args: Record<string, unknown>): unknown[];
}

function bad(message: string): never {
  throw new AppError(ErrorCode.BAD_USER_INPUT, message);
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

const eventSeries: EventField = {
  query: (args) => eventSeriesQuery(filterOf(args), (args as { bucket: EventBucket }).bucket),
  finish: (rows, args) =>
    completeSeries(rows as StoredPoint[], (args as { bucket: EventBucket }).bucket, filterOf(args).bounded),
};

const dyads: EventField = {
  query(args) {
    const { limit } = args as { limit: number };
    const partnerOf = country('country', args.country as string | null) ?? bad('country is required.');
    return dyadsQuery(partnerOf, filterOf({ ...args, source: null, target: null }), limit);
  },
  finish: (rows) => rows,
};

const events: EventField = {
  query(args) {
    const { limit, offset } = args as { limit: number; offset: number };
    return eventsQuery(filterOf(args), limit, offset);
  },
  finish: (rows) =>
    (rows as { modality: string }[]).map((row) => ({ ...row, modality: row.modality.toUpperCase() })),
};

/** The event queries by root field name. */
export const EVENT_FIELDS: ReadonlyMap<string, EventField> = new Map([
  ['eventSeries', eventSeries],
  ['dyads', dyads],
  ['events', events],
]);
