// Which requests the answer before Apollo takes up (src/api/early-answer.ts), without a database: only a plain
// JSON POST of a query string the fast path answered, under the same operation name; the remembered strings are
// bounded by their size. The graph state is asked only once a request is taken up, so it tells which were.
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import type { DomainOperation } from '../../../src/api/domain-queries/domain-fast-path.ts';
import { createEarlyAnswer, MAX_KNOWN_CHARS } from '../../../src/api/early-answer.ts';
import type { ApiContext } from '../../../src/api/graphql-context.ts';

const prepared = {} as DomainOperation;
const context = { facts: { operation: 'Q' } } as unknown as ApiContext;

function setup() {
  let asked = 0;
  const early = createEarlyAnswer({
    facts: new Map(),
    graphState: () => {
      asked++;
      return 'starting';
    },
  });
  const handler = early.middleware(async () => context);
  /** True when the request was taken up (the graph state was asked), false when passed straight on. */
  const takenUp = async (body: unknown, headers: Record<string, string> = {}, method = 'POST') => {
    const before = asked;
    let passedOn = false;
    const req = { method, headers, body, get: (name: string) => headers[name] } as unknown as Request;
    await handler(req, {} as Response, () => (passedOn = true));
    expect(passedOn).toBe(true);
    return asked > before;
  };
  return { early, takenUp };
}

describe('the answer before Apollo takes up', () => {
  it('a JSON POST of a query string the fast path answered, under its operation name only', async () => {
    const { early, takenUp } = setup();
    const query = 'query Q { search(text: "x") { id } }';
    expect(await takenUp({ query })).toBe(false);
    early.remember({ query, operationName: undefined }, prepared, context);
    expect(await takenUp({ query })).toBe(true);
    expect(await takenUp({ query, operationName: null, variables: { a: 1 } })).toBe(true);
    expect(await takenUp({ query }, { accept: 'application/json' })).toBe(true);
    expect(await takenUp({ query, operationName: 'Q' })).toBe(false);
    expect(await takenUp({ query: `${query} ` })).toBe(false);
  });

  it('nothing that Apollo must read itself', async () => {
    const { early, takenUp } = setup();
    const query = '{ search(text: "x") { id } }';
    early.remember({ query, operationName: undefined }, prepared, context);
    expect(await takenUp({ query }, {}, 'GET')).toBe(false);
    expect(await takenUp({ query }, { accept: 'application/graphql-response+json' })).toBe(false);
    expect(await takenUp({ query, extensions: { persistedQuery: { version: 1 } } })).toBe(false);
    expect(await takenUp({ query, variables: [1] })).toBe(false);
    expect(await takenUp({ query, operationName: 3 })).toBe(false);
    expect(await takenUp([{ query }])).toBe(false);
  });

  it('forgets the least recently used strings past its size bound', async () => {
    const { early, takenUp } = setup();
    const big = (i: number) => `{ search(text: "${i}") { id } }`.padEnd(MAX_KNOWN_CHARS / 4, ' ');
    for (let i = 0; i < 5; i++)
      early.remember({ query: big(i), operationName: undefined }, prepared, context);
    expect(await takenUp({ query: big(0) })).toBe(false);
    expect(await takenUp({ query: big(4) })).toBe(true);
  });
});
