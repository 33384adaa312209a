// The playground in a real headless Chromium: GET /graphql opens GraphiQL served by the project itself (no CDN),
// the example query runs from the page's run button, and its result shows in the page.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { EXAMPLE_QUERIES } from '../../src/api/playground/example-queries.ts';
import { PLAYGROUND_DIST } from '../../src/api/playground/playground-routes.ts';
import { deleteArticles, realIngestService, testArticles } from './support/test-articles.ts';

const CHROMIUM = '/usr/bin/chromium';
const target = inject('neo4j');

describe('the GraphQL playground in a browser', () => {
  const driver = createDriver(target);
  const profile = mkdtempSync(join(tmpdir(), 'diplograph-chromium-'));
  const seed = testArticles(`e2e-playground-${process.pid}-${Date.now()}`)[0]!.request;
  let server: RunningServer;
  let browser: BrowserContext;
  const external: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: the playground test needs a real browser. ` +
          'Install it with `apt-get install -y chromium chromium-driver`.',
      );
    }
    if (!existsSync(join(PLAYGROUND_DIST, 'playground.js'))) {
      throw new Error('The playground is not bundled: run `npm run build` (npm install does it).');
    }
    await realIngestService(driver, target.database).ingestArticle(seed);
    const config = loadConfig({
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
    });
    server = await startServer(
      { ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } },
      createLogger('silent'),
    );
    await server.ready;
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // Monaco renders only the lines in view: a tall window shows the whole answer.
      viewport: { width: 1400, height: 6000 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await deleteArticles(driver, target.database, [seed.id!]);
    await driver.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens GraphiQL at GET /graphql, runs the example query and shows who said what', async () => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
        external.push(request.url());
    });
    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    // The first default tab is the first example query.
    // Monaco renders spaces as no-break spaces.
    const textOf = async (selector: string) =>
      (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(() => textOf('.graphiql-query-editor'), { timeout: 20_000 }).toContain('whoSaidWhat');
    expect(EXAMPLE_QUERIES[0]!.query).toContain('whoSaidWhat');

    await page.locator('button.graphiql-execute-button').click();
    await expect.poll(() => textOf('.result-window'), { timeout: 20_000 }).toContain('Andrey Rudenko');
    const text = await textOf('.result-window');
    expect(text).toContain('Deputy Foreign Minister');
    expect(text).toContain('Sputnik');
    expect(text).not.toContain('"errors"');

    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
