// GET /dashboard and /explore: the pages and their assets from the bundle folder, under a same-origin CSP, and a
// page that says how to build when the bundle is missing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../../src/api/web-routes.ts';

function serve(dist: string): Promise<{ server: Server; url: string }> {
  const app = express();
  app.use(webRoutes(dist));
  app.use((_req, res) => res.status(418).send('passed on'));
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    );
  });
}

describe('the dashboard and explorer routes', () => {
  const built = mkdtempSync(join(tmpdir(), 'web-built-'));
  const empty = mkdtempSync(join(tmpdir(), 'web-empty-'));
  let withBundle: { server: Server; url: string };
  let withoutBundle: { server: Server; url: string };

  beforeAll(async () => {
    for (const file of ['dashboard.js', 'explore.js', 'web.css']) writeFileSync(join(built, file), '/* x */');
    withBundle = await serve(built);
    withoutBundle = await serve(empty);
  });

  afterAll(() => {
    withBundle.server.close();
    withoutBundle.server.close();
    rmSync(built, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it.each(['dashboard', 'explore'])('serves /%s with a CSP that allows only this origin', async (page) => {
    const response = await fetch(`${withBundle.url}/${page}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(await response.text()).toContain(`src="/web/${page}.js"`);
  });

  it('serves the assets and refuses what is not there', async () => {
    expect((await fetch(`${withBundle.url}/web/dashboard.js`)).status).toBe(200);
    expect((await fetch(`${withBundle.url}/web/missing.js`)).status).toBe(404);
    expect((await fetch(`${withBundle.url}/web/../web-routes.ts`)).status).not.toBe(200);
  });

  it('explains how to build when the bundle is missing', async () => {
    const response = await fetch(`${withoutBundle.url}/dashboard`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });

  it('passes other paths on', async () => {
    expect((await fetch(`${withBundle.url}/dashboards`)).status).toBe(418);
  });
});
