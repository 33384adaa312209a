// npm run bench:scale -- --articles 100000 --workers 1,2,4: the synthetic corpus published to a Kafka topic
// (kafka-local, 12 partitions) and consumed by 1, 2 and 4 `diplograph worker` processes, each count into its own
// fresh neo4j-local; then the same articles through the plain `diplograph ingest`, in the same run. Prints JSON:
// articles/s per configuration, each window's rate (first vs last), worker and Neo4j memory and CPU over time,
// the final graph size, and the throughput each added worker brings. `--workers none` or `--cli no` leave a
// side out (a 100k configuration takes 20-30 minutes here); `--max-minutes` stops one early. The processes' logs
// are kept (`--logs DIR`, else beside `--out`, else in a temporary folder the report names).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { connectWithRetry, createDriver } from '../src/graph/driver.ts';
import { startLocalNeo4j } from '../src/graph/local-neo4j.ts';
import { loadMigrations, migrate } from '../src/graph/migrations.ts';
import { startLocalKafka, type LocalKafka } from '../src/queue/local-kafka.ts';
import { cliEnv, startCli, type CliProcess } from '../test/integration/support/run-cli.ts';
import { freePort } from '../test/setup/free-port.ts';
import { generateCorpus } from './corpus/generate.ts';
import { machineCoreCount, startProcessSampler } from './lib/process-sampler.ts';
import { startJfr, stopJfr } from './lib/jfr.ts';
import {
  averageCores,
  cpuMsPerArticle,
  crossingTimes,
  flatness,
  rssSeries,
  valuesAt,
  windowRates,
  type ProgressPoint,
} from './lib/scale-report.ts';
import { intFlag, parseFlags, round } from './lib/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOPIC = 'articles';

const flags = parseFlags(process.argv.slice(2));
const articles = intFlag(flags, 'articles', 100_000);
const workerFlag = flags.get('workers') ?? '1,2,4';
const workerCounts =
  workerFlag === 'none'
    ? []
    : workerFlag.split(',').map((w) => intFlag(new Map([['workers', w]]), 'workers', 1));
const withCli = (flags.get('cli') ?? 'yes') !== 'no';
// 12 partitions split evenly over 1, 2, 3, 4 and 6 workers. With 6, four workers got 1, 1, 2 and 2: two of them
// ran out of work halfway and idled, which lowered the 4-worker rate and made their RSS sink (100k, 0af18c6).
const partitions = intFlag(flags, 'partitions', 12);
const seed = intFlag(flags, 'seed', 42);
const window = intFlag(flags, 'window', Math.min(10_000, Math.max(1, Math.floor(articles / 10))));
// A configuration still running after this long is stopped and reported as it stands (`complete: false`).
const budgetSeconds = intFlag(flags, 'max-minutes', 60) * 60;
const heap = flags.get('heap') ?? '2g';
const pageCache = flags.get('page-cache') ?? '2g';
const outFile = flags.get('out');
const logsDir = resolve(
  flags.get('logs') ?? (outFile ? `${outFile}.logs` : mkdtempSync(join(tmpdir(), 'diplograph-scale-logs-'))),
);
// --profile DIR: a V8 CPU profile of every worker / ingest process and a JFR recording of each Neo4j, into DIR.
const profileDir = flags.get('profile') ? resolve(flags.get('profile')!) : undefined;
// --node-args "trace-gc max-semi-space-size=64": Node/V8 flags (without their dashes, which would read as the
// benchmark's own) for every worker and ingest process, e.g. GC settings to compare.
const nodeArgsFlag = (flags.get('node-args') ?? '')
  .split(' ')
  .filter(Boolean)
  .map((arg) => `--${arg}`);
const note = (message: string) => process.stderr.write(`[bench:scale] ${message}\n`);

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
// Workers and the CLI run the compiled command, as an operator would: bring dist/ up to date first.
const built = spawnSync(process.execPath, ['scripts/build-ts.mjs'], { cwd: ROOT, encoding: 'utf8' });
if (built.status !== 0) throw new Error(`building dist/ failed:\n${built.stdout}${built.stderr}`);

const work = mkdtempSync(join(tmpdir(), 'diplograph-scale-'));
const corpusFile = join(work, 'corpus.jsonl');
const generated = performance.now();
const corpusOut = createWriteStream(corpusFile);
for (const article of generateCorpus({ seed, articles }))
  if (!corpusOut.write(`${JSON.stringify(article)}\n`)) await once(corpusOut, 'drain');
corpusOut.end();
await once(corpusOut, 'finish');
note(`corpus of ${articles} articles in ${round((performance.now() - generated) / 1000)} s`);

// Workers wait for messages forever: an interrupted benchmark must not leave them behind (the databases it
// started stop with it by themselves).
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

