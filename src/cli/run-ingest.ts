// The work of `diplograph ingest` and `diplograph delete-article`, loaded only when one of them runs.
import { AppError, ErrorCode } from '../domain/errors.ts';
import { createGraphWriter } from '../graph/graph-writer.ts';
import { withGraph } from '../graph/open-graph.ts';
import { createGraphIngester } from '../ingest/graph-ingester.ts';
import { ingestAll } from '../ingest/ingest-all.ts';
import { readSources, unreadablePaths } from '../ingest/sources/index.ts';
import { loadCommandContext } from './command-context.ts';
import { EXIT_FAILURE } from './exit-code.ts';
import { createProgress, formatSummary, outageHint } from './ingest-progress.ts';

export interface IngestFlags {
  concurrency: number;
  batchSize: number;
  replace: boolean;
  publishedDefault?: string;
  glob: string;
  json: boolean;
}

export async function runIngest(paths: string[], flags: IngestFlags): Promise<void> {
  const { config, log } = loadCommandContext();
  // A mistyped path is bad input: said before anything is written, not found out mid-run.
  const unreadable = await unreadablePaths(paths);
  if (unreadable.length > 0) throw new AppError(ErrorCode.BAD_USER_INPUT, unreadable.join('; '));
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('\nstopping after the articles in flight (Ctrl-C again to quit at once)\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const summary = await withGraph(config, { log }, async (graph) => {
    const progress = createProgress(process.stderr);
    try {
      return await ingestAll(readSources(paths, { glob: flags.glob }), createGraphIngester(graph), {
        concurrency: flags.concurrency,
        batchSize: flags.batchSize,
        replace: flags.replace,
        publishedDefault: flags.publishedDefault,
        signal: stop.signal,
        outageLimitMs: config.outageLimitSeconds * 1000,
        onEvent: (event, s) => progress.update(event, s),
      });
    } finally {
      progress.stop();
    }
  });
  process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
  if (summary.graphUnavailable) process.stderr.write(outageHint(summary, config.outageLimitSeconds));
  if (summary.articles.failed > 0 || summary.interrupted || summary.graphUnavailable) {
    process.exitCode = EXIT_FAILURE;
  }
}

export async function runDeleteArticle(id: string): Promise<void> {
  const { config, log } = loadCommandContext();
  const report = await withGraph(config, { log }, (graph) => createGraphWriter(graph).deleteArticle(id));
  if (!report.deleted) throw new AppError(ErrorCode.NOT_FOUND, `no article with id ${JSON.stringify(id)}`);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
