import { GraphQLError } from '../../../src/api/graphql-js.ts';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../../src/domain/errors.ts';
import { createFormatError, httpStatusOf, toGraphQLError } from '../../../src/api/graphql-errors.ts';

const neo4jError = (code: string, message: string) =>
  Object.assign(new Error(message), { name: 'Neo4jError', code });
const format = (production: boolean, error: unknown, message = 'raw') => {
  const internal: unknown[] = [];
  const formatted = createFormatError({ production, onInternalError: (e) => internal.push(e) })(
    { message, path: ['q'] },
    error,
  );
  return { formatted, internal };
};

describe('formatError', () => {
  it('gives an AppError its code and message', () => {
    const { formatted } = format(true, new AppError(ErrorCode.NOT_FOUND, 'no such person'));
    expect(formatted).toEqual({ message: 'no such person', path: ['q'], extensions: { code: 'NOT_FOUND' } });
  });

  it('finds an AppError inside the GraphQLErrors that carry it', () => {
    const wrapped = new GraphQLError('outer', {
      originalError: toGraphQLError(new AppError(ErrorCode.UNAUTHENTICATED, 'key')),
    });
    expect(format(true, wrapped).formatted.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('masks unknown errors in production, and reports them to the log', () => {
    const error = new Error('Invalid input MATCH (n:Secret) at line 3 /srv/app/src/x.ts:12');
    const { formatted, internal } = format(true, error, error.message);
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['q'],
      extensions: { code: 'INTERNAL' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/MATCH|stack|\.ts/);
    expect(internal).toEqual([error]);
  });

  it('shows unknown errors outside production, still coded INTERNAL', () => {
    expect(format(false, new Error('boom'), 'boom').formatted).toMatchObject({
      message: 'boom',
      extensions: { code: 'INTERNAL' },
    });
  });

  it('turns a coded Cypher validation failure into its code, without the Java wrapper', () => {
    const error = neo4jError(
      'Neo.ClientError.Procedure.ProcedureCallFailed',
      'Failed to invoke procedure `apoc.util.validate`: Caused by: java.lang.RuntimeException: NOT_FOUND: no country has the id XXX',
    );
    expect(format(true, error).formatted).toMatchObject({
      message: 'no country has the id XXX',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it.each(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'])(
    'maps the Neo4j outage %s to GRAPH_UNAVAILABLE',
    (code) => {
      expect(format(true, neo4jError(code, 'connection refused 10.0.0.3:7687')).formatted).toMatchObject({
        message: expect.stringMatching(/unavailable/),
        extensions: { code: 'GRAPH_UNAVAILABLE' },
      });
    },
  );

  it('maps a query timeout to BAD_USER_INPUT with advice', () => {
    const error = neo4jError(
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'timed out',
    );
    expect(format(true, error).formatted).toMatchObject({
      message: expect.stringMatching(/narrow it/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'])(
    "codes Apollo's %s as BAD_USER_INPUT, keeping the reason and the message",
    (code) => {
      const formatted = createFormatError({ production: true })(
        { message: 'Syntax Error: Query depth limit of 10 exceeded, found 12.', extensions: { code } },
        new GraphQLError('x'),
      );
      expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: code });
      expect(formatted.message).toMatch(/depth limit of 10/);
    },
  );

  it('maps every error code to an HTTP status', () => {
    expect(Object.values(ErrorCode).map((code) => [code, httpStatusOf(code)])).toEqual([
      ['BAD_USER_INPUT', 400],
      ['UNAUTHENTICATED', 401],
      ['NOT_FOUND', 404],
      ['CONFLICT', 409],
      ['EXTRACTION_FAILED', 400],
      ['GRAPH_UNAVAILABLE', 503],
      ['GRAPH_BUSY', 503],
      ['CONFIG_INVALID', 500],
      ['INTERNAL', 500],
    ]);
  });
});
