// Whole-response cache of GraphQL queries, for dashboards that poll the same questions. An Apollo plugin keeps
// the serialized answer of every successful query; an Express middleware in front of Apollo sends it back for
// the same request without parsing, planning or serializing anything again. The server clears it whenever the
// graph changes (at once for its own ingestion, within a second for other writers, see server.ts); `ttlSeconds`
// bounds how long an entry lives anyway. Mutations, errors and GET requests are never cached, and answers say
// `Cache-Control: no-store`, as Apollo's do: only this cache knows when an answer has gone stale. A request asked
// again while the same one is being answered waits for that answer, so the dashboards polling one question after
// an invalidation ask Neo4j once, not once each.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { factsOf, type ApiContext } from './graphql-context.ts';

export interface ResponseCache {
  /** Answers a cached POST /graphql at once; goes on to Apollo otherwise. Mount after the JSON body parser. */
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  /** Stores what Apollo answered to a query. */
  plugin: ApolloServerPlugin<ApiContext>;
  /**
   * For an answer made outside Apollo (early-answer.ts): called when the request starts, returns what stores the
   * answer's bytes once made, with the plugin's rules (no answer computed before an invalidation is kept).
   */
  startAnswer(request: GraphqlRequestFields, accept: string | undefined): StoreAnswer;
  /**
   * The middleware's first step for a request read outside Express (fast-graphql.ts), in three parts so the caller
   * can set its own headers before a cached answer's: off (cache disabled or not a cacheable body), a hit, busy (the
   * same request is being answered: the middleware waits for it), or a miss, which `claim` holds as being answered
   * until the response closes, as the middleware does before it goes on.
   */
  check(request: unknown, accept: string | undefined): CacheCheck;
  /** Forgets every answer: the graph changed. */
  invalidate(): void;
}

export type CacheCheck =
  | { kind: 'off' }
  | { kind: 'hit'; send(res: ServerResponse): void }
  | { kind: 'busy'; wait(res: ServerResponse, next: (error?: unknown) => void): void }
  | { kind: 'miss'; claim(res: ServerResponse): void };

export type StoreAnswer = (body: Buffer, contentType: string, operation: string | undefined) => void;

interface CachedAnswer {
  /** Bytes, not a string: a string would be UTF-8 encoded again on every write. */
  body: Buffer;
  contentType: string;
  operation: string | undefined;
  storedAt: number;
}

/** Bytes of serialized answers kept; the least recently used go first. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

export interface GraphqlRequestFields {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** The request as Apollo sees it, plus the media type asked for (Apollo answers by it). */
function keyOf(request: GraphqlRequestFields, accept: string | undefined): string | undefined {
  if (typeof request.query !== 'string') return undefined;
  const identity = JSON.stringify([
    request.query,
    request.operationName ?? null,
    request.variables ?? null,
    accept ?? '',
  ]);
  return createHash('sha256').update(identity).digest('base64url');
}

export function createResponseCache(options: { ttlSeconds: number; now?: () => number }): ResponseCache {
  const now = options.now ?? Date.now;
  const enabled = options.ttlSeconds > 0;
  const answers = new LRUCache<string, CachedAnswer>({
    maxSize: MAX_CACHE_BYTES,
    sizeCalculation: (answer) => Math.max(1, answer.body.length),
    ttl: Math.max(1, options.ttlSeconds) * 1000,
  });
  // An answer computed before an invalidation must not be stored after it.
  let generation = 0;
  /** Requests being answered, by key: resolved when the answer has been sent. */
  const answering = new Map<string, Promise<void>>();

  const send = (res: ServerResponse, answer: CachedAnswer): void => {
    factsOf(res).operation = answer.operation;
    res.setHeader('age', String(Math.floor((now() - answer.storedAt) / 1000)));
    res.setHeader('content-type', answer.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(answer.body);
  };
  const OFF: CacheCheck = { kind: 'off' };

  const check = (request: unknown, accept: string | undefined): CacheCheck => {
    if (!enabled || typeof request !== 'object' || request === null) return OFF;
    const key = keyOf(request as GraphqlRequestFields, accept);
    if (key === undefined) return OFF;
    const answer = answers.get(key);
    if (answer) return { kind: 'hit', send: (res) => send(res, answer) };
    const inFlight = answering.get(key);
    if (inFlight) {
      return {
        kind: 'busy',
        // Served from the cache once the first is answered; run again if that answer was not stored (a
        // mutation, an error, an invalidation in between).
        wait(res, next) {
          inFlight
            .then(() => {
              const stored = answers.get(key);
              if (stored) send(res, stored);
              else next();
            })
            // Outside Express's own call: an error here would otherwise be an unhandled rejection.
            .catch(next);
        },
      };
    }
    return {
      kind: 'miss',
      claim(res) {
        let answered = () => {};
        answering.set(key, new Promise<void>((resolve) => (answered = resolve)));
        // 'close' comes after the answer is sent, or when the client goes away first: either way, stop waiting.
        res.once('close', () => {
          answering.delete(key);
          answered();
        });
      },
    };
  };

  return {
    check,

    middleware(req, res, next) {
      if (req.method !== 'POST') return next();
      const found = check(req.body, req.get('accept'));
      switch (found.kind) {
        case 'off':
          return next();
        case 'hit':
          return found.send(res);
        case 'busy':
          return found.wait(res, next);
        case 'miss':
          found.claim(res);
          return next();
      }
    },

    plugin: {
      async requestDidStart({ request }) {
        const startedIn = generation;
        return {
          async willSendResponse({ response, operation, contextValue }) {
            // Only this cache knows when an answer has gone stale: no browser or proxy may keep one.
            response.http.headers.set('cache-control', 'no-store');
            if (!enabled || request.http?.method !== 'POST') return;
            if (operation?.operation !== 'query' || response.body.kind !== 'single') return;
            if (response.body.singleResult.errors || (response.http.status ?? 200) !== 200) return;
            if (generation !== startedIn) return;
            const key = keyOf(request, request.http?.headers.get('accept'));
            if (key === undefined) return;
            answers.set(key, {
              body: Buffer.from(`${JSON.stringify(response.body.singleResult)}\n`),
              contentType: response.http.headers.get('content-type') ?? 'application/json; charset=utf-8',
              operation: contextValue.facts.operation,
              storedAt: now(),
            });
          },
        };
      },
    },

    startAnswer(request, accept) {
      const startedIn = generation;
      return (body, contentType, operation) => {
        if (!enabled || generation !== startedIn) return;
        const key = keyOf(request, accept);
        if (key !== undefined) answers.set(key, { body, contentType, operation, storedAt: now() });
      };
    },

    invalidate() {
      generation++;
      answers.clear();
    },
  };
}
