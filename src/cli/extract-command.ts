// `diplograph extract FILE`: one ExtractionResult as JSON, or JSON Lines for .jsonl and multi-article stdin.
import { Option, type Command } from 'commander';
import { isoDate } from './flag-parsers.ts';
import type { ExtractFlags } from './run-extract.ts';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'print the ExtractionResult of an article (.txt, .md, .html, - for stdin; .jsonl gives JSON Lines)',
    )
    .argument('<file>', 'the article file, or - for stdin')
    .addOption(
      new Option('--published <date>', 'publication date YYYY-MM-DD (anchors relative dates)').argParser(
        isoDate('--published'),
      ),
    )
    .option('--url <url>', 'the article URL')
    .option('--title <title>', 'the article title')
    .option('--compact', 'one line of JSON even for a single article', false)
    .action(async (file: string, flags: ExtractFlags) =>
      (await import('./run-extract.ts')).runExtract(file, flags),
    );
}
