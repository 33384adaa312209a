import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundRoutes } from '../../../src/api/playground/playground-routes.ts';

function serve(dist: string): Promise<{ server: Server; url: string }> {
  const app = express();
  app.use(playgroundRoutes(dist));
  app.use((_req, res) => res.status(418).send('passed on'));
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    );
  });
}

describe('the playground routes', () => {
  const built = mkdtempSync(join(tmpdir(), 'playground-built-'));
  const empty = mkdtempSync(join(tmpdir(), 'playground-empty-'));
  let withBundle: { server: Server; url: string };
  let withoutBundle: { server: Server; url: string };

  beforeAll(async () => {
    writeFileSync(join(built, 'playground.js'), 'console.log(1)');
    withBundle = await serve(built);
    withoutBundle = await serve(empty);
  });

  afterAll(() => {
    withBundle.server.close();
    withoutBundle.server.close();
    rmSync(built, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it('serves the page to a browser, with a CSP that allows only this origin', async () => {
    const response = await fetch(`${withBundle.url}/graphql`, { headers: { accept: 'text/html,*/*' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<script type="module" src="/graphql/playground/playground.js">');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  });

  it('passes GraphQL requests on: JSON clients and GET queries', async () => {
    expect(
      (await fetch(`${withBundle.url}/graphql`, { headers: { accept: 'application/json' } })).status,
    ).toBe(418);
    const get = await fetch(`${withBundle.url}/graphql?query=%7Bversion%7D`, {
      headers: { accept: 'text/html' },
    });
    expect(get.status).toBe(418);
  });

  it('serves the bundle, and 404 for a missing asset', async () => {
    expect(await (await fetch(`${withBundle.url}/graphql/playground/playground.js`)).text()).toBe(
      'console.log(1)',
    );
    expect((await fetch(`${withBundle.url}/graphql/playground/nope.js`)).status).toBe(404);
  });

  it('says how to build the playground when it is not bundled', async () => {
    const response = await fetch(`${withoutBundle.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
