// `diplograph reextract` (re-derive the graph from the stored article texts after an extractor upgrade) and
// `diplograph export` (the stored articles as JSON Lines that `ingest` reads back: the backup).
import { Option, type Command } from 'commander';
import type { ExportFlags } from './run-export.ts';
import type { ReextractFlags } from './run-reextract.ts';
import { batchSizeOption, concurrencyOption } from './shared-options.ts';

export function registerMaintenanceCommands(program: Command): void {
  program
    .command('reextract')
    .description(
      're-derive articles from their stored text with this version of the extractor, replacing what they contributed',
    )
    .addOption(
      new Option('--outdated', 'only articles an older extractor version derived (the default; resumable)'),
    )
    .addOption(new Option('--all', 'every stored article').conflicts('outdated'))
    .addOption(concurrencyOption('write transactions in flight'))
    .addOption(batchSizeOption(64))
    .option('--json', 'print the summary as JSON', false)
    .action(async (flags: ReextractFlags) => (await import('./run-reextract.ts')).runReextract(flags));

  program
    .command('export')
    .description('write every stored article with its metadata as JSON Lines, one `ingest` line each')
    .option('--jsonl <file>', 'write to this file instead of stdout (replaced only once the export is whole)')
    .action(async (flags: ExportFlags) => (await import('./run-export.ts')).runExport(flags));
}
