// npm run bench:dashboard -- --data DIR [--neo4j-uri bolt://...] [--runs 15] [--loads 5] [--hub-nodes 2000]: how
// long the dashboard's panels take to have data on a large graph (DIR kept by `bench:ingest -- --keep DIR`).
// Per panel query over HTTP: `first` (the first time the server sees it), `cold` (response cache off, every run a
// different window, so no answer is reused) and `warm` (response cache on, the same view asked again), beside
// `floor`, the same Cypher through neo4j-driver. Then the page in headless Chromium until every panel has data,
// cold and warm, and the explorer drawing a hub's neighbourhood of up to --hub-nodes nodes. Prints JSON.
import { existsSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { chromium } from 'playwright-core';
import { DEFAULT_CACHE_TTL_SECONDS } from '../src/config.ts';
import {
  DASHBOARD_QUERIES,
  PANEL_VARIABLES,
  type DashboardView,
  type PanelQuery,
} from '../src/web/panel-queries.ts';
import { cypherOfQuery, openBenchGraph, startBenchServer } from './lib/bench-graph.ts';
import { intFlag, median, parseFlags, round } from './lib/stats.ts';

const CHROMIUM = '/usr/bin/chromium';
const flags = parseFlags(process.argv.slice(2));
const runs = intFlag(flags, 'runs', 15);
const loads = intFlag(flags, 'loads', 5);
const hubNodes = intFlag(flags, 'hub-nodes', 2000);
const { target, driver, close } = await openBenchGraph(
  flags,
  'bench:dashboard needs a populated graph: --data DIR kept by bench:ingest --keep DIR, or --neo4j-uri',
);

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const elapsed = performance.now() - started;
  if (body.errors) {
    failures.push(
      `${query.slice(6, query.indexOf('('))} after ${Math.round(elapsed)} ms: ${body.errors[0]!.message}`,
    );
    return Number.NaN;
  }
  return elapsed;
}
/** Requests that failed (a timeout on a busy machine): reported, left out of the figures. */
const failures: string[] = [];

const FIELDS: Record<string, string[]> = {
  relation: ['relationSeries'],
  talkers: ['whoIsTalking', 'whoIsTalking'],
  map: ['countryActivity'],
  meetings: ['meetingTimeline'],
  treaties: ['agreementLifecycles'],
};
const FLOOR_DEFAULTS: Record<string, Record<string, unknown>> = {
  whoIsTalking: { country: null },
  agreementLifecycles: { country: null },
  meetingTimeline: { country: null },
};
async function floor(panel: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  for (const [i, field] of FIELDS[panel]!.entries()) {
    const params = {
      ...FLOOR_DEFAULTS[field],
      ...variables,
      ...(field === 'whoIsTalking' ? { by: i === 0 ? 'SPEAKER' : 'COUNTRY' } : {}),
      ...('limit' in variables ? { limit: neo4j.int(Number(variables.limit)) } : {}),
    };
    await driver.executeQuery(cypherOfQuery(field), params, { database: target.database });
  }
  return performance.now() - started;
}

// The view a user opens: the last two years of the graph, the most active country and its closest partner.
const cold = await startBenchServer(target, 0);
const warm = await startBenchServer(target, DEFAULT_CACHE_TTL_SECONDS);
const extent = (
  await driver.executeQuery(
    'MATCH (s:Statement) WHERE s.date IS NOT NULL RETURN max(s.date) AS last',
    {},
    {
      database: target.database,
    },
  )
).records[0]!.get('last') as string;
const shift = (day: string, months: number) => {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};
const pair = (
  await driver.executeQuery(
    `MATCH (a:Country)<-[:REPRESENTS*0..1]-()-[:SAID]->(s:Statement)-[:ABOUT]->()-[:REPRESENTS*0..1]->(b:Country)
     WHERE a <> b WITH a, b, count(*) AS n ORDER BY n DESC LIMIT 1 RETURN a.id AS a, b.id AS b`,
    {},
    { database: target.database },
  )
).records[0]!;
const viewAt = (i: number): DashboardView => ({
  a: pair.get('a') as string,
  b: pair.get('b') as string,
  to: shift(extent, -i),
  from: shift(extent, -24 - i),
  interval: 'MONTH',
});

const stats = (all: number[]) => {
  const values = all.filter((v) => !Number.isNaN(v));
  return {
    p50: round(median(values)),
    p95: round([...values].sort((x, y) => x - y)[Math.floor(values.length * 0.95)] ?? Number.NaN),
    n: values.length,
  };
};
const panels: Record<string, unknown> = {};
for (const panel of DASHBOARD_QUERIES as PanelQuery[]) {
  const variablesOf = PANEL_VARIABLES[panel.id as keyof typeof PANEL_VARIABLES];
  const first = await post(cold.url, panel.query, variablesOf(viewAt(0)));
  const coldTimes: number[] = [];
  const floorTimes: number[] = [];
  const warmTimes: number[] = [];
  for (let i = 1; i <= runs; i++) {
    // Alternate API and floor so that a busy moment on this shared machine hits both alike.
    coldTimes.push(await post(cold.url, panel.query, variablesOf(viewAt(i))));
    floorTimes.push(await floor(panel.id, variablesOf(viewAt(i))));
    await post(warm.url, panel.query, variablesOf(viewAt(i)));
    warmTimes.push(await post(warm.url, panel.query, variablesOf(viewAt(i))));
  }
  const coldStats = stats(coldTimes);
  const floorStats = stats(floorTimes);
  panels[panel.id] = {
    firstMs: round(first),
    coldMs: coldStats,
    warmMs: stats(warmTimes),
    floorMs: floorStats,
    coldOverFloor: round(coldStats.p50 / floorStats.p50, 2),
    targetColdP50Ms: 300,
    met: coldStats.p50 <= 300,
  };
}

