// Answers, before Apollo, a query string that Apollo has already parsed, validated and let the domain fast path
// answer (domain-fast-path.ts reports each one). Apollo's request pipeline (its plugin hooks, the document
// store's hash, the response object) was about a fifth of the API's own time per uncached answer. Per request
// this runs what Apollo's plugins would: the argument guard, the graph-availability check, the operation label,
// the response cache; anything it does not handle (another media type, an extension, a refused argument, a
// failed read) goes on to Apollo, which answers as before.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { findArgumentProblems } from './argument-guard.ts';
import {
  answerDomainOperation,
  type DomainOperation,
  type OnFastAnswer,
} from './domain-queries/domain-fast-path.ts';
import type { SchemaFacts } from './domain-queries/schema-facts.ts';
import type { GraphState } from './graph-availability.ts';
import { factsOf, type ApiContext } from './graphql-context.ts';
import type { ResponseCache } from './response-cache.ts';

/** The per-request context, for a request Express has or has not seen. */
export type ContextOf = (args: { req: IncomingMessage; res: ServerResponse }) => Promise<ApiContext>;

/** A request read as JSON: Express's req after its body parser, or the fast path's (fast-graphql.ts). */
export type ReadRequest = IncomingMessage & { body?: unknown };

export interface EarlyAnswer {
  /** The schema facts the answers are planned with (the fast path plugin plans with the same). */
  facts: SchemaFacts;
  /** Given to domainFastPathPlugin: remembers each query string the fast path answered. */
  remember: OnFastAnswer;
  /** The request's known operation and variables, if the early answer takes it; undefined leaves it to Apollo. */
  take(req: ReadRequest): Taken | undefined;
  /**
   * Answers a taken request: what writes the answer (status, headers, bytes), or undefined when the read failed and
   * Apollo must answer. Starts the response cache's store and sets the request's operation label first.
   */
  run(taken: Taken, req: ReadRequest, res: ServerResponse, context: ContextOf): Promise<Made | undefined>;
  /** take, run and write, mounted after the JSON body parser and the response cache, before Apollo's middleware. */
  middleware(context: ContextOf): (req: Request, res: Response, next: NextFunction) => Promise<void>;
}

export interface Taken {
  found: Known;
  request: PlainRequest;
  variables: Record<string, unknown>;
}

export interface Made {
  /** Writes the answer (and stores it in the response cache). */
  send(res: ServerResponse): void;
}

export interface Known extends DomainOperation {
  /** The operation label Apollo's request gave the metrics (the same for every request of the string). */
  label: string | undefined;
}

/** Apollo's media type for a single result when the client accepts JSON in general. */
const JSON_TYPE = 'application/json; charset=utf-8';
/**
 * Characters of query strings remembered (a dashboard asks a few dozen short ones): bounded by size, not count,
 * because a request body may be up to the body limit, and every string keeps its document alive.
 */
export const MAX_KNOWN_CHARS = 8 * 1024 * 1024;

export function createEarlyAnswer(options: {
  facts: SchemaFacts;
  graphState: () => GraphState;
  responseCache?: ResponseCache;
}): EarlyAnswer {
  const known = new LRUCache<string, Known>({
    maxSize: MAX_KNOWN_CHARS,
    sizeCalculation: (_, key) => Math.max(1, key.length),
  });
  const keyOf = (query: string, operationName: string | undefined) => `${operationName ?? ''}\n${query}`;

  const early: EarlyAnswer = {
    facts: options.facts,
    remember(request, prepared, context) {
      known.set(keyOf(request.query, request.operationName), { ...prepared, label: context.facts.operation });
    },

    take(req) {
      const request = plainRequest(req);
      const found = request && known.get(keyOf(request.query, request.operationName));
      if (!request || !found || options.graphState() !== 'ready') return undefined;
      const variables = request.variables ?? {};
      if (findArgumentProblems(found.schema, found.document, variables).length > 0) return undefined;
      return { found, request, variables };
    },

    async run({ found, variables }, req, res, context) {
      const accept = req.headers.accept;
      const store = options.responseCache?.startAnswer(req.body as object, accept);
      const facts = factsOf(res);
      facts.operation = found.label;
      let data;
      try {
        data = await answerDomainOperation(options.facts, found, variables, await context({ req, res }));
      } catch {
        data = null;
      }
      if (!data) return undefined;
      // Apollo's bytes: its stringifyResult (JSON and a newline) of { errors, data, extensions }.
      const body = Buffer.from(`${JSON.stringify({ data })}\n`);
      return {
        send(out) {
          out.statusCode = 200;
          out.setHeader('content-type', JSON_TYPE);
          // The response cache's plugin sets this on every answer Apollo makes.
          if (options.responseCache) out.setHeader('cache-control', 'no-store');
          store?.(body, JSON_TYPE, facts.operation);
          out.end(body);
        },
      };
    },

    middleware(context) {
      return async (req, res, next) => {
        const taken = early.take(req);
        const made = taken && (await early.run(taken, req, res, context));
        if (!made) return next();
        made.send(res);
      };
    },
  };
  return early;
}

export interface PlainRequest {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
}

/**
 * A POST of a query, its operation name and plain variables, asking for JSON, without extensions (persisted
 * queries) or batching; anything else is Apollo's to read.
 */
function plainRequest(req: ReadRequest): PlainRequest | undefined {
  if (req.method !== 'POST') return undefined;
  const accept = req.headers.accept;
  if (accept !== undefined && accept !== '*/*' && accept !== 'application/json') return undefined;
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || extensions !== undefined) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return undefined;
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) return undefined;
  return {
    query,
    operationName: operationName ?? undefined,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
