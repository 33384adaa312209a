// What `ingest` and `reextract` share: open the graph (giving up after the outage limit), write articles with
// progress and a clean Ctrl-C, print the summary, and say how to resume when Neo4j was unreachable, whether it
// went away mid-run or was never there.
import type { Config } from '../config.ts';
import { AppError, ErrorCode, isAppError } from '../domain/errors.ts';
import { withGraph, type ReadyGraph } from '../graph/open-graph.ts';
import { emptySummary, ingestAll, type IngestAllOptions, type IngestSummary } from '../ingest/ingest-all.ts';
import type { Ingester } from '../ingest/ingester.ts';
import type { SourceItem } from '../ingest/sources/index.ts';
import { EXIT_FAILURE } from './exit-code.ts';
import { createProgress, formatSummary, outageHint } from './ingest-progress.ts';

export interface IngestionFlags {
  concurrency: number;
  batchSize: number;
  json: boolean;
}

/** What to write, decided once the graph is open. `undefined`: nothing to do (the summary stays empty). */
export interface IngestionPlan {
  items: AsyncIterable<SourceItem>;
  ingester: Ingester;
  options?: Pick<IngestAllOptions, 'replace' | 'rederive' | 'publishedDefault'>;
  /** How many articles the run will take, when known (the progress bar's end). */
  total?: number;
}

export async function runIngestion(
  config: Config,
  log: (message: string) => void,
  flags: IngestionFlags,
  plan: (graph: ReadyGraph) => Promise<IngestionPlan | undefined>,
): Promise<IngestSummary> {
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('\nstopping after the articles in flight (Ctrl-C again to quit at once)\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const limitMs = config.outageLimitSeconds * 1000;
  let opened = false;
  let summary: IngestSummary;
  try {
    summary = await withGraph(config, { log, giveUpAfterMs: limitMs, signal: stop.signal }, async (graph) => {
      opened = true;
      const planned = await plan(graph);
      if (planned === undefined) return emptySummary();
      const progress = createProgress(process.stderr, planned.total);
      try {
        return await ingestAll(planned.items, planned.ingester, {
          ...planned.options,
          concurrency: flags.concurrency,
          batchSize: flags.batchSize,
          signal: stop.signal,
          outageLimitMs: limitMs,
          onEvent: (event, s) => progress.update(event, s),
        });
      } finally {
        progress.stop();
      }
    });
  } catch (error) {
    // Neo4j unreachable from the start: the same summary, hint and exit code as an outage mid-run.
    if (opened || !isAppError(error) || error.code !== ErrorCode.GRAPH_UNAVAILABLE) throw error;
    process.stderr.write(`diplograph: ${error.message}\n`);
    summary = { ...emptySummary(), graphUnavailable: true };
  }
  process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
  if (summary.graphUnavailable) process.stderr.write(outageHint(summary, config.outageLimitSeconds));
  if (summary.articles.failed > 0 || summary.interrupted || summary.graphUnavailable) {
    process.exitCode = EXIT_FAILURE;
  }
  return summary;
}

/** A refusal before anything is written: bad input, exit 2. */
export function badInput(message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message);
}
