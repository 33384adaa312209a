// The API's answers to requests that are wrong before any data is read, from a server whose database is
// not there (none is needed): subscriptions, oversized headers, and introspection by environment.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/server.ts';
import { freePort } from '../../setup/free-port.ts';

async function serverWith(env: Record<string, string>): Promise<RunningServer> {
  const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, ...env });
  const server = await startServer(
    { ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } },
    createLogger('silent'),
  );
  server.ready.catch(() => {});
  return server;
}

interface GraphqlBody {
  data?: { __schema: { queryType: { name: string } } };
  errors: { message: string; extensions: { code: string } }[];
}

const post = (server: RunningServer, query: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

/** Sends raw bytes and reads until the server closes: what a client that keeps sending would see. */
function rawExchange(server: RunningServer, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', (error) => (received ? resolve(received) : reject(error)));
  });
}

describe('in production', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serverWith({ NODE_ENV: 'production' });
  });
  afterAll(() => server.stop());

  it('refuses a subscription as a client error: 400 BAD_USER_INPUT, not supported', async () => {
    const response = await post(server, 'subscription { version }');
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphqlBody;
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/subscriptions are not supported/i),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers request headers over 16 KB with 431 and a JSON error', async () => {
    const response = await post(server, '{ version }', { 'x-padding': 'a'.repeat(64 * 1024) });
    expect(response.status).toBe(431);
    expect(await response.json()).toMatchObject({
      errors: [
        {
          message: expect.stringMatching(/headers are larger than 16384 bytes/),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it('answers 431 to a client still sending headers, instead of resetting the connection', async () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `X-Line-${i}: ${'b'.repeat(100)}\r\n`).join('');
    const answer = await rawExchange(server, `POST /graphql HTTP/1.1\r\nHost: test\r\n${lines}\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/"code":"BAD_USER_INPUT"/);
  });

  it('answers malformed HTTP with 400', async () => {
    expect(await rawExchange(server, 'NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('refuses introspection by default', async () => {
    const response = await post(server, '{ __schema { queryType { name } } }');
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphqlBody).errors[0]!.message).toMatch(/introspection/i);
  });
});

describe('introspection', () => {
  it.each([
    [{ NODE_ENV: 'development' }, 200],
    [{ NODE_ENV: 'production', DIPLOGRAPH_INTROSPECTION: 'true' }, 200],
  ])('is on with %j', async (env, status) => {
    const server = await serverWith(env);
    try {
      const response = await post(server, '{ __schema { queryType { name } } }');
      expect(response.status).toBe(status);
      expect(((await response.json()) as GraphqlBody).data!.__schema.queryType.name).toBe('Query');
    } finally {
      await server.stop();
    }
  });
});
