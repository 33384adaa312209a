// Errors that happen before GraphQL runs (body too large, malformed JSON, unknown route) as JSON in the same shape
// as GraphQL errors: {errors: [{message, extensions: {code}}]}. Nothing internal is sent.
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../domain/errors.ts';
import type { Logger } from '../logger.ts';

function send(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function notFoundHandler(req: Request, res: Response): void {
  send(
    res,
    404,
    ErrorCode.NOT_FOUND,
    `No route for ${req.method} ${req.path}; the GraphQL API is at /graphql.`,
  );
}

export function httpErrorHandler(logger: Logger, bodyLimitBytes: number) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const e = error as { type?: string; status?: number; statusCode?: number; message?: string };
    const status = e.status ?? e.statusCode ?? 500;
    if (e.type === 'entity.too.large' || status === 413) {
      send(
        res,
        413,
        ErrorCode.BAD_USER_INPUT,
        `The request body is larger than the limit of ${bodyLimitBytes} bytes.`,
      );
    } else if (e.type === 'entity.parse.failed') {
      send(res, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON.');
    } else if (status === 404) {
      send(res, 404, ErrorCode.NOT_FOUND, 'Not found.');
    } else if (status >= 400 && status < 500) {
      send(res, status, ErrorCode.BAD_USER_INPUT, 'The request could not be read.');
    } else {
      logger.error({ err: error }, 'unhandled HTTP error');
      send(res, 500, ErrorCode.INTERNAL, 'Internal server error');
    }
  };
}
