// The source reader: files, folders and stdin in, a stream of articles (or per-source errors) out.
// IO lives here; parsing is delegated to pure functions. One bad file or line never stops the stream.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decodeArticleBytes } from './decode-article-bytes.ts';
import { formatForPath } from './detect-format.ts';
import { expandPaths } from './expand-paths.ts';
import { parseArticle } from './parse-article.ts';
import { readLines } from './read-lines.ts';
import { readStreamSource } from './read-stream-source.ts';
import { sourceError, type SourceItem } from './source-item.ts';
import { articleItem, jsonlLineItem, tooLarge } from './source-items.ts';

/** One article larger than this is almost surely not an article (or a page full of inline data). */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface ReadSourcesOptions {
  /** Which files to take from folder arguments, relative to each folder; default DEFAULT_SOURCE_GLOB. */
  glob?: string;
  /** Read for the path "-"; defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Aborting stops the stream: the iterator throws the signal's reason. */
  signal?: AbortSignal;
  /** Limit for one article: a .txt/.md/.html file, one .jsonl line, or stdin's single article. */
  maxBytes?: number;
}

async function* readJsonlFile(
  path: string,
  maxBytes: number,
  signal?: AbortSignal,
): AsyncGenerator<SourceItem> {
  for await (const line of readLines(createReadStream(path, { signal }), signal)) {
    signal?.throwIfAborted();
    const item = jsonlLineItem(path, line, maxBytes);
    if (item) yield item;
  }
}

async function readArticleFile(
  path: string,
  format: 'text' | 'markdown' | 'html',
  signal?: AbortSignal,
): Promise<SourceItem> {
  const decoded = decodeArticleBytes(await readFile(path, { signal }));
  if (!decoded.ok) return sourceError(path, decoded.reason);
  return articleItem(path, () => parseArticle(format, decoded.text));
}

async function* readFileSource(
  path: string,
  size: number,
  maxBytes: number,
  signal?: AbortSignal,
): AsyncGenerator<SourceItem> {
  const format = formatForPath(path);
  if (format === 'jsonl') {
    yield* readJsonlFile(path, maxBytes, signal);
  } else if (format === undefined) {
    yield* readStreamSource(createReadStream(path, { signal }), path, maxBytes, signal);
  } else if (size > maxBytes) {
    yield tooLarge(path, size, maxBytes);
  } else {
    yield await readArticleFile(path, format, signal);
  }
}

/**
 * Reads every article under `paths`, in argument order (folders sorted). A file or line that cannot be read
 * yields `{origin, error}` with code BAD_USER_INPUT and reading goes on; only an abort ends the stream early.
 */
export async function* readSources(
  paths: readonly string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<SourceItem> {
  const { signal } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const entry of expandPaths(paths, { glob: options.glob, signal })) {
    signal?.throwIfAborted();
    if (entry.kind === 'stdin') {
      yield* readStreamSource(options.stdin ?? process.stdin, 'stdin', maxBytes, signal);
      continue;
    }
    if (entry.kind === 'unreadable') {
      yield sourceError(entry.path, entry.reason);
      continue;
    }
    try {
      yield* readFileSource(entry.path, entry.size, maxBytes, signal);
    } catch (error) {
      // An abort is the caller's decision, not a property of this file.
      if (signal?.aborted) throw signal.reason;
      yield sourceError(entry.path, `could not be read (${(error as Error).message})`, error);
    }
  }
}
