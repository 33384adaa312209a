// npm run bench:ingest -- --articles 10000: end-to-end ingestion (read, extract, write) into a fresh neo4j-local.
// Prints JSON: articles/s, nodes+relationships/s, per-thousand throughput (first vs last), peak RSS, graph size,
// and, as the in-run baseline, extraction alone over the same corpus. --keep DIR keeps the graph for bench:api.
// Also the CPU the ingestion used (this process and Neo4j's) per article: on a shared machine wall time follows
// the others' load, CPU time much less, so an A/B of two commits compares both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createExtractor } from '../src/extract/index.ts';
import { connectWithRetry, createDriver } from '../src/graph/driver.ts';
import { createGraphWriter } from '../src/graph/graph-writer.ts';
import { startLocalNeo4j } from '../src/graph/local-neo4j.ts';
import { loadMigrations, migrate } from '../src/graph/migrations.ts';
import { cpuSecondsOf, machineTicks } from './lib/process-sampler.ts';
import { ingestAll } from '../src/ingest/ingest-all.ts';
import { createIngester } from '../src/ingest/ingester.ts';
import type { SourceItem } from '../src/ingest/sources/index.ts';
import { freePort } from '../test/setup/free-port.ts';
import { generateCorpus } from './corpus/generate.ts';
import { intFlag, median, parseFlags, round } from './lib/stats.ts';

const flags = parseFlags(process.argv.slice(2));
const articles = intFlag(flags, 'articles', 10_000);
const concurrency = intFlag(flags, 'concurrency', 2);
const batchSize = intFlag(flags, 'batch-size', 64);
const seed = intFlag(flags, 'seed', 42);
const window = intFlag(flags, 'window', Math.min(1000, Math.max(1, Math.floor(articles / 5))));
const keep = flags.get('keep');
const port = flags.has('port') ? intFlag(flags, 'port', 7688) : await freePort();

const dataDir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'diplograph-bench-'));
const local = await startLocalNeo4j({ port, dataDir, heap: '2g', pageCache: '2g' });
const target = { uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' };
const driver = createDriver(target);
await connectWithRetry(driver, target);
await migrate(driver, target.database, await loadMigrations());

const extractor = createExtractor();
const ingester = createIngester({
  extractor,
  writer: createGraphWriter({ driver, database: target.database }),
});

// Baseline in the same run: extraction alone over the first window of the corpus.
const sample = [...generateCorpus({ seed, articles: Math.min(articles, 1000) })];
const extractStarted = performance.now();
for (const article of sample) extractor.extract(article);
const extractOnlyRate = sample.length / ((performance.now() - extractStarted) / 1000);

let peakRss = process.memoryUsage().rss;
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);

async function* items(): AsyncGenerator<SourceItem> {
  for (const article of generateCorpus({ seed, articles })) yield { origin: article.id, article };
}

const windowRates: number[] = [];
const cpuBefore = process.cpuUsage();
const neo4jCpuBefore = local.pid === undefined ? Number.NaN : cpuSecondsOf(local.pid);
const machineBefore = machineTicks();
let windowStarted = performance.now();
let done = 0;
const summary = await ingestAll(items(), ingester, {
  concurrency,
  batchSize,
  onEvent: () => {
    done++;
    if (done % window === 0) {
      const now = performance.now();
      windowRates.push(window / ((now - windowStarted) / 1000));
      windowStarted = now;
    }
  },
});
clearInterval(rssTimer);
const cpuUsed = process.cpuUsage(cpuBefore);
const ingestCpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
const neo4jCpuSeconds = local.pid === undefined ? Number.NaN : cpuSecondsOf(local.pid) - neo4jCpuBefore;
const machineAfter = machineTicks();
const machineBusy = (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total);

const size = await driver.executeQuery(
  'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
);
const graph = size.records[0]!.toObject() as { nodes: number; relationships: number };
await driver.close();
await local.stop();
if (!keep) rmSync(dataDir, { recursive: true, force: true });

const first = windowRates[0] ?? Number.NaN;
const last = windowRates.at(-1) ?? Number.NaN;
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'ingest',
    articles,
    concurrency,
    batchSize,
    seconds: round(summary.seconds),
    articlesPerSecond: round(summary.articlesPerSecond),
    medianWindowArticlesPerSecond: round(median(windowRates)),
    nodesAndRelationshipsPerSecond: Math.round(
      (summary.nodesCreated + summary.relationshipsCreated) / summary.seconds,
    ),
    window,
    firstWindowArticlesPerSecond: round(first),
    lastWindowArticlesPerSecond: round(last),
    lastVsFirst: round(last / first, 2),
    windowRates: windowRates.map((r) => round(r)),
    failed: summary.articles.failed,
    failures: summary.failures.slice(0, 5),
    peakRssMb: Math.round(peakRss / 1024 / 1024),
    cpu: {
      what: 'CPU seconds of the ingestion itself: this process (read, extract, write calls) and Neo4j',
      ingestSeconds: round(ingestCpuSeconds),
      neo4jSeconds: round(neo4jCpuSeconds),
      msPerArticle: round((1000 * (ingestCpuSeconds + neo4jCpuSeconds)) / articles),
      machineBusyShare: round(machineBusy, 2),
    },
    graph,
    baseline: {
      what: 'extraction alone, same corpus, same process',
      articlesPerSecond: round(extractOnlyRate),
    },
    keptGraphIn: keep ? dataDir : null,
  })}\n`,
);
