// The work of `diplograph worker` and `diplograph publish`, loaded only when one of them runs.
import { setFlagsFromString } from 'node:v8';
import { withGraph } from '../graph/open-graph.ts';
import { createGraphIngester } from '../ingest/graph-ingester.ts';
import { readSources } from '../ingest/sources/index.ts';
import { runWorker } from '../queue/article-worker.ts';
import { createKafka, createProducer, ensureTopics, parseBrokers } from '../queue/kafka-client.ts';
import { publishArticles } from '../queue/publish-articles.ts';
import { loadCommandContext } from './command-context.ts';
import { EXIT_FAILURE } from './exit-code.ts';
import type { PublishFlags, WorkerFlags } from './queue-commands.ts';

/** First signal: finish what is in flight and stop; second: quit at once. */
function stopOnSignal(message: string): AbortSignal {
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write(`${message}\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return stop.signal;
}

/**
 * How far V8 lets the old generation grow past what the last full GC kept, in percent. A worker's chunks (messages,
 * extraction results, write parameters) live through a write transaction, so they outlive the young generation and
 * die old: by default V8 let that garbage pile up to 1.5-2x the live heap before a full GC, and the worker's RSS
 * swung 21-38% around its median without growing. At 10% it stayed within ±4.5% of its median (bench:scale, 2
 * workers, 8,202 articles), and ~200 MB instead of ~300. A runtime flag: V8 reads it at every heap-limit update.
 */
const WORKER_HEAP_GROWING_PERCENT = 10;

export async function runWorkerCommand(flags: WorkerFlags): Promise<void> {
  // A --heap-growing-percent given to node itself wins (0 is V8's own adaptive growth).
  if (!process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent/.test(arg)))
    setFlagsFromString(`--heap-growing-percent=${WORKER_HEAP_GROWING_PERCENT}`);
  const brokers = parseBrokers(flags.brokers);
  const topic = flags.topic;
  const deadLetterTopic = flags.deadLetterTopic ?? `${topic}.dead-letter`;
  const { config, logger, log } = loadCommandContext();
  const signal = stopOnSignal('stopping after the articles in flight (again to quit at once)');
  const stats = await withGraph(config, { log }, (graph) =>
    runWorker(
      {
        kafka: createKafka({ brokers, clientId: 'diplograph-worker', logger }),
        ingester: createGraphIngester(graph),
        logger,
      },
      {
        topic,
        groupId: flags.group,
        deadLetterTopic,
        concurrency: flags.concurrency,
        batchSize: flags.batchSize,
        replace: flags.replace,
        sessionTimeoutMs: flags.sessionTimeout,
        signal,
      },
    ),
  );
  process.stdout.write(`${JSON.stringify(stats)}\n`);
}

export async function runPublish(paths: string[], flags: PublishFlags): Promise<void> {
  const brokers = parseBrokers(flags.brokers);
  const topic = flags.topic;
  const { logger } = loadCommandContext();
  const kafka = createKafka({ brokers, clientId: 'diplograph-publish', logger });
  await ensureTopics(kafka, [{ topic, numPartitions: flags.partitions }]);
  const producer = createProducer(kafka);
  await producer.connect();
  try {
    const summary = await publishArticles(readSources(paths, { glob: flags.glob }), producer, topic);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    if (summary.failed.length > 0) process.exitCode = EXIT_FAILURE;
  } finally {
    await producer.disconnect();
  }
}
