// /dashboard and /explore in a real headless Chromium against the real Neo4j with samples/ ingested: every panel
// draws as many marks or rows as a hand-written Cypher query counts, the pickers and clicks do what they say, the
// URL carries the state, bad URL input reads as a message, and nothing is fetched from outside this server.
// DIPLOGRAPH_SCREENSHOTS=docs saves both pages at 1440x900 for the README.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { createGraphWriter } from '../../src/graph/graph-writer.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { createIngester } from '../../src/ingest/ingester.ts';
import { ingestAll } from '../../src/ingest/ingest-all.ts';
import { readSources } from '../../src/ingest/sources/index.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { WEB_DIST } from '../../src/api/web-routes.ts';
import {
  DASHBOARD_QUERIES,
  DEFAULT_RELATIONSHIP_TYPES,
  PANEL_VARIABLES,
} from '../../src/web/panel-queries.ts';
import { deleteArticles } from './support/test-articles.ts';
import { graphqlClient } from './support/graphql-client.ts';

const CHROMIUM = '/usr/bin/chromium';
const SAMPLES = resolve(import.meta.dirname, '../../samples');
const SCREENSHOTS = process.env.DIPLOGRAPH_SCREENSHOTS;
const target = inject('neo4j');

/** What the page-side functions use of the page. */
interface PageGlobals {
  document: { getElementById(id: string): { dataset: Record<string, string | undefined> } | null };
}
const RANGE = { from: '2023-01-01', to: '2025-12-31' };
const PANELS = ['relation', 'talkers', 'map', 'meetings', 'treaties'];
/** A browser, a server and Neo4j on two shared cores: generous, so a busy machine does not fail the test. */
const BROWSER_TEST_MS = 120_000;

