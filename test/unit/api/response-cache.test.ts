// The response cache on its own: what it stores, what it never stores, and that an invalidation wins over an
// answer computed before it. Over HTTP against Neo4j it is covered in test/e2e/api.test.ts.
import { describe, expect, it } from 'vitest';
import { createResponseCache } from '../../../src/api/response-cache.ts';

const QUERY = '{ search(text: "Rudenko") { id } }';

function apolloRequest(operation: 'query' | 'mutation', result: Record<string, unknown>) {
  const headers = new Map([['content-type', 'application/json; charset=utf-8']]);
  return {
    start: { request: { query: QUERY, variables: {}, http: { method: 'POST', headers: new Map() } } },
    send: {
      operation: { operation },
      response: { body: { kind: 'single', singleResult: result }, http: { status: undefined, headers } },
      contextValue: { facts: { operation: 'search' } },
    },
  };
}

async function answer(
  cache: ReturnType<typeof createResponseCache>,
  request: ReturnType<typeof apolloRequest>,
  between?: () => void,
) {
  const hooks = await cache.plugin.requestDidStart!(request.start as never);
  between?.();
  await hooks?.willSendResponse?.(request.send as never);
}

function httpRequest(cache: ReturnType<typeof createResponseCache>) {
  const sent: {
    body?: Buffer;
    headers: Record<string, string>;
    passedOn: boolean;
    /** Ends the exchange, as Node does once the answer is sent: 'close'. */
    close: () => void;
  } = { headers: {}, passedOn: false, close: () => {} };
  const req = { method: 'POST', body: { query: QUERY, variables: {} }, get: () => undefined };
  const res = {
    locals: {},
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    end: (body: Buffer) => (sent.body = body),
    once: (event: string, listener: () => void) => {
      if (event === 'close') sent.close = listener;
    },
  };
  cache.middleware(req as never, res as never, () => (sent.passedOn = true));
  return sent;
}

/** Lets the promise callbacks of the middleware run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the response cache', () => {
  it('answers the same query again with the stored body, before Apollo', async () => {
    const cache = createResponseCache({ ttlSeconds: 60 });
    expect(httpRequest(cache).passedOn).toBe(true);
    await answer(cache, apolloRequest('query', { data: { search: [{ id: 'person:andrey-rudenko' }] } }));
    const hit = httpRequest(cache);
    expect(hit.passedOn).toBe(false);
    expect(JSON.parse(hit.body!.toString('utf8'))).toEqual({
      data: { search: [{ id: 'person:andrey-rudenko' }] },
    });
    expect(hit.headers).toMatchObject({ age: '0', 'cache-control': 'no-store' });
  });

  it('never stores a mutation or an answer with errors', async () => {
    const cache = createResponseCache({ ttlSeconds: 60 });
    await answer(cache, apolloRequest('mutation', { data: { ingestArticle: null } }));
    await answer(
      cache,
      apolloRequest('query', { data: null, errors: [{ message: 'Neo4j is unavailable' }] }),
    );
    expect(httpRequest(cache).passedOn).toBe(true);
  });

  it('drops an answer computed while the graph changed', async () => {
    const cache = createResponseCache({ ttlSeconds: 60 });
    await answer(cache, apolloRequest('query', { data: { search: [] } }), () => cache.invalidate());
    expect(httpRequest(cache).passedOn).toBe(true);
  });

  it('forgets everything on invalidate, and stores nothing when its TTL is 0', async () => {
    const cache = createResponseCache({ ttlSeconds: 60 });
    await answer(cache, apolloRequest('query', { data: { search: [] } }));
    cache.invalidate();
    expect(httpRequest(cache).passedOn).toBe(true);
    const off = createResponseCache({ ttlSeconds: 0 });
    await answer(off, apolloRequest('query', { data: { search: [] } }));
    expect(httpRequest(off).passedOn).toBe(true);
  });

  it('asks once when the same question comes again while it is being answered', async () => {
    const cache = createResponseCache({ ttlSeconds: 60 });
    const first = httpRequest(cache);
    const second = httpRequest(cache);
    expect(first.passedOn).toBe(true);
    expect(second.passedOn).toBe(false);
    await answer(cache, apolloRequest('query', { data: { search: [{ id: 'person:andrey-rudenko' }] } }));
    first.close();
    await settle();
    expect(second.passedOn).toBe(false);
    expect(JSON.parse(second.body!.toString('utf8'))).toEqual({
      data: { search: [{ id: 'person:andrey-rudenko' }] },
    });
  });

  it('runs a waiting request itself when the answer it waited for was not stored', async () => {
    const cache = createResponseCache({ ttlSeconds: 60 });
    const first = httpRequest(cache);
    const second = httpRequest(cache);
    await answer(cache, apolloRequest('query', { data: null, errors: [{ message: 'timed out' }] }));
    first.close();
    await settle();
    expect(second.passedOn).toBe(true);
    expect(second.body).toBeUndefined();
    // Nothing is in flight any more: the next request goes on at once, it is not kept waiting.
    expect(httpRequest(cache).passedOn).toBe(true);
  });
});
