// Builds the items the reader yields for one whole article or one JSON Lines record, with the checks
// every source shares: size limit, UTF-8, NUL bytes, empty text. Pure.
import { decodeArticleBytes } from './decode-article-bytes.ts';
import { parseJsonlLine } from './parse-jsonl-line.ts';
import type { RawLine } from './read-lines.ts';
import { sourceError, type SourceArticle, type SourceItem } from './source-item.ts';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLarge(origin: string, size: number, maxBytes: number): SourceItem {
  return sourceError(
    origin,
    `is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for one article (maxBytes)`,
  );
}

/** Runs a parser; a parser bug on odd input becomes an item for that source, not a crash of the run. */
export function articleItem(origin: string, parse: () => SourceArticle): SourceItem {
  let article: SourceArticle;
  try {
    article = parse();
  } catch (error) {
    return sourceError(origin, `could not be parsed (${(error as Error).message})`, error);
  }
  if (article.text.trim() === '') return sourceError(origin, 'holds no article text');
  return { origin, article };
}

/** The item for one JSON Lines record, or undefined for a blank line (blank lines separate nothing). */
export function jsonlLineItem(source: string, line: RawLine, maxBytes: number): SourceItem | undefined {
  return jsonRecordItem(`${source}:${line.number}`, line.bytes, maxBytes, { blankIsNothing: true });
}

/**
 * The item for one JSON record with the fields of a .jsonl line, e.g. a queue message named by `origin`. A blank
 * record is undefined when `blankIsNothing` (a blank line in a file), an error item otherwise.
 */
export function jsonRecordItem(
  origin: string,
  bytes: Buffer,
  maxBytes: number,
  options: { blankIsNothing?: boolean } = {},
): SourceItem | undefined {
  if (bytes.length > maxBytes) return tooLarge(origin, bytes.length, maxBytes);
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return sourceError(origin, decoded.reason);
  if (decoded.text.trim() === '') return options.blankIsNothing ? undefined : sourceError(origin, 'is empty');
  const parsed = parseJsonlLine(decoded.text);
  return parsed.ok ? articleItem(origin, () => parsed.article) : sourceError(origin, parsed.reason);
}
