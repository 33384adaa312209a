// Maps an error to the CLI's exit code and one readable line: 2 for bad input or configuration, 1 otherwise.
import { assertNever, isAppError, type ErrorCode } from '../domain/errors.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'CONFIG_INVALID':
      return EXIT_BAD_INPUT;
    case 'UNAUTHENTICATED':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'EXTRACTION_FAILED':
    case 'GRAPH_UNAVAILABLE':
    case 'GRAPH_BUSY':
    case 'INTERNAL':
      return EXIT_FAILURE;
    default:
      return assertNever(code);
  }
}

export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (isAppError(error)) return { line: `diplograph: ${error.message}`, exitCode: exitCodeFor(error.code) };
  return {
    line: `diplograph: unexpected error: ${(error as Error)?.message ?? String(error)}`,
    exitCode: EXIT_FAILURE,
  };
}