function run(args: string[], env: Record<string, string>, logName: string): CliProcess {
  const nodeArgs = [
    ...nodeArgsFlag,
    ...(profileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${logName}.cpuprofile`]
      : []),
  ];
  const cli = startCli(args, env, { stderrTo: createWriteStream(join(work, `${logName}.log`)), nodeArgs });
  running.add(cli.child);
  cli.child.once('exit', () => running.delete(cli.child));
  return cli;
}

let kafka: LocalKafka | undefined;
let publish: { seconds: number; articlesPerSecond: number } | undefined;
if (workerCounts.length > 0) {
  kafka = await startLocalKafka({ port: await freePort(), dataDir: join(work, 'kafka'), heap: '1g' });
  const started = performance.now();
  const publisher = run(
    ['publish', corpusFile, '--brokers', kafka.brokers, '--topic', TOPIC, '--partitions', String(partitions)],
    { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' },
    'publish',
  );
  const published = await publisher.finished;
  if (published.status !== 0) throw new Error(`publish failed; see ${work}/publish.log`);
  const seconds = (performance.now() - started) / 1000;
  publish = { seconds: round(seconds), articlesPerSecond: round(articles / seconds) };
  note(`published ${published.stdout.trim()} in ${publish.seconds} s`);
}

interface Configuration {
  kind: 'workers' | 'cli';
  workers: number;
}

async function measure(config: Configuration) {
  const label = config.kind === 'cli' ? 'cli' : `workers-${config.workers}`;
  const dataDir = join(work, `neo4j-${label}`);
  const local = await startLocalNeo4j({ port: await freePort(), dataDir, heap, pageCache });
  const target = { uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' };
  const driver = createDriver(target);
  await connectWithRetry(driver, target);
  await migrate(driver, target.database, await loadMigrations());
  const env = cliEnv(target);
  if (profileDir && local.pid) startJfr(local.pid, join(profileDir, `neo4j-${label}.jfr`));
  const loadAtStart = loadavg().map((l) => round(l, 2));
  const children: CliProcess[] = [];
  const role = config.kind === 'cli' ? 'ingest' : 'workers';
  const sampler = startProcessSampler(() => ({
    neo4j: local.pid ? [local.pid] : [],
    [role]: children.flatMap((c) => (c.child.pid ? [c.child.pid] : [])),
    ...(kafka ? { kafka: [kafka.pid] } : {}),
    bench: [process.pid],
  }));
  const started = performance.now();
  const now = () => (performance.now() - started) / 1000;
  const group = `scale-${label}-${Date.now()}`;
  for (let i = 0; i < (config.kind === 'cli' ? 1 : config.workers); i++) {
    const args =
      config.kind === 'cli'
        ? ['ingest', corpusFile, '--json']
        : ['worker', '--brokers', kafka!.brokers, '--topic', TOPIC, '--group', group];
    children.push(run(args, env, `${label}-${i}`));
  }
  const admin =
    config.kind === 'workers'
      ? new Kafka({ brokers: [kafka!.brokers], logLevel: logLevel.NOTHING }).admin()
      : undefined;
  await admin?.connect();
  // The group's committed offsets in all; 0 while the broker cannot say (its coordinator is moving).
  const committed = async () => {
    try {
      const [offsets] = await admin!.fetchOffsets({ groupId: group, topics: [TOPIC] });
      return offsets!.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
    } catch {
      return 0;
    }
  };

  const points: ProgressPoint[] = [{ t: 0, articles: 0 }];
  let lastNote = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1_000));
    const count = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
    points.push({ t: now(), articles: count.records[0]!.get('n') as number });
    const { articles: written, t } = points.at(-1)!;
    if (t - lastNote >= 30) {
      lastNote = t;
      note(`${label}: ${written}/${articles} after ${Math.round(t)} s`);
    }
    if (written >= articles) break;
    if (config.kind === 'cli' && children[0]!.child.exitCode !== null) break;
    if (config.kind === 'workers') {
      const gone = children.find(({ child }) => child.exitCode !== null || child.signalCode !== null);
      if (gone) throw new Error(`a worker exited early (${gone.child.exitCode}); see ${work}/${label}-*.log`);
      // Every message handled (some perhaps dead-lettered): nothing more will come.
      if (Math.round(t) % 5 === 0 && (await committed()) >= articles) break;
    }
    if (t > budgetSeconds) {
      note(`${label}: stopped at the ${budgetSeconds} s budget with ${written}/${articles} written`);
      break;
    }
  }
  const finishedAt = points.at(-1)!.t;
  sampler.sample();
  sampler.stop();
  // Workers wait for more; SIGTERM lets each finish and print its counts (and stops an unfinished ingest).
  for (const { child } of children)
    if (config.kind === 'workers' || child.exitCode === null) child.kill('SIGTERM');
  const codes = await Promise.all(children.map(async (c) => (await c.finished).status));
  const stats = children.map(({ stdout: o }) => {
    try {
      return JSON.parse(o().trim().split('\n').at(-1) ?? '') as unknown;
    } catch {
      return o().slice(-500);
    }
  });
  const size = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  let committedAtEnd = admin ? await committed() : undefined;
  for (let retry = 0; committedAtEnd === 0 && retry < 10; retry++) {
    await new Promise((r) => setTimeout(r, 500));
    committedAtEnd = await committed();
  }
  await admin?.disconnect();
  if (profileDir && local.pid) stopJfr(local.pid);
  await driver.close();
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });

  const written = points.at(-1)!.articles;
  const firstArticleAt = points.findLast((p) => p.articles === 0)!.t;
  const crossings = crossingTimes(points, window, articles);
  const rates = windowRates(crossings, firstArticleAt, window, articles);
  const warmedUpAt = crossings[0] ?? finishedAt;
  const samples = sampler.samples;
  const roleRss = (name: string, count: number) =>
    Array.from({ length: count }, (_, i) => rssSeries(samples, name, i));
  const workerRss = roleRss(role, children.length);
  const neo4jRss = rssSeries(samples, 'neo4j', 0);
  const first = rates[0] ?? Number.NaN;
  const last = rates.at(-1) ?? Number.NaN;
  return {
    configuration: label,
    processes: children.length,
    exitCodes: codes,
    articles,
    written,
    complete: written >= articles,
    committedOffsets: committedAtEnd,
    seconds: round(finishedAt),
    articlesPerSecond: round(written / finishedAt),
    articlesPerSecondAfterStartUp: round(written / (finishedAt - firstArticleAt)),
    startUpSeconds: round(firstArticleAt),
    window,
    windowRates: rates.map((r) => round(r)),
    firstWindowArticlesPerSecond: round(first),
    lastWindowArticlesPerSecond: round(last),
    lastVsFirst: round(last / first, 3),
    slowdownPercent: round((1 - last / first) * 100),
    memory: {
      [role]: workerRss.map((series) => flatness(series, warmedUpAt)),
      neo4j: flatness(neo4jRss, warmedUpAt),
      [`${role}MbAtEachWindowEnd`]: workerRss.map((series) => valuesAt(series, crossings)),
      neo4jMbAtEachWindowEnd: valuesAt(neo4jRss, crossings),
    },
    cpuCores: averageCores(samples, firstArticleAt, finishedAt),
    cpuMsPerArticle: cpuMsPerArticle(
      averageCores(samples, firstArticleAt, finishedAt),
      written / (finishedAt - firstArticleAt),
      machineCoreCount(),
    ),
    cpuCoresPerWindow: crossings.map((at, i) =>
      averageCores(samples, i === 0 ? firstArticleAt : crossings[i - 1]!, at),
    ),
    loadAverage: { start: loadAtStart, end: loadavg().map((l) => round(l, 2)) },
    graph: size.records[0]!.toObject() as { nodes: number; relationships: number },
    // Messages a worker gave up on (each with its reason in that worker's log): a valid article here is a defect.
    deadLettered: stats.reduce<number>(
      (sum, s) => sum + ((s as { deadLettered?: number } | null)?.deadLettered ?? 0),
      0,
    ),
    processOutput: stats,
  };
}

const results = [];
try {
  for (const workers of workerCounts) {
    note(`${workers} worker(s)`);
    results.push(await measure({ kind: 'workers', workers }));
  }
  if (withCli) {
    note('the plain CLI ingest');
    results.push(await measure({ kind: 'cli', workers: 0 }));
  }
} finally {
  await kafka?.stop();
}
// Every process's stderr (a worker's dead letters and retries are there), kept past the run.
mkdirSync(logsDir, { recursive: true });
for (const name of readdirSync(work).filter((n) => n.endsWith('.log')))
  cpSync(join(work, name), join(logsDir, name));
rmSync(work, { recursive: true, force: true });
note(`process logs in ${logsDir}`);

const byWorkers = results.filter((r) => r.configuration.startsWith('workers-'));
const perAddedWorker = byWorkers.slice(1).map((r, i) => {
  const previous = byWorkers[i]!;
  const added = r.processes - previous.processes;
  return {
    from: previous.processes,
    to: r.processes,
    articlesPerSecondGainedPerAddedWorker: round(
      (r.articlesPerSecondAfterStartUp - previous.articlesPerSecondAfterStartUp) / added,
    ),
    speedup: round(r.articlesPerSecondAfterStartUp / previous.articlesPerSecondAfterStartUp, 2),
  };
});
const report = {
  benchmark: 'scale',
  commit: commit.stdout.trim(),
  articles,
  partitions,
  seed,
  machineCores: machineCoreCount(),
  neo4j: { heap, pageCache },
  publish,
  results,
  perAddedWorker,
  logs: logsDir,
};
const json = `${JSON.stringify(report)}\n`;
if (outFile) writeFileSync(outFile, json);
process.stdout.write(json);