// The page: navigation until every panel has data (or says why not), in a real browser.
let page: Record<string, unknown> = { skipped: `no Chromium at ${CHROMIUM}` };
let explorer: Record<string, unknown> = page;
if (existsSync(CHROMIUM)) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const load = async (url: string) => {
    const started = performance.now();
    await tab.goto(url);
    await tab.waitForFunction(
      (ids) =>
        ids.every((id) =>
          ['ready', 'empty', 'error'].includes(
            (
              globalThis as unknown as {
                document: { getElementById(id: string): { dataset: Record<string, string> } | null };
              }
            ).document.getElementById(id)?.dataset.state ?? '',
          ),
        ),
      ['relation', 'talkers', 'map', 'meetings', 'treaties'],
      { timeout: 120_000 },
    );
    return performance.now() - started;
  };
  const search = (v: DashboardView) => `?a=${v.a}&b=${v.b}&from=${v.from}&to=${v.to}&interval=month`;
  const coldLoads: number[] = [];
  const warmLoads: number[] = [];
  for (let i = 0; i < loads; i++) {
    coldLoads.push(await load(`${cold.url}/dashboard${search(viewAt(100 + i))}`));
    await load(`${warm.url}/dashboard${search(viewAt(200 + i))}`);
    warmLoads.push(await load(`${warm.url}/dashboard${search(viewAt(200 + i))}`));
  }
  page = {
    untilAllPanelsHaveDataMs: { cold: round(median(coldLoads)), warm: round(median(warmLoads)), loads },
  };

  // The explorer on the busiest country, drawing up to hubNodes neighbours.
  const hub = (
    await driver.executeQuery(
      'MATCH (c:Country) RETURN c.id AS id ORDER BY COUNT { (c)--() } DESC LIMIT 1',
      {},
      { database: target.database },
    )
  ).records[0]!.get('id') as string;
  const started = performance.now();
  await tab.goto(`${cold.url}/explore?node=${hub}&limit=${hubNodes}`);
  await tab.waitForFunction(
    () =>
      (
        globalThis as unknown as {
          document: { getElementById(id: string): { dataset: Record<string, string> } | null };
        }
      ).document.getElementById('graph')?.dataset.state === 'ready' ||
      (
        globalThis as unknown as {
          document: { getElementById(id: string): { dataset: Record<string, string> } | null };
        }
      ).document.getElementById('graph')?.dataset.state === 'empty',
    undefined,
    { timeout: 120_000 },
  );
  const drawn = performance.now() - started;
  const nodes = Number(await tab.locator('#graph').getAttribute('data-nodes'));
  // Responsiveness: how long 20 zoom-and-pan frames take to render with every node drawn.
  // No named helpers inside: tsx would wrap them in a __name() call the page does not have.
  const frames = await tab
    .evaluate(async () => {
      const cy = (
        globalThis as unknown as {
          diplographGraph: { zoom(z?: number): number; panBy(p: { x: number; y: number }): void };
        }
      ).diplographGraph;
      const g = globalThis as unknown as { requestAnimationFrame(cb: () => void): void };
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        cy.zoom(cy.zoom() * (i % 2 ? 1.1 : 0.9));
        cy.panBy({ x: 5, y: 3 });
        await new Promise((r) => g.requestAnimationFrame(() => r(null)));
        await new Promise((r) => g.requestAnimationFrame(() => r(null)));
        times.push(performance.now() - t);
      }
      return times.sort((x, y) => x - y)[10];
    })
    .catch((error: Error) => {
      failures.push(`explorer frames: ${error.message}`);
      return Number.NaN;
    });
  explorer = { hub, nodes, untilDrawnMs: round(drawn), medianFrameMs: round(frames ?? Number.NaN) };
  await browser.close();
}

const graph = (
  await driver.executeQuery(
    'RETURN COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements, COUNT { (:Meeting) } AS meetings',
    {},
    { database: target.database },
  )
).records[0]!.toObject();
console.log(
  JSON.stringify(
    {
      benchmark: 'dashboard',
      graph: Object.fromEntries(Object.entries(graph).map(([k, v]) => [k, Number(v)])),
      view: viewAt(0),
      runs,
      panels,
      failures,
      page,
      explorer,
    },
    null,
    2,
  ),
);
await cold.stop();
await warm.stop();
await close();