describe('the dashboard and the explorer in a browser', () => {
  const driver = createDriver(target);
  const created: string[] = [];
  let server: RunningServer;
  let browser: Browser;

  async function cypher<T = number>(query: string, params: Record<string, unknown> = {}): Promise<T> {
    const result = await driver.executeQuery(query, params, { database: target.database });
    const value = result.records[0]?.get(0) as unknown;
    return (
      typeof value === 'object' && value !== null && 'toNumber' in value
        ? (value as { toNumber(): number }).toNumber()
        : value
    ) as T;
  }

  /** A page that records page errors and every request that leaves this server. */
  async function open(path: string): Promise<{ page: Page; external: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const external: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
        external.push(url);
    });
    await page.goto(`${server.url}${path}`);
    return { page, external, errors };
  }

  // Page-side functions see the page's document; this file is type-checked without the DOM's types.
  async function panelsSettled(page: Page, ids: string[]): Promise<void> {
    await page.waitForFunction(
      (panels) =>
        panels.every((id) =>
          ['ready', 'empty', 'error'].includes(
            (globalThis as unknown as PageGlobals).document.getElementById(id)?.dataset.state ?? '',
          ),
        ),
      ids,
      // The first page plans every panel's query in Neo4j: seconds each on a busy machine.
      { timeout: 90_000 },
    );
  }

  async function datasetIs(page: Page, id: string, key: string, value: string): Promise<void> {
    await page.waitForFunction(
      (args) =>
        (globalThis as unknown as PageGlobals).document.getElementById(args.id)?.dataset[args.key] ===
        args.value,
      { id, key, value },
      { timeout: 20_000 },
    );
  }

  const data = (page: Page, id: string, key: string) =>
    page.locator(`#${id}`).getAttribute(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  const message = (page: Page, id: string) => page.locator(`#${id} .panel-message`).innerText();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
    }
    if (!existsSync(join(WEB_DIST, 'dashboard.js'))) {
      throw new Error('The dashboard is not bundled: run `npm run build` (npm install does it).');
    }
    const ingester = createIngester({
      extractor: createExtractor(),
      writer: createGraphWriter({ driver, database: target.database }),
    });
    const summary = await ingestAll(readSources([SAMPLES]), ingester, {
      concurrency: 1,
      batchSize: 16,
      replace: true,
      onEvent: (event) => {
        if (event.kind === 'done' && event.report.status === 'new') created.push(event.report.articleId);
      },
    });
    if (summary.failures.length > 0)
      throw new Error(`samples/ failed to ingest: ${JSON.stringify(summary.failures)}`);
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
    // Neo4j plans each panel's query on its first request: on a busy machine that can pass the API's query
    // timeout. Ask each once (again if cancelled) before the browser does, so the tests see answers, not planning.
    const gql = graphqlClient(server.url);
    for (const panel of DASHBOARD_QUERIES) {
      const variables = PANEL_VARIABLES[panel.id as keyof typeof PANEL_VARIABLES]({
        a: 'RUS',
        b: 'PRK',
        ...RANGE,
        interval: 'MONTH',
      });
      for (let attempt = 0; attempt < 3; attempt++)
        if (!(await gql(panel.query, variables)).body.errors) break;
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await deleteArticles(driver, target.database, created);
    await driver.close();
  }, BROWSER_TEST_MS);

  it(
    'draws as many marks and rows in each panel as Cypher counts',
    async () => {
      const { page, external, errors } = await open(
        `/dashboard?a=RUS&b=PRK&from=${RANGE.from}&to=${RANGE.to}`,
      );
      await panelsSettled(page, PANELS);
      // Every panel has data (a failing one shows its message here).
      const states = await Promise.all(
        PANELS.map(async (id) => `${id}: ${await data(page, id, 'state')} ${await message(page, id)}`.trim()),
      );
      expect(states).toEqual(PANELS.map((id) => `${id}: ready`));
      const inRange = 's.date >= $year AND s.date <= $to AND size(s.date) >= 7';
      const params = { year: RANGE.from.slice(0, 4), from: RANGE.from, to: RANGE.to };

      // Relations: one bucket per month of 2023-2025; the coded events each way (asserted ones, as eventSeries
      // counts them), and the statements each way in them.
      expect(await data(page, 'relation', 'marks')).toBe('36');
      const acted = (source: string, target: string) =>
        cypher(
          `MATCH (e:Event) WHERE e.sourceCountry = $source AND e.targetCountry = $target AND e.counted
           AND e.day >= $from AND e.day <= $to RETURN count(e)`,
          { ...params, source, target },
        );
      expect(Number(await data(page, 'relation', 'eventsAToB'))).toBe(await acted('RUS', 'PRK'));
      expect(Number(await data(page, 'relation', 'eventsBToA'))).toBe(await acted('PRK', 'RUS'));
      expect(Number(await data(page, 'relation', 'eventsAToB'))).toBeGreaterThan(0);
      const intensities = await cypher<{ cooperation: number; conflict: number }>(
        `MATCH (e:Event) WHERE [e.sourceCountry, e.targetCountry] IN [['RUS', 'PRK'], ['PRK', 'RUS']] AND e.counted
         AND e.day >= $from AND e.day <= $to
         RETURN {cooperation: sum(CASE WHEN e.intensity > 0 THEN e.intensity ELSE 0.0 END),
                 conflict: sum(CASE WHEN e.intensity < 0 THEN e.intensity ELSE 0.0 END)}`,
        params,
      );
      expect(Number(await data(page, 'relation', 'cooperation'))).toBeCloseTo(intensities.cooperation, 1);
      expect(Number(await data(page, 'relation', 'conflict'))).toBeCloseTo(intensities.conflict, 1);
      // Bucket by bucket, the chart's events are eventSeries' for the same dyad.
      const gql = graphqlClient(server.url);
      const series = await gql<{ eventSeries: { from: string; count: number; cooperation: number }[] }>(
        `query { eventSeries(source: "RUS", target: "PRK", from: "${RANGE.from}", to: "${RANGE.to}", bucket: MONTH) { from count cooperation } }`,
      );
      const drawn = await page.evaluate(() => {
        const charts = (globalThis as unknown as { diplographCharts: Record<string, any> }).diplographCharts; // eslint-disable-line @typescript-eslint/no-explicit-any -- ECharts' instance, untyped in the page
        return charts.relation.getOption().series[0].data as number[];
      });
      expect(drawn).toEqual(series.body.data!.eventSeries.map((p) => Math.round(p.cooperation * 10) / 10));
      const saidAbout = (a: string, b: string) =>
        cypher(
          `MATCH (:Country {id: $a})<-[:REPRESENTS*0..1]-()-[:SAID]->(s:Statement)-[:ABOUT]->()-[:REPRESENTS*0..1]->(:Country {id: $b})
         WHERE ${inRange} RETURN count(DISTINCT s)`,
          { ...params, a, b },
        );
      expect(Number(await data(page, 'relation', 'statementsAToB'))).toBe(await saidAbout('RUS', 'PRK'));
      expect(Number(await data(page, 'relation', 'statementsBToA'))).toBe(await saidAbout('PRK', 'RUS'));
      expect(Number(await data(page, 'relation', 'statementsAToB'))).toBeGreaterThan(0);
      const meetings = await cypher(
        `MATCH (:Country {id: 'RUS'})<-[:REPRESENTS*0..1]-()-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-()-[:REPRESENTS*0..1]->(:Country {id: 'PRK'})
       WHERE m.date >= $year AND m.date <= $to AND size(m.date) >= 7 RETURN count(DISTINCT m)`,
        params,
      );
      expect(Number(await data(page, 'relation', 'meetings'))).toBe(meetings);

      // Who is talking: up to 8 speakers and 8 countries, as rows.
      const speakers = await cypher(
        `MATCH (s:Statement) WHERE s.date >= $from AND s.date <= $to AND s.speakerId IS NOT NULL RETURN count(DISTINCT s.speakerId)`,
        params,
      );
      const talkingCountries = await cypher(
        `MATCH (s:Statement)<-[:SAID]-()-[:REPRESENTS*0..1]->(c:Country) WHERE s.date >= $year AND s.date <= $to RETURN count(DISTINCT c)`,
        params,
      );
      expect(await page.locator('#talkers [data-kind=speaker] tbody tr').count()).toBe(Math.min(8, speakers));
      expect(await page.locator('#talkers [data-kind=country] tbody tr').count()).toBe(
        Math.min(8, talkingCountries),
      );

      // The map: every country that said, attended or signed something in the range (on the map or listed).
      const active = await cypher(
        `CALL () {
         MATCH (s:Statement)<-[:SAID]-()-[:REPRESENTS*0..1]->(c:Country) WHERE s.date >= $year AND s.date <= $to RETURN c
         UNION MATCH (m:Meeting)<-[:ATTENDED]-()-[:REPRESENTS*0..1]->(c:Country) WHERE m.date >= $year AND m.date <= $to RETURN c
         UNION MATCH (a:Agreement)<-[:PARTY_TO]-(c:Country) WHERE a.signedOn >= $year AND a.signedOn <= $to RETURN c
       } RETURN count(DISTINCT c)`,
        params,
      );
      const mapped = Number(await data(page, 'map', 'marks'));
      expect(mapped + Number(await data(page, 'map', 'unmapped'))).toBe(active);
      expect(mapped).toBeGreaterThan(0);

      // Meetings: every dated meeting of the range, held and planned.
      const dated = await cypher(
        `MATCH (m:Meeting) WHERE m.date >= $year AND m.date <= $to RETURN count(m)`,
        params,
      );
      const planned = await cypher(
        `MATCH (m:Meeting {status: 'planned'}) WHERE m.date >= $year AND m.date <= $to RETURN count(m)`,
        params,
      );
      expect(Number(await data(page, 'meetings', 'marks'))).toBe(dated);
      expect(Number(await data(page, 'meetings', 'planned'))).toBe(planned);

      // Treaties: agreements signed in the range or talked about in it, at most 15.
      const agreements = await cypher(
        `CALL () {
         MATCH (a:Agreement) WHERE a.signedOn >= $year AND a.signedOn <= $to RETURN a
         UNION MATCH (s:Statement)-[:ABOUT]->(a:Agreement) WHERE s.date >= $year AND s.date <= $to RETURN a
       } RETURN count(DISTINCT a)`,
        params,
      );
      expect(Number(await data(page, 'treaties', 'marks'))).toBe(Math.min(15, agreements));
      // Their lifecycle steps account for every event coded from them (signed, ratified, suspended, ...).
      const shown = ((await data(page, 'treaties', 'agreements')) ?? '').split(' ');
      const fromAgreements = await cypher(
        `MATCH (a:Agreement), (e:Event) WHERE a.id IN $shown AND e.fromId = a.id RETURN count(e)`,
        { shown },
      );
      expect(Number(await data(page, 'treaties', 'stepEvents'))).toBe(fromAgreements);
      expect(Number(await data(page, 'treaties', 'steps'))).toBeGreaterThan(0);

      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'changes the series when a country is picked, and keeps it in the URL',
    async () => {
      const { page, external } = await open(`/dashboard?a=RUS&b=PRK&from=${RANGE.from}&to=${RANGE.to}`);
      await panelsSettled(page, PANELS);
      expect(await data(page, 'relation', 'pair')).toBe('RUS-PRK');
      await page.locator('select[name=b]').selectOption('UKR');
      await datasetIs(page, 'relation', 'pair', 'RUS-UKR');
      await panelsSettled(page, ['relation']);
      const ukraine = await cypher(
        `MATCH (:Country {id: 'UKR'})<-[:REPRESENTS*0..1]-()-[:SAID]->(s:Statement)-[:ABOUT]->()-[:REPRESENTS*0..1]->(:Country {id: 'RUS'})
       WHERE s.date >= '2023' AND s.date <= $to AND size(s.date) >= 7 RETURN count(DISTINCT s)`,
        { to: RANGE.to },
      );
      expect(Number(await data(page, 'relation', 'statementsBToA'))).toBe(ukraine);
      expect(new URL(page.url()).searchParams.get('b')).toBe('UKR');
      expect(external).toEqual([]);
      await page.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'lists the matching events, quotes and articles when a bucket is clicked, and the URL reopens it',
    async () => {
      const { page, external, errors } = await open(
        `/dashboard?a=RUS&b=PRK&from=${RANGE.from}&to=${RANGE.to}`,
      );
      await panelsSettled(page, PANELS);
      // The first month with cooperation from Russia toward North Korea, and where its bar is on the canvas.
      const bar = await page.evaluate(() => {
        const charts = (globalThis as unknown as { diplographCharts: Record<string, any> }).diplographCharts; // eslint-disable-line @typescript-eslint/no-explicit-any -- ECharts' instance, untyped in the page
        const chart = charts.relation;
        const values = chart.getOption().series[0].data as number[];
        const index = values.findIndex((v) => v > 0);
        const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [index, values[index]! / 2]) as number[];
        const box = chart.getDom().getBoundingClientRect();
        return { index, x: box.left + x!, y: box.top + y! };
      });
      expect(bar.index).toBeGreaterThanOrEqual(0);
      const month = `${2023 + Math.floor(bar.index / 12)}-${String((bar.index % 12) + 1).padStart(2, '0')}`;
      await page.mouse.click(bar.x, bar.y);
      // The drill-down has answered once it counts its statements or says what went wrong.
      await page.waitForFunction(
        () => {
          const panel = (globalThis as unknown as PageGlobals).document.getElementById('evidence');
          return panel?.dataset.marks !== undefined || panel?.dataset.state === 'error';
        },
        undefined,
        { timeout: 30_000 },
      );
      await panelsSettled(page, ['evidence']);
      expect(`${await data(page, 'evidence', 'state')} ${await message(page, 'evidence')}`.trim()).toBe(
        'ready',
      );
      // The month's events both ways, each with its evidence sentence and article.
      const acts = await driver.executeQuery(
        `MATCH (e:Event)-[m:MENTIONED_IN]->(article:Article)
         WHERE [e.sourceCountry, e.targetCountry] IN [['RUS', 'PRK'], ['PRK', 'RUS']] AND e.counted AND e.month = $month
         RETURN m.sentence AS sentence, article.title AS title`,
        { month },
        { database: target.database },
      );
      expect(acts.records.length).toBeGreaterThan(0);
      expect(Number(await data(page, 'evidence', 'events'))).toBe(acts.records.length);
      const listedActs = (await page.locator('#evidence .event').allInnerTexts()).join('\n');
      for (const record of acts.records) {
        expect(listedActs).toContain(record.get('sentence') as string);
        expect(listedActs).toContain(record.get('title') as string);
      }
      // And the statements between the two in that month.
      const expected = await driver.executeQuery(
        `MATCH (a:Country)<-[:REPRESENTS*0..1]-()-[:SAID]->(s:Statement)-[:ABOUT]->()-[:REPRESENTS*0..1]->(b:Country)
       WHERE [a.id, b.id] IN [['RUS', 'PRK'], ['PRK', 'RUS']] AND substring(s.date, 0, 7) = $month
       MATCH (s)-[:MENTIONED_IN]->(article:Article)
       RETURN DISTINCT coalesce(s.quote, s.text) AS words, article.title AS title`,
        { month },
        { database: target.database },
      );
      const listed = await page.locator('#evidence .statement').allInnerTexts();
      const shown = listed.join('\n');
      for (const record of expected.records) {
        expect(shown).toContain(record.get('words') as string);
        expect(shown).toContain(record.get('title') as string);
      }
      const url = new URL(page.url());
      expect(url.searchParams.get('drill')).toBe('pair');
      expect(url.searchParams.get('dfrom')).toBe(`${month}-01`);

      // The same URL in a new page: same countries, range and statements.
      const reopened = await open(`${url.pathname}${url.search}`);
      await panelsSettled(reopened.page, [...PANELS, 'evidence']);
      expect(await reopened.page.locator('select[name=a]').inputValue()).toBe('RUS');
      expect(await reopened.page.locator('select[name=b]').inputValue()).toBe('PRK');
      expect(await reopened.page.locator('input[name=from]').inputValue()).toBe(RANGE.from);
      expect(await reopened.page.locator('#evidence .statement').allInnerTexts()).toEqual(listed);
      expect((await reopened.page.locator('#evidence .event').allInnerTexts()).join('\n')).toBe(listedActs);
      expect(errors).toEqual([]);
      expect([...external, ...reopened.external]).toEqual([]);
      if (SCREENSHOTS) {
        await page.goto(`${server.url}/dashboard`);
        await panelsSettled(page, PANELS);
        await page.waitForTimeout(300);
        await page.screenshot({ path: resolve(SCREENSHOTS, 'dashboard.png') });
      }
      await Promise.all([page.close(), reopened.page.close()]);
    },
    BROWSER_TEST_MS,
  );

  it.each([
    ['an unknown country', '?a=XXZ&b=PRK', 'relation', /no country has the id XXZ/],
    ['a malformed country', '?a=Russia!&b=PRK', 'relation', /not a country code/],
    ['an inverted range', '?a=RUS&b=PRK&from=2025-01-01&to=2024-01-01', 'map', /upside down/],
    ['an impossible date', '?a=RUS&b=PRK&from=2024-13-45', 'talkers', /"2024-13-45" is not a day/],
    [
      'a huge range by week',
      '?a=RUS&b=PRK&from=1900-01-01&to=2025-01-01&interval=week',
      'relation',
      /narrow the range/,
    ],
  ])(
    'reads %s in the URL as a message in the panel',
    async (_what, search, panel, expected) => {
      const { page, errors, external } = await open(`/dashboard${search}`);
      await panelsSettled(page, [panel]);
      expect(await data(page, panel, 'state')).toBe('error');
      expect(await message(page, panel)).toMatch(expected);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    },
    BROWSER_TEST_MS,
  );

  it('explores a node, expands a neighbour on click and shows its evidence', async () => {
    const { page, external, errors } = await open('/explore?node=RUS');
    await panelsSettled(page, ['graph']);
    const neighbours = (ids: string[]) =>
      cypher(
        `MATCH (n) WHERE n.id IN $ids AND (n:Country OR n:Person)
         MATCH (n)-[r]-(m) WHERE type(r) IN $types
         WITH collect(DISTINCT m.id) + $ids AS all UNWIND all AS id RETURN count(DISTINCT id)`,
        { ids, types: [...DEFAULT_RELATIONSHIP_TYPES] },
      );
    expect(Number(await data(page, 'graph', 'nodes'))).toBe(await neighbours(['RUS']));

    const person = await cypher<string>(
      `MATCH (:Country {id: 'RUS'})<-[:REPRESENTS]-(p:Person)-[:SAID]->() RETURN p.id ORDER BY p.id LIMIT 1`,
    );
    const point = await page.evaluate((id) => {
      const cy = (globalThis as unknown as { diplographGraph: any }).diplographGraph; // eslint-disable-line @typescript-eslint/no-explicit-any -- cytoscape's instance, untyped in the page
      const node = cy.getElementById(id);
      const { x, y } = node.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    }, person);
    await page.mouse.click(point.x, point.y);
    const expected = await neighbours(['RUS', person]);
    await datasetIs(page, 'graph', 'nodes', String(expected));
    await datasetIs(page, 'details', 'state', 'ready');
    const sentence = await cypher<string>(
      `MATCH (:Person {id: $id})-[e:MENTIONED_IN]->(a:Article) RETURN e.sentence ORDER BY a.publishedAt DESC, a.id LIMIT 1`,
      { id: person },
    );
    expect(await page.locator('#details .evidence').innerText()).toContain(sentence);
    const url = new URL(page.url());
    expect(url.searchParams.get('expand')).toBe(person);
    expect(url.searchParams.get('sel')).toBe(person);

    // The URL brings back the same graph and selection.
    const reopened = await open(`${url.pathname}${url.search}`);
    await datasetIs(reopened.page, 'graph', 'nodes', String(expected));
    await panelsSettled(reopened.page, ['details']);
    expect(await reopened.page.locator('#details .evidence').innerText()).toContain(sentence);
    if (SCREENSHOTS) await reopened.page.screenshot({ path: resolve(SCREENSHOTS, 'explore.png') });
    expect(errors).toEqual([]);
    expect([...external, ...reopened.external]).toEqual([]);
    await Promise.all([page.close(), reopened.page.close()]);
  });
});
