// `diplograph ingest PATH...` and `diplograph delete-article ID`: the CLI face of ingestion.
import { Option, type Command } from 'commander';
import { loadConfig } from '../config.ts';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { createExtractor } from '../extract/index.ts';
import { createGraphWriter } from '../graph/graph-writer.ts';
import { ingestAll } from '../ingest/ingest-all.ts';
import { createIngester } from '../ingest/ingester.ts';
import { DEFAULT_SOURCE_GLOB, readSources, unreadablePaths } from '../ingest/sources/index.ts';
import { createLogger } from '../logger.ts';
import { EXIT_FAILURE } from './exit-code.ts';
import { withGraph } from './graph-session.ts';
import { createProgress, formatSummary } from './ingest-progress.ts';

interface IngestFlags {
  concurrency: number;
  batchSize: number;
  replace: boolean;
  publishedDefault?: string;
  glob: string;
  json: boolean;
}

const wholeNumber = (name: string, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `${name} must be a whole number from 1 to ${max} (got ${JSON.stringify(value)})`,
    );
  }
  return n;
};

const isoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `--published-default must be a date YYYY-MM-DD (got ${JSON.stringify(value)})`,
    );
  }
  return value;
};

export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description(
      'extract articles from files, folders (recursive), .jsonl or - (stdin) and write them to the graph',
    )
    .argument('<paths...>', 'files, folders or - for stdin')
    .addOption(
      new Option('-c, --concurrency <n>', 'write transactions in flight')
        .default(2)
        .argParser(wholeNumber('--concurrency', 64)),
    )
    .addOption(
      // Measured on 2 cores (bench:ingest): 64 per transaction writes ~3.5x faster than 1.
      new Option('-b, --batch-size <n>', 'most articles per write transaction')
        .default(64)
        .argParser(wholeNumber('--batch-size', 1000)),
    )
    .option('--replace', 'update articles whose content changed since they were ingested', false)
    .addOption(
      new Option('--published-default <date>', 'publication date for articles that give none').argParser(
        isoDate,
      ),
    )
    .option('--glob <pattern>', 'which files to take from folders', DEFAULT_SOURCE_GLOB)
    .option('--json', 'print the summary as JSON', false)
    .action(async (paths: string[], flags: IngestFlags) => {
      const config = loadConfig(process.env);
      // A mistyped path is bad input: said before anything is written, not found out mid-run.
      const unreadable = await unreadablePaths(paths);
      if (unreadable.length > 0) throw new AppError(ErrorCode.BAD_USER_INPUT, unreadable.join('; '));
      const logger = createLogger(config.logLevel);
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130);
        process.stderr.write('\nstopping after the articles in flight (Ctrl-C again to quit at once)\n');
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const summary = await withGraph(config, logger, async (driver, database) => {
        const ingester = createIngester({
          extractor: createExtractor(),
          writer: createGraphWriter({ driver, database }),
        });
        const progress = createProgress(process.stderr);
        try {
          return await ingestAll(readSources(paths, { glob: flags.glob }), ingester, {
            concurrency: flags.concurrency,
            batchSize: flags.batchSize,
            replace: flags.replace,
            publishedDefault: flags.publishedDefault,
            signal: stop.signal,
            onEvent: (event, s) => progress.update(event, s),
          });
        } finally {
          progress.stop();
        }
      });
      process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
      if (summary.articles.failed > 0 || summary.interrupted) process.exitCode = EXIT_FAILURE;
    });

  program
    .command('delete-article')
    .description('remove an article and everything only it supported')
    .argument('<id>', 'the article id (as printed by ingest)')
    .action(async (id: string) => {
      const config = loadConfig(process.env);
      const logger = createLogger(config.logLevel);
      const report = await withGraph(config, logger, (driver, database) =>
        createGraphWriter({ driver, database }).deleteArticle(id),
      );
      if (!report.deleted)
        throw new AppError(ErrorCode.NOT_FOUND, `no article with id ${JSON.stringify(id)}`);
      process.stdout.write(`${JSON.stringify(report)}\n`);
    });
}
