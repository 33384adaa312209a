// POST /graphql without Express: the request's JSON body is read by the same body parser, the response cache and
// the early answer (early-answer.ts) run as the app's middleware would, and the answer gets the headers the app's
// middleware sets (request id, helmet's, CORS) from the same functions. Express's app handling and router (its
// layers, the health, metrics, playground and web routers a POST /graphql walks past) were about a tenth of the
// API's own time per uncached answer. Every request the early answer does not answer (another route or method,
// a body the parser refuses or that is not JSON, a cached request being answered, a query Apollo has to answer,
// a failed read) goes on to the Express app, told what is already done (fast-state.ts), and is answered there as
// before.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContextOf, EarlyAnswer, ReadRequest } from './early-answer.ts';
import { setFastState, type FastState } from './fast-state.ts';
import type { ObserveRequest } from './request-observer.ts';
import type { ResponseCache } from './response-cache.ts';

type Next = (error?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FastGraphqlDeps {
  /** The Express app: everything the fast path does not answer. */
  app: RequestHandler;
  /** The app's own middleware instances, in the app's order. */
  observe: ObserveRequest;
  /** Helmet's headers. */
  security: Middleware;
  /** CORS on /graphql. */
  cors: Middleware;
  /** express.json with the body limit. */
  readJson: Middleware;
  responseCache?: ResponseCache;
  earlyAnswer: EarlyAnswer;
  context: ContextOf;
}

export function fastGraphql(deps: FastGraphqlDeps): RequestHandler {
  const { app, observe, security, cors, readJson, responseCache, earlyAnswer, context } = deps;

  /** The app's middleware headers, in its order, then the answer. */
  const send = (req: IncomingMessage, res: ServerResponse, state: FastState, write: () => void) => {
    observe(req, res, '/graphql', state.started);
    security(req, res, () => cors(req, res, write));
  };

  const answer = async (req: ReadRequest, res: ServerResponse, state: FastState): Promise<void> => {
    // Not JSON: the app answers 415.
    if (req.body === undefined) return app(req, res);
    if (responseCache) {
      const cached = responseCache.check(req.body, req.headers.accept);
      if (cached.kind === 'hit') return send(req, res, state, () => cached.send(res));
      if (cached.kind === 'busy') return app(req, res);
      if (cached.kind === 'miss') cached.claim(res);
      state.done = 'cache';
    }
    const taken = earlyAnswer.take(req);
    if (!taken) return app(req, res);
    state.done = 'early';
    const made = await earlyAnswer.run(taken, req, res, context);
    if (!made) return app(req, res);
    send(req, res, state, () => made.send(res));
  };

  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return app(req, res);
    const state: FastState = { started: performance.now(), done: 'read' };
    setFastState(req, state);
    readJson(req, res, (error) => {
      if (error !== undefined) {
        state.error = error;
        return app(req, res);
      }
      answer(req, res, state).catch((failure: unknown) => {
        // As Express does with a middleware's rejection: its error handler answers.
        if (res.headersSent) return;
        state.error = failure;
        app(req, res);
      });
    });
  };
}
