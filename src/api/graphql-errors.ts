// The one place where failures become GraphQL errors: AppError codes become extensions.code with an HTTP status,
// GraphQL syntax and validation failures become BAD_USER_INPUT, Neo4j outages GRAPH_UNAVAILABLE, and anything
// unknown INTERNAL, masked in production so that no stack trace, Cypher or driver message reaches a client.
import type { GraphQLError as GraphQLErrorType, GraphQLFormattedError } from 'graphql';
import { GraphQLError } from './graphql-js.ts';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode, assertNever, isAppError } from '../domain/errors.ts';

export { ErrorCode };

/** The codes a client can see: a closed subset of ErrorCode. */
export type ApiErrorCode = Extract<
  ErrorCode,
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GRAPH_UNAVAILABLE'
  | 'GRAPH_BUSY'
  | 'INTERNAL'
>;

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.EXTRACTION_FAILED:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
      return 409;
    case ErrorCode.GRAPH_UNAVAILABLE:
    case ErrorCode.GRAPH_BUSY:
      return 503;
    case ErrorCode.CONFIG_INVALID:
    case ErrorCode.INTERNAL:
      return 500;
    default:
      return assertNever(code);
  }
}

/** An AppError as a GraphQLError Apollo understands (extensions.http sets the response status). */
export function toGraphQLError(error: AppError, httpStatus = httpStatusOf(error.code)): GraphQLErrorType {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status: httpStatus } },
  });
}

/** Apollo's own codes for requests that are wrong before anything runs. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const NEO4J_OUTAGE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
/** A Cypher `apoc.util.validate` failure whose message starts with one of our codes, e.g. "NOT_FOUND: ...". */
const CYPHER_CODED_MESSAGE = /RuntimeException: (NOT_FOUND|BAD_USER_INPUT): ([^\n]*)/;

interface Classified {
  code: ApiErrorCode;
  message: string;
  /** False when the message may carry internals (Cypher, driver text) and must be masked in production. */
  safe: boolean;
}

export function classifyError(error: unknown, fallbackMessage: string): Classified {
  if (isAppError(error)) {
    const code = toApiCode(error.code);
    return { code, message: error.message, safe: code !== ErrorCode.INTERNAL };
  }
  const neo4jCode = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : fallbackMessage;
  if (typeof neo4jCode === 'string' && (error as Error).name === 'Neo4jError') {
    const coded = CYPHER_CODED_MESSAGE.exec(message);
    if (coded) return { code: coded[1] as ApiErrorCode, message: coded[2]!.trim(), safe: true };
    if (NEO4J_OUTAGE_CODES.has(neo4jCode) || neo4jCode.startsWith('Neo.TransientError.General.')) {
      return {
        code: ErrorCode.GRAPH_UNAVAILABLE,
        message: 'The graph database is unavailable; try again shortly.',
        safe: true,
      };
    }
    if (
      neo4jCode === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
      neo4jCode.includes('TransactionTimedOut')
    ) {
      return {
        code: ErrorCode.BAD_USER_INPUT,
        message:
          'The query took too long and was cancelled; narrow it with filters, a date range or a smaller limit.',
        safe: true,
      };
    }
  }
  return { code: ErrorCode.INTERNAL, message, safe: false };
}

function toApiCode(code: ErrorCode): ApiErrorCode {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.CONFLICT:
    case ErrorCode.GRAPH_UNAVAILABLE:
    case ErrorCode.GRAPH_BUSY:
    case ErrorCode.INTERNAL:
      return code;
    case ErrorCode.EXTRACTION_FAILED:
      return ErrorCode.BAD_USER_INPUT;
    case ErrorCode.CONFIG_INVALID:
      return ErrorCode.INTERNAL;
    default:
      return assertNever(code);
  }
}

export interface FormatErrorOptions {
  production: boolean;
  /** Called with every error that is masked or internal, so the server log keeps what the client does not see. */
  onInternalError?: (error: unknown) => void;
}

/** Apollo's formatError: a stable extensions.code on every error, nothing internal in production. */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const apolloCode = formatted.extensions?.code;
    const original = rootCause(unwrapResolverError(error));
    if (!isAppError(original) && typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode)) {
      // graphql-armor prefixes its limit errors with "Syntax Error: ", which they are not.
      const message =
        apolloCode === 'GRAPHQL_VALIDATION_FAILED'
          ? formatted.message.replace(/^Syntax Error: /, '')
          : formatted.message;
      return {
        message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: apolloCode },
      };
    }
    const classified = classifyError(original, formatted.message);
    if (classified.code === ErrorCode.INTERNAL) options.onInternalError?.(original);
    const masked = options.production && !classified.safe;
    return {
      message: masked ? 'Internal server error' : classified.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: classified.code },
    };
  };
}

/** Our own errors travel inside GraphQLErrors (thrown by resolvers and plugins): find the one that started it. */
export function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}
