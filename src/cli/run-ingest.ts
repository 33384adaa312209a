// The work of `diplograph ingest` and `diplograph delete-article`, loaded only when one of them runs.
import { AppError, ErrorCode } from '../domain/errors.ts';
import { createGraphWriter } from '../graph/graph-writer.ts';
import { withGraph } from '../graph/open-graph.ts';
import { createGraphIngester } from '../ingest/graph-ingester.ts';
import { readSources, unreadablePaths } from '../ingest/sources/index.ts';
import { loadCommandContext } from './command-context.ts';
import { runIngestion, type IngestionFlags } from './run-ingestion.ts';

export interface IngestFlags extends IngestionFlags {
  replace: boolean;
  publishedDefault?: string;
  glob: string;
}

export async function runIngest(paths: string[], flags: IngestFlags): Promise<void> {
  const { config, log } = loadCommandContext();
  // A mistyped path is bad input: said before anything is written, not found out mid-run.
  const unreadable = await unreadablePaths(paths);
  if (unreadable.length > 0) throw new AppError(ErrorCode.BAD_USER_INPUT, unreadable.join('; '));
  await runIngestion(config, log, flags, async (graph) => ({
    items: readSources(paths, { glob: flags.glob }),
    ingester: createGraphIngester(graph),
    options: { replace: flags.replace, publishedDefault: flags.publishedDefault },
  }));
}

export async function runDeleteArticle(id: string): Promise<void> {
  const { config, log } = loadCommandContext();
  const report = await withGraph(config, { log }, (graph) => createGraphWriter(graph).deleteArticle(id));
  if (!report.deleted) throw new AppError(ErrorCode.NOT_FOUND, `no article with id ${JSON.stringify(id)}`);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
