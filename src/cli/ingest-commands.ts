// `diplograph ingest PATH...` and `diplograph delete-article ID`: the CLI face of ingestion.
import { Option, type Command } from 'commander';
import { DEFAULT_SOURCE_GLOB } from '../ingest/sources/expand-paths.ts';
import { isoDate } from './flag-parsers.ts';
import type { IngestFlags } from './run-ingest.ts';
import { batchSizeOption, concurrencyOption } from './shared-options.ts';

export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description(
      'extract articles from files, folders (recursive), .jsonl or - (stdin) and write them to the graph',
    )
    .argument('<paths...>', 'files, folders or - for stdin')
    .addOption(concurrencyOption('write transactions in flight'))
    // Measured on 2 cores (bench:ingest): 64 per transaction writes ~3.5x faster than 1.
    .addOption(batchSizeOption(64))
    .option('--replace', 'update articles whose content changed since they were ingested', false)
    .addOption(
      new Option('--published-default <date>', 'publication date for articles that give none').argParser(
        isoDate('--published-default'),
      ),
    )
    .option('--glob <pattern>', 'which files to take from folders', DEFAULT_SOURCE_GLOB)
    .option('--json', 'print the summary as JSON', false)
    .action(async (paths: string[], flags: IngestFlags) =>
      (await import('./run-ingest.ts')).runIngest(paths, flags),
    );

  program
    .command('delete-article')
    .description('remove an article and everything only it supported')
    .argument('<id>', 'the article id (as printed by ingest)')
    .action(async (id: string) => (await import('./run-ingest.ts')).runDeleteArticle(id));
}
