// What the POST /graphql fast path (fast-graphql.ts) has already done for a request it hands on to the Express
// app, so that the app does not do it twice: the app's first middleware times the request from the fast path's
// start, the body is not read again (the parser's error, if any, goes to the error handler), and the response cache and the early answer
// step aside when the fast path has run them.
import type { IncomingMessage } from 'node:http';

export interface FastState {
  /** performance.now() when the request arrived. */
  started: number;
  /** The body parser's error (or the early answer's failure), for the app's error handler. */
  error?: unknown;
  /** The response cache has seen the request (and holds it as being answered). */
  cacheDone?: boolean;
  /** The early answer has tried the request (and left it to Apollo). */
  earlyDone?: boolean;
}

const STATE = Symbol('diplograph fast path');

type WithState = IncomingMessage & { [STATE]?: FastState };

export function fastStateOf(req: IncomingMessage): FastState | undefined {
  return (req as WithState)[STATE];
}

export function setFastState(req: IncomingMessage, state: FastState): void {
  (req as WithState)[STATE] = state;
}
