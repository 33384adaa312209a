// The one error vocabulary of diplograph: every failure that crosses a module edge is an AppError with a stable code.
// Edges map codes once: CLI exit codes, HTTP statuses, GraphQL extensions.code.

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  EXTRACTION_FAILED: 'EXTRACTION_FAILED',
  GRAPH_UNAVAILABLE: 'GRAPH_UNAVAILABLE',
  /** Neo4j answers but kept refusing a write with transient errors (lock contention) past its retries: try again. */
  GRAPH_BUSY: 'GRAPH_BUSY',
  CONFIG_INVALID: 'CONFIG_INVALID',
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Codes that say the graph, not the request, failed (unreachable, or busy past the writer's retries): try again. */
export const GRAPH_RETRY_CODES: ReadonlySet<string> = new Set([
  ErrorCode.GRAPH_UNAVAILABLE,
  ErrorCode.GRAPH_BUSY,
]);

export function isGraphRetry(error: unknown): error is AppError {
  return isAppError(error) && GRAPH_RETRY_CODES.has(error.code);
}

/** Makes a switch over ErrorCode (or any closed union) fail to compile when a case is missing. */
export function assertNever(value: never): never {
  throw new AppError(ErrorCode.INTERNAL, `unexpected value ${String(value)}`);
}
