// What the POST /graphql fast path (fast-graphql.ts) has already done for a request it hands on to the Express
// app, so that the app does not do it twice: the app's first middleware times the request from the fast path's
// start, and the app's /graphql steps the fast path has run (reading the body, the response cache, the early
// answer) are passed over, each by the one wrapper below (the parser's error, if any, goes to the error handler).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The app's /graphql steps the fast path also runs, in the order both run them. */
export const FAST_STEPS = ['read', 'cache', 'early'] as const;
export type FastStep = (typeof FAST_STEPS)[number];

export interface FastState {
  /** performance.now() when the request arrived. */
  started: number;
  /**
   * The last step the fast path has run, and every one before it: 'read' (the body is read), 'cache' (the response
   * cache has seen the request and holds it as being answered), 'early' (the early answer has tried it).
   */
  done: FastStep;
  /** The body parser's error (or the early answer's failure), for the app's error handler. */
  error?: unknown;
}

const STATE = Symbol('diplograph fast path');

type WithState = IncomingMessage & { [STATE]?: FastState };

export function fastStateOf(req: IncomingMessage): FastState | undefined {
  return (req as WithState)[STATE];
}

export function setFastState(req: IncomingMessage, state: FastState): void {
  (req as WithState)[STATE] = state;
}

type Next = (error?: unknown) => void;

/**
 * The app's middleware for `step`, passed over for a request whose fast path has run it: on to the next step, or,
 * with the fast path's error, to the error handler.
 */
export function unlessFastDone<Req extends IncomingMessage, Res extends ServerResponse>(
  step: FastStep,
  middleware: (req: Req, res: Res, next: Next) => unknown,
): (req: Req, res: Res, next: Next) => unknown {
  const at = FAST_STEPS.indexOf(step);
  return (req, res, next) => {
    const fast = fastStateOf(req);
    if (fast && FAST_STEPS.indexOf(fast.done) >= at) return next(fast.error);
    // Returned: Express 5 sends a rejected promise to the error handler.
    return middleware(req, res, next);
  };
}
