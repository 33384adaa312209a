// Reads a source whose format only its content can tell (stdin, unknown extensions): JSON Lines are
// streamed line by line, anything else is buffered up to the size limit and parsed as one article.
import { decodeArticleBytes } from './decode-article-bytes.ts';
import { isJsonObjectLine, looksLikeHtml } from './detect-format.ts';
import { parseArticle } from './parse-article.ts';
import { readLines, type RawLine } from './read-lines.ts';
import { articleItem, jsonlLineItem, tooLarge } from './source-items.ts';
import { sourceError, type SourceItem } from './source-item.ts';

function isBlank(bytes: Buffer): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d);
}

/**
 * The content counts as JSON Lines when every non-empty line is a JSON object. Input that is still
 * all JSON objects when it outgrows one article's limit is taken as JSON Lines and streamed from then on,
 * so `generate-corpus | diplograph ingest -` never holds the whole corpus in memory.
 */
export async function* readStreamSource(
  input: NodeJS.ReadableStream,
  origin: string,
  maxBytes: number,
  signal?: AbortSignal,
): AsyncGenerator<SourceItem> {
  const buffered: RawLine[] = [];
  let total = 0;
  let allJson = true;
  let nonEmpty = 0;
  let streaming = false;
  for await (const line of readLines(input, signal)) {
    signal?.throwIfAborted();
    if (streaming) {
      const item = jsonlLineItem(origin, line, maxBytes);
      if (item) yield item;
      continue;
    }
    buffered.push(line);
    total += line.bytes.length + 1;
    if (allJson && !isBlank(line.bytes)) {
      nonEmpty += 1;
      // A UTF-8 byte order mark reads as "ï»¿" in latin1; it must not hide a JSON first line.
      allJson = isJsonObjectLine(line.bytes.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, ''));
    }
    if (total <= maxBytes) continue;
    if (!allJson) {
      yield tooLarge(origin, total, maxBytes);
      return;
    }
    streaming = true;
    for (const held of buffered.splice(0)) {
      const item = jsonlLineItem(origin, held, maxBytes);
      if (item) yield item;
    }
  }
  if (streaming) return;
  if (allJson && nonEmpty > 0) {
    for (const held of buffered) {
      const item = jsonlLineItem(origin, held, maxBytes);
      if (item) yield item;
    }
    return;
  }
  const decoded = decodeArticleBytes(Buffer.concat(buffered.flatMap((l) => [l.bytes, Buffer.from('\n')])));
  if (!decoded.ok) {
    yield sourceError(origin, decoded.reason);
    return;
  }
  yield articleItem(origin, () => parseArticle(looksLikeHtml(decoded.text) ? 'html' : 'text', decoded.text));
}
