// The work of `diplograph export`, loaded only when it runs: every stored article, in id order, as one JSON Lines
// record with the fields an `ingest` line takes, so `ingest` of the export rebuilds the graph on an empty database.
// A file is written beside its target and renamed at the end: an interrupted export never leaves half a backup.
import { createWriteStream, rmSync } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { withGraph } from '../graph/open-graph.ts';
import { readStoredArticles, type StoredArticle } from '../graph/stored-articles.ts';
import { loadCommandContext } from './command-context.ts';

export interface ExportFlags {
  jsonl?: string;
}

/** One `ingest` line: the stored metadata and text; absent fields are left out, as a source would. */
export function exportLine(article: StoredArticle): string {
  const { id, title, url, publishedAt, publisher, authors, text } = article;
  return `${JSON.stringify({ id, title, url, publishedAt, publisher, authors, text })}\n`;
}

/** Refuses, before connecting, a target that cannot be written: exit 2 with one line. */
async function checkTarget(file: string): Promise<void> {
  const bad = (reason: string) => new AppError(ErrorCode.BAD_USER_INPUT, `--jsonl ${file}: ${reason}`);
  if (file.trim() === '') throw new AppError(ErrorCode.BAD_USER_INPUT, '--jsonl needs a file name');
  const folder = await stat(dirname(resolve(file))).catch(() => undefined);
  if (!folder?.isDirectory()) throw bad('its folder does not exist');
  const existing = await stat(file).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? undefined : error,
  );
  // A name too long, a folder we may not enter: said now, not after reading the whole graph.
  if (existing instanceof Error) throw bad(`cannot be written (${existing.code ?? existing.message})`);
  if (existing !== undefined && !existing.isFile()) throw bad('is not a regular file');
}

async function writeAll(articles: AsyncIterable<StoredArticle>, out: Writable): Promise<number> {
  let count = 0;
  for await (const article of articles) {
    if (!out.write(exportLine(article))) await once(out, 'drain');
    count++;
  }
  return count;
}

export async function runExport(flags: ExportFlags): Promise<void> {
  const { config, log } = loadCommandContext();
  const file = flags.jsonl;
  if (file !== undefined) await checkTarget(file);
  const partial = file === undefined ? undefined : `${file}.partial-${process.pid}`;
  // Ctrl-C: the partial file goes, the target stays as it was.
  const onSignal = () => {
    if (partial !== undefined) rmSync(partial, { force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // A reader that stops early (`export | head`) ends the export quietly, as other Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const count = await withGraph(
    config,
    { log, giveUpAfterMs: config.outageLimitSeconds * 1000 },
    async (graph) => {
      const articles = readStoredArticles(graph.driver, graph.database, { which: 'all' });
      if (partial === undefined) return writeAll(articles, process.stdout);
      const out = createWriteStream(partial, { flags: 'wx' });
      try {
        const written = await writeAll(articles, out);
        out.end();
        await once(out, 'finish');
        await rename(partial, file!);
        return written;
      } catch (error) {
        out.destroy();
        await unlink(partial).catch(() => {});
        throw error;
      }
    },
  );
  process.stderr.write(`exported ${count} articles${file === undefined ? '' : ` to ${file}`}\n`);
}
